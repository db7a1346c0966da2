using EgovExport.Api.Http;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Organizations.Common;
using EgovExport.Application.Organizations.CreateOrganization;
using EgovExport.Application.Organizations.GetOrganization;
using EgovExport.Application.Organizations.ListOrganizations;
using EgovExport.Application.Organizations.UpdateOrganization;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EgovExport.Api.Endpoints;

/// <summary>/api/v1/organizations — agencies, companies, foreign bodies, funders.</summary>
internal static class OrganizationsEndpoints
{
    public static void MapOrganizations(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/organizations").WithTags("Organizations");
        group.MapGet("/", ListOrganizations).WithName(nameof(ListOrganizations)).WithSummary("List organizations (filter by kind, country, size or text; paged).").Lists();
        group.MapGet("/{id:guid}", GetOrganization).WithName(nameof(GetOrganization)).WithSummary("Get one organization.").ReadsOne();
        group.MapPost("/", CreateOrganization).WithName(nameof(CreateOrganization)).WithSummary("Add an organization.").Creates();
        group.MapPut("/{id:guid}", UpdateOrganization).WithName(nameof(UpdateOrganization)).WithSummary("Change an organization (If-Match required).").Changes();
    }

    private static async Task<Ok<PagedResult<OrganizationDto>>> ListOrganizations([AsParameters] ListOrganizationsQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    private static async Task<Ok<OrganizationDto>> GetOrganization(Guid id, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var organization = await sender.Send(new GetOrganizationQuery(id), ct);
        return EndpointConventions.OkWithETag(response, organization, organization.Version);
    }

    private static async Task<Created<OrganizationDto>> CreateOrganization(CreateOrganizationCommand command, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var organization = await sender.Send(command, ct);
        return EndpointConventions.CreatedWithETag(response, $"/api/v1/organizations/{organization.Id}", organization, organization.Version);
    }

    private static async Task<Ok<OrganizationDto>> UpdateOrganization(Guid id, UpdateOrganizationCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var organization = await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequiredVersion(request) }, ct);
        return EndpointConventions.OkWithETag(response, organization, organization.Version);
    }
}
