using System.Globalization;
using System.Net;
using EgovExport.Api.IntegrationTests.Infrastructure;

namespace EgovExport.Api.IntegrationTests.Scenarios;

/// <summary>
/// Every kind of bad input gets a 400 problem that names the field, never a 500, and writes nothing.
/// These exercise the HTTP edge, which is the same on every provider, so they run on SQLite.
/// </summary>
public sealed class BadInputScenarios(SqliteApiFactory api) : IClassFixture<SqliteApiFactory>
{
    private readonly HttpClient _client = api.AdminClient();

    public static TheoryData<string, string> BadCreates => new()
    {
        // malformed JSON
        { """{"title": "x", """, "body" },
        { "[1, 2]", "body" },
        // wrong types
        { """{"title": 42, "countryCode": "KW"}""", "title" },
        { """{"title": "x", "estimatedValueUsd": "lots"}""", "estimatedValueUsd" },
        { """{"title": "x", "leadAgencyId": "not-a-guid"}""", "leadAgencyId" },
        { """{"title": "x", "solutionIds": "abc"}""", "solutionIds" },
        // unknown enum names
        { """{"title": "x", "inquiry": {"channel": "Carrier pigeon"}}""", "inquiry.channel" },
        { """{"title": "x", "inquiry": {"channel": 2}}""", "inquiry.channel" },
        // out-of-range numbers
        { """{"title": "x", "estimatedValueUsd": 1e40}""", "estimatedValueUsd" },
        { """{"title": "x", "estimatedValueUsd": -5}""", "estimatedValueUsd" },
        // impossible dates
        { """{"title": "x", "expectedDecisionOn": "2026-02-30"}""", "expectedDecisionOn" },
        { """{"title": "x", "inquiry": {"receivedOn": "yesterday"}}""", "inquiry.receivedOn" },
        // missing and unknown references
        { """{"title": "x"}""", "countryCode" },
        { """{"title": "x", "countryCode": "ZZ"}""", "countryCode" },
    };

    [Theory]
    [MemberData(nameof(BadCreates))]
    public async Task A_bad_create_gets_400_naming_the_field_and_writes_nothing(string body, string field)
    {
        var before = await CountProjectsAsync();
        await (await _client.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", body)).ExpectFieldErrorAsync(field);
        Assert.Equal(before, await CountProjectsAsync());
    }

    [Fact]
    public async Task An_oversized_string_gets_400_naming_the_field()
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { title = new string('x', 201), countryCode = "KW" });
        await (await _client.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", body)).ExpectFieldErrorAsync("title");
    }

    [Fact]
    public async Task An_inquiry_dated_in_the_future_is_refused()
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ProjectScenarios.NewProject()))!;
        body["inquiry"]!["receivedOn"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await (await _client.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", body.ToJsonString())).ExpectFieldErrorAsync("inquiry.receivedOn");
    }

    [Fact]
    public async Task A_missing_body_gets_400()
    {
        await (await _client.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", null)).ExpectFieldErrorAsync("body");
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415()
    {
        using var content = new StringContent("title=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        var response = await _client.PostAsync("/api/v1/projects", content);
        await response.ExpectAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_without_a_500()
    {
        var body = $$"""{"title": "{{new string('x', (int)ApiSetup.MaxRequestBodyBytes + 10)}}"}""";
        var response = await _client.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", body);
        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"got {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Enum_values_are_read_case_insensitively()
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ProjectScenarios.NewProject()))!;
        body["inquiry"]!["channel"] = "delegationvisit";
        var project = await (await _client.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", body.ToJsonString())).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("DelegationVisit", (string)project["inquiry"]!["channel"]!);
    }

    [Fact]
    public async Task Requested_areas_may_be_one_string_or_a_list()
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ProjectScenarios.NewProject()))!;
        body["inquiry"]!["requestedAreas"] = "customs clearance";
        var project = await (await _client.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", body.ToJsonString())).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(["customs clearance"], project["inquiry"]!["requestedAreas"]!.AsArray().Select(a => (string)a!));

        body["inquiry"]!["requestedAreas"] = 5;
        await (await _client.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", body.ToJsonString())).ExpectFieldErrorAsync("inquiry.requestedAreas");
    }

    [Fact]
    public async Task A_malformed_if_match_gets_400_and_a_foreign_one_412()
    {
        var created = await _client.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", ProjectScenarios.NewProject());
        var id = (string)(await created.ExpectAsync(HttpStatusCode.Created))["id"]!;
        var move = new { toStage = "Inquiry", reason = "x" };
        await (await _client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", move, "not an etag")).ExpectAsync(HttpStatusCode.BadRequest);
        await (await _client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", move, "\"abc\"")).ExpectAsync(HttpStatusCode.PreconditionFailed);
    }

    private async Task<int> CountProjectsAsync() =>
        (int)(await (await _client.GetAsync("/api/v1/projects?pageSize=1")).ExpectAsync(HttpStatusCode.OK))["totalCount"]!;
}
