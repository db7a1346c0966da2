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
    public static void UseSpaFiles(this WebApplication app, string root)
    {
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
    /// index.html for a GET or HEAD that no route answers, outside the API's prefixes, so the app's own
    /// routes (/projects/…) survive a reload. It runs right after routing, as middleware rather than a
    /// fallback route: a route would take part in matching and turn the API's 405 (wrong method) and
    /// 415 (not JSON) into 404s.
    /// </summary>
    public static void UseSpaIndex(this WebApplication app, string root)
    {
        var index = new PhysicalFileProvider(root).GetFileInfo("index.html");
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is null && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) && !IsApiPath(context.Request.Path))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers.CacheControl = "no-cache";
                context.Response.ContentLength = index.Length;
                if (HttpMethods.IsGet(context.Request.Method))
                {
                    await context.Response.SendFileAsync(index, context.RequestAborted);
                }

                return;
            }

            await next(context);
        });
    }

    private static readonly string[] ApiPrefixes = ["/api", "/connect", "/account", "/swagger", "/health", "/.well-known"];

    private static bool IsApiPath(PathString path) => ApiPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
