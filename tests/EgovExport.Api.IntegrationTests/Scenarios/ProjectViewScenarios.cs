using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EgovExport.Api.IntegrationTests.Infrastructure;

namespace EgovExport.Api.IntegrationTests.Scenarios;

/// <summary>What the browser app's pages read besides the plain records: names, board totals, CSV, a project's own history.</summary>
public abstract class ProjectViewScenarios(ApiFactory api)
{
    private readonly HttpClient _client = api.AdminClient();

    private static async Task<JsonNode> GetAsync(HttpClient client, string url) => await (await client.GetAsync(url)).ExpectAsync(HttpStatusCode.OK);

    private static async Task<JsonNode> CreateAsync(HttpClient client, object project) =>
        await (await client.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", project)).ExpectAsync(HttpStatusCode.Created);

    [Fact]
    public async Task Lists_and_pages_name_the_lead_agency_and_the_owner()
    {
        var person = await api.SignedInAsync(ApiFactory.AdminEmail, ApiFactory.AdminPassword);
        var me = await GetAsync(person, "/api/v1/me");
        Assert.Equal("Administrator", (string)me["displayName"]!);
        Assert.Equal(ApiFactory.AdminEmail, (string)me["name"]!);
        var title = $"Owner names {Guid.NewGuid():N}";
        var created = await CreateAsync(person, ProjectScenarios.NewProject(title));
        Assert.Equal("Administrator", (string)created["ownerName"]!);
        Assert.True((bool)created["canEdit"]!);
        // What the status dialog may offer, from the domain's own rules.
        Assert.Equal(
            ["OnHold:False", "Lost:True", "Withdrawn:True"],
            created["statusOptions"]!.AsArray().Select(o => $"{(string)o!["status"]!}:{(bool)o["reasonRequired"]!}"));

        var row = (await GetAsync(_client, $"/api/v1/projects?q={Uri.EscapeDataString(title)}"))["items"]![0]!;
        var nia = await GetAsync(_client, $"/api/v1/organizations/{SeedIds.Nia}");
        Assert.Equal((string)nia["name"]!, (string)row["leadAgencyName"]!);
        Assert.Equal((string)nia["nameKo"]!, (string)row["leadAgencyNameKo"]!);
        Assert.Equal((string)me["id"]!, (string)row["ownerId"]!);
        Assert.Equal("Administrator", (string)row["ownerName"]!);

        // A client opens projects without becoming their owner.
        var byClient = await CreateAsync(_client, ProjectScenarios.NewProject($"Client's {title}"));
        Assert.Null(byClient["ownerName"]);
    }

    [Fact]
    public async Task The_board_totals_add_up_the_filtered_list_per_stage()
    {
        await CreateAsync(_client, ProjectScenarios.NewProject("Board totals", "KW"));
        var totals = await GetAsync(_client, "/api/v1/projects/stage-totals?countryCode=KW&status=Active");
        var stages = totals["stages"]!.AsArray().Select(s => s!).ToList();
        Assert.Equal(5, stages.Count);
        foreach (var stage in stages)
        {
            var page = await GetAsync(_client, $"/api/v1/projects?countryCode=KW&status=Active&stage={(string)stage["stage"]!}&pageSize=200");
            var items = page["items"]!.AsArray();
            Assert.Equal((int)page["totalCount"]!, (int)stage["count"]!);
            Assert.Equal(items.Sum(p => (decimal)p!["estimatedValueUsd"]!), (decimal)stage["valueUsd"]!, 2);
        }

        Assert.True((int)totals["count"]! >= 1);
        var everything = await GetAsync(_client, "/api/v1/projects/stage-totals");
        Assert.True((int)everything["count"]! > (int)totals["count"]!, "the filter narrows the totals");
        await (await _client.GetAsync("/api/v1/projects/stage-totals?countryCode=KWT")).ExpectFieldErrorAsync("countryCode");
    }

    [Fact]
    public async Task The_csv_export_holds_the_filtered_view_sorted_and_safe_to_open()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await CreateAsync(_client, ProjectScenarios.NewProject($"=HYPERLINK(\"http://x\") {tag}"));
        await CreateAsync(_client, ProjectScenarios.NewProject($"Ghana, \"customs\" 가나 {tag}", "GH"));

        var response = await _client.GetAsync($"/api/v1/projects/export?q={tag}&sort=title");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("2", response.Headers.GetValues("X-Total-Count").Single());
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        Assert.StartsWith("code,title,countryCode,leadAgency,owner,stage,status,estimatedValueUsd", lines[0]);
        // Sorted by title: the formula-like title sorts first ('=' < 'G') and is escaped so it is text.
        var formula = lines[1].Split(',')[1];
        Assert.DoesNotMatch("^\"?=", formula);
        Assert.Contains("HYPERLINK", lines[1]);
        Assert.Contains($"\"Ghana, \"\"customs\"\" 가나 {tag}\",GH,", lines[2]);
        Assert.Contains(",Inquiry,Active,2000000,", lines[2]);

        await (await _client.GetAsync("/api/v1/projects/export?sort=nonsense")).ExpectFieldErrorAsync("sort");
    }

    [Fact]
    public async Task A_project_shows_its_own_audit_history_newest_first()
    {
        var created = await CreateAsync(_client, ProjectScenarios.NewProject("Own history"));
        var id = (string)created["id"]!;
        var update = new { title = "Own history, renamed", countryCode = "KW", leadAgencyId = SeedIds.Nia, solutionIds = Array.Empty<Guid>(), estimatedValueUsd = 2_500_000, probability = 30, tags = Array.Empty<string>() };
        await (await _client.SendJsonAsync(HttpMethod.Put, $"/api/v1/projects/{id}", update, "\"1\"")).ExpectAsync(HttpStatusCode.OK);

        var newest = await GetAsync(_client, $"/api/v1/projects/{id}/audit");
        var entries = newest["items"]!.AsArray().Select(e => e!).ToList();
        Assert.Equal(2, (int)newest["totalCount"]!);
        Assert.Equal(["Updated", "Created"], entries.Select(e => (string)e["action"]!));
        Assert.Equal("UpdateProject", (string)entries[0]["operation"]!);
        Assert.Equal("Own history, renamed", (string)entries[0]["after"]!["title"]!);
        Assert.All(entries, e => Assert.Equal(id, (string)e["recordId"]!));

        var oldest = await GetAsync(_client, $"/api/v1/projects/{id}/audit?sort=at&pageSize=1");
        Assert.Equal("Created", (string)oldest["items"]![0]!["action"]!);
        await (await _client.GetAsync($"/api/v1/projects/{Guid.NewGuid()}/audit")).ExpectAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync($"/api/v1/projects/{id}/audit?pageSize=0")).ExpectFieldErrorAsync("pageSize");
    }

    [Fact]
    public async Task The_follow_on_chain_is_listed_from_the_earlier_project()
    {
        var first = await CreateAsync(_client, ProjectScenarios.NewProject("Chain start"));
        var project = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ProjectScenarios.NewProject("Chain next")))!;
        project["followsProjectId"] = (string)first["id"]!;
        var next = await CreateAsync(_client, project);

        var followers = await GetAsync(_client, $"/api/v1/projects?followsProjectId={(string)first["id"]!}");
        Assert.Equal([(string)next["id"]!], followers["items"]!.AsArray().Select(p => (string)p!["id"]!));
    }
}

public sealed class SqliteProjectViewScenarios(SqliteApiFactory api) : ProjectViewScenarios(api), IClassFixture<SqliteApiFactory>;

public sealed class PostgreSqlProjectViewScenarios(PostgreSqlApiFactory api) : ProjectViewScenarios(api), IClassFixture<PostgreSqlApiFactory>;
