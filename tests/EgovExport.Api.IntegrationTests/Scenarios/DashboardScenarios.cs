using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using EgovExport.Api.IntegrationTests.Infrastructure;

namespace EgovExport.Api.IntegrationTests.Scenarios;

/// <summary>
/// The dashboard's figures, aggregated in the database, checked against the same figures worked out here
/// from every project's own record — on each provider, since each translates the JSON paths differently.
/// </summary>
public abstract class DashboardScenarios(ApiFactory api)
{
    private readonly HttpClient _client = api.AdminClient();

    private async Task<JsonNode> GetAsync(string url) => await (await _client.GetAsync(url)).ExpectAsync(HttpStatusCode.OK);

    /// <summary>Every project in full (the seeds and whatever other tests of this class made).</summary>
    private async Task<List<JsonNode>> AllProjectsAsync()
    {
        var page = await GetAsync("/api/v1/projects?pageSize=200");
        Assert.True((int)page["totalCount"]! <= 200, "the check reads every project on one page");
        var projects = new List<JsonNode>();
        foreach (var item in page["items"]!.AsArray())
        {
            projects.Add(await GetAsync($"/api/v1/projects/{(string)item!["id"]!}"));
        }

        return projects;
    }

    private static bool IsOpen(JsonNode p) => (string)p["status"]! is "Active" or "OnHold";

    /// <summary>A project counts as contracted while it stands in Contract or Maintenance with its contract.</summary>
    private static bool IsContracted(JsonNode p) => p["contract"] is not null && (string)p["stage"]! is "Contract" or "Maintenance";

    /// <summary>A contract's value in USD as the dashboard counts it: as signed when in USD, else the estimate.</summary>
    private static decimal ContractUsd(JsonNode p) =>
        (string)p["contract"]!["currency"]! == "USD" ? (decimal)p["contract"]!["value"]! : (decimal)p["estimatedValueUsd"]!;

    [Fact]
    public async Task The_pipeline_summary_adds_up_the_open_projects_by_stage()
    {
        // A project of our own, so each provider sums at least one value it did not seed.
        var created = await (await _client.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", ProjectScenarios.NewProject("Dashboard check"))).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("Inquiry", (string)created["stage"]!);
        var open = (await AllProjectsAsync()).Where(IsOpen).ToList();

        var summary = await GetAsync("/api/v1/dashboard/pipeline");
        var stages = summary["stages"]!.AsArray().Select(s => s!).ToList();
        Assert.Equal(["Inquiry", "Consulting", "Mou", "Contract", "Maintenance"], stages.Select(s => (string)s["stage"]!));
        foreach (var stage in stages)
        {
            var mine = open.Where(p => (string)p["stage"]! == (string)stage["stage"]!).ToList();
            Assert.Equal(mine.Count, (int)stage["count"]!);
            Assert.Equal(mine.Sum(p => (decimal)p["estimatedValueUsd"]!), (decimal)stage["valueUsd"]!, 2);
            Assert.Equal(mine.Sum(p => (decimal)p["estimatedValueUsd"]! * (int)p["probability"]! / 100m), (decimal)stage["weightedValueUsd"]!, 2);
        }

        Assert.Equal(open.Count, (int)summary["count"]!);
        Assert.True((int)stages[0]["count"]! >= 1);
    }

    [Fact]
    public async Task Contracted_value_per_year_stands_beside_the_export_record_and_the_target()
    {
        var contracted = (await AllProjectsAsync()).Where(IsContracted).ToList();
        Assert.NotEmpty(contracted);
        var records = (await GetAsync("/api/v1/export-records")).AsArray().Select(r => r!).ToList();

        var years = (await GetAsync("/api/v1/dashboard/contracts-by-year")).AsArray().Select(y => y!).ToList();

        var expectedYears = contracted.Select(p => DateOnly.Parse((string)p["contract"]!["signedOn"]!, CultureInfo.InvariantCulture).Year)
            .Union(records.Select(r => (int)r["year"]!)).Order().ToList();
        Assert.Equal(expectedYears, years.Select(y => (int)y["year"]!));
        foreach (var year in years)
        {
            var y = (int)year["year"]!;
            var signed = contracted.Where(p => DateOnly.Parse((string)p["contract"]!["signedOn"]!, CultureInfo.InvariantCulture).Year == y).ToList();
            Assert.Equal(signed.Count, (int)year["contractCount"]!);
            Assert.Equal(signed.Sum(ContractUsd), (decimal)year["contractedValueUsd"]!, 2);
            var record = records.FirstOrDefault(r => (int)r["year"]! == y);
            Assert.Equal((decimal?)record?["officialValueUsd"], (decimal?)year["officialValueUsd"]);
            Assert.Equal((decimal?)record?["targetValueUsd"], (decimal?)year["targetValueUsd"]);
        }
    }

    [Fact]
    public async Task The_sme_share_weighs_each_contract_by_its_sme_members_shares()
    {
        var contracted = (await AllProjectsAsync()).Where(IsContracted).ToList();
        decimal SmeValue(JsonNode p) => ContractUsd(p) * (decimal)p["smeSharePercent"]! / 100m;

        var share = await GetAsync("/api/v1/dashboard/sme-share");

        Assert.Equal(contracted.Count, (int)share["contractCount"]!);
        var value = contracted.Sum(ContractUsd);
        var sme = contracted.Sum(SmeValue);
        Assert.Equal(value, (decimal)share["contractedValueUsd"]!, 2);
        Assert.Equal(sme, (decimal)share["smeValueUsd"]!, 2);
        Assert.Equal(Math.Round(sme * 100m / value, 1), (decimal)share["smeSharePercent"]!);
        Assert.True(sme > 0, "the seeds hold SME members in contracted consortia, so the share is not trivially zero");
        foreach (var year in share["byYear"]!.AsArray())
        {
            var signed = contracted.Where(p => DateOnly.Parse((string)p["contract"]!["signedOn"]!, CultureInfo.InvariantCulture).Year == (int)year!["year"]!).ToList();
            Assert.Equal(signed.Sum(SmeValue), (decimal)year!["smeValueUsd"]!, 2);
        }
    }

    [Fact]
    public async Task The_open_pipeline_is_broken_down_by_region_and_by_solution()
    {
        var open = (await AllProjectsAsync()).Where(IsOpen).ToList();
        var countries = (await GetAsync("/api/v1/countries?pageSize=200"))["items"]!.AsArray()
            .ToDictionary(c => (string)c!["code"]!, c => (string)c!["region"]!);

        var regions = (await GetAsync("/api/v1/dashboard/by-region")).AsArray().Select(r => r!).ToList();
        Assert.Equal(6, regions.Count);
        foreach (var region in regions)
        {
            var mine = open.Where(p => countries[(string)p["countryCode"]!] == (string)region["region"]!).ToList();
            Assert.Equal(mine.Count, (int)region["count"]!);
            Assert.Equal(mine.Sum(p => (decimal)p["estimatedValueUsd"]!), (decimal)region["valueUsd"]!, 2);
        }

        var solutions = (await GetAsync("/api/v1/dashboard/by-solution")).AsArray().Select(s => s!).ToList();
        Assert.NotEmpty(solutions);
        Assert.Equal(solutions.Select(s => (decimal)s["valueUsd"]!).OrderDescending(), solutions.Select(s => (decimal)s["valueUsd"]!));
        foreach (var solution in solutions)
        {
            var id = (string)solution["solutionId"]!;
            var mine = open.Where(p => p["solutionIds"]!.AsArray().Any(s => (string)s! == id)).ToList();
            Assert.Equal(mine.Count, (int)solution["count"]!);
            Assert.Equal(mine.Sum(p => (decimal)p["estimatedValueUsd"]!), (decimal)solution["valueUsd"]!, 2);
            Assert.False(string.IsNullOrEmpty((string?)solution["code"]));
        }
    }

    [Fact]
    public async Task A_solution_lists_the_countries_its_contracted_projects_took_it_to()
    {
        var projects = await AllProjectsAsync();
        var solutionId = projects.Where(p => (string)p["stage"]! is "Contract" or "Maintenance")
            .SelectMany(p => p["solutionIds"]!.AsArray().Select(s => (string)s!)).First();

        var countries = (await GetAsync($"/api/v1/solutions/{solutionId}/countries")).AsArray().Select(c => c!).ToList();

        var expected = projects.Where(p => (string)p["stage"]! is "Contract" or "Maintenance" && p["solutionIds"]!.AsArray().Any(s => (string)s! == solutionId))
            .GroupBy(p => (string)p["countryCode"]!).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(expected.Keys.Order(), countries.Select(c => (string)c["countryCode"]!).Order());
        foreach (var country in countries)
        {
            var mine = expected[(string)country["countryCode"]!];
            Assert.Equal(mine.Count, (int)country["projectCount"]!);
            Assert.Equal(mine.Sum(p => (decimal)p["estimatedValueUsd"]!), (decimal)country["valueUsd"]!, 2);
            Assert.False(string.IsNullOrEmpty((string?)country["nameKo"]));
        }

        await (await _client.GetAsync($"/api/v1/solutions/{Guid.NewGuid()}/countries")).ExpectAsync(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteDashboardScenarios(SqliteApiFactory api) : DashboardScenarios(api), IClassFixture<SqliteApiFactory>;

public sealed class PostgreSqlDashboardScenarios(PostgreSqlApiFactory api) : DashboardScenarios(api), IClassFixture<PostgreSqlApiFactory>;
