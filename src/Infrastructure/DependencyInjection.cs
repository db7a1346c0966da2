using EgovExport.Application.ApiClients.Common;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Users.Common;
using EgovExport.Infrastructure.Auditing;
using EgovExport.Infrastructure.Events;
using EgovExport.Infrastructure.Identity;
using EgovExport.Infrastructure.Persistence;
using EgovExport.Infrastructure.Seeding;
using EgovExport.Infrastructure.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EgovExport.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers the database (provider chosen by configuration), the stores, the clock and the seeder.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connection = configuration.GetConnectionString("EgovExport");
        services.AddSingleton(options);

        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = PrepareSqlite(connection ?? DatabaseOptions.DefaultSqliteConnection);
                services.AddDbContextPool<SqliteEgovExportDbContext>(o => o.UseSqlite(sqlite).AddInterceptors(CommittedEventsInterceptor.Instance));
                services.AddScoped<EgovExportDbContext>(sp => ForScope(sp, sp.GetRequiredService<SqliteEgovExportDbContext>()));
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContextPool<PostgreSqlEgovExportDbContext>(o => o.UseNpgsql(PreparePostgreSql(Required(connection, options.Provider))).AddInterceptors(CommittedEventsInterceptor.Instance));
                services.AddScoped<EgovExportDbContext>(sp => ForScope(sp, sp.GetRequiredService<PostgreSqlEgovExportDbContext>()));
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContextPool<SqlServerEgovExportDbContext>(o => o.UseSqlServer(Required(connection, options.Provider)).AddInterceptors(CommittedEventsInterceptor.Instance));
                services.AddScoped<EgovExportDbContext>(sp => ForScope(sp, sp.GetRequiredService<SqlServerEgovExportDbContext>()));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not supported.");
        }

        services.AddScoped<IReadStore, EfReadStore>();
        services.AddScoped<IWriteStore, EfWriteStore>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IClock, SystemClock>();
        services.AddScoped<ReferenceDataSeeder>();

        var auth = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        services.AddSingleton(auth);
        services.AddScoped<CurrentOperation>();
        services.AddScoped<AuditScope>();
        services.AddScoped<DomainEventDispatcher>();
        DomainEventDispatcher.RegisterHandlers(services, typeof(IReadStore).Assembly, typeof(DependencyInjection).Assembly);
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddMemoryCache();
        services.AddScoped<IPersonNames, PersonNames>();
        services.AddScoped<ApiClientRegistry>();
        services.AddScoped<IApiClientRegistry>(sp => sp.GetRequiredService<ApiClientRegistry>());
        services.AddScoped<IdentityBootstrapper>();
        return services;
    }

    /// <summary>
    /// Every context a scope resolves records its changes for that scope's caller and hands its committed
    /// events to that scope's handlers.
    /// </summary>
    private static EgovExportDbContext ForScope(IServiceProvider services, EgovExportDbContext db)
    {
        db.AuditScope = services.GetRequiredService<AuditScope>();
        db.Events = services.GetRequiredService<DomainEventDispatcher>();
        return db;
    }

    /// <summary>Migrates and seeds the database as configured. Called once at start-up.</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        var db = scope.ServiceProvider.GetRequiredService<EgovExportDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("EgovExport.Database");
        if (options.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogUpToDate(options.Provider);
        }

        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging lets readers go on while a change is written (a setting of the file).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (options.SeedOnStartup)
        {
            var folder = Path.IsPathRooted(options.SeedsPath) ? options.SeedsPath : Path.Combine(AppContext.BaseDirectory, options.SeedsPath);
            await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync(folder, cancellationToken);
        }
    }

    /// <summary>
    /// In Local auth mode: creates the first administrator (once) and provisions the configured clients
    /// and our own public clients. Needs the identity services the host registers.
    /// </summary>
    public static async Task InitializeIdentityAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        if (scope.ServiceProvider.GetRequiredService<AuthOptions>().Mode == AuthMode.Local)
        {
            await scope.ServiceProvider.GetRequiredService<IdentityBootstrapper>().RunAsync(cancellationToken);
        }
    }

    private static string Required(string? connection, DatabaseProvider provider) =>
        string.IsNullOrWhiteSpace(connection)
            ? throw new InvalidOperationException($"Database:Provider is {provider}: set ConnectionStrings:EgovExport (ConnectionStrings__EgovExport).")
            : connection;

    /// <summary>
    /// Lets Npgsql prepare the statements the API runs most (reading a project, a list page), so
    /// PostgreSQL plans them once per connection instead of on every request. A value given in the
    /// connection string wins.
    /// </summary>
    private static string PreparePostgreSql(string connection)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection);
        if (!connection.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase)
            && !connection.Contains("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 50;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ToString();
    }

    /// <summary>Creates the folder of a SQLite file so that a fresh clone starts without setup.</summary>
    private static string PrepareSqlite(string connection)
    {
        var builder = new SqliteConnectionStringBuilder(connection);
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return builder.ToString();
    }
}
