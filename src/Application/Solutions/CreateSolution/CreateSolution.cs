using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Solutions.Common;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Solutions.CreateSolution;

/// <summary>Adds a solution to the standardized catalog.</summary>
[Requires(Permission.WriteCatalog)]
public sealed record CreateSolutionCommand(string? Code, string? Name, string? NameKo, SolutionCategory? Category, Guid? OwningAgencyId, string? Description)
    : ICommand<SolutionDto>, ISolutionFields;

public sealed class CreateSolutionValidator : AbstractValidator<CreateSolutionCommand>
{
    public CreateSolutionValidator(IReadStore store)
    {
        Include(new SolutionFieldsValidator(store));
        RuleFor(x => x.Code)
            .MustAsync(async (code, ct) =>
            {
                // Codes are stored upper-cased, culture-invariantly (Solution.Create).
                var stored = code!.ToUpperInvariant();
                return !await store.AnyAsync(store.Solutions.Where(s => s.Code == stored), ct);
            })
            .When(x => !string.IsNullOrWhiteSpace(x.Code))
            .WithMessage("'{PropertyValue}' is already in the catalog.");
    }
}

public sealed class CreateSolutionHandler(IWriteStore store, IClock clock) : ICommandHandler<CreateSolutionCommand, SolutionDto>
{
    public async ValueTask<SolutionDto> Handle(CreateSolutionCommand command, CancellationToken cancellationToken)
    {
        var solution = Solution.Create(Guid.CreateVersion7(clock.Now.UtcNow), command.Code!, command.Name!, command.NameKo, command.Category!.Value, command.OwningAgencyId, command.Description);
        store.Add(solution);
        await store.SaveChangesAsync(cancellationToken);
        return SolutionDto.From(solution);
    }
}
