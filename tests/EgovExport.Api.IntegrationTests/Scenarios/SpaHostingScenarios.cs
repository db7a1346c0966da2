using System.Net;
using EgovExport.Api.IntegrationTests.Scenarios.Access;

namespace EgovExport.Api.IntegrationTests.Scenarios;

/// <summary>A built app in a folder of its own, served by the API (Spa:Root).</summary>
public sealed class SpaApiFactory : ConfiguredApiFactory
{
    public static readonly string Root = CreateBuild();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Spa:Root"] = Root };

    private static string CreateBuild()
    {
        var root = Path.Combine(Path.GetTempPath(), $"egov-spa-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        File.WriteAllText(Path.Combine(root, "index.html"), "<!doctype html><html lang=\"en\"><head><script type=\"module\" src=\"/assets/app-1a2b.js\"></script></head><body><div id=\"root\"></div></body></html>");
        File.WriteAllText(Path.Combine(root, "assets", "app-1a2b.js"), "console.log('app');");
        return root;
    }
}

/// <summary>The API serves the browser app from its own origin without hiding its own routes.</summary>
public sealed class SpaHostingScenarios(SpaApiFactory api) : IClassFixture<SpaApiFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/projects")]
    [InlineData("/projects/0195f0a0-0000-7000-8000-000000000001?tab=timeline")]
    [InlineData("/auth/callback?code=x&state=y")]
    public async Task The_apps_routes_answer_its_index_page_with_the_security_headers(string url)
    {
        var response = await api.Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync());
        Assert.Contains("script-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Built_assets_are_served_and_cached_for_good()
    {
        var response = await api.Anonymous().GetAsync("/assets/app-1a2b.js");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("console.log('app');", await response.Content.ReadAsStringAsync());
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/api/v1/no-such-resource")]
    [InlineData("/api")]
    public async Task The_apis_own_paths_never_fall_back_to_the_app(string url)
    {
        var anonymous = await api.Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var signedIn = await api.AdminClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, signedIn.StatusCode);
        Assert.NotEqual("text/html", signedIn.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task With_the_app_present_the_api_still_answers_405_and_415()
    {
        var admin = api.AdminClient();
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await admin.PostAsync("/api/v1/audit", null)).StatusCode);
        var notJson = await admin.PostAsync("/api/v1/projects", new StringContent("title=x", System.Text.Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/v1/no-such-resource", null)).StatusCode);
    }

    [Theory]
    [InlineData("/connect/nothing")]
    [InlineData("/account/nothing")]
    [InlineData("/health/nothing")]
    public async Task The_sign_in_and_health_paths_never_fall_back_to_the_app(string url)
    {
        var response = await api.AdminClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<div id=\"root\">", await response.Content.ReadAsStringAsync());
    }
}
