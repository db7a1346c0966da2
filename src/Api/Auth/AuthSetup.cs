using EgovExport.Infrastructure.Identity;
using EgovExport.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EgovExport.Api.Auth;

/// <summary>
/// Authentication and authorization of the host. Local mode (the embedded default): users in our
/// database (ASP.NET Core Identity) and an in-process OpenID Connect server (OpenIddict) issuing
/// short-lived encrypted access tokens — authorization code + PKCE for the SPA and Swagger UI, client
/// credentials for partner systems, rotating refresh tokens. External mode: the API trusts the bearer
/// tokens of an agency's own OpenID Connect provider. Either way every endpoint needs a token unless
/// it is marked anonymous (health, the OpenAPI document, the sign-in flow); what a caller may do is
/// decided in the application layer.
/// </summary>
public static class AuthSetup
{
    public const string ExternalScheme = "External";
    public const string SignInRateLimit = "sign-in";

    public static void AddEgovExportAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var auth = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = auth.Password.MinimumLength;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = auth.Lockout.MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(auth.Lockout.Minutes);
                o.ClaimsIdentity.UserIdClaimType = Claims.Subject;
                o.ClaimsIdentity.UserNameClaimType = Claims.Name;
                o.ClaimsIdentity.EmailClaimType = Claims.Email;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<EgovExportDbContext>()
            .AddDefaultTokenProviders();

        var defaultScheme = auth.Mode == AuthMode.Local ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme : ExternalScheme;
        var authentication = services.AddAuthentication(o =>
        {
            o.DefaultScheme = defaultScheme;
            o.DefaultAuthenticateScheme = defaultScheme;
            o.DefaultChallengeScheme = defaultScheme;
            o.DefaultForbidScheme = defaultScheme;
        });
        authentication.AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.Cookie.Name = "egovexport.signin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(auth.RefreshTokenHours);
            o.SlidingExpiration = false;
        });

        // The sign-in cookie and antiforgery tokens are protected with keys kept beside the token keys,
        // so sign-ins survive a restart and instances sharing the folder understand each other.
        var keysPath = Path.IsPathRooted(auth.KeysPath) ? auth.KeysPath : Path.Combine(builder.Environment.ContentRootPath, auth.KeysPath);
        services.AddDataProtection().SetApplicationName("EgovExport").PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(keysPath, "data-protection")));

        if (auth.Mode == AuthMode.Local)
        {
            AddTokenServer(services, keysPath, auth);
        }
        else
        {
            AddExternalProvider(authentication, auth);
        }

        services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddAntiforgery(o => o.Cookie.Name = "egovexport.antiforgery");
        services.AddEgovExportRateLimits(auth.RateLimit);
        // CORS is closed unless origins are configured (Cors:Origins): the SPA is served from the API's own origin.
        var corsOrigins = builder.Configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        services.AddCors(o => o.AddDefaultPolicy(p =>
        {
            if (corsOrigins.Length > 0)
            {
                p.WithOrigins(corsOrigins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("ETag", "Location", "Retry-After");
            }
        }));
    }

    private static void AddTokenServer(IServiceCollection services, string keysPath, AuthOptions auth)
    {
        var (signing, encryption) = SigningKeys.LoadOrCreate(keysPath);
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<EgovExportDbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetRevocationEndpointUris("connect/revoke");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.AllowClientCredentialsFlow();
                o.AllowRefreshTokenFlow();
                o.RegisterScopes([Scopes.OpenId, Scopes.Email, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, .. Domain.Access.Scopes.All]);
                o.SetAccessTokenLifetime(TimeSpan.FromMinutes(auth.AccessTokenMinutes));
                o.SetIdentityTokenLifetime(TimeSpan.FromMinutes(auth.AccessTokenMinutes));
                o.SetRefreshTokenLifetime(TimeSpan.FromHours(auth.RefreshTokenHours));

                // A refresh token works once: a second use (a stolen copy replayed) is refused and revokes
                // the tokens issued from it. Clients refresh one request at a time.
                o.SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                o.AddSigningKey(signing);
                o.AddEncryptionKey(encryption);
                if (!auth.EncryptAccessTokens)
                {
                    o.DisableAccessTokenEncryption();
                }
                var host = o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!auth.RequireHttps)
                {
                    host.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
                if (auth.ValidateTokenEntries)
                {
                    o.EnableTokenEntryValidation();
                }
            });
    }

    private static void AddExternalProvider(Microsoft.AspNetCore.Authentication.AuthenticationBuilder authentication, AuthOptions auth)
    {
        var external = auth.External;
        if (string.IsNullOrWhiteSpace(external.Authority) || string.IsNullOrWhiteSpace(external.Audience))
        {
            throw new InvalidOperationException("Auth:Mode is External: set Auth:External:Authority and Auth:External:Audience.");
        }

        authentication.AddJwtBearer(ExternalScheme, o =>
        {
            o.Authority = external.Authority;
            o.Audience = external.Audience;
            o.RequireHttpsMetadata = external.RequireHttpsMetadata;
            o.MapInboundClaims = false;
            o.TokenValidationParameters.ValidIssuer = external.Authority.TrimEnd('/');
            o.TokenValidationParameters.ValidIssuers = [external.Authority.TrimEnd('/'), external.Authority.TrimEnd('/') + "/"];
            o.TokenValidationParameters.NameClaimType = external.NameClaim;
            o.TokenValidationParameters.RoleClaimType = external.RoleClaim;
        });
    }
}
