using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using EgovExport.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace EgovExport.Api.IntegrationTests.Scenarios.Access;

/// <summary>A SQLite factory with extra settings, that keeps every log line.</summary>
public abstract class ConfiguredApiFactory : ApiFactory
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"egov-configured-{Guid.NewGuid():N}.db");

    public ConcurrentQueue<string> Logs { get; } = new();

    protected override string Provider => "Sqlite";

    protected override string ConnectionString => $"Data Source={_file};Pooling=False";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(new CollectingLoggerProvider(Logs)));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }
    }

    private sealed class CollectingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Collector(lines);

        public void Dispose()
        {
        }

        private sealed class Collector(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception) + " " + exception);
        }
    }
}

/// <summary>Sign-in and token endpoints allow 3 requests a minute.</summary>
public sealed class RateLimitedApiFactory : ConfiguredApiFactory
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Auth:RateLimit:PermitLimit"] = "3",
        ["Auth:RateLimit:WindowSeconds"] = "60",
    };
}

/// <summary>One CORS origin allowed, every log level kept.</summary>
public sealed class CorsAndLoggingApiFactory : ConfiguredApiFactory
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Cors:Origins:0"] = "https://spa.example.go.kr",
        ["Logging:LogLevel:Default"] = "Debug",
    };
}

/// <summary>Security headers, HSTS, CORS, the sign-in rate limit, and secrets kept out of the logs.</summary>
public sealed class HardeningScenarios(SqliteApiFactory api) : IClassFixture<SqliteApiFactory>
{
    [Theory]
    [InlineData("/api/v1/projects")]
    [InlineData("/account/login")]
    [InlineData("/health/live")]
    public async Task Every_answer_carries_the_security_headers_and_no_server_banner(string url)
    {
        var response = await api.Anonymous().GetAsync(url);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("'unsafe-eval'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Https_answers_carry_hsts_outside_development()
    {
        var client = api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://egovexport.example.go.kr") });
        var response = await client.GetAsync("/health/live");
        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Cors_is_closed_by_default()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/projects");
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        var response = await api.Anonymous().SendAsync(preflight);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_request_without_a_token_gets_a_401_problem_with_a_bearer_challenge()
    {
        var response = await api.Anonymous().GetAsync("/api/v1/projects");
        var problem = await response.ExpectAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, (int)problem["status"]!);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task A_forged_token_is_refused()
    {
        var forged = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbiIsInJvbGUiOiJBZG1pbmlzdHJhdG9yIn0.c2lnbmF0dXJl";
        await (await api.CreateClient().WithToken(forged).GetAsync("/api/v1/projects")).ExpectAsync(HttpStatusCode.Unauthorized);
    }
}

public sealed class RateLimitScenarios(RateLimitedApiFactory api) : IClassFixture<RateLimitedApiFactory>
{
    [Fact]
    public async Task The_token_endpoint_is_rate_limited_with_retry_after()
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = "nobody", ["client_secret"] = "wrong-secret-0123456789" };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await api.Anonymous().PostAsync("/connect/token", new FormUrlEncodedContent(form))).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        var limited = await api.Anonymous().PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var problem = await limited.ExpectAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal(429, (int)problem["status"]!);

        // Only the sign-in surface is limited: the rest still answers as usual.
        var other = await api.Anonymous().GetAsync("/api/v1/projects");
        Assert.True(other.StatusCode == HttpStatusCode.Unauthorized, string.Join("\n", api.Logs.Where(l => l.Contains("Exception"))));
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync("/health/live")).StatusCode);
    }
}

public sealed class CorsAndLoggingScenarios(CorsAndLoggingApiFactory api) : IClassFixture<CorsAndLoggingApiFactory>
{
    [Fact]
    public async Task A_configured_origin_may_call_the_api_across_origins_and_others_may_not()
    {
        async Task<HttpResponseMessage> Preflight(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/projects");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "PUT");
            request.Headers.Add("Access-Control-Request-Headers", "authorization,if-match,content-type");
            return await api.Anonymous().SendAsync(request);
        }

        var allowed = await Preflight("https://spa.example.go.kr");
        Assert.Equal("https://spa.example.go.kr", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False((await Preflight("https://elsewhere.example")).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Secrets_and_passwords_never_reach_the_logs()
    {
        var admin = api.AdminClient();
        const string password = "Never-Logged-Passw0rd";
        var created = await (await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/api-clients", new { clientId = "logged-or-not", displayName = "Log check", scopes = new[] { "projects:read" } }))
            .ExpectAsync(HttpStatusCode.Created);
        var secret = (string)created["clientSecret"]!;
        await (await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/users", new { email = "log@check.test", displayName = "Log", roles = new[] { "Analyst" }, password }))
            .ExpectAsync(HttpStatusCode.Created);
        var tokens = await TokenFlows.ClientCredentialsAsync(api.Anonymous(), "logged-or-not", secret);

        Assert.NotEmpty(api.Logs);
        Assert.All(api.Logs, line =>
        {
            Assert.DoesNotContain(secret, line);
            Assert.DoesNotContain(password, line);
            Assert.DoesNotContain(ApiFactory.AdminClientSecret, line);
            Assert.DoesNotContain(ApiFactory.AdminPassword, line);
            Assert.DoesNotContain(tokens.AccessToken, line);
        });
    }
}
