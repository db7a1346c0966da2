using System.Net;
using System.Security.Cryptography;
using EgovExport.Api.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace EgovExport.Api.IntegrationTests.Scenarios.ExternalIssuer;

/// <summary>
/// External mode end to end: the API trusts an agency's own OpenID Connect provider, which here is a
/// real issuer on a socket of its own. The API fetches the issuer's discovery document and JWKS over
/// HTTP, validates our signed tokens against them and maps the provider's role values to ours.
/// </summary>
public sealed class ExternalIssuerScenarios(ExternalIssuerFixture fixture) : IClassFixture<ExternalIssuerFixture>
{
    private const string OfficerEmail = "officer@nia.example";
    private const string AnalystEmail = "analyst@nia.example";

    private FakeOidcIssuer Issuer => fixture.Issuer;

    private ExternalIssuerApiFactory Api => fixture.Api;

    private static Dictionary<string, object> Claims(string subject, string email, string[]? roles = null, Guid? org = null)
    {
        var claims = new Dictionary<string, object> { ["sub"] = subject, ["email"] = email };
        if (roles is not null)
        {
            claims["roles"] = roles;
        }

        if (org is not null)
        {
            claims["org"] = org.Value.ToString();
        }

        return claims;
    }

    private string OfficerToken() => Issuer.CreateToken(Claims("ext-officer-1", OfficerEmail, [ExternalIssuerApiFactory.OfficerRole], SeedIds.Nia));

    private string AnalystToken() => Issuer.CreateToken(Claims("ext-analyst-1", AnalystEmail, [ExternalIssuerApiFactory.AnalystRole], SeedIds.Nia));

    private HttpClient With(string token) => Api.CreateClient().WithToken(token);

    private static void AssertInvalidToken(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("invalid_token", challenge.Parameter ?? "");
    }

    [Fact]
    public async Task An_officer_token_from_the_configured_issuer_is_accepted_as_that_user()
    {
        var client = With(OfficerToken());

        var me = await (await client.GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("User", (string?)me["kind"]);
        Assert.Equal("ext-officer-1", (string?)me["id"]);
        Assert.Equal(OfficerEmail, (string?)me["name"]);
        Assert.Equal(["AgencyOfficer"], me["roles"]!.AsArray().Select(r => (string?)r));
        Assert.Empty(me["scopes"]!.AsArray());
        Assert.Equal(SeedIds.Nia, Guid.Parse((string)me["organizationId"]!));
        var permissions = me["permissions"]!.AsArray().Select(p => (string?)p).ToList();
        Assert.Contains("CreateProjects", permissions);
        Assert.DoesNotContain("ReadAudit", permissions);

        await (await client.GetAsync("/api/v1/projects")).ExpectAsync(HttpStatusCode.OK);

        // The keys came from the issuer itself, over HTTP.
        Assert.True(Issuer.DiscoveryRequests > 0, "the API never fetched the issuer's discovery document");
    }

    [Fact]
    public async Task An_officer_of_the_agency_can_open_a_project_it_leads()
    {
        var created = await (await With(OfficerToken()).SendJsonAsync(HttpMethod.Post, "/api/v1/projects", ProjectScenarios.NewProject("External officer's project")))
            .ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(SeedIds.Nia, Guid.Parse((string)created["leadAgencyId"]!));
    }

    [Fact]
    public async Task An_analyst_token_reads_the_audit_trail_but_cannot_open_a_project()
    {
        var client = With(AnalystToken());

        var me = await (await client.GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["Analyst"], me["roles"]!.AsArray().Select(r => (string?)r));

        await (await client.GetAsync("/api/v1/audit")).ExpectAsync(HttpStatusCode.OK);
        await (await client.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", ProjectScenarios.NewProject())).ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_officer_token_cannot_read_the_audit_trail()
    {
        await (await With(OfficerToken()).GetAsync("/api/v1/audit")).ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_token_without_a_mapped_role_or_scopes_is_forbidden()
    {
        var client = With(Issuer.CreateToken(Claims("ext-nobody", "nobody@nia.example", ["some-other-group"], SeedIds.Nia)));

        var me = await (await client.GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Client", (string?)me["kind"]);
        Assert.Empty(me["roles"]!.AsArray());
        Assert.Empty(me["scopes"]!.AsArray());

        await (await client.GetAsync("/api/v1/projects")).ExpectAsync(HttpStatusCode.Forbidden);
        await (await client.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", ProjectScenarios.NewProject())).ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_token_with_no_roles_claim_at_all_is_forbidden()
    {
        var client = With(Issuer.CreateToken(Claims("ext-bare", "bare@nia.example", org: SeedIds.Nia)));
        await (await client.GetAsync("/api/v1/projects")).ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Our_own_role_name_is_not_the_providers_value_once_a_role_is_mapped()
    {
        // AgencyOfficer is mapped to egov-agency-officer: a token saying "AgencyOfficer" is no officer.
        var client = With(Issuer.CreateToken(Claims("ext-impostor", "impostor@nia.example", ["AgencyOfficer"], SeedIds.Nia)));
        await (await client.GetAsync("/api/v1/projects")).ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_token_from_an_unknown_issuer_with_its_own_key_is_refused()
    {
        using var rsa = RSA.Create(2048);
        var foreignKey = new RsaSecurityKey(rsa) { KeyId = "foreign-key" };
        var token = FakeOidcIssuer.Sign(
            foreignKey, "http://127.0.0.1:1/unknown-issuer", ExternalIssuerApiFactory.Audience,
            Claims("ext-officer-1", OfficerEmail, [ExternalIssuerApiFactory.OfficerRole], SeedIds.Nia));

        AssertInvalidToken(await With(token).GetAsync("/api/v1/me"));
        AssertInvalidToken(await With(token).GetAsync("/api/v1/projects"));
    }

    [Fact]
    public async Task A_token_claiming_the_configured_issuer_but_signed_by_another_key_is_refused()
    {
        using var rsa = RSA.Create(2048);
        // Even reusing the issuer's key id: the signature does not verify with the published key.
        foreach (var keyId in new[] { "forged-key", Issuer.Key.KeyId })
        {
            var forged = FakeOidcIssuer.Sign(
                new RsaSecurityKey(rsa) { KeyId = keyId }, Issuer.Issuer, ExternalIssuerApiFactory.Audience,
                Claims("ext-officer-1", OfficerEmail, [ExternalIssuerApiFactory.OfficerRole], SeedIds.Nia));
            AssertInvalidToken(await With(forged).GetAsync("/api/v1/projects"));
        }
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused()
    {
        var token = Issuer.CreateToken(Claims("ext-officer-1", OfficerEmail, [ExternalIssuerApiFactory.OfficerRole], SeedIds.Nia), audience: "some-other-api");
        AssertInvalidToken(await With(token).GetAsync("/api/v1/projects"));
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var now = DateTime.UtcNow;
        var token = Issuer.CreateToken(
            Claims("ext-officer-1", OfficerEmail, [ExternalIssuerApiFactory.OfficerRole], SeedIds.Nia),
            notBefore: now.AddHours(-2), expires: now.AddHours(-1));
        var response = await With(token).GetAsync("/api/v1/projects");
        AssertInvalidToken(response);
        Assert.Contains("expired", response.Headers.WwwAuthenticate.Single().Parameter ?? "");
    }

    [Fact]
    public async Task A_request_without_a_token_is_refused()
    {
        var client = Api.Anonymous();
        foreach (var url in new[] { "/api/v1/me", "/api/v1/projects", "/api/v1/audit" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{url}: expected 401 but got {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_garbage_bearer_token_is_refused()
    {
        AssertInvalidToken(await With("not-a-jwt").GetAsync("/api/v1/projects"));
    }

    [Fact]
    public async Task The_browser_app_is_sent_to_the_agencys_provider_and_may_call_it()
    {
        var response = await Api.Anonymous().GetAsync("/auth/spa-config");
        var settings = await response.ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(Issuer.Issuer.TrimEnd('/'), ((string)settings["authority"]!).TrimEnd('/'));
        Assert.Equal(ExternalIssuerApiFactory.SpaClientId, (string)settings["clientId"]!);
        Assert.Contains("openid", (string)settings["scope"]!);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"connect-src 'self' {new Uri(Issuer.Issuer).GetLeftPart(UriPartial.Authority)};", policy);
    }

    [Fact]
    public async Task The_embedded_token_server_and_sign_in_pages_are_not_served()
    {
        // With a valid token, so that 404 says "no such route" rather than "who are you".
        var client = With(OfficerToken());
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ApiFactory.AdminClientId,
            ["client_secret"] = ApiFactory.AdminClientSecret,
        });
        await (await client.PostAsync("/connect/token", form)).ExpectAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/connect/authorize")).ExpectAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/account/login")).ExpectAsync(HttpStatusCode.NotFound);

        // Nor can an anonymous caller get a token from it.
        using var anonymousForm = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ApiFactory.AdminClientId,
            ["client_secret"] = ApiFactory.AdminClientSecret,
        });
        var anonymous = await Api.Anonymous().PostAsync("/connect/token", anonymousForm);
        Assert.True(
            anonymous.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Unauthorized,
            $"expected no token endpoint but got {(int)anonymous.StatusCode}: {await anonymous.Content.ReadAsStringAsync()}");
        Assert.DoesNotContain("access_token", await anonymous.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_answers_without_a_token()
    {
        var response = await Api.Anonymous().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>
/// A provider that names its claims its own way (Auth:External:RoleClaim, OrganizationClaim, NameClaim),
/// and roles left unmapped. Expected behaviour per AuthOptions' documentation.
/// </summary>
public sealed class ExternalIssuerClaimMappingScenarios(CustomClaimsExternalIssuerFixture fixture) : IClassFixture<CustomClaimsExternalIssuerFixture>
{
    private HttpClient With(IDictionary<string, object> claims) => fixture.Api.CreateClient().WithToken(fixture.Issuer.CreateToken(claims));

    [Fact]
    public async Task The_configured_role_claim_carries_the_roles()
    {
        var client = With(new Dictionary<string, object>
        {
            ["sub"] = "ext-officer-2",
            ["email"] = "officer2@nia.example",
            [CustomClaimsExternalIssuerFixture.RoleClaim] = new[] { ExternalIssuerApiFactory.OfficerRole },
            [CustomClaimsExternalIssuerFixture.OrganizationClaim] = SeedIds.Nia.ToString(),
        });

        var me = await (await client.GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("User", (string?)me["kind"]);
        Assert.Equal(["AgencyOfficer"], me["roles"]!.AsArray().Select(r => (string?)r));
        await (await client.GetAsync("/api/v1/projects")).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_configured_organization_claim_binds_the_user_to_the_organization()
    {
        var client = With(new Dictionary<string, object>
        {
            ["sub"] = "ext-officer-3",
            [CustomClaimsExternalIssuerFixture.RoleClaim] = new[] { ExternalIssuerApiFactory.OfficerRole },
            [CustomClaimsExternalIssuerFixture.OrganizationClaim] = SeedIds.Nia.ToString(),
        });

        var me = await (await client.GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal((Guid?)SeedIds.Nia, Guid.TryParse((string?)me["organizationId"], out var org) ? org : null);
        await (await client.SendJsonAsync(HttpMethod.Post, "/api/v1/projects", ProjectScenarios.NewProject("Officer bound by agency_id")))
            .ExpectAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_configured_name_claim_names_the_user()
    {
        var client = With(new Dictionary<string, object>
        {
            ["sub"] = "ext-officer-4",
            ["email"] = "officer4@nia.example",
            [CustomClaimsExternalIssuerFixture.NameClaim] = "officer4",
            [CustomClaimsExternalIssuerFixture.RoleClaim] = new[] { ExternalIssuerApiFactory.OfficerRole },
            [CustomClaimsExternalIssuerFixture.OrganizationClaim] = SeedIds.Nia.ToString(),
        });

        var me = await (await client.GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("officer4", (string?)me["name"]);
    }

    [Theory]
    [InlineData("groups")]
    [InlineData("role")]
    public async Task An_unmapped_role_named_like_ours_gives_no_rights(string claim)
    {
        // Administrator is not in Auth:External:Roles: the provider's "Administrator" group means nothing to us.
        var client = With(new Dictionary<string, object>
        {
            ["sub"] = "ext-group-admin",
            ["email"] = "it@nia.example",
            [claim] = new[] { "Administrator" },
        });

        await (await client.GetAsync("/api/v1/users")).ExpectAsync(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/v1/audit")).ExpectAsync(HttpStatusCode.Forbidden);
        var me = await (await client.GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.Empty(me["roles"]!.AsArray());
    }
}
