using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EgovExport.Api.IntegrationTests.Infrastructure;

/// <summary>The tokens a client gets: access token, and for a person a refresh token.</summary>
public sealed record Tokens(string AccessToken, string? RefreshToken, int ExpiresIn);

/// <summary>
/// Gets tokens the documented way, over HTTP: the token endpoint named in the discovery document,
/// client credentials for partner clients, and for people the browser's flow — authorize, the sign-in
/// page's form (with its antiforgery token), the redirect with the code, and the code exchanged with
/// its PKCE verifier. No test bypasses authentication.
/// </summary>
public static partial class TokenFlows
{
    public const string SpaClientId = "egovexport-spa";
    public const string SpaRedirectUri = "http://localhost:5080/auth/callback";

    public static async Task<string> TokenEndpointAsync(HttpClient anonymous)
    {
        var discovery = await (await anonymous.GetAsync("/.well-known/openid-configuration")).ExpectAsync(HttpStatusCode.OK);
        return new Uri((string)discovery["token_endpoint"]!).PathAndQuery;
    }

    /// <summary>POSTs to the token endpoint; returns the raw response (for tests of refusals).</summary>
    public static async Task<HttpResponseMessage> RequestTokenAsync(HttpClient anonymous, IDictionary<string, string> form) =>
        await anonymous.PostAsync(await TokenEndpointAsync(anonymous), new FormUrlEncodedContent(form));

    public static async Task<Tokens> ClientCredentialsAsync(HttpClient anonymous, string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        return Read(await (await RequestTokenAsync(anonymous, form)).ExpectAsync(HttpStatusCode.OK));
    }

    public static async Task<Tokens> RefreshAsync(HttpClient anonymous, string refreshToken) =>
        Read(await (await RequestTokenAsync(anonymous, new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = SpaClientId,
            ["refresh_token"] = refreshToken,
        })).ExpectAsync(HttpStatusCode.OK));

    /// <summary>A browser without cookies yet, that does not follow redirects (each step is asserted).</summary>
    public static HttpClient Browser(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs a person in through the sign-in page and exchanges the code (authorization code + PKCE).</summary>
    /// <param name="totp">Gives the current authenticator code when the sign-in asks for one.</param>
    public static async Task<Tokens> SignInAsync(WebApplicationFactory<Program> factory, string email, string password, Func<string>? totp = null)
    {
        using var browser = Browser(factory);
        var code = await AuthorizationCodeAsync(browser, email, password, totp);
        return await ExchangeAsync(browser, code.Code, code.Verifier);
    }

    public static async Task<(string Code, string Verifier)> AuthorizationCodeAsync(HttpClient browser, string email, string password, Func<string>? totp = null)
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var state = Base64Url(RandomNumberGenerator.GetBytes(8));
        var authorize = $"/connect/authorize?client_id={SpaClientId}&response_type=code&redirect_uri={Uri.EscapeDataString(SpaRedirectUri)}" +
                        $"&scope={Uri.EscapeDataString("openid profile email roles offline_access")}&code_challenge={challenge}&code_challenge_method=S256&state={state}";

        // Not signed in: to the sign-in page, which returns here afterwards.
        var toLogin = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Found, toLogin.StatusCode);
        var login = await browser.GetAsync(toLogin.Headers.Location);
        var afterLogin = await PostFormAsync(browser, "/account/login", await login.Content.ReadAsStringAsync(), new()
        {
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = ReturnUrl(toLogin.Headers.Location!),
        });
        if (afterLogin.StatusCode != HttpStatusCode.Found)
        {
            throw new InvalidOperationException($"sign-in refused ({(int)afterLogin.StatusCode}): {await afterLogin.Content.ReadAsStringAsync()}");
        }

        if (afterLogin.Headers.Location!.OriginalString.StartsWith("/account/login/two-factor", StringComparison.Ordinal))
        {
            var page = await browser.GetAsync(afterLogin.Headers.Location);
            afterLogin = await PostFormAsync(browser, "/account/login/two-factor", await page.Content.ReadAsStringAsync(), new()
            {
                ["code"] = (totp ?? throw new InvalidOperationException("the sign-in asks for a two-factor code"))(),
                ["returnUrl"] = ReturnUrl(afterLogin.Headers.Location),
            });
            Assert.True(afterLogin.StatusCode == HttpStatusCode.Found, $"two-factor step refused: {(int)afterLogin.StatusCode}");
        }

        // Signed in: authorize again, and the browser is sent to the SPA's callback with the code.
        var callback = await browser.GetAsync(afterLogin.Headers.Location);
        Assert.Equal(HttpStatusCode.Found, callback.StatusCode);
        var location = callback.Headers.Location!;
        Assert.StartsWith(SpaRedirectUri, location.OriginalString);
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        Assert.Equal(state, query["state"]);
        return (query["code"] ?? throw new InvalidOperationException($"no code in {location}"), verifier);
    }

    public static async Task<Tokens> ExchangeAsync(HttpClient client, string code, string verifier) =>
        Read(await (await RequestTokenAsync(client, new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = SpaClientId,
            ["code"] = code,
            ["redirect_uri"] = SpaRedirectUri,
            ["code_verifier"] = verifier,
        })).ExpectAsync(HttpStatusCode.OK));

    /// <summary>Posts a page's form with its antiforgery token, as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string action, string pageHtml, Dictionary<string, string> fields)
    {
        var token = AntiforgeryField().Match(pageHtml);
        Assert.True(token.Success, "the page has no antiforgery token");
        fields[WebUtility.HtmlDecode(token.Groups["name"].Value)] = WebUtility.HtmlDecode(token.Groups["value"].Value);
        return await browser.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static HttpClient WithToken(this HttpClient client, string accessToken)
    {
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    private static string ReturnUrl(Uri loginLocation)
    {
        var query = System.Web.HttpUtility.ParseQueryString(loginLocation.IsAbsoluteUri ? loginLocation.Query : new Uri(new Uri("http://localhost"), loginLocation).Query);
        return query["ReturnUrl"] ?? query["returnUrl"] ?? "/";
    }

    private static Tokens Read(JsonNode body) =>
        new((string)body["access_token"]!, (string?)body["refresh_token"], (int?)body["expires_in"] ?? 0);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken|[^\"]*Antiforgery[^\"]*|[^\"]*RequestVerification[^\"]*)\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
