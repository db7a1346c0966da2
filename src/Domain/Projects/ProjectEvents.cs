using EgovExport.Domain.Common;

namespace EgovExport.Domain.Projects;

// What happens to an export project, as the next features react to it: conflicts between Korean bids,
// notifications, reminders and partner webhooks. Names are the ones subscribers see.

/// <summary>A project was opened in Inquiry.</summary>
[EventType("project.created")]
public sealed record ProjectOpened(Guid ProjectId, string Code, string CountryCode, Guid LeadAgencyId, IReadOnlyList<Guid> SolutionIds, decimal EstimatedValueUsd)
    : DomainEvent;

/// <summary>
/// Editable fields changed (JSON names: <c>title</c>, <c>solutionIds</c>, <c>followsProjectId</c>, ...).
/// The edits one request makes come as one event.
/// </summary>
[EventType("project.updated")]
public sealed record ProjectEdited(Guid ProjectId, IReadOnlyList<string> ChangedFields) : DomainEvent;

/// <summary>The project moved from one stage to another (forward, skipping, or back).</summary>
[EventType("project.moved")]
public sealed record ProjectMoved(Guid ProjectId, Stage From, Stage To, bool Skipped, string? Reason) : DomainEvent;

/// <summary>The project was put on hold, resumed, closed (Lost, Withdrawn, Completed) or reopened.</summary>
[EventType("project.status_changed")]
public sealed record ProjectStatusChanged(Guid ProjectId, ProjectStatus From, ProjectStatus To, string? Reason, LossReason? LossReason) : DomainEvent;

/// <summary>The consortium was replaced: who joined, who left, and the prime contractor now.</summary>
[EventType("project.consortium_changed")]
public sealed record ProjectConsortiumChanged(Guid ProjectId, IReadOnlyList<Guid> Joined, IReadOnlyList<Guid> Left, Guid? PrimeContractorId)
    : DomainEvent;

/// <summary>The funding sources were replaced.</summary>
[EventType("project.funding_changed")]
public sealed record ProjectFundingChanged(Guid ProjectId, int SourceCount, decimal Total) : DomainEvent;
