using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Countries.Common;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Countries.CreateCountry;

/// <summary>Adds a country to the reference data.</summary>
[Requires(Permission.WriteCatalog)]
public sealed record CreateCountryCommand(string? Code, string? Alpha3, string? Name, string? NameKo, Region? Region) : ICommand<CountryDto>, ICountryFields;

public sealed class CreateCountryValidator : AbstractValidator<CreateCountryCommand>
{
    public CreateCountryValidator()
    {
        RuleFor(x => x.Code).NotEmpty().Matches("^[A-Za-z]{2}$").WithMessage("must be a two-letter ISO 3166-1 alpha-2 code.");
        Include(new CountryFieldsValidator());
    }
}

public sealed class CreateCountryHandler(IWriteStore store) : ICommandHandler<CreateCountryCommand, CountryDto>
{
    public async ValueTask<CountryDto> Handle(CreateCountryCommand command, CancellationToken cancellationToken)
    {
        var code = command.Code!.ToUpperInvariant();
        if (await store.FindCountryAsync(code, cancellationToken) is not null)
        {
            throw RequestValidationException.For("code", $"country {code} already exists.");
        }

        var country = Country.Create(code, command.Alpha3!, command.Name!, command.NameKo!, command.Region!.Value);
        store.Add(country);
        await store.SaveChangesAsync(cancellationToken);
        return CountryDto.From(country);
    }
}
