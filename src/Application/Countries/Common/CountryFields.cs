using EgovExport.Domain.Catalog;
using FluentValidation;

namespace EgovExport.Application.Countries.Common;

/// <summary>The fields a country's create and update share.</summary>
public interface ICountryFields
{
    string? Alpha3 { get; }

    string? Name { get; }

    string? NameKo { get; }

    Region? Region { get; }
}

public sealed class CountryFieldsValidator : AbstractValidator<ICountryFields>
{
    public CountryFieldsValidator()
    {
        RuleFor(x => x.Alpha3).NotEmpty().Matches("^[A-Za-z]{3}$").WithMessage("must be a three-letter ISO 3166-1 alpha-3 code.");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.NameKo).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Region).NotNull();
    }
}
