using Microsoft.Extensions.FileProviders;

namespace EgovExport.Api.Http;

/// <summary>
/// Serves the built browser app (client/dist) from the API's own origin: its files as they are, and
/// index.html for any other path that is not the API's (/api, /connect, /account, /swagger, /health,
/// /.well-known), so the app's own routes survive a reload. Without a build it serves nothing.
/// </summary>
internal static class SpaHosting
{
    /// <summary>Where the built app is: <c>Spa:Root</c>, or client/dist beside the API's project folder.</summary>
    public static string? Root(WebApplication app)
    {
        var configured = app.Configuration["Spa:Root"];
        var candidates = configured is { Length: > 0 }
            ? [Path.GetFullPath(configured, app.Environment.ContentRootPath)]
            : new[] { Path.Combine(app.Environment.ContentRootPath, "..", "..", "client", "dist"), Path.Combine(AppContext.BaseDirectory, "wwwroot") }
                .Select(Path.GetFullPath);
        return candidates.FirstOrDefault(folder => File.Exists(Path.Combine(folder, "index.html")));
    }

    /// <summary>The app's files, served before routing so that a file is never answered by a route.</summary>
    public static void UseSpaFiles(this WebApplication app)
    {
        if (Root(app) is not { } root)
        {
            return;
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(root),
            OnPrepareResponse = context =>
            {
                // Vite names built assets by content hash: cache them for good; index.html never.
                var immutable = context.File.Name != "index.html" && context.Context.Request.Path.StartsWithSegments("/assets");
                context.Context.Response.Headers.CacheControl = immutable ? "public, max-age=31536000, immutable" : "no-cache";
            },
        });
    }

    /// <summary>
    /// index.html for every other path that is not a file; the API's own prefixes keep their 404 (and,
    /// without a token, their 401) instead of falling back to the app.
    /// </summary>
    public static void MapSpaFallback(this WebApplication app)
    {
        if (Root(app) is not { } root)
        {
            return;
        }

        app.MapFallbackToFile("index.html", new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(root),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        }).AllowAnonymous();
        foreach (var prefix in ApiPrefixes)
        {
            app.MapFallback($"/{prefix}/{{*rest}}", () => Results.NotFound());
        }
    }

    private static readonly string[] ApiPrefixes = ["api", "connect", "account", "swagger", "health", ".well-known"];
}
