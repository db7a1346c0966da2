using System.Collections.Concurrent;
using System.Data.Common;
using EgovExport.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
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
    /// <summary>The partner client every factory provisions through configuration, with the <c>admin</c> scope.</summary>
    public const string AdminClientId = "test-admin";
    public const string AdminClientSecret = "test-admin-secret-0123456789";
    public const string AdminEmail = "admin@egovexport.test";
    public const string AdminPassword = "Control-Tower-2026";

    private static readonly string KeysFolder = Path.Combine(Path.GetTempPath(), $"egov-test-keys-{Environment.ProcessId}");
    private readonly SemaphoreSlim _tokenLock = new(1, 1);
    private string? _adminToken;

    public StatementCounter Statements { get; } = new();

    /// <summary>Settings a test class adds to (or overrides in) the configuration.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:EgovExport", ConnectionString);
        builder.UseSetting("Auth:KeysPath", KeysFolder);
        builder.UseSetting("Auth:Admin:Email", AdminEmail);
        builder.UseSetting("Auth:Admin:Password", AdminPassword);
        builder.UseSetting("Auth:Clients:0:ClientId", AdminClientId);
        builder.UseSetting("Auth:Clients:0:ClientSecret", AdminClientSecret);
        builder.UseSetting("Auth:Clients:0:Scopes", "admin");
        builder.UseSetting("Auth:RateLimit:PermitLimit", "100000");
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }

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

    /// <summary>A client with no token.</summary>
    public HttpClient Anonymous() => CreateClient();

    /// <summary>
    /// A client acting as the administrator's partner client: its first request gets a token with the
    /// client-credentials grant, later ones reuse it.
    /// </summary>
    public HttpClient AdminClient() => CreateDefaultClient(new BearerTokenHandler(AdminTokenAsync));

    public async Task<string> AdminTokenAsync()
    {
        await _tokenLock.WaitAsync();
        try
        {
            return _adminToken ??= (await TokenFlows.ClientCredentialsAsync(CreateClient(), AdminClientId, AdminClientSecret)).AccessToken;
        }
        finally
        {
            _tokenLock.Release();
        }
    }

    /// <summary>A client acting as <paramref name="email"/>, signed in through the sign-in page.</summary>
    public async Task<HttpClient> SignedInAsync(string email, string password) =>
        CreateClient().WithToken((await TokenFlows.SignInAsync(this, email, password)).AccessToken);
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

/// <summary>Adds the bearer token <paramref name="token"/> gives to every request that has none.</summary>
public sealed class BearerTokenHandler(Func<Task<string>> token) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization ??= new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await token());
        return await base.SendAsync(request, cancellationToken);
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
