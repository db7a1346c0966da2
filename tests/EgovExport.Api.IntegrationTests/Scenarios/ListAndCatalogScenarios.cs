using System.Net;
using System.Text.Json.Nodes;
using EgovExport.Api.IntegrationTests.Infrastructure;

namespace EgovExport.Api.IntegrationTests.Scenarios;

/// <summary>Lists (filters, sorting, paging limits) and the catalog resources, on SQLite and PostgreSQL.</summary>
public abstract class ListAndCatalogScenarios(ApiFactory api)
{
    private readonly HttpClient _client = api.AdminClient();

    private async Task<JsonNode> GetJsonAsync(string url) => await (await _client.GetAsync(url)).ExpectAsync(HttpStatusCode.OK);

    [Fact]
    public async Task Countries_carry_the_partner_contract_fields_and_the_seeded_regions()
    {
        var kuwait = await GetJsonAsync("/api/v1/countries/kw");
        Assert.Equal("KW", (string)kuwait["code"]!);
        Assert.Equal("ArabStates", (string)kuwait["region"]!);
        Assert.False(string.IsNullOrEmpty((string)kuwait["nameKo"]!));
        Assert.False(string.IsNullOrEmpty((string)kuwait["name"]!));

        var page = await GetJsonAsync("/api/v1/countries?page=2&pageSize=50&sort=code");
        Assert.True((int)page["totalCount"]! >= 193);
        Assert.Equal(50, page["items"]!.AsArray().Count);
        Assert.Equal(2, (int)page["page"]!);
        var codes = page["items"]!.AsArray().Select(c => (string)c!["code"]!).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);

        var latin = await GetJsonAsync("/api/v1/countries?region=LatinAmericaCaribbean&pageSize=200");
        Assert.Contains(latin["items"]!.AsArray(), c => (string)c!["code"]! == "DO");
        Assert.All(latin["items"]!.AsArray(), c => Assert.Equal("LatinAmericaCaribbean", (string)c!["region"]!));
    }

    [Fact]
    public async Task An_organization_is_created_read_and_updated_with_its_etag()
    {
        var created = await _client.SendJsonAsync(HttpMethod.Post, "/api/v1/organizations",
            new { name = "Example e-Gov Soft", nameKo = "예시전자정부", kind = "koreancompany", countryCode = "KR", size = "Sme" });
        var organization = await created.ExpectAsync(HttpStatusCode.Created);
        var id = (string)organization["id"]!;
        Assert.Equal("KoreanCompany", (string)organization["kind"]!);
        Assert.Equal("Sme", (string)organization["size"]!);
        Assert.EndsWith($"/api/v1/organizations/{id}", created.Headers.Location!.OriginalString);

        var read = await _client.GetAsync($"/api/v1/organizations/{id}");
        await read.ExpectAsync(HttpStatusCode.OK);
        var etag = read.ETag();

        var updated = await _client.SendJsonAsync(HttpMethod.Put, $"/api/v1/organizations/{id}",
            new { name = "Example e-Gov Soft Co.", kind = "KoreanCompany", countryCode = "KR", size = "Large" }, etag);
        var body = await updated.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Large", (string)body["size"]!);
        Assert.NotEqual(etag, updated.ETag());

        var stale = await _client.SendJsonAsync(HttpMethod.Put, $"/api/v1/organizations/{id}",
            new { name = "Lost update", kind = "KoreanCompany", countryCode = "KR" }, etag);
        await stale.ExpectAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("Example e-Gov Soft Co.", (string)(await GetJsonAsync($"/api/v1/organizations/{id}"))["name"]!);
    }

    [Fact]
    public async Task The_solution_catalog_lists_the_seeded_solutions_and_accepts_new_ones()
    {
        var catalog = await GetJsonAsync("/api/v1/solutions?pageSize=100");
        var codes = catalog["items"]!.AsArray().Select(s => (string)s!["code"]!).ToList();
        Assert.True(codes.Count >= 15);
        Assert.Contains(catalog["items"]!.AsArray(), s => ((string)s!["name"]!).Contains("UNI-PASS"));

        var created = await _client.SendJsonAsync(HttpMethod.Post, "/api/v1/solutions",
            new { code = "test-sol-1", name = "Test solution", category = "PlatformFramework" });
        var solution = await created.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("TEST-SOL-1", (string)solution["code"]!);

        var duplicate = await _client.SendJsonAsync(HttpMethod.Post, "/api/v1/solutions", new { code = "TEST-SOL-1", name = "Again", category = "PlatformFramework" });
        await duplicate.ExpectFieldErrorAsync("code");
    }

    [Fact]
    public async Task Project_lists_filter_sort_and_page_in_the_database()
    {
        var solution = (string)(await GetJsonAsync("/api/v1/solutions?q=KONEPS"))["items"]![0]!["id"]!;
        var marker = Guid.NewGuid().ToString("N")[..8];
        foreach (var (country, value) in new[] { ("PE", 3_000_000), ("PE", 1_000_000), ("MN", 2_000_000) })
        {
            var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ProjectScenarios.NewProject($"Filter test {marker} {country} {value}", country)))!;
            body["estimatedValueUsd"] = value;
            body["solutionIds"] = new JsonArray(solution);
            await (await _client.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", body.ToJsonString())).ExpectAsync(HttpStatusCode.Created);
        }

        var peru = await GetJsonAsync($"/api/v1/projects?countryCode=pe&q={marker}&sort=-estimatedValueUsd");
        var first = await GetJsonAsync($"/api/v1/projects/{(string)peru["items"]![0]!["id"]!}");
        Assert.Equal([solution], first["solutionIds"]!.AsArray().Select(s => (string)s!));
        Assert.Equal(2, (int)peru["totalCount"]!);
        Assert.Equal([3_000_000m, 1_000_000m], peru["items"]!.AsArray().Select(p => (decimal)p!["estimatedValueUsd"]!));

        var asia = await GetJsonAsync($"/api/v1/projects?region=AsiaPacific&q={marker.ToUpperInvariant()}&solutionId={solution}&stage=Inquiry&status=Active");
        Assert.Equal("MN", (string)asia["items"]![0]!["countryCode"]!);
        Assert.Equal(1, (int)asia["totalCount"]!);

        var paged = await GetJsonAsync($"/api/v1/projects?q={marker}&pageSize=2&page=2&sort=estimatedValueUsd&leadAgencyId={SeedIds.Nia}");
        Assert.Equal(3, (int)paged["totalCount"]!);
        Assert.Single(paged["items"]!.AsArray());
        Assert.Equal(3_000_000m, (decimal)paged["items"]![0]!["estimatedValueUsd"]!);
    }

    [Fact]
    public async Task Enum_filters_are_read_case_insensitively_and_sorts_take_either_spelling()
    {
        var exact = await GetJsonAsync("/api/v1/countries?region=ArabStates&pageSize=200&sort=-code");
        var lower = await GetJsonAsync("/api/v1/countries?REGION=arabstates&pageSize=200&sort=code:desc");
        Assert.Equal(exact.ToJsonString(), lower.ToJsonString());
        Assert.Equal(22, (int)lower["totalCount"]!);
        var codes = lower["items"]!.AsArray().Select(c => (string)c!["code"]!).ToList();
        Assert.Equal(codes.OrderDescending(StringComparer.Ordinal), codes);
    }

    [Theory]
    [InlineData("/api/v1/projects?pageSize=201", "pageSize")]
    [InlineData("/api/v1/projects?pageSize=0", "pageSize")]
    [InlineData("/api/v1/projects?page=0", "page")]
    [InlineData("/api/v1/projects?page=501&pageSize=25", "page")]
    [InlineData("/api/v1/projects?sort=secret", "sort")]
    [InlineData("/api/v1/projects?sort=code:sideways", "sort")]
    [InlineData("/api/v1/projects?stage=Negotiation", "stage")]
    [InlineData("/api/v1/projects?page=abc", "page")]
    [InlineData("/api/v1/countries?pageSize=1000", "pageSize")]
    [InlineData("/api/v1/organizations?kind=Alien", "kind")]
    public async Task Bad_list_parameters_get_400_naming_the_parameter(string url, string field) =>
        await (await _client.GetAsync(url)).ExpectFieldErrorAsync(field);

    [Fact]
    public async Task Unknown_records_get_404_problems()
    {
        var response = await _client.GetAsync($"/api/v1/projects/{Guid.NewGuid()}");
        var problem = await response.ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(problem["traceId"]);
        await (await _client.GetAsync("/api/v1/countries/QQ")).ExpectAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync($"/api/v1/projects/{Guid.NewGuid()}/transitions")).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_export_records_hold_the_official_figures_and_targets()
    {
        var records = (await GetJsonAsync("/api/v1/export-records")).AsArray();
        Assert.Equal(148_760_000m, (decimal)records.Single(r => (int)r!["year"]! == 2010)!["officialValueUsd"]!);
        Assert.Equal(400_000_000m, (decimal)records.Single(r => (int)r!["year"]! == 2013)!["targetValueUsd"]!);
    }
}

public sealed class SqliteListAndCatalogScenarios(SqliteApiFactory api) : ListAndCatalogScenarios(api), IClassFixture<SqliteApiFactory>;

public sealed class PostgreSqlListAndCatalogScenarios(PostgreSqlApiFactory api) : ListAndCatalogScenarios(api), IClassFixture<PostgreSqlApiFactory>;
