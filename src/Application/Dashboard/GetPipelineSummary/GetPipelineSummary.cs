using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Dashboard.Common;
using EgovExport.Domain.Access;
using Mediator;

namespace EgovExport.Application.Dashboard.GetPipelineSummary;

/// <summary>
/// The open pipeline (projects Active or On hold) by stage: how many, their estimated value in US dollars,
/// and the weighted forecast (value × probability). Aggregated in the database over every project: a
/// company's staff see other companies' projects only as these figures (DOMAIN.md), never as rows.
/// </summary>
[Requires(Permission.ReadProjects)]
public sealed record GetPipelineSummaryQuery : IQuery<PipelineSummaryDto>;

public sealed class GetPipelineSummaryHandler(IReadStore store) : IQueryHandler<GetPipelineSummaryQuery, PipelineSummaryDto>
{
    public async ValueTask<PipelineSummaryDto> Handle(GetPipelineSummaryQuery query, CancellationToken cancellationToken) =>
        await PipelineTotals.ByStageAsync(store, PipelineTotals.Open(store.ProjectsForAggregates), cancellationToken);
}
