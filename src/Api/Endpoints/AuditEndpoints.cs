using EgovExport.Application.Audit.Common;
using EgovExport.Application.Audit.ListAuditEntries;
using EgovExport.Application.Common.Paging;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EgovExport.Api.Endpoints;

/// <summary>/api/v1/audit — every change on record (administrators, analysts, clients with audit:read). Read-only: no route changes it.</summary>
internal static class AuditEndpoints
{
    public static void MapAudit(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit");
        group.MapGet("/", ListAuditEntries).WithName(nameof(ListAuditEntries))
            .WithSummary("The audit trail, newest first: filter by recordType and recordId, actor, action and a time span [from, to); paged.").Lists();
        group.MapGet("/{recordType}/{recordId}", GetRecordHistory).WithName(nameof(GetRecordHistory))
            .WithSummary("One record's whole history, oldest first (e.g. /audit/Project/{id}); paged.").Lists();
    }

    private static async Task<Ok<PagedResult<AuditEntryDto>>> ListAuditEntries([AsParameters] ListAuditEntriesQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    private static async Task<Ok<PagedResult<AuditEntryDto>>> GetRecordHistory(
        string recordType, string recordId, ISender sender, CancellationToken ct, int page = 1, int pageSize = PagingLimits.MaxPageSize) =>
        TypedResults.Ok(await sender.Send(new ListAuditEntriesQuery(page, pageSize, "at", recordType, recordId), ct));
}
