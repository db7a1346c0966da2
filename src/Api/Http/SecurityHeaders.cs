namespace EgovExport.Api.Http;

/// <summary>
/// Headers every response carries: a Content-Security-Policy fit for the SPA and Swagger UI (scripts
/// only from our origin; inline styles allowed, which the UI kit needs), no framing, no MIME sniffing,
/// no referrer across origins.
/// The sign-in form may hand the browser on to the configured public origins (the SPA's callback).
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, EgovExport.Infrastructure.Identity.AuthOptions auth)
{
    private readonly string _policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        $"connect-src 'self'{ExternalOrigin(auth)}; object-src 'none'; base-uri 'self'; form-action 'self' {string.Join(' ', auth.PublicOrigins)}; frame-ancestors 'none'";

    /// <summary>In External mode the app reads the provider's discovery document and token endpoint itself.</summary>
    private static string ExternalOrigin(EgovExport.Infrastructure.Identity.AuthOptions auth) =>
        auth.Mode == EgovExport.Infrastructure.Identity.AuthMode.External && Uri.TryCreate(auth.External.Authority, UriKind.Absolute, out var authority)
            ? " " + authority.GetLeftPart(UriPartial.Authority)
            : "";

    public Task InvokeAsync(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = _policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(http);
    }
}
