using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Validation;
using EgovExport.Domain.Catalog;
using FluentValidation;

namespace EgovExport.Application.Organizations.Common;

/// <summary>The fields an organization's create and update share.</summary>
public interface IOrganizationFields
{
    string? Name { get; }

    string? NameKo { get; }

    OrganizationKind? Kind { get; }

    string? CountryCode { get; }

    CompanySize? Size { get; }
}

public sealed class OrganizationFieldsValidator : AbstractValidator<IOrganizationFields>
{
    public OrganizationFieldsValidator(IReadStore store)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.NameKo).MaximumLength(200);
        RuleFor(x => x.Kind).NotNull();
        RuleFor(x => x.CountryCode).NotEmpty().Length(2).ExistingCountry(store);
        RuleFor(x => x.Size).Null().When(x => x.Kind is not null && x.Kind != OrganizationKind.KoreanCompany)
            .WithMessage("applies only to organizations of kind KoreanCompany.");
    }
}
