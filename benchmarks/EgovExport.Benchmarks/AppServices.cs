using System.Data.Common;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Domain.Access;
using EgovExport.Infrastructure;
using EgovExport.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EgovExport.Benchmarks;

/// <summary>
/// The API's own infrastructure registrations (<c>AddInfrastructure</c>: pooled DbContext, the real read
/// store), so the in-process measurements run exactly the code the API runs and stay in step with src/.
/// </summary>
internal static class AppServices
{
    public static ServiceProvider Build(Databases db, CommandCapture? capture = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = db.Provider.ToString(),
            ["Database:MigrateOnStartup"] = "false",
            ["Database:SeedOnStartup"] = "false",
            ["ConnectionStrings:EgovExport"] = db.Connection,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<ICurrentUser, SystemCaller>();
        services.AddScoped<EgovExport.Application.Projects.Common.ProjectViewer>();
        services.AddInfrastructure(configuration);
        if (capture is not null)
        {
            services.AddSingleton(capture);
            Action<DbContextOptionsBuilder> intercept = o => o.AddInterceptors(capture);
            _ = db.Provider switch
            {
                DatabaseProvider.Sqlite => services.ConfigureDbContext<SqliteEgovExportDbContext>(intercept),
                DatabaseProvider.PostgreSql => services.ConfigureDbContext<PostgreSqlEgovExportDbContext>(intercept),
                _ => services.ConfigureDbContext<SqlServerEgovExportDbContext>(intercept),
            };
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}

/// <summary>The in-process measurements read as the application itself: every project is visible.</summary>
internal sealed class SystemCaller : ICurrentUser
{
    public Actor Actor => Actor.System;

    public string? RequestId => null;
}

/// <summary>Records every command EF Core executes (text and parameters) while <see cref="Enabled"/>.</summary>
internal sealed class CommandCapture : DbCommandInterceptor
{
    public sealed record Parameter(string Name, object? Value, System.Data.DbType DbType);

    public sealed record Command(string Text, IReadOnlyList<Parameter> Parameters);

    public List<Command> Commands { get; } = [];

    public bool Enabled { get; set; }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(command);
        return base.ReaderExecuted(command, eventData, result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(command);
        return base.ScalarExecuted(command, eventData, result);
    }

    private void Record(DbCommand command)
    {
        if (!Enabled)
        {
            return;
        }

        lock (Commands)
        {
            Commands.Add(new Command(command.CommandText,
                command.Parameters.Cast<DbParameter>().Select(p => new Parameter(p.ParameterName, p.Value, p.DbType)).ToList()));
        }
    }
}
