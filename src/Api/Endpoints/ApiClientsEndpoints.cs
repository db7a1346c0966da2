using EgovExport.Application.ApiClients.Common;
using EgovExport.Application.ApiClients.CreateApiClient;
using EgovExport.Application.ApiClients.GetApiClient;
using EgovExport.Application.ApiClients.ListApiClients;
using EgovExport.Application.ApiClients.RevokeApiClient;
using EgovExport.Application.ApiClients.RotateApiClientSecret;
using EgovExport.Application.Common.Paging;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EgovExport.Api.Endpoints;

/// <summary>/api/v1/api-clients — partner systems' clients (administrators only). Secrets are shown once.</summary>
internal static class ApiClientsEndpoints
{
    public static void MapApiClients(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/api-clients").WithTags("API clients");
        group.MapGet("/", ListApiClients).WithName(nameof(ListApiClients)).WithSummary("List the partner clients (paged).").Lists();
        group.MapGet("/{clientId}", GetApiClient).WithName(nameof(GetApiClient)).WithSummary("Get one partner client.").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateApiClient).WithName(nameof(CreateApiClient))
            .WithSummary("Register a partner client with scopes; the answer shows its secret once (only a hash is kept).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{clientId}/secret", RotateApiClientSecret).WithName(nameof(RotateApiClientSecret))
            .WithSummary("Issue a new secret (shown once); the old one stops working.").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{clientId}", RevokeApiClient).WithName(nameof(RevokeApiClient))
            .WithSummary("Revoke a client: it is removed and its tokens are revoked.").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<PagedResult<ApiClientDto>>> ListApiClients([AsParameters] ListApiClientsQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    private static async Task<Ok<ApiClientDto>> GetApiClient(string clientId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetApiClientQuery(clientId), ct));

    private static async Task<Created<ApiClientWithSecretDto>> CreateApiClient(CreateApiClientCommand command, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var created = await sender.Send(command, ct);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/api/v1/api-clients/{Uri.EscapeDataString(created.Client.ClientId)}", created);
    }

    private static async Task<Ok<ApiClientWithSecretDto>> RotateApiClientSecret(string clientId, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var rotated = await sender.Send(new RotateApiClientSecretCommand(clientId), ct);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(rotated);
    }

    private static async Task<NoContent> RevokeApiClient(string clientId, ISender sender, CancellationToken ct)
    {
        await sender.Send(new RevokeApiClientCommand(clientId), ct);
        return TypedResults.NoContent();
    }
}
