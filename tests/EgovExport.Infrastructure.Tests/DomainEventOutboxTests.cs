using System.Text.Json;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Events;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Domain.Common;
using EgovExport.Domain.Projects;
using EgovExport.Infrastructure.Events;
using EgovExport.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EgovExport.Infrastructure.Tests;

/// <summary>
/// The events of a change are written by the save that commits it, and reach the in-process handlers
/// only after the commit: on SQLite and on a real PostgreSQL (SQL Server's migration is parsed in
/// <see cref="MigrationTests"/>).
/// </summary>
public abstract class DomainEventOutboxTests : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    protected abstract string Provider { get; }

    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider,
            ["ConnectionStrings:EgovExport"] = await CreateDatabaseAsync(),
            ["Database:SeedsPath"] = SeedingTests.SeedsFolder,
        }).Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<ICurrentUser, SystemUser>()
            .AddInfrastructure(configuration)
            .AddSingleton<HandlerLog>()
            .AddScoped<IDomainEventSubscriber<ProjectStatusChanged>, FailingHandler>()
            .AddScoped<IDomainEventSubscriber<ProjectStatusChanged>, CommittedStateProbe>()
            .BuildServiceProvider();
        await _services.InitializeDatabaseAsync();

        // Seeding raised events of its own (the seeded projects' status changes): start from none.
        Log.Seen.Clear();
        Log.Failures = 0;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await DropDatabaseAsync();
    }

    private HandlerLog Log => _services.GetRequiredService<HandlerLog>();

    [Fact]
    public async Task A_committed_save_leaves_exactly_one_row_per_event_in_order()
    {
        var id = await ProjectIdAsync();
        var before = await OutboxRowsAsync(id);

        long version;
        using (var scope = _services.CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IWriteStore>();
            var project = (await store.FindProjectAsync(id, default))!;
            project.ChangeStatus(ProjectStatus.OnHold, "Waiting for the budget", null, null, "tester", Moment.At(DateTime.UtcNow));
            project.SetFunding([FundingSource.Create(FundingSourceKind.KoicaGrant, 250_000m, 0)], Moment.At(DateTime.UtcNow));
            await store.SaveChangesAsync(default);
            version = project.Version;
            Assert.Empty(project.PendingEvents());
        }

        var added = (await OutboxRowsAsync(id)).Skip(before.Count).ToList();
        Assert.Equal(["project.status_changed", "project.funding_changed"], added.Select(r => r.Type));
        Assert.All(added, r => Assert.Equal((OutboxState.Pending, "Project", version, 0), (r.State, r.AggregateType, r.AggregateVersion, r.Attempts)));
        Assert.Equal([0, 1], added.Select(r => r.Sequence));
        using var payload = JsonDocument.Parse(added[0].Payload);
        Assert.Equal("OnHold", payload.RootElement.GetProperty("to").GetString());
        Assert.Equal(id, payload.RootElement.GetProperty("projectId").GetGuid());
    }

    [Fact]
    public async Task A_failed_save_leaves_no_event_and_calls_no_handler()
    {
        var id = await ProjectIdAsync();
        var before = await OutboxRowsAsync(id);
        using var first = _services.CreateScope();
        using var second = _services.CreateScope();
        var firstStore = first.ServiceProvider.GetRequiredService<IWriteStore>();
        var secondStore = second.ServiceProvider.GetRequiredService<IWriteStore>();
        var a = (await firstStore.FindProjectAsync(id, default))!;
        var b = (await secondStore.FindProjectAsync(id, default))!;
        a.ChangeStatus(ProjectStatus.OnHold, null, null, null, "first", Moment.At(DateTime.UtcNow));
        b.ChangeStatus(ProjectStatus.Withdrawn, "The partner withdrew", null, null, "second", Moment.At(DateTime.UtcNow));
        await firstStore.SaveChangesAsync(default);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => secondStore.SaveChangesAsync(default));

        // A retry in the same scope (as opening a project retries a taken code) carries nothing of the failed save.
        secondStore.Detach(b);
        var other = (await secondStore.FindProjectAsync(await ProjectIdAsync(skip: 1), default))!;
        other.ChangeStatus(ProjectStatus.OnHold, null, null, null, "second", Moment.At(DateTime.UtcNow));
        await secondStore.SaveChangesAsync(default);

        var added = (await OutboxRowsAsync(id)).Skip(before.Count).ToList();
        var row = Assert.Single(added);
        Assert.Contains("\"OnHold\"", row.Payload);
        Assert.Equal([(id, ProjectStatus.OnHold), (other.Id, ProjectStatus.OnHold)], Log.Seen.Select(s => (s.Event.ProjectId, s.Event.To)));
    }

    [Fact]
    public async Task Handlers_run_after_the_commit_and_see_the_committed_state()
    {
        var id = await ProjectIdAsync();
        using var scope = _services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IWriteStore>();
        var project = (await store.FindProjectAsync(id, default))!;
        project.ChangeStatus(ProjectStatus.OnHold, null, null, null, "tester", Moment.At(DateTime.UtcNow));

        await store.SaveChangesAsync(default);

        // The probe read the project through another connection while it handled the event.
        var seen = Assert.Single(Log.Seen);
        Assert.Equal((ProjectStatus.OnHold, ProjectStatus.OnHold), (seen.Event.To, seen.StoredStatus));
        Assert.Equal(1, Log.Failures);
    }

    [Fact]
    public async Task A_synchronous_save_writes_and_dispatches_the_same_way()
    {
        var id = await ProjectIdAsync();
        var before = await OutboxRowsAsync(id);
        using (var scope = _services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EgovExportDbContext>();
            var project = await db.Projects.SingleAsync(p => p.Id == id);
            project.ChangeStatus(ProjectStatus.OnHold, null, null, null, "tester", Moment.At(DateTime.UtcNow));
            db.SaveChanges();
        }

        Assert.Equal(["project.status_changed"], (await OutboxRowsAsync(id)).Skip(before.Count).Select(r => r.Type));
        Assert.Equal(ProjectStatus.OnHold, Assert.Single(Log.Seen).StoredStatus);
    }

    [Fact]
    public async Task Inside_a_transaction_handlers_wait_for_its_commit_and_a_rollback_leaves_no_event()
    {
        var id = await ProjectIdAsync();
        var before = await OutboxRowsAsync(id);
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EgovExportDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<IWriteStore>();
        var project = (await store.FindProjectAsync(id, default))!;

        await using (var rolledBack = await db.Database.BeginTransactionAsync())
        {
            project.ChangeStatus(ProjectStatus.OnHold, null, null, null, "tester", Moment.At(DateTime.UtcNow));
            await store.SaveChangesAsync(default);
            Assert.Empty(Log.Seen);
            await rolledBack.RollbackAsync();
        }

        Assert.Empty(Log.Seen);
        Assert.Equal(before.Count, (await OutboxRowsAsync(id)).Count);

        db.ChangeTracker.Clear();
        project = (await store.FindProjectAsync(id, default))!;
        await using (var committed = await db.Database.BeginTransactionAsync())
        {
            project.ChangeStatus(ProjectStatus.OnHold, null, null, null, "tester", Moment.At(DateTime.UtcNow));
            await store.SaveChangesAsync(default);
            Assert.Empty(Log.Seen);
            await committed.CommitAsync();
        }

        var seen = Assert.Single(Log.Seen);
        Assert.Equal(ProjectStatus.OnHold, seen.StoredStatus);
        Assert.Single((await OutboxRowsAsync(id)).Skip(before.Count));
    }

    private async Task<Guid> ProjectIdAsync(int skip = 0)
    {
        using var scope = _services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EgovExportDbContext>().Projects
            .Where(p => p.Status == ProjectStatus.Active && p.Stage < Stage.Contract).OrderBy(p => p.Code).Select(p => p.Id).Skip(skip).FirstAsync();
    }

    private async Task<List<OutboxMessage>> OutboxRowsAsync(Guid projectId)
    {
        using var scope = _services.CreateScope();
        var key = projectId.ToString();
        return await scope.ServiceProvider.GetRequiredService<EgovExportDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.AggregateType == "Project" && m.AggregateId == key)
            .OrderBy(m => m.AggregateVersion).ThenBy(m => m.Sequence).ToListAsync();
    }

    /// <summary>What the handlers saw, across scopes.</summary>
    private sealed class HandlerLog
    {
        public List<(ProjectStatusChanged Event, ProjectStatus StoredStatus)> Seen { get; } = [];

        public int Failures { get; set; }
    }

    /// <summary>Reads the project as stored, through a context and connection of its own.</summary>
    private sealed class CommittedStateProbe(HandlerLog log, IServiceScopeFactory scopes) : IDomainEventSubscriber<ProjectStatusChanged>
    {
        public async ValueTask HandleAsync(ProjectStatusChanged domainEvent, CancellationToken cancellationToken)
        {
            using var scope = scopes.CreateScope();
            var stored = await scope.ServiceProvider.GetRequiredService<EgovExportDbContext>().Projects.AsNoTracking()
                .Where(p => p.Id == domainEvent.ProjectId).Select(p => p.Status).SingleAsync(cancellationToken);
            log.Seen.Add((domainEvent, stored));
        }
    }

    /// <summary>Registered first: its failure must neither undo the change nor stop the probe.</summary>
    private sealed class FailingHandler(HandlerLog log) : IDomainEventSubscriber<ProjectStatusChanged>
    {
        public ValueTask HandleAsync(ProjectStatusChanged domainEvent, CancellationToken cancellationToken)
        {
            log.Failures++;
            throw new InvalidOperationException("a handler that fails");
        }
    }
}

public sealed class SqliteDomainEventOutboxTests : DomainEventOutboxTests
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"egov-outbox-{Guid.NewGuid():N}.db");

    protected override string Provider => "Sqlite";

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult($"Data Source={_file};Pooling=False");

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }
}

public sealed class PostgreSqlDomainEventOutboxTests : DomainEventOutboxTests
{
    private readonly string _database = $"egov_outbox_{Guid.NewGuid():N}";

    protected override string Provider => "PostgreSql";

    private static string AdminConnection => Environment.GetEnvironmentVariable("EGOV_TEST_POSTGRES")
        ?? throw new InvalidOperationException("EGOV_TEST_POSTGRES is not set: run the tests with ./scripts/test.sh, which starts PostgreSQL, or point it at a server.");

    protected override async Task<string> CreateDatabaseAsync()
    {
        await using var admin = new NpgsqlConnection(AdminConnection);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", admin);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(AdminConnection) { Database = _database }.ToString();
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(AdminConnection);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
