using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Organizations.Common;
using EgovExport.Domain.Access;
using Mediator;

namespace EgovExport.Application.Organizations.GetOrganization;

[Requires(Permission.ReadCatalog)]
public sealed record GetOrganizationQuery(Guid Id) : IQuery<OrganizationDto>;

public sealed class GetOrganizationHandler(IReadStore store) : IQueryHandler<GetOrganizationQuery, OrganizationDto>
{
    public async ValueTask<OrganizationDto> Handle(GetOrganizationQuery query, CancellationToken cancellationToken) =>
        await store.FirstOrDefaultAsync(store.Organizations.Where(o => o.Id == query.Id).Select(OrganizationDto.Projection), cancellationToken)
        ?? throw new NotFoundException("Organization", query.Id);
}
