using System.Security.Claims;
using EgovExport.Infrastructure.Identity;
using EgovExport.Infrastructure.Persistence;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EgovExport.Api.Auth;

/// <summary>
/// The OpenID Connect server's endpoints that need our code: <c>/connect/authorize</c> (signs a person in
/// through the sign-in page, then issues a code), <c>/connect/token</c> (client credentials, code and
/// refresh grants) and <c>/connect/logout</c>. OpenIddict validates every request before it gets here
/// (client, secret, PKCE, redirect URI, scopes) and serves discovery and revocation itself.
/// </summary>
internal static class ConnectEndpoints
{
    public static void MapConnect(this IEndpointRouteBuilder app)
    {
        var connect = app.MapGroup("/connect").AllowAnonymous().ExcludeFromDescription();
        connect.MapMethods("/authorize", [HttpMethods.Get, HttpMethods.Post], Authorize).RequireRateLimiting(AuthSetup.SignInRateLimit);
        connect.MapPost("/token", Token).RequireRateLimiting(AuthSetup.SignInRateLimit).DisableAntiforgery();
        connect.MapMethods("/logout", [HttpMethods.Get, HttpMethods.Post], Logout).DisableAntiforgery();
    }

    private static async Task<IResult> Authorize(HttpContext http, SignInManager<AppUser> signIn, EgovExportDbContext db)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var cookie = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        // The cookie counts only while the user's security stamp is the one it was issued with.
        var user = cookie.Succeeded ? await signIn.ValidateSecurityStampAsync(cookie.Principal) : null;
        if (user is null || user.IsDisabled || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Forbid(Errors.LoginRequired, "The user is not signed in.");
            }

            // To the sign-in page, and back here (with the same parameters) once signed in.
            var parameters = http.Request.HasFormContentType ? [.. http.Request.Form] : http.Request.Query.ToList();
            parameters.RemoveAll(p => p.Key == Parameters.Prompt);
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters) },
                [IdentityConstants.ApplicationScheme]);
        }

        return Results.SignIn(await UserPrincipalAsync(user, request.GetScopes(), db, http.RequestAborted), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> Token(
        HttpContext http, UserManager<AppUser> users, IOpenIddictApplicationManager applications, EgovExportDbContext db, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!, ct)
                ?? throw new InvalidOperationException("OpenIddict authenticated a client it does not know.");
            return Results.SignIn(await ClientPrincipal(application, request, applications, db, ct), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal!;
            var user = await users.FindByIdAsync(granted.GetClaim(Claims.Subject)!);

            // Disabled, locked out, or changed by an administrator since (roles, organization, status):
            // the grant no longer holds and the user signs in again.
            if (user is null || user.IsDisabled || await users.IsLockedOutAsync(user) || granted.GetClaim(StampClaim) != user.SecurityStamp)
            {
                return Forbid(Errors.InvalidGrant, "The sign-in is no longer valid; sign in again.");
            }

            return Results.SignIn(await UserPrincipalAsync(user, granted.GetScopes(), db, ct), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Forbid(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    private static async Task<IResult> Logout(HttpContext http, SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    /// <summary>A private claim kept in codes and refresh tokens only: the user's security stamp when they signed in.</summary>
    private const string StampClaim = "egov_stamp";

    private static async Task<ClaimsPrincipal> UserPrincipalAsync(AppUser user, IEnumerable<string> requestedScopes, EgovExportDbContext db, CancellationToken ct)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Name, user.DisplayName)
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(EgovClaims.ActorKind, EgovClaims.UserKind)
            .SetClaim(StampClaim, user.SecurityStamp);
        if (user.OrganizationId is { } organization)
        {
            await AddOrganizationAsync(identity, organization, db, ct);
        }

        identity.SetClaims(Claims.Role, [.. user.Roles]);
        identity.SetScopes(requestedScopes.Intersect([Scopes.OpenId, Scopes.Email, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess]));
        identity.SetDestinations(claim => claim.Type switch
        {
            StampClaim => [],
            Claims.Name or Claims.Email or Claims.Role => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }

    private static async Task<ClaimsPrincipal> ClientPrincipal(
        object application, OpenIddictRequest request, IOpenIddictApplicationManager applications, EgovExportDbContext db, CancellationToken ct)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        var clientId = (await applications.GetClientIdAsync(application, ct))!;
        identity.SetClaim(Claims.Subject, clientId)
            .SetClaim(Claims.Name, clientId)
            .SetClaim(EgovClaims.ActorKind, EgovClaims.ClientKind);

        // A client bound to an organization acts within it: its kind decides the projects it reaches.
        if (ClientProperties.OrganizationOf(await applications.GetPropertiesAsync(application, ct)) is { } organization)
        {
            await AddOrganizationAsync(identity, organization, db, ct);
        }

        // No scope asked for: the client gets every scope it holds (OpenIddict has checked the ones asked for).
        var scopes = request.GetScopes();
        if (scopes.IsEmpty)
        {
            scopes = [.. (await applications.GetPermissionsAsync(application, ct))
                .Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                .Select(p => p[Permissions.Prefixes.Scope.Length..])];
        }

        identity.SetScopes(scopes);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The organization and its kind as it is now: the kind decides what an agency's or a company's callers reach.</summary>
    private static async Task AddOrganizationAsync(ClaimsIdentity identity, Guid organization, EgovExportDbContext db, CancellationToken ct)
    {
        var kind = await db.Organizations.AsNoTracking().Where(o => o.Id == organization).Select(o => (Domain.Catalog.OrganizationKind?)o.Kind).FirstOrDefaultAsync(ct);
        identity.SetClaim(EgovClaims.Organization, organization.ToString());
        if (kind is not null)
        {
            identity.SetClaim(EgovClaims.OrganizationKind, kind.ToString());
        }
    }

    private static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}

/// <summary>Our claims in access tokens (besides sub, name, email, role and scope).</summary>
public static class EgovClaims
{
    public const string ActorKind = "egov_actor";
    public const string UserKind = "user";
    public const string ClientKind = "client";
    public const string Organization = "org";
    public const string OrganizationKind = "org_kind";
}
