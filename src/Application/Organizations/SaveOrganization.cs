using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Concurrency;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Common.Validation;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Organizations;

/// <summary>The fields an organization's create and update share.</summary>
public interface IOrganizationFields
{
    string? Name { get; }

    string? NameKo { get; }

    OrganizationKind? Kind { get; }

    string? CountryCode { get; }

    CompanySize? Size { get; }
}

/// <summary>Adds an organization (agency, company, foreign body, international organization, funding institution).</summary>
[Requires(Permission.WriteCatalog)]
public sealed record CreateOrganizationCommand(string? Name, string? NameKo, OrganizationKind? Kind, string? CountryCode, CompanySize? Size)
    : ICommand<OrganizationDto>, IOrganizationFields;

/// <summary>Changes an organization.</summary>
[Requires(Permission.WriteCatalog)]
public sealed record UpdateOrganizationCommand(string? Name, string? NameKo, OrganizationKind? Kind, string? CountryCode, CompanySize? Size) : VersionedChange<OrganizationDto>, IOrganizationFields;

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

public sealed class CreateOrganizationValidator : AbstractValidator<CreateOrganizationCommand>
{
    public CreateOrganizationValidator(IReadStore store) => Include(new OrganizationFieldsValidator(store));
}

public sealed class UpdateOrganizationValidator : AbstractValidator<UpdateOrganizationCommand>
{
    public UpdateOrganizationValidator(IReadStore store) => Include(new OrganizationFieldsValidator(store));
}

public sealed class CreateOrganizationHandler(IWriteStore store, IClock clock) : ICommandHandler<CreateOrganizationCommand, OrganizationDto>
{
    public async ValueTask<OrganizationDto> Handle(CreateOrganizationCommand command, CancellationToken cancellationToken)
    {
        var organization = Organization.Create(Guid.CreateVersion7(clock.Now.UtcNow), command.Name!, command.NameKo, command.Kind!.Value, command.CountryCode!, command.Size);
        store.Add(organization);
        await store.SaveChangesAsync(cancellationToken);
        return OrganizationDto.From(organization);
    }
}

public sealed class UpdateOrganizationHandler(IWriteStore store) : ICommandHandler<UpdateOrganizationCommand, OrganizationDto>
{
    public async ValueTask<OrganizationDto> Handle(UpdateOrganizationCommand command, CancellationToken cancellationToken)
    {
        var organization = (await store.FindOrganizationAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Organization", command.Id))
            .EnsureVersion(command.ExpectedVersion, "Organization");
        organization.Update(command.Name!, command.NameKo, command.Kind!.Value, command.CountryCode!, command.Size);
        await store.SaveChangesAsync(cancellationToken);
        return OrganizationDto.From(organization);
    }
}
