using System.Net;
using System.Text.Json.Nodes;
using EgovExport.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static EgovExport.Api.IntegrationTests.Scenarios.Access.Caller;

namespace EgovExport.Api.IntegrationTests.Scenarios.Access;

/// <summary>
/// Every endpoint of the API, called as every kind of caller, with the answer each cell must get.
/// The endpoints come from the running application's endpoint list, so an endpoint added without a
/// row here fails the matrix. Requests are built so that an allowed caller gets past authorization
/// and is then stopped without changing anything (an empty body fails validation, a stale If-Match
/// fails the version check): allowed means any answer but 401 and 403 (and, for a project, 404);
/// denied means 401 or 403, or 404 for a project the caller may not see.
/// </summary>
public sealed class AuthorizationMatrix(SqliteApiFactory api, ITestOutputHelper output) : IClassFixture<SqliteApiFactory>
{
    private const string Stale = "\"999999\"";

    private static readonly Caller[] Everyone = Enum.GetValues<Caller>();
    private static readonly Caller[] SignedIn = Everyone.Where(c => c != Anonymous).ToArray();
    private static readonly Caller[] Administrators = [Administrator, ClientAdmin];
    private static readonly Caller[] People = [Administrator, OfficerOfLeadAgency, OfficerOfOtherAgency, MemberOfConsortium, MemberOutsideConsortium, Analyst];
    private static readonly Caller[] CatalogWriters = [Administrator, ClientAdmin, ClientCatalogWrite];
    private static readonly Caller[] AuditReaders = [Administrator, Analyst, ClientAdmin, ClientAuditRead];
    private static readonly Caller[] ProjectListReaders =
        [Administrator, OfficerOfLeadAgency, OfficerOfOtherAgency, MemberOfConsortium, MemberOutsideConsortium, Analyst, ClientProjectsRead, ClientProjectsWrite, ClientAdmin];
    private static readonly Caller[] ProjectReaders = ProjectListReaders.Where(c => c != MemberOutsideConsortium).ToArray();
    private static readonly Caller[] ProjectEditors = [Administrator, OfficerOfLeadAgency, MemberOfConsortium, ClientProjectsWrite, ClientAdmin];
    private static readonly Caller[] ProjectCreators = [Administrator, OfficerOfLeadAgency, ClientProjectsWrite, ClientAdmin];

    /// <summary>One row per endpoint: the request that probes it, and who may get past authorization.</summary>
    private sealed record Rule(HttpMethod Method, string Url, string? Body, string? IfMatch, Caller[] Allowed, bool ProjectScoped = false);

    private static Dictionary<string, Rule> Rules(Principals p)
    {
        var project = $"/api/v1/projects/{p.ProjectId}";
        var organization = $"/api/v1/organizations/{SeedIds.Nia}";
        var solution = "/api/v1/solutions/00000000-0000-0000-0000-000000000001";
        var user = $"/api/v1/users/{p.UserId}";
        var get = HttpMethod.Get;
        var post = HttpMethod.Post;
        var put = HttpMethod.Put;
        return new Dictionary<string, Rule>
        {
            ["ListCountries"] = new(get, "/api/v1/countries", null, null, SignedIn),
            ["GetCountry"] = new(get, "/api/v1/countries/KW", null, null, SignedIn),
            ["CreateCountry"] = new(post, "/api/v1/countries", "{}", null, CatalogWriters),
            ["UpdateCountry"] = new(put, "/api/v1/countries/KW", "{}", Stale, CatalogWriters),
            ["ListOrganizations"] = new(get, "/api/v1/organizations", null, null, SignedIn),
            ["GetOrganization"] = new(get, organization, null, null, SignedIn),
            ["CreateOrganization"] = new(post, "/api/v1/organizations", "{}", null, CatalogWriters),
            ["UpdateOrganization"] = new(put, organization, "{}", Stale, CatalogWriters),
            ["ListSolutions"] = new(get, "/api/v1/solutions", null, null, SignedIn),
            ["GetSolution"] = new(get, solution, null, null, SignedIn),
            ["CreateSolution"] = new(post, "/api/v1/solutions", "{}", null, CatalogWriters),
            ["UpdateSolution"] = new(put, solution, "{}", Stale, CatalogWriters),
            ["ListExportRecords"] = new(get, "/api/v1/export-records", null, null, SignedIn),
            ["ListProjects"] = new(get, "/api/v1/projects", null, null, ProjectListReaders),
            ["GetProject"] = new(get, project, null, null, ProjectReaders, ProjectScoped: true),
            ["GetProjectHistory"] = new(get, project + "/transitions", null, null, ProjectReaders, ProjectScoped: true),
            // Naming NIA as lead agency: NIA's officer may, PPS's may not.
            ["CreateProject"] = new(post, "/api/v1/projects", $$"""{"leadAgencyId":"{{SeedIds.Nia}}"}""", null, ProjectCreators),
            ["UpdateProject"] = new(put, project, "{}", Stale, ProjectEditors, ProjectScoped: true),
            ["MoveProject"] = new(post, project + "/transitions", "{}", Stale, ProjectEditors, ProjectScoped: true),
            ["ChangeProjectStatus"] = new(post, project + "/status", "{}", Stale, ProjectEditors, ProjectScoped: true),
            ["SetConsortium"] = new(put, project + "/consortium", "{}", Stale, ProjectEditors, ProjectScoped: true),
            ["SetFunding"] = new(put, project + "/funding", "{}", Stale, ProjectEditors, ProjectScoped: true),
            ["ListUsers"] = new(get, "/api/v1/users", null, null, Administrators),
            ["GetUser"] = new(get, user, null, null, Administrators),
            ["CreateUser"] = new(post, "/api/v1/users", "{}", null, Administrators),
            ["UpdateUser"] = new(put, user, "{}", Stale, Administrators),
            ["SetUserDisabled"] = new(post, user + "/disabled", "{}", Stale, Administrators),
            ["UnlockUser"] = new(post, user + "/unlock", null, Stale, Administrators),
            ["ListApiClients"] = new(get, "/api/v1/api-clients", null, null, Administrators),
            ["GetApiClient"] = new(get, $"/api/v1/api-clients/{p.ClientId}", null, null, Administrators),
            ["CreateApiClient"] = new(post, "/api/v1/api-clients", "{}", null, Administrators),
            // An unknown client: an allowed caller gets 404 from the handler, nothing is rotated or revoked.
            ["RotateApiClientSecret"] = new(post, "/api/v1/api-clients/no-such-client/secret", null, null, Administrators),
            ["RevokeApiClient"] = new(HttpMethod.Delete, "/api/v1/api-clients/no-such-client", null, null, Administrators),
            ["ListAuditEntries"] = new(get, "/api/v1/audit", null, null, AuditReaders),
            ["GetRecordHistory"] = new(get, $"/api/v1/audit/Project/{p.ProjectId}", null, null, AuditReaders),
            ["GetMe"] = new(get, "/api/v1/me", null, null, SignedIn),
            ["GetPipelineSummary"] = new(get, "/api/v1/dashboard/pipeline", null, null, ProjectListReaders),
            ["GetContractsByYear"] = new(get, "/api/v1/dashboard/contracts-by-year", null, null, ProjectListReaders),
            ["GetPipelineByRegion"] = new(get, "/api/v1/dashboard/by-region", null, null, ProjectListReaders),
            ["GetPipelineBySolution"] = new(get, "/api/v1/dashboard/by-solution", null, null, ProjectListReaders),
            ["GetSmeShare"] = new(get, "/api/v1/dashboard/sme-share", null, null, ProjectListReaders),
            ["GetProjectStageTotals"] = new(get, "/api/v1/projects/stage-totals", null, null, ProjectListReaders),
            ["ExportProjects"] = new(get, "/api/v1/projects/export", null, null, ProjectListReaders),
            ["GetProjectAudit"] = new(get, project + "/audit", null, null, ProjectReaders, ProjectScoped: true),
            ["GetSolutionCountries"] = new(get, solution + "/countries", null, null, SignedIn),
            ["GetTwoFactorSetup"] = new(get, "/api/v1/me/two-factor", null, null, People),
            ["EnableTwoFactor"] = new(post, "/api/v1/me/two-factor", "{}", null, People),
            ["DisableTwoFactor"] = new(post, "/api/v1/me/two-factor/disable", "{}", null, People),
        };
    }

    [Fact]
    public async Task Every_endpoint_answers_each_caller_as_the_role_table_says()
    {
        var principals = await Principals.CreateAsync(api);
        var rules = Rules(principals);
        var endpoints = ApiEndpoints();

        // A new endpoint must be given its row before this test can pass; a row without an endpoint is stale.
        Assert.Empty(endpoints.Keys.Except(rules.Keys));
        Assert.Empty(rules.Keys.Except(endpoints.Keys));

        var wrong = new List<string>();
        var cells = 0;
        foreach (var (name, rule) in rules.OrderBy(r => r.Key))
        {
            Assert.Contains(rule.Method.Method, endpoints[name]);
            foreach (var caller in Everyone)
            {
                using var request = new HttpRequestMessage(rule.Method, rule.Url);
                if (rule.Body is not null)
                {
                    request.Content = new StringContent(rule.Body, System.Text.Encoding.UTF8, "application/json");
                }

                if (rule.IfMatch is not null)
                {
                    request.Headers.TryAddWithoutValidation("If-Match", rule.IfMatch);
                }

                var response = await principals[caller].SendAsync(request);
                var status = (int)response.StatusCode;
                var denied = status is 401 or 403 || (rule.ProjectScoped && status == 404);
                var expectAllowed = rule.Allowed.Contains(caller);
                var expectedStatus = caller == Anonymous ? "401" : expectAllowed ? "allowed" : "denied";
                var ok = caller == Anonymous ? status == 401 : expectAllowed ? !denied && status != 500 : denied;
                cells++;
                if (!ok)
                {
                    wrong.Add($"{name} as {caller}: expected {expectedStatus}, got {status} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        output.WriteLine($"{rules.Count} endpoints × {Everyone.Length} callers = {cells} cells checked");
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public void Nothing_but_health_the_openapi_document_and_the_sign_in_flow_answers_without_a_token()
    {
        var anonymous = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .ToList();

        // (The browser app's files and index page are public too, served before and beside routing: they
        // hold no data, and never answer the API's paths — SpaHostingScenarios.)
        Assert.NotEmpty(anonymous);
        Assert.All(anonymous, route => Assert.True(
            route.StartsWith("/health/", StringComparison.Ordinal) || route.StartsWith("/connect/", StringComparison.Ordinal)
            || route.StartsWith("/account/", StringComparison.Ordinal) || route == "/auth/spa-config",
            $"{route} answers without a token"));
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/swagger/v1/swagger.json")]
    [InlineData("/.well-known/openid-configuration")]
    [InlineData("/account/login")]
    [InlineData("/auth/spa-config")]
    public async Task The_public_surface_answers_without_a_token(string url) =>
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync(url)).StatusCode);

    [Fact]
    public async Task A_company_member_lists_and_counts_only_its_consortium_projects()
    {
        var principals = await Principals.CreateAsync(api);
        var all = await (await principals[Administrator].GetAsync("/api/v1/projects?pageSize=200")).ExpectAsync(HttpStatusCode.OK);
        var mine = await (await principals[MemberOfConsortium].GetAsync("/api/v1/projects?pageSize=1")).ExpectAsync(HttpStatusCode.OK);
        var none = await (await principals[MemberOutsideConsortium].GetAsync($"/api/v1/projects?q={Uri.EscapeDataString("Access matrix")}")).ExpectAsync(HttpStatusCode.OK);

        // The large company is the prime of several seeded projects and of the matrix project: it sees
        // those, counted in the database, and no others.
        var expected = await CountParticipationsAsync(SeedIds.LargeCompany);
        Assert.True((int)all["totalCount"]! > expected, "the administrator sees more projects than the company");
        Assert.Equal(expected, (int)mine["totalCount"]!);
        Assert.Single(mine["items"]!.AsArray());
        Assert.Equal(0, (int)none["totalCount"]!);
        Assert.Empty(none["items"]!.AsArray());
    }

    [Fact]
    public async Task A_company_member_sees_the_whole_pipeline_only_as_figures()
    {
        var principals = await Principals.CreateAsync(api);
        var everyone = await (await principals[Administrator].GetAsync("/api/v1/dashboard/pipeline")).ExpectAsync(HttpStatusCode.OK);
        var member = await (await principals[MemberOutsideConsortium].GetAsync("/api/v1/dashboard/pipeline")).ExpectAsync(HttpStatusCode.OK);
        var rows = await (await principals[MemberOutsideConsortium].GetAsync("/api/v1/projects?status=Active")).ExpectAsync(HttpStatusCode.OK);

        // The same figures as everyone's, over more open projects than the company may list.
        Assert.True(JsonNode.DeepEquals(everyone, member), "the aggregates are the same for every reader");
        Assert.True((int)rows["totalCount"]! < (int)member["count"]!, $"lists {rows["totalCount"]} of {member["count"]} open projects");
    }

    [Fact]
    public async Task A_project_says_whether_the_caller_may_change_it_and_board_totals_count_only_what_they_see()
    {
        var principals = await Principals.CreateAsync(api);
        var project = $"/api/v1/projects/{principals.ProjectId}";
        foreach (var (caller, expected) in new[]
                 {
                     (Administrator, true), (OfficerOfLeadAgency, true), (OfficerOfOtherAgency, false),
                     (MemberOfConsortium, true), (Analyst, false), (ClientProjectsRead, false), (ClientProjectsWrite, true),
                 })
        {
            var body = await (await principals[caller].GetAsync(project)).ExpectAsync(HttpStatusCode.OK);
            Assert.True(expected == (bool)body["canEdit"]!, $"{caller}: canEdit should be {expected}");
        }

        var member = await (await principals[MemberOfConsortium].GetAsync("/api/v1/projects/stage-totals")).ExpectAsync(HttpStatusCode.OK);
        var memberRows = await (await principals[MemberOfConsortium].GetAsync("/api/v1/projects")).ExpectAsync(HttpStatusCode.OK);
        var everyone = await (await principals[Administrator].GetAsync("/api/v1/projects/stage-totals")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal((int)memberRows["totalCount"]!, (int)member["count"]!);
        Assert.True((int)member["count"]! < (int)everyone["count"]!);

        var csv = await (await principals[MemberOfConsortium].GetAsync("/api/v1/projects/export")).Content.ReadAsStringAsync();
        Assert.Equal((int)memberRows["totalCount"]! + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private async Task<int> CountParticipationsAsync(Guid organization)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EgovExport.Infrastructure.Persistence.EgovExportDbContext>();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.ProjectParticipants, m => m.OrganizationId == organization);
    }

    /// <summary>The API's routes under /api/v1, by endpoint name, with their HTTP methods.</summary>
    private Dictionary<string, HashSet<string>> ApiEndpoints()
    {
        var routes = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/v1", StringComparison.Ordinal))
            .ToList();
        Assert.All(routes, e => Assert.True(e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null, $"{e.RoutePattern.RawText} has no name"));
        return routes.GroupBy(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? []).ToHashSet());
    }
}
