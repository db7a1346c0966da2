using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Projects.Common;
using EgovExport.Domain.Access;
using EgovExport.Domain.Projects;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Projects.CreateProject;

/// <summary>Opens a new export project in the Inquiry stage; the inquiry is its gate data.</summary>
[Requires(Permission.CreateProjects)]
public sealed record CreateProjectCommand(
    string? Title,
    string? CountryCode,
    Guid? LeadAgencyId,
    IReadOnlyList<Guid>? SolutionIds,
    decimal? EstimatedValueUsd,
    DateOnly? ExpectedDecisionOn,
    InquiryInput? Inquiry,
    IReadOnlyList<string>? Tags = null,
    decimal? OriginalAmount = null,
    string? OriginalCurrency = null,
    Guid? FollowsProjectId = null) : ICommand<ProjectDto>, IProjectFields;

public sealed class CreateProjectValidator : AbstractValidator<CreateProjectCommand>
{
    public CreateProjectValidator(IReadStore store)
    {
        Include(new ProjectFieldsValidator(store));
        RuleFor(x => x.Inquiry).NotNull().SetValidator(new InquiryInputValidator(store)!);
    }
}

public sealed class CreateProjectHandler(IWriteStore store, IClock clock, ICurrentUser user, ProjectViewer viewer) : ICommandHandler<CreateProjectCommand, ProjectDto>
{
    private const int Attempts = 3;

    public async ValueTask<ProjectDto> Handle(CreateProjectCommand command, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var details = command.ToDetails();
        var inquiry = command.Inquiry!.ToDomain(details.SolutionIds is { Count: > 0 }, now.Today);

        // Codes are numbered per year; two creates at the same moment may pick the same number, so the
        // unique index decides and the loser takes the next one.
        for (var attempt = 1; ; attempt++)
        {
            var code = ProjectCode.Next(now.UtcNow.Year, await store.LastProjectCodeAsync(now.UtcNow.Year, cancellationToken));
            var project = ExportProject.Open(
                Guid.CreateVersion7(now.UtcNow), code, details, inquiry, user.Name, now, user.Actor.Kind == ActorKind.User ? user.Actor.Id : null);
            if (command.FollowsProjectId is not null)
            {
                await store.LinkFollowOnAsync(project, command.FollowsProjectId, now, cancellationToken);
            }

            store.Add(project);
            try
            {
                await store.SaveChangesAsync(cancellationToken);
                return await viewer.ViewAsync(project, cancellationToken);
            }
            catch (DuplicateKeyException) when (attempt < Attempts)
            {
                store.Detach(project);
            }
        }
    }
}

/// <summary>Project codes: <c>EXP-YYYY-NNNN</c>, numbered from 1 within each year.</summary>
public static class ProjectCode
{
    public static string Format(int year, int number) => $"EXP-{year:D4}-{number:D4}";

    public static string Next(int year, string? last)
    {
        var number = last is { Length: > 9 } && int.TryParse(last.AsSpan(9), out var n) ? n + 1 : 1;
        return Format(year, number);
    }
}
