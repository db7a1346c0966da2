using System.Collections.Concurrent;
using System.Reflection;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using Mediator;

namespace EgovExport.Application.Common.Behaviors;

/// <summary>
/// Decides, before anything else runs, whether the caller may use the use case: the permission the
/// request declares (<see cref="RequiresAttribute"/>), then, for a request about one project, whether that
/// project is in the caller's read or edit scope, and for a request naming a lead agency, whether the
/// caller may lead as it. A project outside the caller's read scope answers 404, as if it did not exist.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentUser currentUser, IReadStore store)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var permission = Declared.For(typeof(TMessage))
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} declares no [Requires] permission; refusing it.");
        var actor = currentUser.Actor;
        if (!actor.IsAuthenticated)
        {
            throw new AuthenticationRequiredException();
        }

        if (!AccessPolicy.Allows(actor, permission))
        {
            throw new ForbiddenAccessException(Describe(actor, permission));
        }

        if (message is ITargetsProject or INamesLeadAgency)
        {
            await CheckProjectAsync(actor, permission, message, cancellationToken);
        }

        return await next(message, cancellationToken);
    }

    private async Task CheckProjectAsync(Actor actor, Permission permission, TMessage message, CancellationToken cancellationToken)
    {
        var read = AccessPolicy.ReadScope(actor);
        var edit = permission is Permission.EditProjects or Permission.CreateProjects ? AccessPolicy.EditScope(actor) : ProjectScope.All;
        if (read.IsAll && edit.IsAll)
        {
            return; // nothing to look up: the common case costs no query
        }

        // An unknown project goes on to the handler, which answers 404 in its usual way.
        var facts = message is ITargetsProject target ? await store.ProjectAccessFactsAsync(target.ProjectId, cancellationToken) : null;
        if (facts is not null)
        {
            if (!read.Includes(facts.LeadAgencyId, facts.ParticipantIds))
            {
                throw new NotFoundException("Project", ((ITargetsProject)message).ProjectId);
            }

            if (!edit.Includes(facts.LeadAgencyId, facts.ParticipantIds))
            {
                throw new ForbiddenAccessException(actor.Kind == ActorKind.Client
                    ? "This client may only change the projects of the organization it is bound to."
                    : "You may only change projects your agency leads or your company is a consortium member of.");
            }
        }

        // Naming a lead agency: a caller limited to its own agency may keep the project's current lead
        // (a consortium member editing the details) but may not hand a project to another agency.
        var unknownProject = message is ITargetsProject && facts is null;
        if (!unknownProject && message is INamesLeadAgency { LeadAgencyId: { } lead } && lead != facts?.LeadAgencyId && !AccessPolicy.MayLead(actor, lead))
        {
            throw new ForbiddenAccessException("You may only name your own agency as a project's lead agency.");
        }
    }

    private static string Describe(Actor actor, Permission permission) => actor.Kind == ActorKind.Client
        ? $"This client's scopes ({(actor.Scopes.Count == 0 ? "none" : string.Join(' ', actor.Scopes))}) do not allow {Describe(permission)}."
        : $"Your role{(actor.Roles.Count == 1 ? "" : "s")} ({(actor.Roles.Count == 0 ? "none" : string.Join(", ", actor.Roles))}) do{(actor.Roles.Count == 1 ? "es" : "")} not allow {Describe(permission)}.";

    private static string Describe(Permission permission) => permission switch
    {
        Permission.ReadCatalog => "reading reference data",
        Permission.WriteCatalog => "changing reference data",
        Permission.ReadProjects => "reading projects",
        Permission.CreateProjects => "opening projects",
        Permission.EditProjects => "changing projects",
        Permission.Administer => "administering users and API clients",
        Permission.ReadAudit => "reading the audit trail",
        Permission.ManageOwnAccount => "managing a personal account",
        _ => permission.ToString(),
    };
}

/// <summary>The permission each request type declares, read once per type.</summary>
public static class Declared
{
    private static readonly ConcurrentDictionary<Type, Permission?> Cache = new();

    public static Permission? For(Type requestType) =>
        Cache.GetOrAdd(requestType, t => t.GetCustomAttribute<RequiresAttribute>()?.Permission);
}
