using System.Linq.Expressions;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Users.Common;
using EgovExport.Domain.Access;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Users.ListUsers;

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
