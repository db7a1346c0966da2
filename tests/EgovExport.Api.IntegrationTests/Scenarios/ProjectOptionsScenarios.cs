using System.Net;
using System.Text.Json.Nodes;
using EgovExport.Api.IntegrationTests.Infrastructure;
using EgovExport.Api.IntegrationTests.Scenarios.Access;
using static EgovExport.Api.IntegrationTests.Scenarios.Access.Caller;

namespace EgovExport.Api.IntegrationTests.Scenarios;

/// <summary>
/// Whether the caller may change a project and what they may do with it next (moves and status
/// changes, from the domain), on the project and on every list row, so the board and the project page
/// offer only what the API accepts.
/// </summary>
public abstract class ProjectOptionsScenarios(ApiFactory api)
{
    private static async Task<JsonNode> GetAsync(HttpClient client, string url) => await (await client.GetAsync(url)).ExpectAsync(HttpStatusCode.OK);

    private static string Moves(JsonNode project) =>
        string.Join(" ", project["moveOptions"]!.AsArray().Select(o =>
            $"{(string)o!["toStage"]!}:{(string)o["kind"]!}:{(string?)o["gate"] ?? "-"}:{(bool)o["skipReasonRequired"]!}:{(bool)o["reasonRequired"]!}"));

    private static async Task<JsonNode> RowAsync(HttpClient client, string title, string filter = "")
    {
        var page = await GetAsync(client, $"/api/v1/projects?q={Uri.EscapeDataString(title)}{filter}");
        return Assert.Single(page["items"]!.AsArray())!;
    }

    [Fact]
    public async Task An_officer_may_move_their_agencys_open_project_but_not_another_agencys_nor_a_closed_one()
    {
        var principals = await Principals.CreateAsync(api);
        var admin = api.AdminClient();
        var title = $"Options {Guid.NewGuid():N}";
        var open = await (await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", ProjectScenarios.NewProject(title))).ExpectAsync(HttpStatusCode.Created);
        var closedTitle = $"Closed {Guid.NewGuid():N}";
        var closed = await (await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", ProjectScenarios.NewProject(closedTitle))).ExpectAsync(HttpStatusCode.Created);
        await (await admin.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{(string)closed["id"]!}/status", new { status = "Withdrawn", reason = "The partner withdrew." }, "\"1\""))
            .ExpectAsync(HttpStatusCode.OK);

        // Their own agency's (NIA) open project: every other stage, forward through the next gate, skips with a skip reason.
        const string fromInquiry = "Consulting:Forward:Consulting:False:False Mou:Skip:Mou:True:False Contract:Skip:Contract:True:False Maintenance:Skip:Maintenance:True:False";
        var own = principals[OfficerOfLeadAgency];
        var detail = await GetAsync(own, $"/api/v1/projects/{(string)open["id"]!}");
        var row = await RowAsync(own, title, "&stage=Inquiry");
        foreach (var view in new[] { detail, row })
        {
            Assert.True((bool)view["canEdit"]!);
            Assert.Equal(fromInquiry, Moves(view));
            Assert.Equal(["OnHold", "Lost", "Withdrawn"], view["statusOptions"]!.AsArray().Select(o => (string)o!["status"]!));
        }

        Assert.Equal(["Consulting", "Mou"], row["moveOptions"]![2]!["skippedStages"]!.AsArray().Select(s => (string)s!));
        Assert.True(JsonNode.DeepEquals(detail["moveOptions"], row["moveOptions"]), "the row offers the moves the project does");

        // Another agency's officer (PPS) reads the project and may do nothing with it.
        var other = principals[OfficerOfOtherAgency];
        foreach (var view in new[] { await GetAsync(other, $"/api/v1/projects/{(string)open["id"]!}"), await RowAsync(other, title) })
        {
            Assert.False((bool)view["canEdit"]!);
            Assert.Empty(view["moveOptions"]!.AsArray());
            Assert.Empty(view["statusOptions"]!.AsArray());
        }

        // A closed project moves nowhere; its own agency may only reopen it, with a reason.
        foreach (var view in new[] { await GetAsync(own, $"/api/v1/projects/{(string)closed["id"]!}"), await RowAsync(own, closedTitle) })
        {
            Assert.True((bool)view["canEdit"]!);
            Assert.Empty(view["moveOptions"]!.AsArray());
            var reopen = Assert.Single(view["statusOptions"]!.AsArray())!;
            Assert.Equal(("Active", true, true), ((string)reopen["status"]!, (bool)reopen["reasonRequired"]!, (bool)reopen["reopens"]!));
        }
    }

    [Fact]
    public async Task A_list_row_says_whether_the_caller_may_change_it_as_the_project_does_within_two_statements()
    {
        var principals = await Principals.CreateAsync(api);
        var project = await GetAsync(api.AdminClient(), $"/api/v1/projects/{principals.ProjectId}");
        var title = (string)project["title"]!;
        foreach (var (caller, expected) in new[]
                 {
                     (Administrator, true), (OfficerOfLeadAgency, true), (OfficerOfOtherAgency, false),
                     (MemberOfConsortium, true), (Analyst, false), (ClientProjectsRead, false), (ClientProjectsWrite, true),
                 })
        {
            var client = principals[caller];
            var detail = await GetAsync(client, $"/api/v1/projects/{principals.ProjectId}");
            JsonNode page = null!;
            var statements = await api.Statements.DuringAsync(async () =>
                page = await GetAsync(client, $"/api/v1/projects?q={Uri.EscapeDataString(title)}&sort=-estimatedValueUsd"));
            var row = page["items"]!.AsArray().Single(r => (string)r!["id"]! == principals.ProjectId.ToString())!;
            Assert.True(expected == (bool)row["canEdit"]!, $"{caller}: the row's canEdit should be {expected}");
            Assert.True(expected == (bool)detail["canEdit"]!, $"{caller}: the project's canEdit should be {expected}");
            Assert.True(JsonNode.DeepEquals(detail["moveOptions"], row["moveOptions"]), $"{caller}: the row's moves are the project's");
            Assert.True(JsonNode.DeepEquals(detail["statusOptions"], row["statusOptions"]), $"{caller}: the row's status changes are the project's");
            Assert.Equal(expected, row["moveOptions"]!.AsArray().Count > 0);
            Assert.True(statements.Count == 2, $"{caller}: a list page took {statements.Count} statements, not 2");
        }
    }
}

public sealed class SqliteProjectOptionsScenarios(SqliteApiFactory api) : ProjectOptionsScenarios(api), IClassFixture<SqliteApiFactory>;

public sealed class PostgreSqlProjectOptionsScenarios(PostgreSqlApiFactory api) : ProjectOptionsScenarios(api), IClassFixture<PostgreSqlApiFactory>;
