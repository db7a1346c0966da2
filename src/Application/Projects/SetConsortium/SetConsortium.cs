using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Concurrency;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Common.Validation;
using EgovExport.Application.Projects.Common;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using EgovExport.Domain.Projects;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Projects.SetConsortium;

/// <summary>Replaces a project's consortium: members with role and share; shares add up to at most 100.</summary>
[Requires(Permission.EditProjects)]
public sealed record SetConsortiumCommand(IReadOnlyList<ConsortiumMemberInput>? Members) : VersionedChange<ProjectDto>, ITargetsProject
{
    Guid ITargetsProject.ProjectId => Id;
}

public sealed class SetConsortiumValidator : AbstractValidator<SetConsortiumCommand>
{
    public SetConsortiumValidator(IReadStore store)
    {
        RuleFor(x => x.Members).Cascade(CascadeMode.Stop).NotNull().Must(m => m!.Count <= 50).WithMessage("at most 50 members.");
        RuleForEach(x => x.Members).SetValidator(new ConsortiumMemberInputValidator(store));
    }
}

public sealed class ConsortiumMemberInputValidator : AbstractValidator<ConsortiumMemberInput>
{
    public ConsortiumMemberInputValidator(IReadStore store)
    {
        RuleFor(m => m.OrganizationId).NotNull().ExistingOrganization(store);
        RuleFor(m => m.Role).NotNull();
        RuleFor(m => m.SharePercent).NotNull();
    }
}

public sealed class SetConsortiumHandler(IWriteStore store, IReadStore read, IClock clock, ProjectViewer viewer) : ICommandHandler<SetConsortiumCommand, ProjectDto>
{
    public async ValueTask<ProjectDto> Handle(SetConsortiumCommand command, CancellationToken cancellationToken)
    {
        var project = await store.LoadForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        var ids = command.Members!.Select(m => m.OrganizationId!.Value).ToList();
        var smes = await read.ToListAsync(
            read.Organizations.Where(o => ids.Contains(o.Id) && o.Kind == OrganizationKind.KoreanCompany && o.Size == CompanySize.Sme).Select(o => o.Id),
            cancellationToken);
        var members = command.Members!
            .Select((m, i) => ConsortiumMember.Create(m.OrganizationId!.Value, m.Role!.Value, m.SharePercent!.Value, smes.Contains(m.OrganizationId.Value), i))
            .ToList();
        project.SetConsortium(members, clock.Now);
        await store.SaveChangesAsync(cancellationToken);
        return await viewer.ViewAsync(project, cancellationToken);
    }
}
