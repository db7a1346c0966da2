using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Organizations.Common;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Organizations.CreateOrganization;

/// <summary>Adds an organization (agency, company, foreign body, international organization, funding institution).</summary>
[Requires(Permission.WriteCatalog)]
public sealed record CreateOrganizationCommand(string? Name, string? NameKo, OrganizationKind? Kind, string? CountryCode, CompanySize? Size)
    : ICommand<OrganizationDto>, IOrganizationFields;

public sealed class CreateOrganizationValidator : AbstractValidator<CreateOrganizationCommand>
{
    public CreateOrganizationValidator(IReadStore store) => Include(new OrganizationFieldsValidator(store));
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
