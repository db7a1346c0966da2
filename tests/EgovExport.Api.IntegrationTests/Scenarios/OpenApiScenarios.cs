using System.Net;
using System.Text.Json.Nodes;
using EgovExport.Api.IntegrationTests.Infrastructure;

namespace EgovExport.Api.IntegrationTests.Scenarios;

/// <summary>The OpenAPI document that Swagger UI shows and the TypeScript client is generated from.</summary>
public sealed class OpenApiScenarios(SqliteApiFactory api) : IClassFixture<SqliteApiFactory>
{
    private readonly HttpClient _client = api.AdminClient();

    private async Task<JsonNode> DocumentAsync() => await (await _client.GetAsync("/swagger/v1/swagger.json")).ExpectAsync(HttpStatusCode.OK);

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Select(op => (path.Key, op.Key, op.Value!)));

    /// <summary>
    /// The browser app's client is generated from client/openapi.json during its build, so a change to
    /// the API must reach that file: this fails until it does. Regenerate it with
    /// <c>EGOV_UPDATE_OPENAPI=1 ./scripts/test.sh</c> (or this test alone), then build the client.
    /// </summary>
    [Fact]
    public async Task The_document_the_client_is_built_from_is_the_apis_own()
    {
        var served = await DocumentAsync();
        var file = Path.Combine(RepositoryRoot(), "client", "openapi.json");
        if (Environment.GetEnvironmentVariable("EGOV_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(file, served.ToJsonString(new System.Text.Json.JsonSerializerOptions
            {
                WriteIndented = true,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }) + "\n");
        }

        var committed = JsonNode.Parse(await File.ReadAllTextAsync(file));
        Assert.True(JsonNode.DeepEquals(served, committed),
            "client/openapi.json is not the API's current document: run EGOV_UPDATE_OPENAPI=1 ./scripts/test.sh and rebuild the client.");
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "EgovExport.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("EgovExport.sln not found above the test's folder");
    }

    [Fact]
    public async Task Every_operation_has_a_summary_a_stable_operation_id_and_problem_responses()
    {
        var operations = Operations(await DocumentAsync()).ToList();
        Assert.True(operations.Count >= 20, $"only {operations.Count} operations");
        Assert.All(operations, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)o.Operation["summary"]), $"{o.Method} {o.Path} has no summary");
            Assert.Matches("^[A-Z][A-Za-z]+$", (string?)o.Operation["operationId"] ?? "");
        });
        Assert.Equal(operations.Count, operations.Select(o => (string)o.Operation["operationId"]!).Distinct().Count());

        var move = operations.Single(o => (string)o.Operation["operationId"]! == "MoveProject").Operation;
        foreach (var status in new[] { "200", "400", "404", "409", "412", "428" })
        {
            Assert.True(move["responses"]!.AsObject().ContainsKey(status), $"MoveProject does not document {status}");
        }

        Assert.Contains("problem+json", move["responses"]!["409"]!["content"]!.AsObject().Select(c => c.Key).Single());
    }

    [Fact]
    public async Task Changes_require_if_match_and_reads_send_an_etag()
    {
        var operations = Operations(await DocumentAsync()).ToList();
        var changes = operations.Where(o => o.Method is "put" || (o.Method == "post" && o.Path.Contains("{id}"))).ToList();
        Assert.NotEmpty(changes);
        Assert.All(changes, o => Assert.Contains(o.Operation["parameters"]!.AsArray(),
            p => (string)p!["name"]! == "If-Match" && (string)p["in"]! == "header" && (bool)p["required"]!));

        var get = operations.Single(o => (string)o.Operation["operationId"]! == "GetProject").Operation;
        Assert.NotNull(get["responses"]!["200"]!["headers"]!["ETag"]);
        var create = operations.Single(o => (string)o.Operation["operationId"]! == "CreateProject").Operation;
        Assert.NotNull(create["responses"]!["201"]!["headers"]!["Location"]);
    }

    [Fact]
    public async Task Enums_are_strings_and_requests_have_examples()
    {
        var document = await DocumentAsync();
        var stage = document["components"]!["schemas"]!["Stage"]!;
        Assert.Equal("string", (string)stage["type"]!);
        Assert.Equal(["Inquiry", "Consulting", "Mou", "Contract", "Maintenance"], stage["enum"]!.AsArray().Select(v => (string)v!));

        var operations = Operations(document).ToDictionary(o => (string)o.Operation["operationId"]!, o => o.Operation);
        var moveExamples = operations["MoveProject"]["requestBody"]!["content"]!["application/json"]!["examples"]!.AsObject();
        foreach (var stageName in new[] { "Consulting", "MOU", "Contract", "Maintenance" })
        {
            Assert.Contains(moveExamples, e => e.Key.Contains(stageName, StringComparison.OrdinalIgnoreCase));
        }

        Assert.NotEmpty(operations["CreateProject"]["requestBody"]!["content"]!["application/json"]!["examples"]!.AsObject());
    }

    [Fact]
    public async Task Request_schemas_mark_the_fields_a_caller_must_send()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;
        string[] Required(string schema) => schemas[schema]!["required"]!.AsArray().Select(r => (string)r!).Order().ToArray();

        Assert.Equal(["countryCode", "estimatedValueUsd", "inquiry", "leadAgencyId", "title"], Required("CreateProjectRequest"));
        Assert.Equal(["costBearer", "plannedRounds", "startOn", "type"], Required("ConsultingInput"));
        Assert.Equal(["toStage"], Required("MoveProjectRequest"));
        Assert.Equal(["organizationId", "role", "sharePercent"], Required("ConsortiumMemberInput"));

        // The id and the version come from the route and If-Match, never from the body.
        foreach (var request in new[] { "MoveProjectRequest", "SetFundingRequest", "UpdateOrganizationRequest", "UpdateCountryRequest" })
        {
            var properties = schemas[request]!["properties"]!.AsObject();
            Assert.DoesNotContain("expectedVersion", properties.Select(p => p.Key));
            Assert.DoesNotContain("id", properties.Select(p => p.Key));
        }
    }

    [Fact]
    public async Task Swagger_ui_and_health_answer()
    {
        var ui = await _client.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
        Assert.Contains("swagger-ui", await ui.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", await (await _client.GetAsync("/health/live")).Content.ReadAsStringAsync());
        Assert.Equal("Healthy", await (await _client.GetAsync("/health/ready")).Content.ReadAsStringAsync());
    }
}
