using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Concurrency;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Projects.Common;
using EgovExport.Domain.Access;
using EgovExport.Domain.Projects;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Projects.MoveProject;

/// <summary>
/// Moves a project to another stage. Forward moves carry the target stage's gate data (exactly one of
/// consulting, mou, contract, maintenance); skipping a stage needs a skipReason, moving back a reason.
/// </summary>
[Requires(Permission.EditProjects)]
public sealed record MoveProjectCommand(
    Stage? ToStage,
    string? Reason = null,
    string? SkipReason = null,
    ConsultingInput? Consulting = null,
    MouInput? Mou = null,
    ContractInput? Contract = null,
    MaintenanceInput? Maintenance = null) : VersionedChange<ProjectDto>, ITargetsProject
{
    Guid ITargetsProject.ProjectId => Id;

    public StageMove ToDomain(DateOnly today) => new(
        ToStage!.Value, Reason, SkipReason, Consulting?.ToDomain(), Mou?.ToDomain(today), Contract?.ToDomain(), Maintenance?.ToDomain());
}

public sealed class MoveProjectValidator : AbstractValidator<MoveProjectCommand>
{
    public MoveProjectValidator(IReadStore store)
    {
        RuleFor(x => x.ToStage).NotNull();
        RuleFor(x => x.Reason).MaximumLength(1000);
        RuleFor(x => x.SkipReason).MaximumLength(1000);
        RuleFor(x => x.Consulting).SetValidator(new ConsultingInputValidator()!);
        RuleFor(x => x.Mou).SetValidator(new MouInputValidator()!);
        RuleFor(x => x.Contract).SetValidator(new ContractInputValidator(store)!);
        RuleFor(x => x.Maintenance).SetValidator(new MaintenanceInputValidator()!);
    }
}

public sealed class MoveProjectHandler(IWriteStore store, IClock clock, ICurrentUser user, ProjectViewer viewer) : ICommandHandler<MoveProjectCommand, ProjectDto>
{
    public async ValueTask<ProjectDto> Handle(MoveProjectCommand command, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var project = await store.LoadForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        project.MoveTo(command.ToDomain(now.Today), user.Name, now);
        await store.SaveChangesAsync(cancellationToken);
        return await viewer.ViewAsync(project, cancellationToken);
    }
}
