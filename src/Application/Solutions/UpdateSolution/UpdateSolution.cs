using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Concurrency;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Solutions.Common;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Solutions.UpdateSolution;

/// <summary>Changes a solution of the catalog.</summary>
[Requires(Permission.WriteCatalog)]
public sealed record UpdateSolutionCommand(string? Code, string? Name, string? NameKo, SolutionCategory? Category, Guid? OwningAgencyId, string? Description) : VersionedChange<SolutionDto>, ISolutionFields;

public sealed class UpdateSolutionValidator : AbstractValidator<UpdateSolutionCommand>
{
    public UpdateSolutionValidator(IReadStore store)
    {
        Include(new SolutionFieldsValidator(store));
        RuleFor(x => x.Code)
            .MustAsync(async (command, code, ct) =>
            {
                // Codes are stored upper-cased, culture-invariantly (Solution.Update).
                var stored = code!.ToUpperInvariant();
                return !await store.AnyAsync(store.Solutions.Where(s => s.Code == stored && s.Id != command.Id), ct);
            })
            .When(x => !string.IsNullOrWhiteSpace(x.Code))
            .WithMessage("'{PropertyValue}' is already in the catalog.");
    }
}

public sealed class UpdateSolutionHandler(IWriteStore store) : ICommandHandler<UpdateSolutionCommand, SolutionDto>
{
    public async ValueTask<SolutionDto> Handle(UpdateSolutionCommand command, CancellationToken cancellationToken)
    {
        var solution = (await store.FindSolutionAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Solution", command.Id))
            .EnsureVersion(command.ExpectedVersion, "Solution");
        solution.Update(command.Code!, command.Name!, command.NameKo, command.Category!.Value, command.OwningAgencyId, command.Description);
        await store.SaveChangesAsync(cancellationToken);
        return SolutionDto.From(solution);
    }
}
