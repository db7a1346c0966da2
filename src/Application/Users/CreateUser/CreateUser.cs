using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Users.Common;
using EgovExport.Domain.Access;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Users.CreateUser;

/// <summary>
/// Creates a user. With a password the user can sign in at once; without one the answer carries an
/// invitation token (shown once) with which the user sets a password on the sign-in page.
/// </summary>
[Requires(Permission.Administer)]
public sealed record CreateUserCommand(string? Email, string? DisplayName, IReadOnlyList<Role>? Roles, Guid? OrganizationId = null, string? Password = null)
    : ICommand<CreatedUserDto>, IUserFields;

/// <summary>The new user and, when no password was given, the invitation token (shown only in this answer).</summary>
public sealed record CreatedUserDto(UserDto User, string? InvitationToken);

public sealed class CreateUserValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserValidator(IReadStore store)
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(x => x.Password).MaximumLength(200);
        Include(new UserFieldsValidator(store));
    }
}

public sealed class CreateUserHandler(IUserDirectory directory, IReadStore store) : ICommandHandler<CreateUserCommand, CreatedUserDto>
{
    public async ValueTask<CreatedUserDto> Handle(CreateUserCommand command, CancellationToken cancellationToken)
    {
        var changes = await UserChecks.ChangesAsync(command, store, cancellationToken);
        var created = await directory.CreateAsync(command.Email!.Trim(), command.Password, changes, cancellationToken);
        return new CreatedUserDto(created.User, created.InvitationToken);
    }
}
