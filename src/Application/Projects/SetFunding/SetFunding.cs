using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Concurrency;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Projects.Common;
using EgovExport.Domain.Access;
using EgovExport.Domain.Projects;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Projects.SetFunding;

/// <summary>Replaces a project's funding sources. Once a contract is signed they must still cover its value.</summary>
[Requires(Permission.EditProjects)]
public sealed record SetFundingCommand(IReadOnlyList<FundingSourceInput>? Sources) : VersionedChange<ProjectDto>, ITargetsProject
{
    Guid ITargetsProject.ProjectId => Id;
}

public sealed class SetFundingValidator : AbstractValidator<SetFundingCommand>
{
    public SetFundingValidator()
    {
        RuleFor(x => x.Sources).Cascade(CascadeMode.Stop).NotNull().Must(s => s!.Count <= 50).WithMessage("at most 50 sources.");
        RuleForEach(x => x.Sources).SetValidator(new FundingSourceInputValidator());
    }
}

public sealed class FundingSourceInputValidator : AbstractValidator<FundingSourceInput>
{
    public FundingSourceInputValidator()
    {
        RuleFor(s => s.Source).NotNull();
        RuleFor(s => s.Amount).NotNull().LessThanOrEqualTo(Limits.MaxAmount);
    }
}

public sealed class SetFundingHandler(IWriteStore store, IClock clock, ProjectViewer viewer) : ICommandHandler<SetFundingCommand, ProjectDto>
{
    public async ValueTask<ProjectDto> Handle(SetFundingCommand command, CancellationToken cancellationToken)
    {
        var project = await store.LoadForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        var sources = command.Sources!.Select((s, i) => FundingSource.Create(s.Source!.Value, s.Amount!.Value, i)).ToList();
        project.SetFunding(sources, clock.Now);
        await store.SaveChangesAsync(cancellationToken);
        return await viewer.ViewAsync(project, cancellationToken);
    }
}
