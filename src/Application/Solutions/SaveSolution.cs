using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Concurrency;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Common.Validation;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Solutions;

/// <summary>The fields a solution's create and update share.</summary>
public interface ISolutionFields
{
    string? Code { get; }

    string? Name { get; }

    string? NameKo { get; }

    SolutionCategory? Category { get; }

    Guid? OwningAgencyId { get; }

    string? Description { get; }
}

/// <summary>Adds a solution to the standardized catalog.</summary>
[Requires(Permission.WriteCatalog)]
public sealed record CreateSolutionCommand(string? Code, string? Name, string? NameKo, SolutionCategory? Category, Guid? OwningAgencyId, string? Description)
    : ICommand<SolutionDto>, ISolutionFields;

/// <summary>Changes a solution of the catalog.</summary>
[Requires(Permission.WriteCatalog)]
public sealed record UpdateSolutionCommand(string? Code, string? Name, string? NameKo, SolutionCategory? Category, Guid? OwningAgencyId, string? Description) : VersionedChange<SolutionDto>, ISolutionFields;

public sealed class SolutionFieldsValidator : AbstractValidator<ISolutionFields>
{
    public SolutionFieldsValidator(IReadStore store)
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(20).Matches("^[A-Za-z0-9-]+$").WithMessage("may hold only letters, digits and '-'.");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.NameKo).MaximumLength(200);
        RuleFor(x => x.Category).NotNull();
        RuleFor(x => x.OwningAgencyId).ExistingOrganization(store);
        RuleFor(x => x.Description).MaximumLength(2000);
    }
}

public sealed class CreateSolutionValidator : AbstractValidator<CreateSolutionCommand>
{
    public CreateSolutionValidator(IReadStore store)
    {
        Include(new SolutionFieldsValidator(store));
        RuleFor(x => x.Code)
            .MustAsync(async (code, ct) => !await store.AnyAsync(store.Solutions.Where(s => s.Code == code!.ToUpper()), ct))
            .When(x => !string.IsNullOrWhiteSpace(x.Code))
            .WithMessage("'{PropertyValue}' is already in the catalog.");
    }
}

public sealed class UpdateSolutionValidator : AbstractValidator<UpdateSolutionCommand>
{
    public UpdateSolutionValidator(IReadStore store)
    {
        Include(new SolutionFieldsValidator(store));
        RuleFor(x => x.Code)
            .MustAsync(async (command, code, ct) => !await store.AnyAsync(store.Solutions.Where(s => s.Code == code!.ToUpper() && s.Id != command.Id), ct))
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
