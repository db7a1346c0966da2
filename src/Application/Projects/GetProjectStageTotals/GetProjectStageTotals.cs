using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Dashboard.Common;
using EgovExport.Application.Projects.Common;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using EgovExport.Domain.Projects;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Projects.GetProjectStageTotals;

/// <summary>
/// The board's column heads: count, value and weighted value per stage of the projects the caller can
/// see, under the same filters as the list. (The dashboard's pipeline adds up every project instead.)
/// </summary>
[Requires(Permission.ReadProjects)]
public sealed record GetProjectStageTotalsQuery(
    ProjectStatus? Status = null,
    string? CountryCode = null,
    Region? Region = null,
    Guid? SolutionId = null,
    Guid? LeadAgencyId = null,
    string? Q = null) : IQuery<PipelineSummaryDto>, IProjectFilter
{
    Stage? IProjectFilter.Stage => null;

    Guid? IProjectFilter.FollowsProjectId => null;
}

public sealed class GetProjectStageTotalsValidator : AbstractValidator<GetProjectStageTotalsQuery>
{
    public GetProjectStageTotalsValidator()
    {
        RuleFor(q => q.CountryCode).Length(2);
        RuleFor(q => q.Q).MaximumLength(100);
    }
}

public sealed class GetProjectStageTotalsHandler(IReadStore store) : IQueryHandler<GetProjectStageTotalsQuery, PipelineSummaryDto>
{
    public async ValueTask<PipelineSummaryDto> Handle(GetProjectStageTotalsQuery query, CancellationToken cancellationToken) =>
        await PipelineTotals.ByStageAsync(store, ProjectFilters.Apply(store, store.Projects, query), cancellationToken);
}
