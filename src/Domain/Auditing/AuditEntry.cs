namespace EgovExport.Domain.Auditing;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,

    /// <summary>A project changed stage.</summary>
    Moved,

    /// <summary>A project was put on hold, closed or reopened.</summary>
    StatusChanged,
}

/// <summary>
/// One change to one record: who made it, when, from which request, and the record's values before and
/// after (JSON; secrets never included). Written in the same transaction as the change; never changed
/// or deleted afterwards — the type has no way to, and the database refuses it.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(
        Guid id,
        DateTime at,
        string actorKind,
        string actorId,
        string actorName,
        AuditAction action,
        string? operation,
        string recordType,
        string recordId,
        string? recordLabel,
        string? before,
        string? after,
        string? requestId)
    {
        Id = id;
        At = at;
        ActorKind = actorKind;
        ActorId = actorId;
        ActorName = actorName;
        Action = action;
        Operation = operation;
        RecordType = recordType;
        RecordId = recordId;
        RecordLabel = recordLabel;
        Before = before;
        After = after;
        RequestId = requestId;
    }

    public Guid Id { get; private set; }

    public DateTime At { get; private set; }

    /// <summary><c>User</c>, <c>Client</c> or <c>System</c>.</summary>
    public string ActorKind { get; private set; } = null!;

    /// <summary>The user's id, the client's id, or <c>system</c>.</summary>
    public string ActorId { get; private set; } = null!;

    /// <summary>The user's e-mail or the client's id at the time of the change.</summary>
    public string ActorName { get; private set; } = null!;

    public AuditAction Action { get; private set; }

    /// <summary>The use case that made the change (<c>MoveProject</c>), when known.</summary>
    public string? Operation { get; private set; }

    /// <summary><c>Project</c>, <c>Organization</c>, <c>Country</c>, <c>Solution</c>, <c>User</c>, <c>ApiClient</c>.</summary>
    public string RecordType { get; private set; } = null!;

    /// <summary>The record's id as the API names it (a GUID, a country code, an API client's client id).</summary>
    public string RecordId { get; private set; } = null!;

    /// <summary>What people call the record (a project's code, an organization's name).</summary>
    public string? RecordLabel { get; private set; }

    /// <summary>The record's values before the change, as JSON; null for a create.</summary>
    public string? Before { get; private set; }

    /// <summary>The record's values after the change, as JSON; null for a delete.</summary>
    public string? After { get; private set; }

    public string? RequestId { get; private set; }
}
