using EgovExport.Api;
using EgovExport.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddEgovExportApi();

var app = builder.Build();
app.UseEgovExportApi();

// `migrate`: apply migrations (and seed, as configured) and exit — for release pipelines that migrate
// before the new version starts.
if (args.Contains("migrate"))
{
    await app.Services.InitializeDatabaseAsync();
    return;
}

await app.Services.InitializeDatabaseAsync();
await app.Services.InitializeIdentityAsync();
await app.RunAsync();

/// <summary>The API's entry point (public for the integration tests' WebApplicationFactory).</summary>
public partial class Program;
