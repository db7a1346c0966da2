using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Concurrency;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Projects.Common;
using EgovExport.Domain.Access;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Projects.UpdateProject;

/// <summary>
/// Replaces the editable fields of a project (everything but stage, status, consortium and funding,
/// which have their own operations). Optional fields left out are cleared.
/// </summary>
[Requires(Permission.EditProjects)]
public sealed record UpdateProjectCommand(
    string? Title,
    string? CountryCode,
    Guid? LeadAgencyId,
    IReadOnlyList<Guid>? SolutionIds,
    decimal? EstimatedValueUsd,
    DateOnly? ExpectedDecisionOn,
    int? Probability = null,
    IReadOnlyList<string>? Tags = null,
    decimal? OriginalAmount = null,
    string? OriginalCurrency = null,
    Guid? FollowsProjectId = null) : VersionedChange<ProjectDto>, IProjectFields, ITargetsProject
{
    Guid ITargetsProject.ProjectId => Id;
}

public sealed class UpdateProjectValidator : AbstractValidator<UpdateProjectCommand>
{
    public UpdateProjectValidator(IReadStore store)
    {
        Include(new ProjectFieldsValidator(store));
        RuleFor(x => x.Probability).InclusiveBetween(0, 100);
    }
}

public sealed class UpdateProjectHandler(IWriteStore store, IClock clock, ProjectViewer viewer) : ICommandHandler<UpdateProjectCommand, ProjectDto>
{
    public async ValueTask<ProjectDto> Handle(UpdateProjectCommand command, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var project = await store.LoadForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        project.UpdateDetails(command.ToDetails(), command.Probability, now);
        if (command.FollowsProjectId != project.FollowsProjectId)
        {
            await store.LinkFollowOnAsync(project, command.FollowsProjectId, now, cancellationToken);
        }

        await store.SaveChangesAsync(cancellationToken);
        return await viewer.ViewAsync(project, cancellationToken);
    }
}
