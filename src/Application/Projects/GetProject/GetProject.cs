using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Projects.Common;
using EgovExport.Domain.Access;
using Mediator;

namespace EgovExport.Application.Projects.GetProject;

[Requires(Permission.ReadProjects)]
public sealed record GetProjectQuery(Guid Id) : IQuery<ProjectDto>, ITargetsProject
{
    Guid ITargetsProject.ProjectId => Id;
}

/// <summary>
/// Reads one project untracked in one statement (its gate data, consortium and funding live in the
/// project's own row) and shapes it with the same mapping the commands answer with.
/// </summary>
public sealed class GetProjectHandler(IReadStore store, ProjectViewer viewer) : IQueryHandler<GetProjectQuery, ProjectDto>
{
    public async ValueTask<ProjectDto> Handle(GetProjectQuery query, CancellationToken cancellationToken)
    {
        var project = await store.FindProjectAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Project", query.Id);
        return await viewer.ViewAsync(project, cancellationToken);
    }
}
