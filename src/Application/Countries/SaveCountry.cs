using System.Text.Json.Serialization;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Concurrency;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Countries;

/// <summary>Adds a country to the reference data.</summary>
[Requires(Permission.WriteCatalog)]
public sealed record CreateCountryCommand(string? Code, string? Alpha3, string? Name, string? NameKo, Region? Region) : ICommand<CountryDto>, ICountryFields;

/// <summary>Changes a country's names, alpha-3 code or region (the alpha-2 code is its identity).</summary>
[Requires(Permission.WriteCatalog)]
public sealed record UpdateCountryCommand(string? Alpha3, string? Name, string? NameKo, Region? Region) : ICommand<CountryDto>, ICountryFields, IVersionedCommand
{
    [JsonIgnore]
    public string Code { get; init; } = "";

    [JsonIgnore]
    public long ExpectedVersion { get; init; }
}

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

public sealed class CreateCountryValidator : AbstractValidator<CreateCountryCommand>
{
    public CreateCountryValidator()
    {
        RuleFor(x => x.Code).NotEmpty().Matches("^[A-Za-z]{2}$").WithMessage("must be a two-letter ISO 3166-1 alpha-2 code.");
        Include(new CountryFieldsValidator());
    }
}

public sealed class UpdateCountryValidator : AbstractValidator<UpdateCountryCommand>
{
    public UpdateCountryValidator() => Include(new CountryFieldsValidator());
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

public sealed class UpdateCountryHandler(IWriteStore store) : ICommandHandler<UpdateCountryCommand, CountryDto>
{
    public async ValueTask<CountryDto> Handle(UpdateCountryCommand command, CancellationToken cancellationToken)
    {
        var country = (await store.FindCountryAsync(command.Code.ToUpperInvariant(), cancellationToken)
                       ?? throw new NotFoundException("Country", command.Code))
            .EnsureVersion(command.ExpectedVersion, "Country");
        country.Update(command.Alpha3!, command.Name!, command.NameKo!, command.Region!.Value);
        await store.SaveChangesAsync(cancellationToken);
        return CountryDto.From(country);
    }
}
