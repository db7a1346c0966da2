using EgovExport.Domain.Access;

namespace EgovExport.Application.Common.Abstractions;

/// <summary>Who is making the request, and which request it is; recorded on every change.</summary>
public interface ICurrentUser
{
    /// <summary>The caller: a user with roles, a client with scopes, the system, or anonymous.</summary>
    Actor Actor { get; }

    /// <summary>A stable name for the record (e-mail, client id, "system" or "anonymous").</summary>
    string Name => Actor.Name;

    /// <summary>The request's id (the W3C trace id), so an audit row leads to the request's logs.</summary>
    string? RequestId { get; }
}
