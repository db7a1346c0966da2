using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace EgovExport.Api.OpenApi;

/// <summary>
/// OAuth 2.0 in the OpenAPI document: Swagger UI's Authorize button signs a person in (authorization
/// code + PKCE) or a partner client (client credentials); every operation that needs a token says so
/// and documents 401 and 403.
/// </summary>
internal sealed class SwaggerSecurity : IOperationFilter
{
    public const string SchemeName = "oauth2";

    public static OpenApiSecurityScheme Scheme() => new()
    {
        Type = SecuritySchemeType.OAuth2,
        Description = "People sign in with the authorization code flow (PKCE); partner systems use client credentials with their scopes.",
        Flows = new OpenApiOAuthFlows
        {
            AuthorizationCode = new OpenApiOAuthFlow
            {
                AuthorizationUrl = new Uri("/connect/authorize", UriKind.Relative),
                TokenUrl = new Uri("/connect/token", UriKind.Relative),
                RefreshUrl = new Uri("/connect/token", UriKind.Relative),
                Scopes = new Dictionary<string, string>
                {
                    ["openid"] = "Sign in",
                    ["profile"] = "Your name",
                    ["email"] = "Your e-mail",
                    ["roles"] = "Your roles",
                },
            },
            ClientCredentials = new OpenApiOAuthFlow
            {
                TokenUrl = new Uri("/connect/token", UriKind.Relative),
                Scopes = new Dictionary<string, string>
                {
                    [Domain.Access.Scopes.ProjectsRead] = "Read projects",
                    [Domain.Access.Scopes.ProjectsWrite] = "Open and change projects",
                    [Domain.Access.Scopes.CatalogWrite] = "Change reference data",
                    [Domain.Access.Scopes.AuditRead] = "Read the audit trail",
                    [Domain.Access.Scopes.Admin] = "Act as an administrator",
                },
            },
        },
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No valid access token." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The caller's role or scopes do not allow this, or the project is not theirs to change." });
    }
}
