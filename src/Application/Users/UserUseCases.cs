using System.Linq.Expressions;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Concurrency;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using EgovExport.Domain.Common;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Users;

/// <summary>Users, filtered by role, organization, status and text in e-mail or name.</summary>
[Requires(Permission.Administer)]
public sealed record ListUsersQuery(
    int Page = 1,
    int PageSize = PagingLimits.DefaultPageSize,
    string? Sort = null,
    Role? Role = null,
    Guid? OrganizationId = null,
    bool? Disabled = null,
    string? Q = null) : IQuery<PagedResult<UserDto>>, IPagedQuery;

public sealed class ListUsersValidator : AbstractValidator<ListUsersQuery>
{
    public static readonly IReadOnlyDictionary<string, Expression<Func<UserDto, object?>>> SortFields =
        new Dictionary<string, Expression<Func<UserDto, object?>>>
        {
            ["email"] = u => u.Email,
            ["displayName"] = u => u.DisplayName,
            ["createdAt"] = u => u.CreatedAt,
        };

    public ListUsersValidator()
    {
        Include(new PagedQueryValidator<ListUsersQuery>(SortFields.Keys.ToList()));
        RuleFor(q => q.Q).MaximumLength(100);
    }
}

public sealed class ListUsersHandler(IUserDirectory directory, IReadStore store) : IQueryHandler<ListUsersQuery, PagedResult<UserDto>>
{
    public async ValueTask<PagedResult<UserDto>> Handle(ListUsersQuery query, CancellationToken cancellationToken)
    {
        var users = directory.Users;
        if (query.Role is { } role)
        {
            var name = role.ToString();
            users = users.Where(u => u.Roles.Contains(name));
        }

        if (query.OrganizationId is { } organization)
        {
            users = users.Where(u => u.OrganizationId == organization);
        }

        if (query.Disabled is { } disabled)
        {
            users = users.Where(u => u.IsDisabled == disabled);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            users = users.Where(u => u.Email.Contains(q) || u.DisplayName.Contains(q));
        }

        return await store.ToPageAsync(users, query, ListUsersValidator.SortFields, "email", u => u.Id, u => u, cancellationToken);
    }
}

[Requires(Permission.Administer)]
public sealed record GetUserQuery(Guid Id) : IQuery<UserDto>;

public sealed class GetUserHandler(IUserDirectory directory) : IQueryHandler<GetUserQuery, UserDto>
{
    public async ValueTask<UserDto> Handle(GetUserQuery query, CancellationToken cancellationToken) =>
        await directory.FindAsync(query.Id, cancellationToken) ?? throw new NotFoundException("User", query.Id);
}

/// <summary>The fields an administrator sets on a user.</summary>
public interface IUserFields
{
    string? DisplayName { get; }

    IReadOnlyList<Role>? Roles { get; }

    Guid? OrganizationId { get; }
}

/// <summary>
/// Creates a user. With a password the user can sign in at once; without one the answer carries an
/// invitation token (shown once) with which the user sets a password on the sign-in page.
/// </summary>
[Requires(Permission.Administer)]
public sealed record CreateUserCommand(string? Email, string? DisplayName, IReadOnlyList<Role>? Roles, Guid? OrganizationId = null, string? Password = null)
    : ICommand<CreatedUserDto>, IUserFields;

/// <summary>The new user and, when no password was given, the invitation token (shown only in this answer).</summary>
public sealed record CreatedUserDto(UserDto User, string? InvitationToken);

[Requires(Permission.Administer)]
public sealed record UpdateUserCommand(string? DisplayName, IReadOnlyList<Role>? Roles, Guid? OrganizationId = null) : VersionedChange<UserDto>, IUserFields;

/// <summary>Disables or enables a user: a disabled user cannot sign in or refresh tokens.</summary>
[Requires(Permission.Administer)]
public sealed record SetUserDisabledCommand(bool? Disabled) : VersionedChange<UserDto>;

/// <summary>Ends a lockout after repeated failed sign-ins.</summary>
[Requires(Permission.Administer)]
public sealed record UnlockUserCommand : VersionedChange<UserDto>;

internal sealed class UserFieldsValidator : AbstractValidator<IUserFields>
{
    public UserFieldsValidator(IReadStore store)
    {
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Roles).NotEmpty();
        RuleForEach(x => x.Roles).IsInEnum();
        RuleFor(x => x.OrganizationId)
            .MustAsync(async (id, ct) => await store.AnyAsync(store.Organizations.Where(o => o.Id == id), ct))
            .When(x => x.OrganizationId is not null)
            .WithMessage("is not a known organization.");
    }
}

public sealed class CreateUserValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserValidator(IReadStore store)
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(x => x.Password).MaximumLength(200);
        Include(new UserFieldsValidator(store));
    }
}

public sealed class UpdateUserValidator : AbstractValidator<UpdateUserCommand>
{
    public UpdateUserValidator(IReadStore store) => Include(new UserFieldsValidator(store));
}

public sealed class SetUserDisabledValidator : AbstractValidator<SetUserDisabledCommand>
{
    public SetUserDisabledValidator() => RuleFor(x => x.Disabled).NotNull();
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

public sealed class UnlockUserHandler(IUserDirectory directory) : ICommandHandler<UnlockUserCommand, UserDto>
{
    public async ValueTask<UserDto> Handle(UnlockUserCommand command, CancellationToken cancellationToken) =>
        await directory.UnlockAsync(command.Id, command.ExpectedVersion, cancellationToken);
}

internal static class UserChecks
{
    /// <summary>The validated fields, with the roles checked against the organization's kind (a domain rule).</summary>
    public static async Task<UserChanges> ChangesAsync(IUserFields fields, IReadStore store, CancellationToken cancellationToken)
    {
        var roles = fields.Roles!.Distinct().ToList();
        var kind = fields.OrganizationId is { } id
            ? await store.FirstOrDefaultAsync(store.Organizations.Where(o => o.Id == id).Select(o => (Domain.Catalog.OrganizationKind?)o.Kind), cancellationToken)
            : null;
        RoleAssignment.Check(roles, kind);
        return new UserChanges(fields.DisplayName!.Trim(), roles, fields.OrganizationId);
    }
}
