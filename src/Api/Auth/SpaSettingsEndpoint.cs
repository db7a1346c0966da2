using EgovExport.Infrastructure.Identity;

namespace EgovExport.Api.Auth;

/// <summary>
/// GET /auth/spa-config: where the browser app signs in — the API's own OpenID Connect server (authority
/// null, client <c>egovexport-spa</c>) or, in External mode, the agency's provider and the app's client
/// there. Public: it holds no secret, and the app needs it before anyone has signed in.
/// </summary>
internal static class SpaSettingsEndpoint
{
    public const string Path = "/auth/spa-config";

    /// <summary>What the app asks the API's own server for: the roles claim feeds the UI's role checks.</summary>
    public const string LocalScope = "openid profile email roles offline_access";

    public sealed record SpaAuthSettings(string? Authority, string ClientId, string Scope);

    public static void MapSpaSettings(this IEndpointRouteBuilder app, AuthOptions auth)
    {
        var settings = auth.Mode == AuthMode.External
            ? new SpaAuthSettings(auth.External.Authority, auth.External.SpaClientId ?? "", auth.External.SpaScope)
            : new SpaAuthSettings(null, FirstPartyClients.Spa, LocalScope);
        app.MapGet(Path, () => TypedResults.Ok(settings)).AllowAnonymous().ExcludeFromDescription();
    }
}
