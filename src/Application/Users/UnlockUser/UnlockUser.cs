using EgovExport.Application.Common.Concurrency;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Users.Common;
using EgovExport.Domain.Access;
using Mediator;

namespace EgovExport.Application.Users.UnlockUser;

/// <summary>Ends a lockout after repeated failed sign-ins.</summary>
[Requires(Permission.Administer)]
public sealed record UnlockUserCommand : VersionedChange<UserDto>;

public sealed class UnlockUserHandler(IUserDirectory directory) : ICommandHandler<UnlockUserCommand, UserDto>
{
    public async ValueTask<UserDto> Handle(UnlockUserCommand command, CancellationToken cancellationToken) =>
        await directory.UnlockAsync(command.Id, command.ExpectedVersion, cancellationToken);
}
