using System.Text.Json;
using System.Text.Json.Serialization;
using EgovExport.Api.Auth;
using EgovExport.Api.Endpoints;
using EgovExport.Api.Http;
using EgovExport.Api.OpenApi;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Behaviors;
using EgovExport.Application.Projects.Common;
using EgovExport.Infrastructure;
using EgovExport.Infrastructure.Identity;
using EgovExport.Infrastructure.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.OpenApi;

namespace EgovExport.Api;

/// <summary>Wires the host: JSON, problem details, the mediator pipeline, the database, OpenAPI and the routes.</summary>
public static class ApiSetup
{
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static void AddEgovExportApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            k.AddServerHeader = false;
        });

        services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => ConfigureJson(o.JsonSerializerOptions));

        // Binding failures (bad JSON, wrong types, unknown enum names) reach the exception handler,
        // which answers them as problem details naming the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Instance ??= c.HttpContext.Request.Path;
            c.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? c.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        services.AddMediator(o =>
        {
            o.ServiceLifetime = ServiceLifetime.Scoped;
            o.Assemblies = [typeof(IReadStore)];
            o.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(AuthorizationBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(PerformanceBehavior<,>),
            ];
        });
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        services.AddValidatorsFromAssemblyContaining<IReadStore>(ServiceLifetime.Scoped, includeInternalTypes: true);

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<ProjectViewer>();
        services.AddInfrastructure(builder.Configuration);
        builder.AddEgovExportAuth();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "EgovExport API",
                Version = "v1",
                Description = "The control tower for Korean e-government exports: export projects from inquiry through consulting, MOU and contract to maintenance, with their consortium, funding and reference data. Errors are RFC 9457 problem details; every change needs If-Match with the ETag you read.",
            });
            o.SupportNonNullableReferenceTypes();
            o.NonNullableReferenceTypesAsRequired();
            o.CustomSchemaIds(SchemaIds.For);
            o.SchemaFilter<RequiredFromValidatorsFilter>();
            o.OperationFilter<ConcurrencyHeadersFilter>();
            o.OperationFilter<RequestExamplesFilter>();
            o.OperationFilter<CamelCaseQueryParametersFilter>();
            o.AddSecurityDefinition(SwaggerSecurity.SchemeName, SwaggerSecurity.Scheme());
            o.OperationFilter<SwaggerSecurity>();
            foreach (var xml in new[] { typeof(ApiSetup).Assembly, typeof(IReadStore).Assembly }.Select(a => Path.Combine(AppContext.BaseDirectory, $"{a.GetName().Name}.xml")))
            {
                if (File.Exists(xml))
                {
                    o.IncludeXmlComments(xml);
                }
            }
        });
    }

    public static void UseEgovExportApi(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<CaseInsensitiveEnumQuery>();

        app.UseSwagger();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/swagger/v1/swagger.json", "EgovExport API v1");
            o.DocumentTitle = "EgovExport API";
            o.OAuthClientId(FirstPartyClients.Swagger);
            o.OAuthUsePkce();
            o.OAuthScopes("openid", "profile", "email", "roles");
        });

        var spa = SpaHosting.Root(app);
        if (spa is not null)
        {
            app.UseSpaFiles(spa);
        }

        app.UseRouting();
        if (spa is not null)
        {
            app.UseSpaIndex(spa);
        }

        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapSpaSettings(app.Services.GetRequiredService<AuthOptions>());
        if (app.Services.GetRequiredService<AuthOptions>().Mode == AuthMode.Local)
        {
            app.MapConnect();
            app.MapAccountPages();
        }

        var api = app.MapGroup("/api/v1").DisableAntiforgery();
        api.MapCountries();
        api.MapOrganizations();
        api.MapSolutions();
        api.MapProjects();
        api.MapExportRecords();
        api.MapUsers();
        api.MapApiClients();
        api.MapAudit();
        api.MapAccount();
        api.MapDashboard();
    }

    private static void ConfigureJson(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.NumberHandling = JsonNumberHandling.Strict;
        json.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
    }
}

/// <summary>Schema names for the OpenAPI document: request bodies read as requests, not commands.</summary>
internal static class SchemaIds
{
    public static string For(Type type)
    {
        if (type.IsGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`')];
            return name + string.Concat(type.GetGenericArguments().Select(For));
        }

        var id = type.Name;
        foreach (var suffix in new[] { "Command", "Query" })
        {
            if (id.EndsWith(suffix, StringComparison.Ordinal))
            {
                return id[..^suffix.Length] + "Request";
            }
        }

        return id.EndsWith("Dto", StringComparison.Ordinal) ? id[..^3] : id;
    }
}

/// <summary>Ready when the database answers.</summary>
internal sealed class DatabaseHealthCheck(EgovExportDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The database does not answer.");
}
