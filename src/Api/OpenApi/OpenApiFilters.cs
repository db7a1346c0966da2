using System.Text.Json.Nodes;
using EgovExport.Api.Endpoints;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace EgovExport.Api.OpenApi;

/// <summary>
/// Documents the concurrency headers: the ETag every read and change sends back, and the If-Match
/// every change requires (428 without it, 412 when stale).
/// </summary>
internal sealed class ConcurrencyHeadersFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<RequiresIfMatch>().Any())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = true,
                Description = "The ETag of the version you read (e.g. \"3\"). Without it: 428; if someone changed the record since: 412 and nothing is written.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        if (metadata.OfType<SendsETag>().Any() && operation.Responses is { } responses)
        {
            foreach (var (status, response) in responses.Where(r => r.Key is "200" or "201"))
            {
                if (response is OpenApiResponse concrete)
                {
                    concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    concrete.Headers["ETag"] = new OpenApiHeader
                    {
                        Description = "The record's version; send it back in If-Match to change the record.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    };
                    if (status == "201")
                    {
                        concrete.Headers["Location"] = new OpenApiHeader
                        {
                            Description = "The new record's address.",
                            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                        };
                    }
                }
            }
        }
    }
}

/// <summary>Adds worked request examples: creating a project and each kind of transition.</summary>
internal sealed class RequestExamplesFilter : IOperationFilter
{
    private static readonly Dictionary<string, (string Summary, string Json)[]> Examples = new()
    {
        ["CreateProject"] =
        [
            ("Kuwait master-plan consulting request", """
            {
              "title": "Kuwait national informatization master plan",
              "countryCode": "KW",
              "leadAgencyId": "01a2008d-7403-797b-ba9c-b4408495870d",
              "solutionIds": [],
              "estimatedValueUsd": 3500000,
              "expectedDecisionOn": "2027-06-30",
              "inquiry": {
                "channel": "DelegationVisit",
                "receivedOn": "2026-10-15",
                "requestingOrganizationId": "01a2008d-7417-7140-8ac5-227bfee56621",
                "requestedAreas": ["national informatization strategy"]
              }
            }
            """),
        ],
        ["MoveProject"] =
        [
            ("To Consulting", """
            { "toStage": "Consulting", "consulting": { "type": "MasterPlan", "plannedRounds": 8, "costBearer": "Partner", "startOn": "2026-11-01" } }
            """),
            ("To MOU", """
            { "toStage": "Mou", "mou": { "koreanSignatory": "Minister of the Interior and Safety", "partnerSignatory": "Minister of Communications", "signedOn": "2026-11-10", "scope": "e-Government cooperation", "expiresOn": "2029-11-09" } }
            """),
            ("To Contract", """
            { "toStage": "Contract", "contract": { "number": "KW-2026-001", "signedOn": "2026-11-15", "value": 3500000, "currency": "USD", "primeContractorId": "01a2008d-7411-719f-85f7-802c37b57852", "startOn": "2026-12-01", "endOn": "2028-11-30" } }
            """),
            ("To Maintenance", """
            { "toStage": "Maintenance", "maintenance": { "acceptedOn": "2028-12-01", "supportEndsOn": "2031-11-30", "annualValueUsd": 250000 } }
            """),
            ("Skipping the MOU (an MDB tender)", """
            { "toStage": "Contract", "skipReason": "World Bank tender won without a G2G MOU", "contract": { "number": "WB-2026-17", "signedOn": "2026-11-15", "value": 1200000, "currency": "USD", "primeContractorId": "01a2008d-7411-719f-85f7-802c37b57852", "startOn": "2026-12-01", "endOn": "2027-12-31" } }
            """),
            ("Moving back", """
            { "toStage": "Consulting", "reason": "The partner asked to redo the feasibility study" }
            """),
        ],
        ["ChangeProjectStatus"] =
        [
            ("Lost to a competitor", """
            { "status": "Lost", "reason": "The tender went to another bidder", "lossReason": "Competitor", "lostToCountryCode": "JP" }
            """),
            ("Reopen", """
            { "status": "Active", "reason": "The partner relaunched the tender" }
            """),
        ],
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId is null || !Examples.TryGetValue(operation.OperationId, out var examples)
            || operation.RequestBody?.Content is not { } content || !content.TryGetValue("application/json", out var media)
            || media is not OpenApiMediaType json)
        {
            return;
        }

        json.Examples ??= new Dictionary<string, IOpenApiExample>();
        foreach (var (summary, body) in examples)
        {
            json.Examples[summary] = new OpenApiExample { Summary = summary, Value = JsonNode.Parse(body) };
        }
    }
}

/// <summary>
/// Query parameters in camelCase, as the README and every other name in the API: list queries bound with
/// [AsParameters] would otherwise be documented with their C# names (<c>PageSize</c>). Binding ignores
/// case, so this only makes the document (and the client generated from it) say what callers send.
/// </summary>
internal sealed class CamelCaseQueryParametersFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In == ParameterLocation.Query && parameter.Name is { Length: > 0 } name)
            {
                parameter.Name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
            }
        }
    }
}
