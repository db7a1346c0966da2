using EgovExport.Application.ApiClients.Common;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using Mediator;

namespace EgovExport.Application.ApiClients.RevokeApiClient;

/// <summary>Removes a client and revokes its tokens; it can no longer get new ones.</summary>
[Requires(Permission.Administer)]
public sealed record RevokeApiClientCommand(string ClientId) : ICommand;

public sealed class RevokeApiClientHandler(IApiClientRegistry registry) : ICommandHandler<RevokeApiClientCommand>
{
    public async ValueTask<Unit> Handle(RevokeApiClientCommand command, CancellationToken cancellationToken)
    {
        await ApiClientChecks.ManagedThroughApiAsync(registry, command.ClientId, cancellationToken);
        await registry.RevokeAsync(command.ClientId, cancellationToken);
        return Unit.Value;
    }
}
