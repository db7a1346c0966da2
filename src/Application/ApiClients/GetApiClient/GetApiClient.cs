using EgovExport.Application.ApiClients.Common;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using Mediator;

namespace EgovExport.Application.ApiClients.GetApiClient;

[Requires(Permission.Administer)]
public sealed record GetApiClientQuery(string ClientId) : IQuery<ApiClientDto>;

public sealed class GetApiClientHandler(IApiClientRegistry registry) : IQueryHandler<GetApiClientQuery, ApiClientDto>
{
    public async ValueTask<ApiClientDto> Handle(GetApiClientQuery query, CancellationToken cancellationToken) =>
        await registry.FindAsync(query.ClientId, cancellationToken) ?? throw new NotFoundException("API client", query.ClientId);
}
