using System.Text.Json;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using EgovExport.Domain.Projects;
using Mediator;

namespace EgovExport.Application.Projects.GetProjectHistory;

/// <summary>A project's timeline: every stage transition, oldest first.</summary>
[Requires(Permission.ReadProjects)]
public sealed record GetProjectHistoryQuery(Guid Id) : IQuery<IReadOnlyList<TransitionDto>>, ITargetsProject
{
    Guid ITargetsProject.ProjectId => Id;
}

/// <summary>One move on the pipeline: from, to, when, who, why, whether it skipped a stage, and the gate data given.</summary>
public sealed record TransitionDto(Stage? From, Stage To, DateTime When, string Who, string? Reason, bool Skipped, JsonElement? GateData);

public sealed class GetProjectHistoryHandler(IReadStore store) : IQueryHandler<GetProjectHistoryQuery, IReadOnlyList<TransitionDto>>
{
    public async ValueTask<IReadOnlyList<TransitionDto>> Handle(GetProjectHistoryQuery query, CancellationToken cancellationToken)
    {
        var rows = await store.ToListAsync(
            store.Transitions.Where(t => t.ProjectId == query.Id).OrderBy(t => t.OccurredAt).ThenBy(t => t.Id)
                .Select(t => new { t.FromStage, t.ToStage, t.OccurredAt, t.By, t.Reason, t.Skipped, t.GateData }),
            cancellationToken);

        // A project always has its entry into Inquiry, so no rows means no project.
        if (rows.Count == 0)
        {
            throw new NotFoundException("Project", query.Id);
        }

        return rows.Select(t => new TransitionDto(
                t.FromStage, t.ToStage, t.OccurredAt, t.By, t.Reason, t.Skipped,
                t.GateData is null ? null : JsonDocument.Parse(t.GateData).RootElement.Clone()))
            .ToList();
    }
}
