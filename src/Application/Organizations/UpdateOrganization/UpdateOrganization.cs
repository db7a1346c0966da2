using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Concurrency;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Organizations.Common;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Organizations.UpdateOrganization;

/// <summary>Changes an organization.</summary>
[Requires(Permission.WriteCatalog)]
public sealed record UpdateOrganizationCommand(string? Name, string? NameKo, OrganizationKind? Kind, string? CountryCode, CompanySize? Size) : VersionedChange<OrganizationDto>, IOrganizationFields;

public sealed class UpdateOrganizationValidator : AbstractValidator<UpdateOrganizationCommand>
{
    public UpdateOrganizationValidator(IReadStore store) => Include(new OrganizationFieldsValidator(store));
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
