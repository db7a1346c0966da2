using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using EgovExport.Api.IntegrationTests.Infrastructure;

namespace EgovExport.Api.IntegrationTests.Scenarios;

/// <summary>
/// The pipeline over HTTP, exactly as a partner system drives it. Every scenario runs on SQLite and on
/// PostgreSQL (see the two subclasses at the end of the file).
/// </summary>
public abstract class ProjectScenarios(ApiFactory api)
{
    protected HttpClient Client { get; } = api.AdminClient();

    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Days(int offset) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static object NewProject(string title = "Kuwait informatization consulting", string country = "KW") => new
    {
        title,
        countryCode = country,
        leadAgencyId = SeedIds.Nia,
        solutionIds = Array.Empty<Guid>(),
        estimatedValueUsd = 2_000_000,
        expectedDecisionOn = Days(180),
        inquiry = new { channel = "DelegationVisit", receivedOn = Days(-30), requestingOrganizationId = SeedIds.KuwaitAgency, requestedAreas = new[] { "national informatization strategy" } },
    };

    private static object Consulting(int rounds = 8) => new
    {
        toStage = "Consulting",
        consulting = new { type = "MasterPlan", plannedRounds = rounds, costBearer = "Partner", startOn = Days(-20) },
    };

    private static object Mou(string? signedOn = null, string? expiresOn = null) => new
    {
        toStage = "Mou",
        mou = new { koreanSignatory = "Minister of the Interior and Safety", partnerSignatory = "Minister of Communications", signedOn = signedOn ?? Days(-10), scope = "e-Government cooperation", expiresOn = expiresOn ?? Days(1000) },
    };

    private static object Contract(decimal value = 1_500_000, Guid? prime = null, string? startOn = null, string? endOn = null, string? skipReason = null) => new
    {
        toStage = "Contract",
        skipReason,
        contract = new { number = "KW-2026-001", signedOn = Days(-5), value, currency = "USD", primeContractorId = prime ?? SeedIds.LargeCompany, startOn = startOn ?? Days(-3), endOn = endOn ?? Days(400) },
    };

    private static object Maintenance(string? acceptedOn = null) => new
    {
        toStage = "Maintenance",
        maintenance = new { acceptedOn = acceptedOn ?? Today, supportEndsOn = Days(1100), annualValueUsd = 120_000 },
    };

    private static readonly object Consortium = new
    {
        members = new object[]
        {
            new { organizationId = SeedIds.LargeCompany, role = "Prime", sharePercent = 60 },
            new { organizationId = SeedIds.SmeCompany, role = "Partner", sharePercent = 30 },
        },
    };

    private static object Funding(decimal amount) => new { sources = new object[] { new { source = "Edcf", amount } } };

    protected async Task<(string Id, string ETag)> CreateAsync(object? body = null)
    {
        var response = await Client.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", body ?? NewProject());
        var project = await response.ExpectAsync(HttpStatusCode.Created);
        return ((string)project["id"]!, response.ETag());
    }

    protected async Task<(JsonNode Project, string ETag)> SendAsync(HttpMethod method, string url, object body, string etag, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Client.SendJsonAsync(method, url, body, etag);
        var json = await response.ExpectAsync(expected);
        return (json, expected == HttpStatusCode.OK ? response.ETag() : etag);
    }

    private Task<(JsonNode Project, string ETag)> MoveAsync(string id, object move, string etag) =>
        SendAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", move, etag);

    /// <summary>A project at Mou with a consortium and funding that covers <paramref name="funding"/>.</summary>
    private async Task<(string Id, string ETag)> AtMouAsync(decimal funding = 2_000_000)
    {
        var (id, etag) = await CreateAsync();
        (_, etag) = await MoveAsync(id, Consulting(), etag);
        (_, etag) = await MoveAsync(id, Mou(), etag);
        (_, etag) = await SendAsync(HttpMethod.Put, $"/api/v1/projects/{id}/consortium", Consortium, etag);
        (_, etag) = await SendAsync(HttpMethod.Put, $"/api/v1/projects/{id}/funding", Funding(funding), etag);
        return (id, etag);
    }

    [Fact]
    public async Task A_project_walks_from_inquiry_to_maintenance_over_http()
    {
        var created = await Client.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", NewProject());
        var project = await created.ExpectAsync(HttpStatusCode.Created);
        var id = (string)project["id"]!;
        Assert.Equal($"/api/v1/projects/{id}", created.Headers.Location?.OriginalString);
        Assert.Matches(@"^EXP-\d{4}-\d{4}$", (string)project["code"]!);
        Assert.Equal("Inquiry", (string)project["stage"]!);
        Assert.Equal("Active", (string)project["status"]!);
        var etag = created.ETag();

        (project, etag) = await MoveAsync(id, Consulting(), etag);
        Assert.Equal("Consulting", (string)project["stage"]!);
        Assert.Equal(25, (int)project["probability"]!);
        (project, etag) = await MoveAsync(id, Mou(), etag);
        Assert.Equal("Mou", (string)project["stage"]!);
        (project, etag) = await SendAsync(HttpMethod.Put, $"/api/v1/projects/{id}/consortium", Consortium, etag);
        Assert.Equal(30m, (decimal)project["smeSharePercent"]!);
        (_, etag) = await SendAsync(HttpMethod.Put, $"/api/v1/projects/{id}/funding", Funding(1_500_000), etag);
        (project, etag) = await MoveAsync(id, Contract(), etag);
        Assert.Equal("Contract", (string)project["stage"]!);
        Assert.Equal(100, (int)project["probability"]!);
        (project, etag) = await MoveAsync(id, Maintenance(), etag);
        Assert.Equal("Maintenance", (string)project["stage"]!);
        Assert.Equal(120_000m, (decimal)project["maintenance"]!["annualValueUsd"]!);

        var read = await Client.GetAsync($"/api/v1/projects/{id}");
        var stored = await read.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(etag, read.ETag());
        Assert.Equal("KW-2026-001", (string)stored["contract"]!["number"]!);
        Assert.Equal(8, (int)stored["consultingEngagements"]![0]!["plannedRounds"]!);

        var history = (await (await Client.GetAsync($"/api/v1/projects/{id}/transitions")).ExpectAsync(HttpStatusCode.OK)).AsArray();
        Assert.Equal(["Inquiry", "Consulting", "Mou", "Contract", "Maintenance"], history.Select(t => (string)t!["to"]!));
        Assert.Null(history[0]!["from"]);
        Assert.Equal("Consulting", (string)history[2]!["from"]!);
        Assert.All(history, t => Assert.False((bool)t!["skipped"]!));
        Assert.Equal("MasterPlan", (string)history[1]!["gateData"]!["type"]!);

        (project, _) = await SendAsync(HttpMethod.Post, $"/api/v1/projects/{id}/status", new { status = "Completed" }, etag);
        Assert.Equal("Completed", (string)project["status"]!);
    }

    [Fact]
    public async Task Missing_gate_data_is_refused_with_the_stage_field_named()
    {
        var (id, etag) = await CreateAsync();
        var response = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", new { toStage = "Consulting" }, etag);
        await response.ExpectFieldErrorAsync("consulting");
    }

    [Theory]
    [InlineData("consulting.plannedRounds")]
    [InlineData("consulting.startOn")]
    public async Task Consulting_gate_failures_name_their_field(string field)
    {
        var (id, etag) = await CreateAsync();
        object move = field == "consulting.plannedRounds"
            ? Consulting(rounds: 0)
            : new { toStage = "Consulting", consulting = new { type = "MasterPlan", plannedRounds = 2, costBearer = "Korea" } };
        var response = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", move, etag);
        await response.ExpectFieldErrorAsync(field);
        await AssertUnchangedAsync(id, etag);
    }

    [Fact]
    public async Task Mou_gate_failures_name_their_field()
    {
        var (id, etag) = await CreateAsync();
        (_, etag) = await MoveAsync(id, Consulting(), etag);
        await (await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Mou(signedOn: Days(5)), etag)).ExpectFieldErrorAsync("mou.signedOn");
        await (await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Mou(expiresOn: Days(-10)), etag)).ExpectFieldErrorAsync("mou.expiresOn");
        await AssertUnchangedAsync(id, etag);
    }

    [Fact]
    public async Task Contract_gate_failures_name_their_field()
    {
        var (id, etag) = await AtMouAsync();
        await (await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Contract(value: 0), etag)).ExpectFieldErrorAsync("contract.value");
        await (await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Contract(endOn: Days(-10)), etag)).ExpectFieldErrorAsync("contract.endOn");
        await AssertUnchangedAsync(id, etag);
    }

    [Fact]
    public async Task Maintenance_acceptance_before_the_contract_start_is_refused()
    {
        var (id, etag) = await AtMouAsync();
        (_, etag) = await MoveAsync(id, Contract(), etag);
        var response = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Maintenance(acceptedOn: Days(-30)), etag);
        await response.ExpectFieldErrorAsync("maintenance.acceptedOn");
    }

    [Fact]
    public async Task A_contract_whose_funding_does_not_cover_it_is_a_conflict()
    {
        var (id, etag) = await AtMouAsync(funding: 1_000_000);
        var response = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Contract(value: 1_500_000), etag);
        await response.ExpectConflictAsync("ContractMustBeCoveredByFunding");
        await AssertUnchangedAsync(id, etag);
    }

    [Fact]
    public async Task A_prime_contractor_outside_the_consortium_is_a_conflict()
    {
        var (id, etag) = await AtMouAsync();
        var outsider = Guid.Parse("01a2008d-740f-7083-9208-1e6a822e0f78"); // Samsung SDS, not a member here
        var response = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Contract(prime: outsider), etag);
        await response.ExpectConflictAsync("PrimeContractorMustBeConsortiumMember");
    }

    [Fact]
    public async Task Skipping_a_stage_needs_a_skip_reason_and_is_recorded_as_skipped()
    {
        var (id, etag) = await CreateAsync();
        (_, etag) = await MoveAsync(id, Consulting(), etag);
        (_, etag) = await SendAsync(HttpMethod.Put, $"/api/v1/projects/{id}/consortium", Consortium, etag);
        (_, etag) = await SendAsync(HttpMethod.Put, $"/api/v1/projects/{id}/funding", Funding(2_000_000), etag);

        var refused = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Contract(), etag);
        await refused.ExpectConflictAsync("SkippingAStageRequiresAReason");

        var (project, _) = await MoveAsync(id, Contract(skipReason: "World Bank tender won without an MOU"), etag);
        Assert.Equal("Contract", (string)project["stage"]!);
        var history = (await (await Client.GetAsync($"/api/v1/projects/{id}/transitions")).ExpectAsync(HttpStatusCode.OK)).AsArray();
        var last = history[^1]!;
        Assert.True((bool)last["skipped"]!);
        Assert.Contains("World Bank", (string)last["reason"]!);
    }

    [Fact]
    public async Task Moving_back_needs_a_reason()
    {
        var (id, etag) = await CreateAsync();
        (_, etag) = await MoveAsync(id, Consulting(), etag);
        var refused = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", new { toStage = "Inquiry" }, etag);
        await refused.ExpectConflictAsync("MovingBackRequiresAReason");
        var (project, _) = await MoveAsync(id, new { toStage = "Inquiry", reason = "The partner re-scoped the request" }, etag);
        Assert.Equal("Inquiry", (string)project["stage"]!);
        Assert.Equal(10, (int)project["probability"]!);
    }

    [Fact]
    public async Task A_closed_project_cannot_move_until_it_is_reopened_with_a_reason()
    {
        var (id, etag) = await CreateAsync();
        var noReason = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/status", new { status = "Lost" }, etag);
        await noReason.ExpectFieldErrorAsync("reason");

        var (lost, lostETag) = await SendAsync(HttpMethod.Post, $"/api/v1/projects/{id}/status",
            new { status = "Lost", reason = "The tender went to another bidder", lossReason = "Competitor", lostToCountryCode = "JP" }, etag);
        Assert.Equal("Lost", (string)lost["status"]!);
        Assert.Equal("JP", (string)lost["statusHistory"]![0]!["lostToCountryCode"]!);

        var move = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Consulting(), lostETag);
        await move.ExpectConflictAsync("ClosedProjectCannotMove");
        await (await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/status", new { status = "Active" }, lostETag)).ExpectFieldErrorAsync("reason");

        var (reopened, reopenedETag) = await SendAsync(HttpMethod.Post, $"/api/v1/projects/{id}/status", new { status = "Active", reason = "The tender was relaunched" }, lostETag);
        Assert.Equal("Active", (string)reopened["status"]!);
        var (moved, _) = await MoveAsync(id, Consulting(), reopenedETag);
        Assert.Equal("Consulting", (string)moved["stage"]!);
    }

    [Fact]
    public async Task Two_writers_with_one_etag_the_second_gets_412_and_nothing_is_lost()
    {
        var (id, etag) = await CreateAsync();
        var update = (string title) => new
        {
            title,
            countryCode = "KW",
            leadAgencyId = SeedIds.Nia,
            solutionIds = Array.Empty<Guid>(),
            estimatedValueUsd = 2_500_000,
        };

        var first = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/projects/{id}", update("First writer's title"), etag);
        await first.ExpectAsync(HttpStatusCode.OK);
        var second = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/projects/{id}", update("Second writer's title"), etag);
        var problem = await second.ExpectAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(first.ETag(), $"\"{(long)problem["currentVersion"]!}\"");

        var stored = await (await Client.GetAsync($"/api/v1/projects/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("First writer's title", (string)stored["title"]!);
    }

    [Fact]
    public async Task Two_simultaneous_moves_from_one_version_let_exactly_one_through()
    {
        var (id, etag) = await CreateAsync();
        var moves = await Task.WhenAll(
            Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Consulting(rounds: 3), etag),
            Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Consulting(rounds: 5), etag));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], moves.Select(m => m.StatusCode).Order());
        var winner = await moves.Single(m => m.IsSuccessStatusCode).JsonAsync();
        var stored = await (await Client.GetAsync($"/api/v1/projects/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal((int)winner["consultingEngagements"]![0]!["plannedRounds"]!, (int)stored["consultingEngagements"]![0]!["plannedRounds"]!);
        Assert.Single(stored["consultingEngagements"]!.AsArray());
        Assert.Equal(2, (await (await Client.GetAsync($"/api/v1/projects/{id}/transitions")).JsonAsync()).AsArray().Count);
    }

    [Fact]
    public async Task A_change_without_if_match_gets_428_and_changes_nothing()
    {
        var (id, etag) = await CreateAsync();
        var response = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Consulting());
        await response.ExpectAsync(HttpStatusCode.PreconditionRequired);
        await AssertUnchangedAsync(id, etag);
    }

    [Fact]
    public async Task Consortium_shares_over_100_percent_are_refused()
    {
        var (id, etag) = await CreateAsync();
        var body = new
        {
            members = new object[]
            {
                new { organizationId = SeedIds.LargeCompany, role = "Prime", sharePercent = 70 },
                new { organizationId = SeedIds.SmeCompany, role = "Partner", sharePercent = 40 },
            },
        };
        await (await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/projects/{id}/consortium", body, etag)).ExpectFieldErrorAsync("members");
        var unknown = new { members = new object[] { new { organizationId = Guid.NewGuid(), role = "Prime", sharePercent = 50 } } };
        await (await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/projects/{id}/consortium", unknown, etag)).ExpectFieldErrorAsync("members[0].organizationId");
        await AssertUnchangedAsync(id, etag);
    }

    [Fact]
    public async Task Reading_a_project_takes_one_statement_and_a_list_page_two()
    {
        var (id, _) = await CreateAsync();
        var get = await api.Statements.DuringAsync(async () => (await Client.GetAsync($"/api/v1/projects/{id}")).EnsureSuccessStatusCode());
        Assert.Single(get);
        var list = await api.Statements.DuringAsync(async () =>
            (await Client.GetAsync("/api/v1/projects?stage=Inquiry&region=ArabStates&q=kuwait&sort=-estimatedValueUsd&pageSize=10")).EnsureSuccessStatusCode());
        Assert.Equal(2, list.Count);
    }

    private async Task AssertUnchangedAsync(string id, string etag)
    {
        var response = await Client.GetAsync($"/api/v1/projects/{id}");
        await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(etag, response.ETag());
    }
}

public sealed class SqliteProjectScenarios(SqliteApiFactory api) : ProjectScenarios(api), IClassFixture<SqliteApiFactory>;

public sealed class PostgreSqlProjectScenarios(PostgreSqlApiFactory api) : ProjectScenarios(api), IClassFixture<PostgreSqlApiFactory>;
