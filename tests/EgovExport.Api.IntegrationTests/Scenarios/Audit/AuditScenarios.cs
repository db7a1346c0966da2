using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using EgovExport.Api.IntegrationTests.Infrastructure;
using EgovExport.Domain.Auditing;
using EgovExport.Infrastructure.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EgovExport.Api.IntegrationTests.Scenarios.Audit;

/// <summary>
/// The audit trail over HTTP and in the database: every change writes exactly the rows it should (who,
/// what, before and after, which request), in the same transaction as the change, never a secret; the
/// rows cannot be changed or deleted; and the trail is read, filtered and guarded as documented. Every
/// scenario runs on SQLite and on PostgreSQL (see the two subclasses at the end of the file).
/// </summary>
public abstract class AuditScenarios(ApiFactory api)
{
    private const string AdminClient = ApiFactory.AdminClientId;
    private const string UserPassword = "Analyst-Passw0rd-2026";

    protected HttpClient Client { get; } = api.AdminClient();

    private static string Days(int offset) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Marker() => Guid.NewGuid().ToString("N")[..10];

    private static object Consulting(int rounds = 8) => new
    {
        toStage = "Consulting",
        consulting = new { type = "MasterPlan", plannedRounds = rounds, costBearer = "Partner", startOn = Days(-20) },
    };

    private static object ProjectUpdate(string title) => new
    {
        title,
        countryCode = "KW",
        leadAgencyId = SeedIds.Nia,
        solutionIds = Array.Empty<Guid>(),
        estimatedValueUsd = 2_500_000,
    };

    private static readonly object Consortium = new
    {
        members = new object[]
        {
            new { organizationId = SeedIds.LargeCompany, role = "Prime", sharePercent = 60 },
            new { organizationId = SeedIds.SmeCompany, role = "Partner", sharePercent = 30 },
        },
    };

    // ---------------------------------------------------------------- writing: projects

    [Fact]
    public async Task Creating_a_project_writes_one_Created_row_with_after_and_no_before()
    {
        var title = $"Audit create {Marker()}";
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var started = DateTimeOffset.UtcNow;

        // The caller's W3C trace context is the request id the row carries.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/projects")
        {
            Content = JsonContent(ProjectScenarios.NewProject(title)),
        };
        request.Headers.TryAddWithoutValidation("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        var response = await Client.SendAsync(request);
        var project = await response.ExpectAsync(HttpStatusCode.Created);
        var id = (string)project["id"]!;
        var code = (string)project["code"]!;

        var history = await HistoryAsync("Project", id);
        Assert.Equal(1, (int)history["totalCount"]!);
        var row = Assert.Single(history["items"]!.AsArray())!;
        AssertRow(row, "Created", "CreateProject", "Project", id, code);
        Assert.Equal(traceId, (string)row["requestId"]!);
        var at = row["at"]!.GetValue<DateTimeOffset>();
        Assert.InRange(at, started.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(5));

        Assert.Null(row["before"]);
        var after = Assert.IsType<JsonObject>(row["after"]);
        Assert.Equal(id, (string)after["id"]!);
        Assert.Equal(code, (string)after["code"]!);
        Assert.Equal(title, (string)after["title"]!);
        Assert.Equal("KW", (string)after["countryCode"]!);
        Assert.Equal(SeedIds.Nia.ToString(), (string)after["leadAgencyId"]!);
        Assert.Equal("Inquiry", (string)after["stage"]!);
        Assert.Equal("Active", (string)after["status"]!);
        Assert.Equal(2_000_000m, (decimal)after["estimatedValueUsd"]!);
        Assert.Equal(1, (long)after["version"]!);
        Assert.Equal("DelegationVisit", (string)after["inquiry"]!["channel"]!);

        // What the record keeps twice or as its own log stays out of the row.
        Assert.False(after.ContainsKey("searchText"));
        Assert.False(after.ContainsKey("transitions"));
        Assert.False(after.ContainsKey("participants"));

        var stored = Assert.Single(await RowsAsync("Project", id));
        Assert.Equal(AuditAction.Created, stored.Action);
        Assert.Equal("Client", stored.ActorKind);
        Assert.Equal(AdminClient, stored.ActorId);
        Assert.Null(stored.Before);
        Assert.NotNull(stored.After);
        Assert.Equal(traceId, stored.RequestId);
    }

    [Fact]
    public async Task Updating_moving_and_changing_status_write_Updated_Moved_and_StatusChanged_rows_oldest_first()
    {
        var oldTitle = $"Audit history {Marker()}";
        var newTitle = oldTitle + " (renamed)";
        var (id, code, etag) = await CreateProjectAsync(oldTitle);

        (_, etag) = await SendAsync(HttpMethod.Put, $"/api/v1/projects/{id}", ProjectUpdate(newTitle), etag);
        (_, etag) = await SendAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Consulting(), etag);
        await SendAsync(HttpMethod.Post, $"/api/v1/projects/{id}/status", new { status = "OnHold" }, etag);

        var history = await HistoryAsync("Project", id);
        Assert.Equal(4, (int)history["totalCount"]!);
        var rows = history["items"]!.AsArray().Select(r => r!).ToList();
        Assert.Equal(["Created", "Updated", "Moved", "StatusChanged"], rows.Select(r => (string)r["action"]!));
        var times = rows.Select(r => r["at"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.Equal(times.Order(), times);
        Assert.Equal(4, rows.Select(r => (string)r["requestId"]!).Distinct().Count());

        var updated = rows[1];
        AssertRow(updated, "Updated", "UpdateProject", "Project", id, code);
        Assert.Equal(oldTitle, (string)updated["before"]!["title"]!);
        Assert.Equal(newTitle, (string)updated["after"]!["title"]!);
        Assert.Equal(2_000_000m, (decimal)updated["before"]!["estimatedValueUsd"]!);
        Assert.Equal(2_500_000m, (decimal)updated["after"]!["estimatedValueUsd"]!);
        Assert.Equal(1, (long)updated["before"]!["version"]!);
        Assert.Equal(2, (long)updated["after"]!["version"]!);
        Assert.Equal("Inquiry", (string)updated["after"]!["stage"]!);

        var moved = rows[2];
        AssertRow(moved, "Moved", "MoveProject", "Project", id, code);
        Assert.Equal("Inquiry", (string)moved["before"]!["stage"]!);
        Assert.Equal("Consulting", (string)moved["after"]!["stage"]!);
        Assert.Equal(newTitle, (string)moved["before"]!["title"]!);
        Assert.Equal(10, (int)moved["before"]!["probability"]!);
        Assert.Equal(25, (int)moved["after"]!["probability"]!);
        Assert.Empty(moved["before"]!["consultingEngagements"]!.AsArray());
        Assert.Equal(8, (int)moved["after"]!["consultingEngagements"]![0]!["plannedRounds"]!);

        var status = rows[3];
        AssertRow(status, "StatusChanged", "ChangeProjectStatus", "Project", id, code);
        Assert.Equal("Active", (string)status["before"]!["status"]!);
        Assert.Equal("OnHold", (string)status["after"]!["status"]!);
        Assert.Equal("Consulting", (string)status["before"]!["stage"]!);
        Assert.Equal("Consulting", (string)status["after"]!["stage"]!);
        Assert.Equal(3, (long)status["before"]!["version"]!);
        Assert.Equal(4, (long)status["after"]!["version"]!);
        Assert.False(((JsonObject)status["after"]!).ContainsKey("statusChanges"));

        // The database holds exactly these rows, in this order.
        var stored = await RowsAsync("Project", id);
        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Moved, AuditAction.StatusChanged], stored.Select(r => r.Action));
    }

    [Fact]
    public async Task Setting_the_consortium_and_the_funding_write_Updated_rows()
    {
        var (id, code, etag) = await CreateProjectAsync($"Audit consortium {Marker()}");

        (_, etag) = await SendAsync(HttpMethod.Put, $"/api/v1/projects/{id}/consortium", Consortium, etag);
        await SendAsync(HttpMethod.Put, $"/api/v1/projects/{id}/funding", new { sources = new object[] { new { source = "Edcf", amount = 1_500_000 } } }, etag);

        var rows = (await HistoryAsync("Project", id))["items"]!.AsArray().Select(r => r!).ToList();
        Assert.Equal(["Created", "Updated", "Updated"], rows.Select(r => (string)r["action"]!));

        var consortium = rows[1];
        AssertRow(consortium, "Updated", "SetConsortium", "Project", id, code);
        Assert.Empty(consortium["before"]!["consortium"]!.AsArray());
        var members = consortium["after"]!["consortium"]!.AsArray();
        Assert.Equal(2, members.Count);
        Assert.Equal(SeedIds.LargeCompany.ToString(), (string)members[0]!["organizationId"]!);
        Assert.Equal("Prime", (string)members[0]!["role"]!);
        Assert.Equal(60m, (decimal)members[0]!["sharePercent"]!);
        Assert.Equal(SeedIds.SmeCompany.ToString(), (string)members[1]!["organizationId"]!);
        Assert.Equal("Partner", (string)members[1]!["role"]!);
        Assert.Equal(30m, (decimal)members[1]!["sharePercent"]!);
        Assert.Equal("Inquiry", (string)consortium["after"]!["stage"]!);
        Assert.Equal(consortium["before"]!["title"]!.ToJsonString(), consortium["after"]!["title"]!.ToJsonString());

        var funding = rows[2];
        AssertRow(funding, "Updated", "SetFunding", "Project", id, code);
        Assert.Empty(funding["before"]!["funding"]!.AsArray());
        Assert.Equal(2, funding["before"]!["consortium"]!.AsArray().Count);
        var source = Assert.Single(funding["after"]!["funding"]!.AsArray())!;
        Assert.Equal("Edcf", (string)source["source"]!);
        Assert.Equal(1_500_000m, (decimal)source["amount"]!);
        Assert.Equal(1_500_000m, (decimal)funding["after"]!["fundingTotal"]!);
    }

    // ---------------------------------------------------------------- writing: catalog, users, clients

    [Fact]
    public async Task Creating_and_updating_an_organization_write_Organization_rows()
    {
        var name = $"Audit Soft {Marker()}";
        var (id, etag) = await CreateOrganizationAsync(name);

        var updated = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/organizations/{id}",
            new { name = name + " Co.", nameKo = "예시전자정부 주식회사", kind = "KoreanCompany", countryCode = "KR", size = "Large" }, etag);
        await updated.ExpectAsync(HttpStatusCode.OK);

        var rows = (await HistoryAsync("Organization", id))["items"]!.AsArray().Select(r => r!).ToList();
        Assert.Equal(2, rows.Count);

        AssertRow(rows[0], "Created", "CreateOrganization", "Organization", id, name);
        Assert.Null(rows[0]["before"]);
        Assert.Equal(name, (string)rows[0]["after"]!["name"]!);
        Assert.Equal("KoreanCompany", (string)rows[0]["after"]!["kind"]!);
        Assert.Equal("Sme", (string)rows[0]["after"]!["size"]!);
        Assert.Equal("KR", (string)rows[0]["after"]!["countryCode"]!);

        AssertRow(rows[1], "Updated", "UpdateOrganization", "Organization", id, name + " Co.");
        Assert.Equal(name, (string)rows[1]["before"]!["name"]!);
        Assert.Equal(name + " Co.", (string)rows[1]["after"]!["name"]!);
        Assert.Equal("Sme", (string)rows[1]["before"]!["size"]!);
        Assert.Equal("Large", (string)rows[1]["after"]!["size"]!);
        Assert.Equal("예시전자정부", (string)rows[1]["before"]!["nameKo"]!);
        Assert.Equal("예시전자정부 주식회사", (string)rows[1]["after"]!["nameKo"]!);
    }

    [Fact]
    public async Task Creating_and_updating_a_solution_write_Solution_rows()
    {
        var code = $"AUD-{Marker()}".ToUpperInvariant();
        var created = await Client.SendJsonAsync(HttpMethod.Post, "/api/v1/solutions", new { code = code.ToLowerInvariant(), name = "Audit solution", category = "PlatformFramework" });
        var solution = await created.ExpectAsync(HttpStatusCode.Created);
        var id = (string)solution["id"]!;
        await (await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/solutions/{id}",
            new { code, name = "Audit solution, renamed", category = "PlatformFramework" }, created.ETag())).ExpectAsync(HttpStatusCode.OK);

        var rows = (await HistoryAsync("Solution", id))["items"]!.AsArray().Select(r => r!).ToList();
        Assert.Equal(2, rows.Count);
        AssertRow(rows[0], "Created", "CreateSolution", "Solution", id, code);
        Assert.Null(rows[0]["before"]);
        Assert.Equal(code, (string)rows[0]["after"]!["code"]!);
        AssertRow(rows[1], "Updated", "UpdateSolution", "Solution", id, code);
        Assert.Equal("Audit solution", (string)rows[1]["before"]!["name"]!);
        Assert.Equal("Audit solution, renamed", (string)rows[1]["after"]!["name"]!);
    }

    [Fact]
    public async Task Creating_a_user_writes_a_User_row_without_password_hash_or_security_stamp()
    {
        var email = $"audit-analyst-{Marker()}@egovexport.test";
        var id = await CreateUserAsync(email, "Analyst");

        var history = await Client.GetAsync($"/api/v1/audit/User/{id}");
        var text = await history.Content.ReadAsStringAsync();
        var rows = (await history.ExpectAsync(HttpStatusCode.OK))["items"]!.AsArray();
        var row = Assert.Single(rows)!;
        AssertRow(row, "Created", "CreateUser", "User", id, email);
        Assert.Null(row["before"]);
        var after = Assert.IsType<JsonObject>(row["after"]);
        Assert.Equal(email, (string)after["email"]!);
        Assert.Equal($"Audit {email}", (string)after["displayName"]!);
        Assert.Equal(["Analyst"], after["roles"]!.AsArray().Select(r => (string)r!));
        Assert.Null(after["organizationId"]);
        Assert.False((bool)after["isDisabled"]!);
        Assert.False((bool)after["twoFactorEnabled"]!);

        // No secret of the user, under any name, in the answer or in the stored row.
        Assert.DoesNotContain("password", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("stamp", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(UserPassword, text, StringComparison.Ordinal);
        var stored = Assert.Single(await RowsAsync("User", id));
        Assert.Null(stored.Before);
        Assert.DoesNotContain("password", stored.After!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("stamp", stored.After!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("authenticator", stored.After!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(UserPassword, stored.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_rotating_and_revoking_an_api_client_never_writes_its_secret()
    {
        var clientId = $"audit-partner-{Marker()}";
        var created = await Client.SendJsonAsync(HttpMethod.Post, "/api/v1/api-clients",
            new { clientId, displayName = "Audit partner system", scopes = new[] { "audit:read" } });
        var body = await created.ExpectAsync(HttpStatusCode.Created);
        var secret = (string)body["clientSecret"]!;
        Assert.False(string.IsNullOrEmpty(secret));

        var list = await (await Client.GetAsync("/api/v1/audit?recordType=ApiClient&pageSize=200")).ExpectAsync(HttpStatusCode.OK);
        var row = Assert.Single(list["items"]!.AsArray(), r => (string?)r!["recordLabel"] == clientId)!;
        var recordId = (string)row["recordId"]!;
        AssertRow(row, "Created", "CreateApiClient", "ApiClient", recordId, clientId);
        Assert.Null(row["before"]);
        var after = Assert.IsType<JsonObject>(row["after"]);
        Assert.Equal(clientId, (string)after["clientId"]!);
        Assert.Equal("Audit partner system", (string)after["displayName"]!);
        Assert.Equal("confidential", (string)after["clientType"]!);
        Assert.Contains("scp:audit:read", (string)after["permissions"]!);
        Assert.False(after.ContainsKey("clientSecret"));

        // The secret the caller got is real (it gets a token, and audit:read lets it read the trail)...
        var token = await TokenFlows.ClientCredentialsAsync(api.Anonymous(), clientId, secret);
        var partner = api.Anonymous().WithToken(token.AccessToken);
        await (await partner.GetAsync($"/api/v1/audit/ApiClient/{recordId}")).ExpectAsync(HttpStatusCode.OK);

        // ... and neither it nor a rotated one is anywhere in the trail.
        var rotated = await (await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/api-clients/{clientId}/secret", null)).ExpectAsync(HttpStatusCode.OK);
        var newSecret = (string)rotated["clientSecret"]!;
        Assert.NotEqual(secret, newSecret);
        await (await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/api-clients/{clientId}", null)).ExpectAsync(HttpStatusCode.NoContent);

        var history = await (await Client.GetAsync($"/api/v1/audit/ApiClient/{recordId}")).ExpectAsync(HttpStatusCode.OK);
        var rows = history["items"]!.AsArray().Select(r => r!).ToList();
        Assert.Equal(["Created", "Updated", "Deleted"], rows.Select(r => (string)r["action"]!));

        // The rotation is on record as a marker, without the secret.
        var rotation = rows[1];
        AssertRow(rotation, "Updated", "RotateApiClientSecret", "ApiClient", recordId, clientId);
        Assert.True((bool)rotation["after"]!["secretChanged"]!);
        Assert.False(rotation["before"]!.AsObject().ContainsKey("secretChanged"));
        var deleted = rows[^1];
        AssertRow(deleted, "Deleted", "RevokeApiClient", "ApiClient", recordId, clientId);
        Assert.Equal(clientId, (string)deleted["before"]!["clientId"]!);
        Assert.Null(deleted["after"]);

        var everything = await (await Client.GetAsync("/api/v1/audit?recordType=ApiClient&pageSize=200")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(newSecret, everything, StringComparison.Ordinal);
        foreach (var json in await AllAuditJsonAsync())
        {
            Assert.DoesNotContain(secret, json, StringComparison.Ordinal);
            Assert.DoesNotContain(newSecret, json, StringComparison.Ordinal);
        }
    }

    // ---------------------------------------------------------------- atomicity

    [Fact]
    public async Task A_change_refused_for_a_stale_if_match_writes_no_audit_row()
    {
        var (id, _, firstETag) = await CreateProjectAsync($"Audit stale {Marker()}");
        await SendAsync(HttpMethod.Put, $"/api/v1/projects/{id}", ProjectUpdate($"Audit stale first writer {Marker()}"), firstETag);
        var before = await CountAsync("Project", id);
        Assert.Equal(2, before);

        var stale = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/projects/{id}", ProjectUpdate("Lost update"), firstETag);
        await stale.ExpectAsync(HttpStatusCode.PreconditionFailed);
        var staleMove = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Consulting(), firstETag);
        await staleMove.ExpectAsync(HttpStatusCode.PreconditionFailed);

        Assert.Equal(before, await CountAsync("Project", id));
    }

    [Fact]
    public async Task A_change_refused_by_a_gate_or_a_rule_writes_no_audit_row()
    {
        var (id, _, etag) = await CreateProjectAsync($"Audit gate {Marker()}");
        Assert.Equal(1, await CountAsync("Project", id));

        // Gate data missing (400) and a gate value out of range (400).
        await (await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", new { toStage = "Consulting" }, etag)).ExpectFieldErrorAsync("consulting");
        await (await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Consulting(rounds: 0), etag)).ExpectFieldErrorAsync("consulting.plannedRounds");
        Assert.Equal(1, await CountAsync("Project", id));

        // A rule of the pipeline (409): moving back without a reason.
        (_, etag) = await SendAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Consulting(), etag);
        Assert.Equal(2, await CountAsync("Project", id));
        await (await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", new { toStage = "Inquiry" }, etag)).ExpectConflictAsync("MovingBackRequiresAReason");
        await (await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/status", new { status = "Completed" }, etag)).ExpectConflictAsync("OnlyMaintenanceProjectsCanComplete");
        Assert.Equal(2, await CountAsync("Project", id));
    }

    [Fact]
    public async Task Of_two_simultaneous_moves_from_one_version_only_the_saved_one_is_audited()
    {
        var (id, _, etag) = await CreateProjectAsync($"Audit race {Marker()}");
        var moves = await Task.WhenAll(
            Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Consulting(rounds: 3), etag),
            Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Consulting(rounds: 5), etag));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], moves.Select(m => m.StatusCode).Order());
        var winner = await moves.Single(m => m.IsSuccessStatusCode).JsonAsync();

        var rows = await RowsAsync("Project", id);
        Assert.Equal([AuditAction.Created, AuditAction.Moved], rows.Select(r => r.Action));
        Assert.Equal((int)winner["consultingEngagements"]![0]!["plannedRounds"]!, (int)JsonNode.Parse(rows[1].After!)!["consultingEngagements"]![0]!["plannedRounds"]!);
        Assert.Equal(1, (long)JsonNode.Parse(rows[1].Before!)!["version"]!);
    }

    [Fact]
    public async Task When_the_audit_row_cannot_be_written_the_change_is_not_saved_either()
    {
        var title = $"Audit atomic {Marker()}";
        var (id, _, etag) = await CreateProjectAsync(title);
        Assert.Equal(1, await CountAsync("Project", id));

        await RefuseAuditInsertsAsync();
        try
        {
            var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/projects/{id}", ProjectUpdate(title + " (never saved)"), etag);
            var problem = await response.ExpectAsync(HttpStatusCode.InternalServerError);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(500, (int)problem["status"]!);
        }
        finally
        {
            await AllowAuditInsertsAsync();
        }

        var read = await Client.GetAsync($"/api/v1/projects/{id}");
        var stored = await read.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(title, (string)stored["title"]!);
        Assert.Equal(2_000_000m, (decimal)stored["estimatedValueUsd"]!);
        Assert.Equal(etag, read.ETag());
        Assert.Equal(1, await CountAsync("Project", id));
        Assert.Equal(["project.created"], (await OutboxAsync(id)).Select(m => m.Type));

        // Nothing of the failed attempt rides along with the next save: one Updated row, from the stored values.
        var retitled = title + " (saved)";
        await SendAsync(HttpMethod.Put, $"/api/v1/projects/{id}", ProjectUpdate(retitled), etag);
        var rows = await RowsAsync("Project", id);
        Assert.Equal([AuditAction.Created, AuditAction.Updated], rows.Select(r => r.Action));
        Assert.Equal(["project.created", "project.updated"], (await OutboxAsync(id)).Select(m => m.Type));
        var updated = JsonNode.Parse(rows[1].Before!)!;
        Assert.Equal(title, (string)updated["title"]!);
        Assert.Equal(retitled, (string)JsonNode.Parse(rows[1].After!)!["title"]!);
    }

    // ---------------------------------------------------------------- the outbox, written by the same save

    [Fact]
    public async Task Each_change_writes_its_events_to_the_outbox_with_the_audit_rows_request_and_actor()
    {
        var (id, _, etag) = await CreateProjectAsync($"Outbox {Marker()}");
        (_, etag) = await SendAsync(HttpMethod.Put, $"/api/v1/projects/{id}", ProjectUpdate($"Outbox renamed {Marker()}"), etag);
        (_, etag) = await SendAsync(HttpMethod.Put, $"/api/v1/projects/{id}/consortium", Consortium, etag);
        (_, etag) = await SendAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Consulting(), etag);
        await SendAsync(HttpMethod.Post, $"/api/v1/projects/{id}/status", new { status = "OnHold" }, etag);

        var events = await OutboxAsync(id);
        Assert.Equal(["project.created", "project.updated", "project.consortium_changed", "project.moved", "project.status_changed"], events.Select(m => m.Type));
        Assert.Equal([1L, 2, 3, 4, 5], events.Select(m => m.AggregateVersion));
        Assert.All(events, m => Assert.Equal((EgovExport.Infrastructure.Events.OutboxState.Pending, AdminClient), (m.State, m.ActorId)));

        // One request, one audit row, its events: the same request id and instant.
        var audit = await RowsAsync("Project", id);
        Assert.Equal(audit.Select(a => (a.RequestId, a.At)), events.Select(m => (m.RequestId, m.OccurredAt)));
        var moved = JsonNode.Parse(events[3].Payload)!;
        Assert.Equal(("Inquiry", "Consulting", false), ((string)moved["from"]!, (string)moved["to"]!, (bool)moved["skipped"]!));
        var edited = JsonNode.Parse(events[1].Payload)!;
        Assert.Contains("title", edited["changedFields"]!.AsArray().Select(f => (string)f!));
    }

    [Fact]
    public async Task A_refused_or_stale_change_writes_no_event()
    {
        var (id, _, etag) = await CreateProjectAsync($"Outbox refused {Marker()}");
        await (await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/status", new { status = "Completed" }, etag)).ExpectConflictAsync("OnlyMaintenanceProjectsCanComplete");
        (_, var current) = await SendAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Consulting(), etag);
        await (await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/projects/{id}/status", new { status = "OnHold" }, etag)).ExpectAsync(HttpStatusCode.PreconditionFailed);

        Assert.Equal(["project.created", "project.moved"], (await OutboxAsync(id)).Select(m => m.Type));
        Assert.NotEqual(etag, current);
    }

    // ---------------------------------------------------------------- append-only

    [Fact]
    public async Task The_database_refuses_to_update_or_delete_audit_rows()
    {
        var (id, _) = await CreateOrganizationAsync($"Audit tamper {Marker()}");
        var original = Assert.Single(await RowsAsync("Organization", id));

        var update = await Assert.ThrowsAnyAsync<DbException>(() =>
            ExecuteAsync($"UPDATE \"AuditEntries\" SET \"ActorName\" = 'tampered', \"After\" = NULL WHERE \"RecordId\" = '{id}'"));
        Assert.Contains("append-only", update.Message);
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync($"DELETE FROM \"AuditEntries\" WHERE \"RecordId\" = '{id}'"));
        Assert.Contains("append-only", delete.Message);
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync("UPDATE \"AuditEntries\" SET \"ActorId\" = 'tampered'"));
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync("DELETE FROM \"AuditEntries\""));
        if (await IsPostgreSqlAsync())
        {
            var truncate = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync("TRUNCATE \"AuditEntries\""));
            Assert.Contains("append-only", truncate.Message);
        }

        // Through EF Core too.
        using (var scope = api.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EgovExportDbContext>();
            var entry = await db.AuditEntries.SingleAsync(a => a.RecordType == "Organization" && a.RecordId == id);
            db.Entry(entry).Property(a => a.ActorName).CurrentValue = "tampered";
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        using (var scope = api.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EgovExportDbContext>();
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(a => a.RecordType == "Organization" && a.RecordId == id));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        var after = Assert.Single(await RowsAsync("Organization", id));
        Assert.Equal(original.Id, after.Id);
        Assert.Equal(AdminClient, after.ActorName);
        Assert.Equal(AdminClient, after.ActorId);
        Assert.Equal(original.After, after.After);
    }

    [Fact]
    public async Task No_audit_route_accepts_anything_but_GET()
    {
        var endpoints = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/v1/audit", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.Equal(2, endpoints.Count);
        Assert.All(endpoints, endpoint =>
        {
            var methods = endpoint.Metadata.GetOrderedMetadata<HttpMethodMetadata>();
            Assert.NotEmpty(methods);
            Assert.All(methods, m => Assert.Equal(["GET"], m.HttpMethods));
        });

        var (id, _) = await CreateOrganizationAsync($"Audit verbs {Marker()}");
        foreach (var url in new[] { "/api/v1/audit", $"/api/v1/audit/Organization/{id}" })
        {
            foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete })
            {
                var response = await Client.SendJsonAsync(method, url, new { actorName = "tampered" }, "\"1\"");
                Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"{method} {url} answered {(int)response.StatusCode}");
            }
        }

        Assert.Single(await RowsAsync("Organization", id));
    }

    // ---------------------------------------------------------------- reading

    [Fact]
    public async Task The_trail_filters_by_record()
    {
        var (first, _) = await CreateOrganizationAsync($"Audit filter A {Marker()}");
        var (second, etag) = await CreateOrganizationAsync($"Audit filter B {Marker()}");
        await (await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/organizations/{second}",
            new { name = $"Audit filter B2 {Marker()}", kind = "KoreanCompany", countryCode = "KR", size = "Large" }, etag)).ExpectAsync(HttpStatusCode.OK);

        var page = await ListAsync($"?recordType=Organization&recordId={second}");
        Assert.Equal(2, (int)page["totalCount"]!);
        var items = page["items"]!.AsArray();
        Assert.All(items, i => Assert.Equal(second, (string)i!["recordId"]!));
        Assert.All(items, i => Assert.Equal("Organization", (string)i!["recordType"]!));
        Assert.Equal(["Updated", "Created"], items.Select(i => (string)i!["action"]!)); // newest first by default
        Assert.Equal(["Created", "Updated"], (await ListAsync($"?recordType=Organization&recordId={second}&sort=at"))["items"]!.AsArray().Select(i => (string)i!["action"]!));

        Assert.Equal(1, (int)(await ListAsync($"?recordType=Organization&recordId={first}"))["totalCount"]!);
        Assert.Equal(0, (int)(await ListAsync($"?recordType=Project&recordId={second}"))["totalCount"]!);

        var all = (await ListAsync("?recordType=Organization&pageSize=200"))["items"]!.AsArray();
        Assert.All(all, i => Assert.Equal("Organization", (string)i!["recordType"]!));
        var times = all.Select(i => i!["at"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.Equal(times.OrderDescending(), times);
    }

    [Fact]
    public async Task The_trail_filters_by_actor_and_tells_users_from_clients()
    {
        var email = $"audit-officer-{Marker()}@egovexport.test";
        var userId = await CreateUserAsync(email, "AgencyOfficer", SeedIds.Nia);
        var officer = await api.SignedInAsync(email, UserPassword);
        var created = await (await officer.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", ProjectScenarios.NewProject($"Audit officer {Marker()}"))).ExpectAsync(HttpStatusCode.Created);
        var projectId = (string)created["id"]!;
        var (adminProject, _, _) = await CreateProjectAsync($"Audit admin {Marker()}");

        var row = Assert.Single((await HistoryAsync("Project", projectId))["items"]!.AsArray())!;
        Assert.Equal("User", (string)row["actorKind"]!);
        Assert.Equal(userId, (string)row["actorId"]!);
        Assert.Equal(email, (string)row["actorName"]!);
        Assert.Equal("Created", (string)row["action"]!);
        Assert.Equal("CreateProject", (string)row["operation"]!);

        foreach (var actor in new[] { email, userId })
        {
            var page = await ListAsync($"?actor={Uri.EscapeDataString(actor)}&pageSize=200");
            var items = page["items"]!.AsArray();
            Assert.Equal(1, (int)page["totalCount"]!);
            Assert.Equal(projectId, (string)items[0]!["recordId"]!);
            Assert.Equal(userId, (string)items[0]!["actorId"]!);
        }

        var byAdmin = (await ListAsync($"?actor={AdminClient}&recordType=Project&pageSize=200"))["items"]!.AsArray();
        Assert.All(byAdmin, i => Assert.Equal(AdminClient, (string)i!["actorId"]!));
        Assert.All(byAdmin, i => Assert.Equal("Client", (string)i!["actorKind"]!));
        Assert.Contains(byAdmin, i => (string)i!["recordId"]! == adminProject);
        Assert.DoesNotContain(byAdmin, i => (string)i!["recordId"]! == projectId);

        Assert.Equal(0, (int)(await ListAsync($"?actor=nobody-{Marker()}"))["totalCount"]!);
    }

    [Fact]
    public async Task The_trail_filters_by_action()
    {
        var (id, _, etag) = await CreateProjectAsync($"Audit action {Marker()}");
        await SendAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Consulting(), etag);

        var moved = (await ListAsync("?action=Moved&pageSize=200"))["items"]!.AsArray();
        Assert.All(moved, i => Assert.Equal("Moved", (string)i!["action"]!));
        Assert.Contains(moved, i => (string)i!["recordId"]! == id);

        var mine = (await ListAsync($"?action=Created&recordType=Project&recordId={id}"))["items"]!.AsArray();
        Assert.Equal("Created", (string)Assert.Single(mine)!["action"]!);
        Assert.Equal(0, (int)(await ListAsync($"?action=StatusChanged&recordType=Project&recordId={id}"))["totalCount"]!);

        await (await Client.GetAsync("/api/v1/audit?action=Exploded")).ExpectFieldErrorAsync("action");
    }

    [Fact]
    public async Task The_trail_filters_by_a_time_span_from_inclusive_to_exclusive()
    {
        var ids = new List<string>();
        var times = new List<DateTimeOffset>();
        foreach (var letter in new[] { "A", "B", "C" })
        {
            var (id, _) = await CreateOrganizationAsync($"Audit span {letter} {Marker()}");
            ids.Add(id);
            times.Add(Assert.Single((await HistoryAsync("Organization", id))["items"]!.AsArray())!["at"]!.GetValue<DateTimeOffset>());
            await Task.Delay(50);
        }

        Assert.True(times[0] < times[1] && times[1] < times[2], string.Join(", ", times.Select(t => t.ToString("O"))));
        var afterA = Mid(times[0], times[1]);
        var afterB = Mid(times[1], times[2]);

        string[] Found(JsonNode page) => page["items"]!.AsArray().Select(i => (string)i!["recordId"]!).ToArray();

        var span = await ListAsync($"?recordType=Organization&from={Q(afterA)}&to={Q(afterB)}&pageSize=200");
        Assert.Equal([ids[1]], Found(span));
        Assert.Equal(1, (int)span["totalCount"]!);

        var since = Found(await ListAsync($"?recordType=Organization&from={Q(afterA)}&pageSize=200"));
        Assert.Equal([ids[2], ids[1]], since);

        var until = Found(await ListAsync($"?recordType=Organization&to={Q(afterB)}&pageSize=200"));
        Assert.Contains(ids[0], until);
        Assert.Contains(ids[1], until);
        Assert.DoesNotContain(ids[2], until);

        // from is inclusive, to exclusive: the exact instant of B's row.
        Assert.Equal([ids[1]], Found(await ListAsync($"?recordType=Organization&from={Q(times[1])}&to={Q(afterB)}")));
        Assert.Empty(Found(await ListAsync($"?recordType=Organization&from={Q(afterA)}&to={Q(times[1])}")));

        await (await Client.GetAsync($"/api/v1/audit?from={Q(afterB)}&to={Q(afterA)}")).ExpectFieldErrorAsync("to");

        static DateTimeOffset Mid(DateTimeOffset a, DateTimeOffset b) => a + (b - a) / 2;
        static string Q(DateTimeOffset t) => Uri.EscapeDataString(t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task An_analyst_reads_the_trail_an_agency_officer_and_an_anonymous_caller_do_not()
    {
        var (id, _, etag) = await CreateProjectAsync($"Audit readers {Marker()}");
        await SendAsync(HttpMethod.Post, $"/api/v1/projects/{id}/transitions", Consulting(), etag);

        var analystEmail = $"audit-reader-{Marker()}@egovexport.test";
        await CreateUserAsync(analystEmail, "Analyst");
        var analyst = await api.SignedInAsync(analystEmail, UserPassword);
        var history = await (await analyst.GetAsync($"/api/v1/audit/Project/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["Created", "Moved"], history["items"]!.AsArray().Select(i => (string)i!["action"]!));
        Assert.Equal(AdminClient, (string)history["items"]![1]!["actorId"]!);
        var list = await (await analyst.GetAsync($"/api/v1/audit?recordType=Project&recordId={id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, (int)list["totalCount"]!);

        var officerEmail = $"audit-nonreader-{Marker()}@egovexport.test";
        await CreateUserAsync(officerEmail, "AgencyOfficer", SeedIds.Nia);
        var officer = await api.SignedInAsync(officerEmail, UserPassword);
        await (await officer.GetAsync("/api/v1/audit")).ExpectAsync(HttpStatusCode.Forbidden);
        await (await officer.GetAsync($"/api/v1/audit/Project/{id}")).ExpectAsync(HttpStatusCode.Forbidden);
        await (await officer.GetAsync($"/api/v1/projects/{id}")).ExpectAsync(HttpStatusCode.OK); // the officer is signed in and may read the project

        await (await api.Anonymous().GetAsync("/api/v1/audit")).ExpectAsync(HttpStatusCode.Unauthorized);
    }

    // ---------------------------------------------------------------- helpers

    private static void AssertRow(JsonNode row, string action, string operation, string recordType, string recordId, string label, string actor = AdminClient)
    {
        Assert.Equal(action, (string)row["action"]!);
        Assert.Equal(operation, (string)row["operation"]!);
        Assert.Equal(recordType, (string)row["recordType"]!);
        Assert.Equal(recordId, (string)row["recordId"]!);
        Assert.Equal(label, (string)row["recordLabel"]!);
        Assert.Equal("Client", (string)row["actorKind"]!);
        Assert.Equal(actor, (string)row["actorId"]!);
        Assert.Equal(actor, (string)row["actorName"]!);
        var requestId = (string?)row["requestId"];
        Assert.False(string.IsNullOrWhiteSpace(requestId));
        Assert.Matches("^[0-9a-f]{32}$", requestId); // a W3C trace id
        Assert.NotEqual(new string('0', 32), requestId);
        Assert.True(Guid.TryParse((string)row["id"]!, out _));
        if (row["before"] is { } before)
        {
            Assert.IsType<JsonObject>(before);
        }

        if (row["after"] is { } after)
        {
            Assert.IsType<JsonObject>(after);
        }
    }

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    private async Task<(string Id, string Code, string ETag)> CreateProjectAsync(string title)
    {
        var response = await Client.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", ProjectScenarios.NewProject(title));
        var project = await response.ExpectAsync(HttpStatusCode.Created);
        return ((string)project["id"]!, (string)project["code"]!, response.ETag());
    }

    private async Task<(JsonNode Body, string ETag)> SendAsync(HttpMethod method, string url, object body, string etag)
    {
        var response = await Client.SendJsonAsync(method, url, body, etag);
        var json = await response.ExpectAsync(HttpStatusCode.OK);
        return (json, response.ETag());
    }

    private async Task<(string Id, string ETag)> CreateOrganizationAsync(string name)
    {
        var response = await Client.SendJsonAsync(HttpMethod.Post, "/api/v1/organizations",
            new { name, nameKo = "예시전자정부", kind = "KoreanCompany", countryCode = "KR", size = "Sme" });
        var organization = await response.ExpectAsync(HttpStatusCode.Created);
        return ((string)organization["id"]!, response.ETag());
    }

    private async Task<string> CreateUserAsync(string email, string role, Guid? organizationId = null)
    {
        var response = await Client.SendJsonAsync(HttpMethod.Post, "/api/v1/users",
            new { email, displayName = $"Audit {email}", roles = new[] { role }, organizationId, password = UserPassword });
        var created = await response.ExpectAsync(HttpStatusCode.Created);
        return (string)created["user"]!["id"]!;
    }

    private async Task<JsonNode> HistoryAsync(string recordType, string recordId) =>
        await (await Client.GetAsync($"/api/v1/audit/{recordType}/{recordId}")).ExpectAsync(HttpStatusCode.OK);

    private async Task<JsonNode> ListAsync(string query) =>
        await (await Client.GetAsync("/api/v1/audit" + query)).ExpectAsync(HttpStatusCode.OK);

    private async Task<List<AuditEntry>> RowsAsync(string recordType, string recordId)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EgovExportDbContext>();
        var rows = await db.AuditEntries.AsNoTracking().Where(a => a.RecordType == recordType && a.RecordId == recordId).ToListAsync();
        return rows.OrderBy(a => a.At).ThenBy(a => a.Id).ToList();
    }

    private async Task<List<EgovExport.Infrastructure.Events.OutboxMessage>> OutboxAsync(string projectId)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EgovExportDbContext>();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.AggregateType == "Project" && m.AggregateId == projectId)
            .OrderBy(m => m.AggregateVersion).ThenBy(m => m.Sequence).ToListAsync();
    }

    private async Task<int> CountAsync(string recordType, string recordId)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EgovExportDbContext>();
        return await db.AuditEntries.CountAsync(a => a.RecordType == recordType && a.RecordId == recordId);
    }

    private async Task<List<string>> AllAuditJsonAsync()
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EgovExportDbContext>();
        var rows = await db.AuditEntries.AsNoTracking().Select(a => new { a.Before, a.After, a.RecordLabel }).ToListAsync();
        return rows.Select(r => $"{r.Before} {r.After} {r.RecordLabel}").ToList();
    }

    private Task<bool> IsPostgreSqlAsync()
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EgovExportDbContext>();
        return Task.FromResult(db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true);
    }

    /// <summary>Runs <paramref name="sql"/> on a connection of its own, outside EF Core and the API.</summary>
    private async Task ExecuteAsync(string sql)
    {
        string connectionString;
        DbProviderFactory factory;
        using (var scope = api.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EgovExportDbContext>();
            connectionString = db.Database.GetConnectionString()!;
            factory = DbProviderFactories.GetFactory(db.Database.GetDbConnection())!;
        }

        await using var connection = factory.CreateConnection()!;
        connection.ConnectionString = connectionString;
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task RefuseAuditInsertsAsync() => await ExecuteAsync(await IsPostgreSqlAsync()
        ? """
          CREATE OR REPLACE FUNCTION audit_test_refuse_inserts() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
              RAISE EXCEPTION 'Audit writing refused by the test.';
          END $$;
          CREATE TRIGGER "AuditTest_RefuseInserts" BEFORE INSERT ON "AuditEntries"
              FOR EACH ROW EXECUTE FUNCTION audit_test_refuse_inserts();
          """
        : "CREATE TRIGGER AuditTest_RefuseInserts BEFORE INSERT ON AuditEntries BEGIN SELECT RAISE(ABORT, 'Audit writing refused by the test.'); END;");

    private async Task AllowAuditInsertsAsync() => await ExecuteAsync(await IsPostgreSqlAsync()
        ? """
          DROP TRIGGER IF EXISTS "AuditTest_RefuseInserts" ON "AuditEntries";
          DROP FUNCTION IF EXISTS audit_test_refuse_inserts();
          """
        : "DROP TRIGGER IF EXISTS AuditTest_RefuseInserts;");
}

public sealed class SqliteAuditScenarios(SqliteApiFactory api) : AuditScenarios(api), IClassFixture<SqliteApiFactory>;

public sealed class PostgreSqlAuditScenarios(PostgreSqlApiFactory api) : AuditScenarios(api), IClassFixture<PostgreSqlApiFactory>;
