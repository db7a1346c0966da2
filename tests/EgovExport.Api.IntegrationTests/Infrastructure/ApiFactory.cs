using System.Collections.Concurrent;
using System.Data.Common;
using EgovExport.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EgovExport.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The real API on a real database of its own: a SQLite file, or a fresh database on the PostgreSQL
/// server named by EGOV_TEST_POSTGRES (the test command starts one). Migrated and seeded exactly as
/// a first start does. Counts the SQL statements each request runs.
/// </summary>
public abstract class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public StatementCounter Statements { get; } = new();

    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:EgovExport", ConnectionString);
        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<SqliteEgovExportDbContext>(o => o.AddInterceptors(Statements));
            services.ConfigureDbContext<PostgreSqlEgovExportDbContext>(o => o.AddInterceptors(Statements));
        });
    }

    public virtual Task InitializeAsync()
    {
        // Building the server runs the start-up: migrate and seed.
        _ = Server;
        return Task.CompletedTask;
    }

    public new virtual async Task DisposeAsync() => await base.DisposeAsync();
}

public sealed class SqliteApiFactory : ApiFactory
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"egov-test-{Guid.NewGuid():N}.db");

    protected override string Provider => "Sqlite";

    protected override string ConnectionString => $"Data Source={_file};Pooling=False";

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }
    }
}

public sealed class PostgreSqlApiFactory : ApiFactory
{
    private readonly string _database = $"egov_test_{Guid.NewGuid():N}";

    protected override string Provider => "PostgreSql";

    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(AdminConnection) { Database = _database }.ToString();

    /// <summary>The server the test command started (or the one the developer named).</summary>
    public static string AdminConnection => Environment.GetEnvironmentVariable("EGOV_TEST_POSTGRES")
        ?? throw new InvalidOperationException("EGOV_TEST_POSTGRES is not set: run the tests with ./scripts/test.sh, which starts PostgreSQL, or point it at a server.");

    public override async Task InitializeAsync()
    {
        await using var admin = new NpgsqlConnection(AdminConnection);
        await admin.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", admin))
        {
            await create.ExecuteNonQueryAsync();
        }

        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(AdminConnection);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>Counts the SQL statements run while a request is being measured.</summary>
public sealed class StatementCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();
    private volatile bool _recording;

    public IReadOnlyList<string> Commands => _commands.ToList();

    public async Task<IReadOnlyList<string>> DuringAsync(Func<Task> action)
    {
        _commands.Clear();
        _recording = true;
        try
        {
            await action();
        }
        finally
        {
            _recording = false;
        }

        return _commands.ToList();
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        if (_recording)
        {
            _commands.Enqueue(command.CommandText);
        }
    }
}
