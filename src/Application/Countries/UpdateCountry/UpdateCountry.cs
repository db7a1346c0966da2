using System.Text.Json.Serialization;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Concurrency;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Countries.Common;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Countries.UpdateCountry;

/// <summary>Changes a country's names, alpha-3 code or region (the alpha-2 code is its identity).</summary>
[Requires(Permission.WriteCatalog)]
public sealed record UpdateCountryCommand(string? Alpha3, string? Name, string? NameKo, Region? Region) : ICommand<CountryDto>, ICountryFields, IVersionedCommand
{
    [JsonIgnore]
    public string Code { get; init; } = "";

    [JsonIgnore]
    public long ExpectedVersion { get; init; }
}

public sealed class UpdateCountryValidator : AbstractValidator<UpdateCountryCommand>
{
    public UpdateCountryValidator() => Include(new CountryFieldsValidator());
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
