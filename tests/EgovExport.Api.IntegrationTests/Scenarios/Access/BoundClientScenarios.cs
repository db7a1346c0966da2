using System.Net;
using EgovExport.Api.IntegrationTests.Infrastructure;

namespace EgovExport.Api.IntegrationTests.Scenarios.Access;

/// <summary>Two partner clients from the configuration, each bound to an organization (Auth:Clients:N:OrganizationId).</summary>
public sealed class BoundClientsApiFactory : ConfiguredApiFactory
{
    public const string AgencyClient = "nia-system";
    public const string CompanyClient = "large-company-system";
    public const string Secret = "bound-client-secret-0123456789";

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Auth:Clients:1:ClientId"] = AgencyClient,
        ["Auth:Clients:1:ClientSecret"] = Secret,
        ["Auth:Clients:1:Scopes"] = "projects:read projects:write",
        ["Auth:Clients:1:OrganizationId"] = SeedIds.Nia.ToString(),
        ["Auth:Clients:2:ClientId"] = CompanyClient,
        ["Auth:Clients:2:ClientSecret"] = Secret,
        ["Auth:Clients:2:Scopes"] = "projects:read projects:write",
        ["Auth:Clients:2:OrganizationId"] = SeedIds.LargeCompany.ToString(),
    };
}

/// <summary>A client bound to an agency acts for that agency; one bound to a company sees only that company's projects.</summary>
public sealed class BoundClientScenarios(BoundClientsApiFactory api) : IClassFixture<BoundClientsApiFactory>
{
    private async Task<HttpClient> ClientAsync(string clientId) =>
        api.CreateClient().WithToken((await TokenFlows.ClientCredentialsAsync(api.Anonymous(), clientId, BoundClientsApiFactory.Secret)).AccessToken);

    [Fact]
    public async Task A_client_bound_to_an_agency_opens_and_changes_only_that_agencys_projects()
    {
        var nia = await ClientAsync(BoundClientsApiFactory.AgencyClient);
        var me = await (await nia.GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(SeedIds.Nia.ToString(), (string)me["organizationId"]!);

        var own = await (await nia.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", ProjectScenarios.NewProject("Led by NIA's system"))).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(BoundClientsApiFactory.AgencyClient, (string)own["createdBy"]!);

        var ppsLed = System.Text.Json.JsonSerializer.SerializeToNode(ProjectScenarios.NewProject("Led by PPS"))!.AsObject();
        ppsLed["leadAgencyId"] = SeedIds.Pps.ToString();
        await (await nia.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", ppsLed.ToJsonString())).ExpectAsync(HttpStatusCode.Forbidden);

        // Another agency's project: readable, not changeable.
        var admin = api.AdminClient();
        var other = await (await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", ppsLed.ToJsonString())).ExpectAsync(HttpStatusCode.Created);
        var url = $"/api/v1/projects/{(string)other["id"]!}";
        await (await nia.GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        await (await nia.SendJsonAsync(HttpMethod.Post, url + "/status", new { status = "OnHold", reason = "paused" }, "*")).ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_client_bound_to_a_company_sees_only_its_consortium_projects_and_opens_none()
    {
        var admin = api.AdminClient();
        var project = await (await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", ProjectScenarios.NewProject("Bound company's project"))).ExpectAsync(HttpStatusCode.Created);
        var id = (string)project["id"]!;
        var hidden = await (await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", ProjectScenarios.NewProject("Someone else's project"))).ExpectAsync(HttpStatusCode.Created);
        await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/projects/{id}/consortium",
            new { members = new[] { new { organizationId = SeedIds.LargeCompany, role = "Prime", sharePercent = 100 } } }, "*")).ExpectAsync(HttpStatusCode.OK);

        var company = await ClientAsync(BoundClientsApiFactory.CompanyClient);
        var list = await (await company.GetAsync("/api/v1/projects?pageSize=200")).ExpectAsync(HttpStatusCode.OK);
        var ids = list["items"]!.AsArray().Select(p => (string)p!["id"]!).ToList();
        Assert.Contains(id, ids);
        Assert.DoesNotContain((string)hidden["id"]!, ids);
        Assert.Equal(ids.Count, (int)list["totalCount"]!);

        await (await company.GetAsync($"/api/v1/projects/{(string)hidden["id"]!}")).ExpectAsync(HttpStatusCode.NotFound);
        await (await company.SendJsonAsync(HttpMethod.Put, $"/api/v1/projects/{id}/funding", new { sources = new[] { new { source = "Edcf", amount = 1000 } } }, "*"))
            .ExpectAsync(HttpStatusCode.OK);
        await (await company.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", ProjectScenarios.NewProject("Not allowed"))).ExpectAsync(HttpStatusCode.Forbidden);
    }
}
