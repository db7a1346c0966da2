using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Concurrency;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Users.Common;
using EgovExport.Domain.Access;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Users.UpdateUser;

[Requires(Permission.Administer)]
public sealed record UpdateUserCommand(string? DisplayName, IReadOnlyList<Role>? Roles, Guid? OrganizationId = null) : VersionedChange<UserDto>, IUserFields;

public sealed class UpdateUserValidator : AbstractValidator<UpdateUserCommand>
{
    public UpdateUserValidator(IReadStore store) => Include(new UserFieldsValidator(store));
}

public sealed class UpdateUserHandler(IUserDirectory directory, IReadStore store, ICurrentUser currentUser) : ICommandHandler<UpdateUserCommand, UserDto>
{
    public async ValueTask<UserDto> Handle(UpdateUserCommand command, CancellationToken cancellationToken)
    {
        var changes = await UserChecks.ChangesAsync(command, store, cancellationToken);
        if (currentUser.Actor.Id == command.Id.ToString() && !changes.Roles.Contains(Role.Administrator))
        {
            throw new ForbiddenAccessException("You cannot take the Administrator role from yourself; another administrator can.");
        }

        return await directory.UpdateAsync(command.Id, command.ExpectedVersion, changes, cancellationToken);
    }
}
