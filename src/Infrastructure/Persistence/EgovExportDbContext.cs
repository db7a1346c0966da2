using EgovExport.Domain.Auditing;
using EgovExport.Domain.Catalog;
using EgovExport.Domain.Projects;
using EgovExport.Infrastructure.Auditing;
using EgovExport.Infrastructure.Events;
using EgovExport.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EgovExport.Infrastructure.Persistence;

/// <summary>
/// The application's database. One subclass per provider carries that provider's migrations
/// (<see cref="SqliteEgovExportDbContext"/>, <see cref="PostgreSqlEgovExportDbContext"/>,
/// <see cref="SqlServerEgovExportDbContext"/>); the model itself is defined once, here. It also holds the
/// users (ASP.NET Core Identity), the OpenID Connect server's applications and tokens (OpenIddict), and
/// the audit trail and the outbox of domain events, which every save writes in its own transaction
/// (<see cref="AuditTrail"/>, <see cref="EventOutbox"/>); the events reach the in-process handlers after
/// the commit.
/// </summary>
public abstract class EgovExportDbContext(DbContextOptions options) : IdentityUserContext<AppUser, Guid>(options)
{
    private readonly AuditTrail _audit = new();
    private readonly EventOutbox _outbox = new();

    /// <summary>Who the current scope's changes are recorded for; set when the scope resolves the context.</summary>
    internal AuditScope? AuditScope { get; set; }

    /// <summary>The current scope's event handlers; none for a context made outside a scope (design time, tools).</summary>
    internal DomainEventDispatcher? Events { get; set; }

    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Solution> Solutions => Set<Solution>();

    public DbSet<ExportRecord> ExportRecords => Set<ExportRecord>();

    public DbSet<ExportProject> Projects => Set<ExportProject>();

    public DbSet<ProjectSolution> ProjectSolutions => Set<ProjectSolution>();

    public DbSet<StageTransition> StageTransitions => Set<StageTransition>();

    public DbSet<ProjectParticipant> ProjectParticipants => Set<ProjectParticipant>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>Keeps <paramref name="aggregate"/>'s values as loaded, so the audit row can show them as "before".</summary>
    internal void RememberOriginal(object? aggregate) => _audit.Remember(aggregate);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        // The change's audit row and its events carry one instant.
        var at = AuditScope?.Now ?? DateTime.UtcNow;
        var written = _audit.Save(this, AuditScope, at, () => _outbox.Save(this, AuditScope, at, () => base.SaveChanges(acceptAllChangesOnSuccess)));
        DispatchCommittedEventsAsync(afterCommit: false).GetAwaiter().GetResult();
        return written;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var at = AuditScope?.Now ?? DateTime.UtcNow;
        var written = await _audit.SaveAsync(this, AuditScope, at, () => _outbox.SaveAsync(this, AuditScope, at, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)));
        await DispatchCommittedEventsAsync(afterCommit: false);
        return written;
    }

    /// <summary>
    /// Hands the committed events to the handlers: right after a save that committed by itself, or, for
    /// saves inside an explicit transaction, when <see cref="CommittedEventsInterceptor"/> sees it commit.
    /// </summary>
    internal async Task DispatchCommittedEventsAsync(bool afterCommit)
    {
        if (!afterCommit && Database.CurrentTransaction is not null)
        {
            return;
        }

        var events = _outbox.TakeCommitted();
        if (Events is { } dispatcher && events.Count > 0)
        {
            await dispatcher.DispatchAsync(events);
        }
    }

    internal void ForgetCommittedEvents() => _outbox.ForgetCommitted();

    public override void Dispose()
    {
        ForgetScope();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override ValueTask DisposeAsync()
    {
        ForgetScope();
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>().ToTable("Users");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>>().ToTable("UserClaims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>().ToTable("UserLogins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().ToTable("UserTokens");
        builder.ApplyConfigurationsFromAssembly(typeof(EgovExportDbContext).Assembly);
        builder.UseOpenIddict();
    }

    // A pooled context outlives its scope: forget the scope's caller and snapshots when it goes back.
    private void ForgetScope()
    {
        AuditScope = null;
        Events = null;
        _audit.Forget();
        _outbox.ForgetCommitted();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is stored and read back as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

public sealed class SqliteEgovExportDbContext(DbContextOptions<SqliteEgovExportDbContext> options) : EgovExportDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no decimal type: EF stores decimals as text, which cannot be sorted or summed in SQL.
        // Money is stored as REAL instead (15 significant digits: exact for every amount below 10^13).
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}

public sealed class PostgreSqlEgovExportDbContext(DbContextOptions<PostgreSqlEgovExportDbContext> options) : EgovExportDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Npgsql turns the search's Contains into LIKE '%text%', which a trigram index answers.
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<ExportProject>().HasIndex(p => p.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}

public sealed class SqlServerEgovExportDbContext(DbContextOptions<SqlServerEgovExportDbContext> options) : EgovExportDbContext(options);
