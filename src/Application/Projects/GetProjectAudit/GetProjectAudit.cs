using System.Linq.Expressions;
using EgovExport.Application.Audit.Common;
using EgovExport.Application.Audit.ListAuditEntries;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using EgovExport.Domain.Auditing;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Projects.GetProjectAudit;

/// <summary>
/// One project's own changes from the audit trail, newest first unless sorted by <c>at</c>: for everyone
/// who may read the project, while the whole trail stays with administrators and analysts.
/// </summary>
[Requires(Permission.ReadProjects)]
public sealed record GetProjectAuditQuery(Guid Id, int Page = 1, int PageSize = PagingLimits.DefaultPageSize, string? Sort = null)
    : IQuery<PagedResult<AuditEntryDto>>, IPagedQuery, ITargetsProject
{
    Guid ITargetsProject.ProjectId => Id;
}

public sealed class GetProjectAuditValidator : AbstractValidator<GetProjectAuditQuery>
{
    public GetProjectAuditValidator() =>
        Include(new PagedQueryValidator<GetProjectAuditQuery>(ListAuditEntriesValidator.SortFields.Keys.ToList()));
}

public sealed class GetProjectAuditHandler(IReadStore store) : IQueryHandler<GetProjectAuditQuery, PagedResult<AuditEntryDto>>
{
    public const string RecordType = "Project";

    public async ValueTask<PagedResult<AuditEntryDto>> Handle(GetProjectAuditQuery query, CancellationToken cancellationToken)
    {
        var id = query.Id.ToString();
        var entries = store.AuditEntries.Where(a => a.RecordType == RecordType && a.RecordId == id);
        var page = await store.ToPageAsync(entries, query, ListAuditEntriesValidator.SortFields, "-at", a => a.Id, Identity, cancellationToken);
        if (page.TotalCount == 0 && !await store.AnyAsync(store.Projects.Where(p => p.Id == query.Id), cancellationToken))
        {
            throw new NotFoundException("Project", query.Id);
        }

        return new PagedResult<AuditEntryDto>(page.Items.Select(AuditEntryDto.From).ToList(), page.Page, page.PageSize, page.TotalCount);
    }

    private static readonly Expression<Func<AuditEntry, AuditEntry>> Identity = a => a;
}
