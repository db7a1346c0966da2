using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Validation;
using EgovExport.Domain.Catalog;
using FluentValidation;

namespace EgovExport.Application.Solutions.Common;

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
