namespace EgovExport.Domain.Access;

/// <summary>
/// A set of projects as conditions joined by OR: every project, the projects a given agency leads, the
/// projects a given organization is a consortium member of. <see cref="None"/> holds no condition.
/// </summary>
public sealed record ProjectScope(bool IsAll, Guid? LeadAgencyId, Guid? ParticipantId)
{
    public static readonly ProjectScope All = new(true, null, null);

    public static readonly ProjectScope None = new(false, null, null);

    public bool IsNone => !IsAll && LeadAgencyId is null && ParticipantId is null;

    public static ProjectScope LedBy(Guid? agencyId) => agencyId is null ? None : new(false, agencyId, null);

    public static ProjectScope ParticipantOf(Guid? organizationId) => organizationId is null ? None : new(false, null, organizationId);

    /// <exception cref="InvalidOperationException">
    /// Both sides name a different agency (or a different participant): one scope holds one of each, which
    /// is all a caller bound to one organization can have.
    /// </exception>
    public ProjectScope Or(ProjectScope other)
    {
        if (IsAll || other.IsAll)
        {
            return All;
        }

        if ((LeadAgencyId is { } a && other.LeadAgencyId is { } b && a != b) || (ParticipantId is { } p && other.ParticipantId is { } q && p != q))
        {
            throw new InvalidOperationException("A project scope names at most one lead agency and one participant.");
        }

        return new(false, LeadAgencyId ?? other.LeadAgencyId, ParticipantId ?? other.ParticipantId);
    }

    /// <summary>Whether a project with these facts is in the scope.</summary>
    public bool Includes(Guid leadAgencyId, IEnumerable<Guid> memberOrganizationIds) =>
        IsAll
        || (LeadAgencyId is { } agency && agency == leadAgencyId)
        || (ParticipantId is { } participant && memberOrganizationIds.Contains(participant));
}
