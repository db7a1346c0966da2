using EgovExport.Domain.Common;

namespace EgovExport.Domain.Catalog;

// Changes of the reference data that projects point to.

[EventType("country.created")]
public sealed record CountryCreated(string Code) : DomainEvent;

[EventType("country.updated")]
public sealed record CountryUpdated(string Code) : DomainEvent;

[EventType("organization.created")]
public sealed record OrganizationCreated(Guid OrganizationId, OrganizationKind Kind) : DomainEvent;

[EventType("organization.updated")]
public sealed record OrganizationUpdated(Guid OrganizationId, OrganizationKind Kind) : DomainEvent;

[EventType("solution.created")]
public sealed record SolutionCreated(Guid SolutionId, string Code) : DomainEvent;

[EventType("solution.updated")]
public sealed record SolutionUpdated(Guid SolutionId, string Code) : DomainEvent;
