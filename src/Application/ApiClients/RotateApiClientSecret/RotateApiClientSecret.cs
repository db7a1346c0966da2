using EgovExport.Application.ApiClients.Common;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using Mediator;

namespace EgovExport.Application.ApiClients.RotateApiClientSecret;

/// <summary>Issues a new secret; the old one stops working at once. The answer shows the new secret once.</summary>
[Requires(Permission.Administer)]
public sealed record RotateApiClientSecretCommand(string ClientId) : ICommand<ApiClientWithSecretDto>;

public sealed class RotateApiClientSecretHandler(IApiClientRegistry registry) : ICommandHandler<RotateApiClientSecretCommand, ApiClientWithSecretDto>
{
    public async ValueTask<ApiClientWithSecretDto> Handle(RotateApiClientSecretCommand command, CancellationToken cancellationToken)
    {
        await ApiClientChecks.ManagedThroughApiAsync(registry, command.ClientId, cancellationToken);
        return await registry.RotateSecretAsync(command.ClientId, cancellationToken);
    }
}
