using System.Globalization;
using System.Net;
using EgovExport.Api.IntegrationTests.Infrastructure;
using OtpNet;

namespace EgovExport.Api.IntegrationTests.Scenarios.Access;

/// <summary>
/// The token flows over real HTTP: a person through the sign-in page (authorization code + PKCE, with
/// two-factor when it is on), refresh-token rotation, partner clients with client credentials, and
/// what an administrator's changes do to them (rotation, revocation, disabling, lockout).
/// </summary>
public sealed class SignInScenarios(SqliteApiFactory api) : IClassFixture<SqliteApiFactory>
{
    private readonly HttpClient _admin = api.AdminClient();

    private async Task<(Guid Id, string Email)> NewUserAsync(string role = "Analyst", Guid? organization = null, string password = Principals.Password)
    {
        var email = $"{Guid.NewGuid():N}@people.test";
        var created = await (await _admin.SendJsonAsync(HttpMethod.Post, "/api/v1/users", new { email, displayName = "Test person", roles = new[] { role }, organizationId = organization, password }))
            .ExpectAsync(HttpStatusCode.Created);
        return (Guid.Parse((string)created["user"]!["id"]!), email);
    }

    private async Task<string> ETagOfUserAsync(Guid id) => (await _admin.GetAsync($"/api/v1/users/{id}")).ETag();

    [Fact]
    public async Task The_browser_app_signs_in_at_the_apis_own_server_by_default()
    {
        var settings = await (await api.Anonymous().GetAsync("/auth/spa-config")).ExpectAsync(HttpStatusCode.OK);
        Assert.Null(settings["authority"]);
        Assert.Equal("egovexport-spa", (string)settings["clientId"]!);
        Assert.Contains("roles", ((string)settings["scope"]!).Split(' '));
    }

    [Fact]
    public async Task A_person_signs_in_with_code_and_pkce_and_the_token_carries_their_role_and_agency()
    {
        var (_, email) = await NewUserAsync("AgencyOfficer", SeedIds.Nia);
        var tokens = await TokenFlows.SignInAsync(api, email, Principals.Password);

        Assert.NotNull(tokens.RefreshToken);
        Assert.InRange(tokens.ExpiresIn, 1, 600);
        var me = await (await api.CreateClient().WithToken(tokens.AccessToken).GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("User", (string)me["kind"]!);
        Assert.Equal(email, (string)me["name"]!);
        Assert.Equal("AgencyOfficer", (string)me["roles"]![0]!);
        Assert.Equal(SeedIds.Nia.ToString(), (string)me["organizationId"]!);
        Assert.Contains("CreateProjects", me["permissions"]!.AsArray().Select(p => (string)p!));
        Assert.DoesNotContain("Administer", me["permissions"]!.AsArray().Select(p => (string)p!));
    }

    [Fact]
    public async Task A_code_is_refused_with_the_wrong_verifier_and_works_only_once()
    {
        var (_, email) = await NewUserAsync();
        using var browser = TokenFlows.Browser(api);
        var (code, verifier) = await TokenFlows.AuthorizationCodeAsync(browser, email, Principals.Password);

        var wrong = await TokenFlows.RequestTokenAsync(api.Anonymous(), Exchange(code, verifier[..^2] + (verifier.EndsWith("xx", StringComparison.Ordinal) ? "yy" : "xx")));
        Assert.Equal("invalid_grant", (string)(await wrong.ExpectAsync(HttpStatusCode.BadRequest))["error"]!);

        await TokenFlows.ExchangeAsync(api.Anonymous(), code, verifier);
        var again = await TokenFlows.RequestTokenAsync(api.Anonymous(), Exchange(code, verifier));
        Assert.Equal("invalid_grant", (string)(await again.ExpectAsync(HttpStatusCode.BadRequest))["error"]!);
    }

    [Fact]
    public async Task Refresh_tokens_rotate_and_a_used_one_is_refused()
    {
        var (_, email) = await NewUserAsync();
        var first = await TokenFlows.SignInAsync(api, email, Principals.Password);
        var second = await TokenFlows.RefreshAsync(api.Anonymous(), first.RefreshToken!);

        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        await (await api.CreateClient().WithToken(second.AccessToken).GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);

        var reused = await TokenFlows.RequestTokenAsync(api.Anonymous(), Refresh(first.RefreshToken!));
        Assert.Equal("invalid_grant", (string)(await reused.ExpectAsync(HttpStatusCode.BadRequest))["error"]!);
    }

    [Fact]
    public async Task A_disabled_person_can_neither_refresh_nor_sign_in_again()
    {
        var (id, email) = await NewUserAsync();
        var tokens = await TokenFlows.SignInAsync(api, email, Principals.Password);
        await (await _admin.SendJsonAsync(HttpMethod.Post, $"/api/v1/users/{id}/disabled", new { disabled = true }, await ETagOfUserAsync(id))).ExpectAsync(HttpStatusCode.OK);

        var refresh = await TokenFlows.RequestTokenAsync(api.Anonymous(), Refresh(tokens.RefreshToken!));
        Assert.Equal("invalid_grant", (string)(await refresh.ExpectAsync(HttpStatusCode.BadRequest))["error"]!);
        await Assert.ThrowsAsync<InvalidOperationException>(() => TokenFlows.SignInAsync(api, email, Principals.Password));
    }

    [Fact]
    public async Task A_role_change_ends_the_sign_in_so_the_new_role_applies_at_once()
    {
        var (id, email) = await NewUserAsync("Analyst");
        var tokens = await TokenFlows.SignInAsync(api, email, Principals.Password);
        await (await _admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/users/{id}", new { displayName = "Promoted", roles = new[] { "AgencyOfficer" }, organizationId = SeedIds.Nia }, await ETagOfUserAsync(id)))
            .ExpectAsync(HttpStatusCode.OK);

        var refresh = await TokenFlows.RequestTokenAsync(api.Anonymous(), Refresh(tokens.RefreshToken!));
        Assert.Equal("invalid_grant", (string)(await refresh.ExpectAsync(HttpStatusCode.BadRequest))["error"]!);
        var again = await TokenFlows.SignInAsync(api, email, Principals.Password);
        var me = await (await api.CreateClient().WithToken(again.AccessToken).GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("AgencyOfficer", (string)me["roles"]![0]!);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_until_an_administrator_unlocks_it()
    {
        var (id, email) = await NewUserAsync();
        using var browser = TokenFlows.Browser(api);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var page = await (await browser.GetAsync("/account/login")).Content.ReadAsStringAsync();
            var refused = await TokenFlows.PostFormAsync(browser, "/account/login", page, new() { ["email"] = email, ["password"] = "Wrong-Password-1", ["returnUrl"] = "/" });
            Assert.Equal(attempt < 5 ? HttpStatusCode.Unauthorized : HttpStatusCode.Locked, refused.StatusCode);
        }

        // Locked: even the right password is refused.
        var locked = await TokenFlows.PostFormAsync(browser, "/account/login", await (await browser.GetAsync("/account/login")).Content.ReadAsStringAsync(),
            new() { ["email"] = email, ["password"] = Principals.Password, ["returnUrl"] = "/" });
        Assert.Equal(HttpStatusCode.Locked, locked.StatusCode);
        var user = await (await _admin.GetAsync($"/api/v1/users/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.True(DateTimeOffset.Parse((string)user["lockedOutUntil"]!, CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow);

        await (await _admin.SendJsonAsync(HttpMethod.Post, $"/api/v1/users/{id}/unlock", null, await ETagOfUserAsync(id))).ExpectAsync(HttpStatusCode.OK);
        Assert.NotNull((await TokenFlows.SignInAsync(api, email, Principals.Password)).AccessToken);
    }

    [Fact]
    public async Task With_two_factor_on_the_sign_in_asks_for_the_authenticator_code()
    {
        var (_, email) = await NewUserAsync();
        var me = api.CreateClient().WithToken((await TokenFlows.SignInAsync(api, email, Principals.Password)).AccessToken);
        var setup = await (await me.GetAsync("/api/v1/me/two-factor")).ExpectAsync(HttpStatusCode.OK);
        Assert.StartsWith("otpauth://totp/", (string)setup["authenticatorUri"]!);
        var totp = new Totp(Base32Encoding.ToBytes((string)setup["sharedKey"]!));

        await (await me.SendJsonAsync(HttpMethod.Post, "/api/v1/me/two-factor", new { code = totp.ComputeTotp() == "000000" ? "111111" : "000000" })).ExpectFieldErrorAsync("code");
        var enabled = await (await me.SendJsonAsync(HttpMethod.Post, "/api/v1/me/two-factor", new { code = totp.ComputeTotp() })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(10, enabled["recoveryCodes"]!.AsArray().Count);

        // Without the code the sign-in stops; with it, tokens.
        await Assert.ThrowsAsync<InvalidOperationException>(() => TokenFlows.SignInAsync(api, email, Principals.Password));
        var tokens = await TokenFlows.SignInAsync(api, email, Principals.Password, () => totp.ComputeTotp());
        var after = await (await api.CreateClient().WithToken(tokens.AccessToken).GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.True((bool)after["twoFactorEnabled"]!);
    }

    [Fact]
    public async Task An_invited_person_sets_a_password_and_signs_in()
    {
        var email = $"{Guid.NewGuid():N}@invited.test";
        var created = await (await _admin.SendJsonAsync(HttpMethod.Post, "/api/v1/users", new { email, displayName = "Invited", roles = new[] { "Analyst" } }))
            .ExpectAsync(HttpStatusCode.Created);
        var token = (string)created["invitationToken"]!;
        Assert.False(string.IsNullOrEmpty(token));

        using var browser = TokenFlows.Browser(api);
        var page = await (await browser.GetAsync($"/account/invitation?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}")).Content.ReadAsStringAsync();
        var weak = await TokenFlows.PostFormAsync(browser, "/account/invitation", page, new() { ["email"] = email, ["token"] = token, ["password"] = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        var accepted = await TokenFlows.PostFormAsync(browser, "/account/invitation", page, new() { ["email"] = email, ["token"] = token, ["password"] = Principals.Password });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        Assert.NotNull((await TokenFlows.SignInAsync(api, email, Principals.Password)).AccessToken);
    }

    [Fact]
    public async Task The_sign_in_form_refuses_a_post_without_its_antiforgery_token()
    {
        var (_, email) = await NewUserAsync();
        using var browser = TokenFlows.Browser(api);
        var forged = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = Principals.Password,
            ["returnUrl"] = "/",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain(forged.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("egovexport.signin", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_weak_password_is_refused_beside_the_field_and_no_user_is_written()
    {
        var email = $"{Guid.NewGuid():N}@weak.test";
        var response = await _admin.SendJsonAsync(HttpMethod.Post, "/api/v1/users", new { email, displayName = "Weak", roles = new[] { "Analyst" }, password = "password" });
        await response.ExpectFieldErrorAsync("password");
        var list = await (await _admin.GetAsync($"/api/v1/users?q={Uri.EscapeDataString(email)}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, (int)list["totalCount"]!);
    }

    [Fact]
    public async Task Users_are_listed_by_role_status_and_text_in_the_database()
    {
        var (analyst, analystEmail) = await NewUserAsync("Analyst");
        var (officer, _) = await NewUserAsync("AgencyOfficer", SeedIds.Nia);
        await (await _admin.SendJsonAsync(HttpMethod.Post, $"/api/v1/users/{analyst}/disabled", new { disabled = true }, await ETagOfUserAsync(analyst))).ExpectAsync(HttpStatusCode.OK);

        var officers = await (await _admin.GetAsync("/api/v1/users?role=agencyofficer&pageSize=200")).ExpectAsync(HttpStatusCode.OK);
        var ids = officers["items"]!.AsArray().Select(u => Guid.Parse((string)u!["id"]!)).ToList();
        Assert.Contains(officer, ids);
        Assert.DoesNotContain(analyst, ids);
        Assert.All(officers["items"]!.AsArray(), u => Assert.Contains("AgencyOfficer", u!["roles"]!.AsArray().Select(r => (string)r!)));

        var disabled = await (await _admin.GetAsync($"/api/v1/users?disabled=true&q={Uri.EscapeDataString(analystEmail)}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, (int)disabled["totalCount"]!);
        Assert.True((bool)disabled["items"]![0]!["isDisabled"]!);
        await (await _admin.GetAsync("/api/v1/users?sort=secret")).ExpectFieldErrorAsync("sort");
    }

    [Fact]
    public async Task An_agency_officer_must_belong_to_an_agency()
    {
        var response = await _admin.SendJsonAsync(HttpMethod.Post, "/api/v1/users",
            new { email = $"{Guid.NewGuid():N}@x.test", displayName = "X", roles = new[] { "AgencyOfficer" }, organizationId = SeedIds.LargeCompany, password = Principals.Password });
        await response.ExpectFieldErrorAsync("organizationId");
    }

    [Fact]
    public async Task A_partner_client_gets_a_token_with_its_secret_and_only_the_scopes_it_holds()
    {
        var (clientId, secret) = await NewClientAsync("projects:read");
        var tokens = await TokenFlows.ClientCredentialsAsync(api.Anonymous(), clientId, secret);
        var me = await (await api.CreateClient().WithToken(tokens.AccessToken).GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Client", (string)me["kind"]!);
        Assert.Equal(["projects:read"], me["scopes"]!.AsArray().Select(s => (string)s!));

        var wrongSecret = await TokenFlows.RequestTokenAsync(api.Anonymous(), Credentials(clientId, secret + "x"));
        Assert.Equal("invalid_client", (string)(await wrongSecret.ExpectAsync(HttpStatusCode.Unauthorized))["error"]!);
        var moreScope = await TokenFlows.RequestTokenAsync(api.Anonymous(), new Dictionary<string, string>(Credentials(clientId, secret)) { ["scope"] = "projects:write" });
        Assert.Equal("invalid_request", (string)(await moreScope.ExpectAsync(HttpStatusCode.BadRequest))["error"]!);
    }

    [Fact]
    public async Task A_rotated_secret_replaces_the_old_one_and_a_revoked_client_is_refused()
    {
        var (clientId, secret) = await NewClientAsync("projects:read");
        var rotated = await (await _admin.PostAsync($"/api/v1/api-clients/{clientId}/secret", null)).ExpectAsync(HttpStatusCode.OK);
        var newSecret = (string)rotated["clientSecret"]!;
        Assert.NotEqual(secret, newSecret);

        var old = await TokenFlows.RequestTokenAsync(api.Anonymous(), Credentials(clientId, secret));
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        await TokenFlows.ClientCredentialsAsync(api.Anonymous(), clientId, newSecret);

        await (await _admin.DeleteAsync($"/api/v1/api-clients/{clientId}")).ExpectAsync(HttpStatusCode.NoContent);
        var revoked = await TokenFlows.RequestTokenAsync(api.Anonymous(), Credentials(clientId, newSecret));
        Assert.Equal("invalid_client", (string)(await revoked.ExpectAsync(HttpStatusCode.Unauthorized))["error"]!);
        await (await _admin.GetAsync($"/api/v1/api-clients/{clientId}")).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_client_from_the_configuration_is_changed_there_not_through_the_api()
    {
        var revoke = await _admin.DeleteAsync($"/api/v1/api-clients/{ApiFactory.AdminClientId}");
        var problem = await revoke.ExpectAsync(HttpStatusCode.Conflict);
        Assert.Equal("ConfiguredClientsAreManagedInConfiguration", (string)problem["rule"]!);
    }

    [Fact]
    public async Task A_secret_is_shown_once_and_never_listed()
    {
        var (clientId, secret) = await NewClientAsync("audit:read");
        var listed = await (await _admin.GetAsync("/api/v1/api-clients?pageSize=200")).Content.ReadAsStringAsync();
        var one = await (await _admin.GetAsync($"/api/v1/api-clients/{clientId}")).Content.ReadAsStringAsync();
        Assert.Contains(clientId, listed);
        Assert.DoesNotContain(secret, listed);
        Assert.DoesNotContain(secret, one);
        Assert.DoesNotContain("secret", one, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Swagger_ui_can_authorize_with_code_and_pkce_or_client_credentials()
    {
        var document = await (await api.Anonymous().GetAsync("/swagger/v1/swagger.json")).ExpectAsync(HttpStatusCode.OK);
        var flows = document["components"]!["securitySchemes"]!["oauth2"]!["flows"]!;
        Assert.Equal("/connect/authorize", (string)flows["authorizationCode"]!["authorizationUrl"]!);
        Assert.Equal("/connect/token", (string)flows["clientCredentials"]!["tokenUrl"]!);
        var listProjects = document["paths"]!["/api/v1/projects"]!["get"]!;
        Assert.NotNull(listProjects["security"]);
        Assert.NotNull(listProjects["responses"]!["401"]);

        // Swagger UI's own client and redirect page are registered: authorize answers with the sign-in page.
        using var browser = TokenFlows.Browser(api);
        var authorize = await browser.GetAsync(
            "/connect/authorize?client_id=egovexport-swagger&response_type=code&redirect_uri=" + Uri.EscapeDataString("http://localhost:5080/swagger/oauth2-redirect.html") +
            "&scope=openid&code_challenge=" + new string('a', 43) + "&code_challenge_method=S256&state=s");
        Assert.True(authorize.StatusCode == HttpStatusCode.Found, await authorize.Content.ReadAsStringAsync());
        Assert.Contains("/account/login", authorize.Headers.Location!.OriginalString);
    }

    private async Task<(string ClientId, string Secret)> NewClientAsync(string scope)
    {
        var clientId = $"partner-{Guid.NewGuid():N}"[..24];
        var created = await (await _admin.SendJsonAsync(HttpMethod.Post, "/api/v1/api-clients", new { clientId, displayName = "Partner", scopes = new[] { scope } }))
            .ExpectAsync(HttpStatusCode.Created);
        return (clientId, (string)created["clientSecret"]!);
    }

    private static Dictionary<string, string> Credentials(string clientId, string secret) =>
        new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };

    private static Dictionary<string, string> Refresh(string refreshToken) =>
        new() { ["grant_type"] = "refresh_token", ["client_id"] = TokenFlows.SpaClientId, ["refresh_token"] = refreshToken };

    private static Dictionary<string, string> Exchange(string code, string verifier) => new()
    {
        ["grant_type"] = "authorization_code",
        ["client_id"] = TokenFlows.SpaClientId,
        ["code"] = code,
        ["redirect_uri"] = TokenFlows.SpaRedirectUri,
        ["code_verifier"] = verifier,
    };
}
