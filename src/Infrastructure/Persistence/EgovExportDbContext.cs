using EgovExport.Domain.Catalog;
using EgovExport.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EgovExport.Infrastructure.Persistence;

/// <summary>
/// The application's database. One subclass per provider carries that provider's migrations
/// (<see cref="SqliteEgovExportDbContext"/>, <see cref="PostgreSqlEgovExportDbContext"/>,
/// <see cref="SqlServerEgovExportDbContext"/>); the model itself is defined once, here.
/// </summary>
public abstract class EgovExportDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Solution> Solutions => Set<Solution>();

    public DbSet<ExportRecord> ExportRecords => Set<ExportRecord>();

    public DbSet<ExportProject> Projects => Set<ExportProject>();

    public DbSet<ProjectSolution> ProjectSolutions => Set<ProjectSolution>();

    public DbSet<StageTransition> StageTransitions => Set<StageTransition>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EgovExportDbContext).Assembly);
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
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Npgsql turns the search's Contains into LIKE '%text%', which a trigram index answers.
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.Entity<ExportProject>().HasIndex(p => p.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}

public sealed class SqlServerEgovExportDbContext(DbContextOptions<SqlServerEgovExportDbContext> options) : EgovExportDbContext(options);
