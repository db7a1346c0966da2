using System.Linq.Expressions;
using EgovExport.Application.Audit.Common;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using EgovExport.Domain.Auditing;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Audit.ListAuditEntries;

/// <summary>
/// The audit trail, newest first unless sorted otherwise: filter by record (type and id), by actor (id or
/// name), by action and by a time span [from, to). One record's whole history is
/// <c>recordType</c> + <c>recordId</c> with <c>sort=at</c>.
/// </summary>
[Requires(Permission.ReadAudit)]
public sealed record ListAuditEntriesQuery(
    int Page = 1,
    int PageSize = PagingLimits.DefaultPageSize,
    string? Sort = null,
    string? RecordType = null,
    string? RecordId = null,
    string? Actor = null,
    AuditAction? Action = null,
    DateTime? From = null,
    DateTime? To = null) : IQuery<PagedResult<AuditEntryDto>>, IPagedQuery;

public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public static readonly IReadOnlyDictionary<string, Expression<Func<AuditEntry, object?>>> SortFields =
        new Dictionary<string, Expression<Func<AuditEntry, object?>>>
        {
            ["at"] = a => a.At,
        };

    public ListAuditEntriesValidator()
    {
        Include(new PagedQueryValidator<ListAuditEntriesQuery>(SortFields.Keys.ToList()));
        RuleFor(q => q.RecordType).MaximumLength(40);
        RuleFor(q => q.RecordId).MaximumLength(100);
        RuleFor(q => q.Actor).MaximumLength(256);
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("must be after from.");
    }
}

public sealed class ListAuditEntriesHandler(IReadStore store) : IQueryHandler<ListAuditEntriesQuery, PagedResult<AuditEntryDto>>
{
    public async ValueTask<PagedResult<AuditEntryDto>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var entries = store.AuditEntries;
        if (!string.IsNullOrWhiteSpace(query.RecordType))
        {
            var type = query.RecordType.Trim();
            entries = entries.Where(a => a.RecordType == type);
        }

        if (!string.IsNullOrWhiteSpace(query.RecordId))
        {
            var id = query.RecordId.Trim();
            entries = entries.Where(a => a.RecordId == id);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim();
            entries = entries.Where(a => a.ActorId == actor || a.ActorName == actor);
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(a => a.Action == action);
        }

        if (query.From is { } from)
        {
            var f = from.ToUniversalTime();
            entries = entries.Where(a => a.At >= f);
        }

        if (query.To is { } to)
        {
            var t = to.ToUniversalTime();
            entries = entries.Where(a => a.At < t);
        }

        var page = await store.ToPageAsync(entries, query, ListAuditEntriesValidator.SortFields, "-at", a => a.Id, a => a, cancellationToken);
        return new PagedResult<AuditEntryDto>(page.Items.Select(AuditEntryDto.From).ToList(), page.Page, page.PageSize, page.TotalCount);
    }
}
