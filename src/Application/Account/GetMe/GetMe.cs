using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Users.Common;
using EgovExport.Domain.Access;
using Mediator;

namespace EgovExport.Application.Account.GetMe;

/// <summary>
/// The caller as the API sees it: a user's roles and organization or a client's scopes, and what each
/// permission allows — what a client (the SPA) shows and hides. <c>Name</c> is what the audit trail
/// records (a user's e-mail, a client's id); <c>DisplayName</c> is the name to greet them by.
/// </summary>
public sealed record MeDto(
    ActorKind Kind,
    string Id,
    string Name,
    string DisplayName,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<string> Scopes,
    Guid? OrganizationId,
    IReadOnlyList<Permission> Permissions,
    bool? TwoFactorEnabled);

[Requires(Permission.ReadCatalog)]
public sealed record GetMeQuery : IQuery<MeDto>;

public sealed class GetMeHandler(ICurrentUser currentUser, IUserDirectory directory) : IQueryHandler<GetMeQuery, MeDto>
{
    public async ValueTask<MeDto> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        var user = actor.Kind == ActorKind.User && Guid.TryParse(actor.Id, out var id) ? await directory.FindAsync(id, cancellationToken) : null;
        return new MeDto(
            actor.Kind, actor.Id, actor.Name, user?.DisplayName ?? actor.Name, actor.Roles.Order().ToList(), actor.Scopes.Order().ToList(), actor.OrganizationId,
            Enum.GetValues<Permission>().Where(p => AccessPolicy.Allows(actor, p)).ToList(), user?.TwoFactorEnabled);
    }
}
