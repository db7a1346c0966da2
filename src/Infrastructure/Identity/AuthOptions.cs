namespace EgovExport.Infrastructure.Identity;

public enum AuthMode
{
    /// <summary>The embedded default: users in our database, tokens from our own OpenID Connect server.</summary>
    Local,

    /// <summary>An agency's own OpenID Connect provider issues the tokens; the API only validates them.</summary>
    External,
}

/// <summary>The <c>Auth</c> section of the configuration (<c>Auth__Admin__Password</c> in the environment).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public AuthMode Mode { get; set; } = AuthMode.Local;

    /// <summary>The first administrator, created on first start when there is none.</summary>
    public AdminOptions Admin { get; set; } = new();

    /// <summary>Partner clients provisioned at every start (client-credentials grant).</summary>
    public List<ClientOptions> Clients { get; set; } = [];

    /// <summary>
    /// Origins that serve the SPA and Swagger UI; each gets the redirect URIs of the sign-in flow
    /// (<c>/auth/callback</c> for the SPA, <c>/swagger/oauth2-redirect.html</c> for Swagger UI).
    /// </summary>
    public List<string> PublicOrigins { get; set; } = ["http://localhost:5080", "http://127.0.0.1:5080", "http://localhost:5173"];

    public int AccessTokenMinutes { get; set; } = 10;

    public int RefreshTokenHours { get; set; } = 8;

    /// <summary>Refuse plain HTTP at the sign-in and token endpoints (set when Kestrel itself serves HTTPS).</summary>
    public bool RequireHttps { get; set; }

    /// <summary>
    /// Check each access token against the token store on every request, so a revoked client's or disabled
    /// user's tokens stop at once rather than when they expire (one lookup per request).
    /// </summary>
    public bool ValidateTokenEntries { get; set; }

    /// <summary>
    /// Encrypt access tokens (JWE) as well as sign them. Off by default: a signed JWT access token (RFC
    /// 9068) is checked with one RSA signature verification, where decrypting costs an RSA private-key
    /// operation on every request (measured in docs/decisions/0005).
    /// </summary>
    public bool EncryptAccessTokens { get; set; }

    /// <summary>Folder of the signing and encryption keys (generated on first start); keep it secret and backed up.</summary>
    public string KeysPath { get; set; } = "data/keys";

    public PasswordOptions Password { get; set; } = new();

    public LockoutOptions Lockout { get; set; } = new();

    public RateLimitOptions RateLimit { get; set; } = new();

    public ExternalProviderOptions External { get; set; } = new();
}

public sealed class AdminOptions
{
    public string Email { get; set; } = "admin@egovexport.local";

    /// <summary>When empty, a password is generated on first start and printed once to the console.</summary>
    public string? Password { get; set; }
}

public sealed class ClientOptions
{
    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>Space-separated scopes: projects:read projects:write catalog:write audit:read admin.</summary>
    public string Scopes { get; set; } = "";

    public Guid? OrganizationId { get; set; }

    public string? DisplayName { get; set; }
}

public sealed class PasswordOptions
{
    public int MinimumLength { get; set; } = 12;
}

public sealed class LockoutOptions
{
    public int MaxFailedAttempts { get; set; } = 5;

    public int Minutes { get; set; } = 15;
}

public sealed class RateLimitOptions
{
    /// <summary>Sign-in and token requests allowed per client address in each window.</summary>
    public int PermitLimit { get; set; } = 30;

    public int WindowSeconds { get; set; } = 60;
}

/// <summary>How to trust an agency's own OpenID Connect provider (Mode = External).</summary>
public sealed class ExternalProviderOptions
{
    /// <summary>The issuer; its <c>/.well-known/openid-configuration</c> names the signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience our API's tokens carry.</summary>
    public string? Audience { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The claim that carries the user's roles (or groups).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The provider's role values for each of our roles, e.g. <c>Roles:Administrator = egov-admins</c>.</summary>
    public Dictionary<string, string> Roles { get; set; } = [];

    /// <summary>The claim that carries the organization id (our organization's GUID).</summary>
    public string OrganizationClaim { get; set; } = "org";

    /// <summary>The claim used as the person's name on records (e-mail by default).</summary>
    public string NameClaim { get; set; } = "email";

    /// <summary>The browser app's client id at the provider (a public client with code + PKCE and the app's /auth/callback).</summary>
    public string? SpaClientId { get; set; }

    /// <summary>The scopes the browser app asks the provider for; they must yield an access token for <see cref="Audience"/>.</summary>
    public string SpaScope { get; set; } = "openid profile email offline_access";
}
