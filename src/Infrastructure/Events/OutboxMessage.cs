namespace EgovExport.Infrastructure.Events;

/// <summary>
/// One domain event as the save that committed it wrote it: the transactional outbox. Rows stay for the
/// delivery worker (webhooks, notifications), which claims a batch by setting <see cref="State"/> to
/// <see cref="OutboxState.Processing"/> with its name and a lease (<see cref="LockedBy"/>,
/// <see cref="LockedUntil"/>), so several instances never take the same row and a crashed worker's rows
/// come back when the lease ends.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>When the save committed the change (the same instant as its audit row).</summary>
    public DateTime OccurredAt { get; private set; }

    /// <summary>The event's stable name, <c>project.moved</c>.</summary>
    public string Type { get; private set; } = null!;

    /// <summary><c>Project</c>, <c>Country</c>, <c>Organization</c>, <c>Solution</c>: as in the audit trail.</summary>
    public string AggregateType { get; private set; } = null!;

    public string AggregateId { get; private set; } = null!;

    /// <summary>The aggregate's version after the change: with <see cref="Sequence"/>, the order per aggregate.</summary>
    public long AggregateVersion { get; private set; }

    /// <summary>The event's place among those one save wrote for the same aggregate (0, 1, ...).</summary>
    public int Sequence { get; private set; }

    /// <summary>The event as JSON (camelCase, enums by name).</summary>
    public string Payload { get; private set; } = null!;

    public string? ActorId { get; private set; }

    public string? RequestId { get; private set; }

    public OutboxState State { get; private set; }

    public int Attempts { get; private set; }

    public string? LockedBy { get; private set; }

    public DateTime? LockedUntil { get; private set; }

    public DateTime? ProcessedAt { get; private set; }

    public string? LastError { get; private set; }

    internal static OutboxMessage Pending(
        DateTime at, string type, string aggregateType, string aggregateId, long aggregateVersion, int sequence, string payload, string? actorId, string? requestId) => new()
        {
            Id = Guid.CreateVersion7(at),
            OccurredAt = at,
            Type = type,
            AggregateType = aggregateType,
            AggregateId = aggregateId,
            AggregateVersion = aggregateVersion,
            Sequence = sequence,
            Payload = payload,
            ActorId = actorId,
            RequestId = requestId,
            State = OutboxState.Pending,
        };
}

/// <summary>Where an outbox row is in its delivery.</summary>
public enum OutboxState
{
    /// <summary>Written with the change; not yet taken by a worker.</summary>
    Pending,

    /// <summary>Claimed by a worker until its lease ends.</summary>
    Processing,

    /// <summary>Delivered everywhere it had to go.</summary>
    Processed,

    /// <summary>Given up on after the worker's retries.</summary>
    Failed,
}
