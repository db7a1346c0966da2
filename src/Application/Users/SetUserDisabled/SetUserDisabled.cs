using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Concurrency;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Users.Common;
using EgovExport.Domain.Access;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Users.SetUserDisabled;

/// <summary>Disables or enables a user: a disabled user cannot sign in or refresh tokens.</summary>
[Requires(Permission.Administer)]
public sealed record SetUserDisabledCommand(bool? Disabled) : VersionedChange<UserDto>;

public sealed class SetUserDisabledValidator : AbstractValidator<SetUserDisabledCommand>
{
    public SetUserDisabledValidator() => RuleFor(x => x.Disabled).NotNull();
}

public sealed class SetUserDisabledHandler(IUserDirectory directory, ICurrentUser currentUser) : ICommandHandler<SetUserDisabledCommand, UserDto>
{
    public async ValueTask<UserDto> Handle(SetUserDisabledCommand command, CancellationToken cancellationToken)
    {
        if (command.Disabled == true && currentUser.Actor.Id == command.Id.ToString())
        {
            throw new ForbiddenAccessException("You cannot disable yourself; another administrator can.");
        }

        return await directory.SetDisabledAsync(command.Id, command.ExpectedVersion, command.Disabled!.Value, cancellationToken);
    }
}
