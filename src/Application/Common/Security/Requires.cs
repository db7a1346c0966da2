using EgovExport.Domain.Access;

namespace EgovExport.Application.Common.Security;

/// <summary>
/// The permission a use case needs. Every request of the application carries exactly one; the
/// authorization behaviour refuses a request whose type declares none, and an architecture test
/// keeps every request type declared.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresAttribute(Permission permission) : Attribute
{
    public Permission Permission { get; } = permission;
}

/// <summary>A request about one project: its access is decided on that project's lead agency and consortium.</summary>
public interface ITargetsProject
{
    Guid ProjectId { get; }
}

/// <summary>A request that names a project's lead agency: the caller must be allowed to lead as that agency.</summary>
public interface INamesLeadAgency
{
    Guid? LeadAgencyId { get; }
}

/// <summary>The facts about a project that access is decided on, read without loading the project.</summary>
public sealed record ProjectAccessFacts(Guid LeadAgencyId, IReadOnlyList<Guid> ParticipantIds);
