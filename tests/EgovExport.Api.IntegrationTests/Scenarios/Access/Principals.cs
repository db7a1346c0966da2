using System.Net;
using EgovExport.Api.IntegrationTests.Infrastructure;

namespace EgovExport.Api.IntegrationTests.Scenarios.Access;

/// <summary>Who calls in the access scenarios. Each holds a real token got the documented way.</summary>
public enum Caller
{
    Anonymous,
    Administrator,
    OfficerOfLeadAgency,
    OfficerOfOtherAgency,
    MemberOfConsortium,
    MemberOutsideConsortium,
    Analyst,
    ClientProjectsRead,
    ClientProjectsWrite,
    ClientCatalogWrite,
    ClientAuditRead,
    ClientAdmin,
}

/// <summary>
/// Creates the people (through the users API, then signing each in through the sign-in page) and the
/// partner clients (through the API-clients API, then the client-credentials grant) the access
/// scenarios call as, and a project led by NIA whose consortium is the large company alone.
/// </summary>
public sealed class Principals
{
    public const string Password = "Access-Matrix-2026";

    private readonly Dictionary<Caller, HttpClient> _clients = [];

    public Guid ProjectId { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>One of the partner clients (read scope).</summary>
    public string ClientId { get; private set; } = "";

    public HttpClient this[Caller caller] => _clients[caller];

    public static async Task<Principals> CreateAsync(ApiFactory api)
    {
        var principals = new Principals();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var admin = api.AdminClient();
        principals._clients[Caller.Anonymous] = api.Anonymous();
        principals._clients[Caller.Administrator] = await api.SignedInAsync(ApiFactory.AdminEmail, ApiFactory.AdminPassword);

        async Task<HttpClient> Person(string name, string role, Guid? organization)
        {
            var email = $"{tag}.{name}";
            var created = await (await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/users", new { email, displayName = email, roles = new[] { role }, organizationId = organization, password = Password }))
                .ExpectAsync(HttpStatusCode.Created);
            principals.UserId = Guid.Parse((string)created["user"]!["id"]!);
            return await api.SignedInAsync(email, Password);
        }

        principals._clients[Caller.OfficerOfLeadAgency] = await Person("officer@nia.test", "AgencyOfficer", SeedIds.Nia);
        principals._clients[Caller.OfficerOfOtherAgency] = await Person("officer@pps.test", "AgencyOfficer", SeedIds.Pps);
        principals._clients[Caller.MemberOfConsortium] = await Person("member@large.test", "CompanyMember", SeedIds.LargeCompany);
        principals._clients[Caller.MemberOutsideConsortium] = await Person("member@sme.test", "CompanyMember", SeedIds.SmeCompany);
        principals._clients[Caller.Analyst] = await Person("analyst@ministry.test", "Analyst", null);

        async Task<HttpClient> Client(string name, string scope)
        {
            var clientId = $"{name}-{tag}";
            principals.ClientId = clientId;
            var created = await (await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/api-clients", new { clientId, displayName = clientId, scopes = new[] { scope } }))
                .ExpectAsync(HttpStatusCode.Created);
            var tokens = await TokenFlows.ClientCredentialsAsync(api.Anonymous(), clientId, (string)created["clientSecret"]!);
            return api.CreateClient().WithToken(tokens.AccessToken);
        }

        principals._clients[Caller.ClientProjectsRead] = await Client("partner-read", "projects:read");
        principals._clients[Caller.ClientProjectsWrite] = await Client("partner-write", "projects:write");
        principals._clients[Caller.ClientCatalogWrite] = await Client("partner-catalog", "catalog:write");
        principals._clients[Caller.ClientAuditRead] = await Client("partner-audit", "audit:read");
        principals._clients[Caller.ClientAdmin] = await Client("partner-admin", "admin");

        var project = await (await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", ProjectScenarios.NewProject("Access matrix project"))).ExpectAsync(HttpStatusCode.Created);
        principals.ProjectId = Guid.Parse((string)project["id"]!);
        var consortium = new { members = new[] { new { organizationId = SeedIds.LargeCompany, role = "Prime", sharePercent = 100 } } };
        await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/projects/{principals.ProjectId}/consortium", consortium, "*")).ExpectAsync(HttpStatusCode.OK);
        return principals;
    }
}
