using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Concurrency;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Common.Validation;
using EgovExport.Application.Projects.Common;
using EgovExport.Domain.Access;
using EgovExport.Domain.Projects;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Projects.ChangeProjectStatus;

/// <summary>
/// Puts a project on hold, closes it (Lost, Withdrawn, or Completed from Maintenance) or reopens it
/// (Active). A reason is required for Lost, Withdrawn and reopening.
/// </summary>
[Requires(Permission.EditProjects)]
public sealed record ChangeProjectStatusCommand(ProjectStatus? Status, string? Reason = null, LossReason? LossReason = null, string? LostToCountryCode = null) : VersionedChange<ProjectDto>, ITargetsProject
{
    Guid ITargetsProject.ProjectId => Id;
}

public sealed class ChangeProjectStatusValidator : AbstractValidator<ChangeProjectStatusCommand>
{
    public ChangeProjectStatusValidator(IReadStore store)
    {
        RuleFor(x => x.Status).NotNull();
        RuleFor(x => x.Reason).MaximumLength(1000);
        RuleFor(x => x.LostToCountryCode).Length(2).ExistingCountry(store);
    }
}

public sealed class ChangeProjectStatusHandler(IWriteStore store, IClock clock, ICurrentUser user, ProjectViewer viewer) : ICommandHandler<ChangeProjectStatusCommand, ProjectDto>
{
    public async ValueTask<ProjectDto> Handle(ChangeProjectStatusCommand command, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var project = await store.LoadForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        project.ChangeStatus(command.Status!.Value, command.Reason, command.LossReason, command.LostToCountryCode, user.Name, now);
        await store.SaveChangesAsync(cancellationToken);
        return await viewer.ViewAsync(project, cancellationToken);
    }
}
