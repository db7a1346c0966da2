using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EgovExport.Api.IntegrationTests.Scenarios.ExternalIssuer;

/// <summary>
/// A tiny OpenID Connect provider on a real socket (Kestrel on 127.0.0.1, a free port): it serves the
/// discovery document and its JWKS, and signs access tokens (RS256) the way an agency's provider would.
/// </summary>
public sealed class FakeOidcIssuer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RSA _rsa;

    private readonly StrongBox<int> _discoveryRequests;

    private FakeOidcIssuer(WebApplication app, RSA rsa, RsaSecurityKey key, string issuer, StrongBox<int> discoveryRequests)
    {
        _app = app;
        _discoveryRequests = discoveryRequests;
        _rsa = rsa;
        Key = key;
        Issuer = issuer;
    }

    /// <summary>The issuer URL (no trailing slash), also the authority the API is configured with.</summary>
    public string Issuer { get; }

    public RsaSecurityKey Key { get; }

    /// <summary>How many times the API fetched the discovery document (proves it talked to us over HTTP).</summary>
    public int DiscoveryRequests => Volatile.Read(ref _discoveryRequests.Value);

    public static async Task<FakeOidcIssuer> StartAsync()
    {
        var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = $"fake-issuer-{Guid.NewGuid():N}" };

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();

        // The issuer string is known only once Kestrel has bound its port: read it per request.
        string? issuer = null;
        var discoveryRequests = new StrongBox<int>();
        app.MapGet("/.well-known/openid-configuration", () =>
        {
            Interlocked.Increment(ref discoveryRequests.Value);
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = issuer!,
                ["jwks_uri"] = $"{issuer}/.well-known/jwks.json",
                ["token_endpoint"] = $"{issuer}/token",
                ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
                ["response_types_supported"] = new[] { "code" },
                ["subject_types_supported"] = new[] { "public" },
            });
        });
        app.MapGet("/.well-known/jwks.json", () =>
        {
            // Public parts only: a key built from the exported parameters carries no private key.
            var publicKey = new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: false)) { KeyId = key.KeyId };
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(publicKey);
            return Results.Json(new Dictionary<string, object>
            {
                ["keys"] = new[]
                {
                    new Dictionary<string, object>
                    {
                        ["kty"] = jwk.Kty,
                        ["use"] = "sig",
                        ["alg"] = SecurityAlgorithms.RsaSha256,
                        ["kid"] = jwk.Kid,
                        ["n"] = jwk.N,
                        ["e"] = jwk.E,
                    },
                },
            });
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        issuer = new Uri(address).GetLeftPart(UriPartial.Authority);
        return new FakeOidcIssuer(app, rsa, key, issuer, discoveryRequests);
    }

    /// <summary>An access token signed by this issuer (override anything with the optional arguments).</summary>
    public string CreateToken(
        IDictionary<string, object> claims,
        string audience = ExternalIssuerApiFactory.Audience,
        DateTime? expires = null,
        DateTime? notBefore = null,
        string? issuer = null) =>
        Sign(Key, issuer ?? Issuer, audience, claims, expires, notBefore);

    public static string Sign(SecurityKey key, string issuer, string audience, IDictionary<string, object> claims, DateTime? expires = null, DateTime? notBefore = null)
    {
        var now = DateTime.UtcNow;
        var nbf = notBefore ?? now.AddMinutes(-1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = nbf,
            NotBefore = nbf,
            Expires = expires ?? now.AddMinutes(10),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
            Claims = claims,
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
    }
}
