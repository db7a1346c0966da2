using System.Linq.Expressions;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Domain.Access;
using EgovExport.Domain.Projects;

namespace EgovExport.Application.Projects.Common;

/// <summary>
/// Shapes a project for the caller: the <see cref="ProjectDto"/> plus its owner's name, whether this
/// caller may change it and, when they may, its allowed moves and status changes (so a client shows
/// edit controls only where the API would accept them).
/// </summary>
public sealed class ProjectViewer(ICurrentUser currentUser, IPersonNames names)
{
    public async Task<ProjectDto> ViewAsync(ExportProject project, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        var canEdit = AccessPolicy.Allows(actor, Permission.EditProjects)
            && AccessPolicy.EditScope(actor).Includes(project.LeadAgencyId, project.Consortium.Select(m => m.OrganizationId));
        string? ownerName = null;
        if (project.OwnerId is { } owner)
        {
            var known = await names.DisplayNamesAsync([owner], cancellationToken);
            ownerName = known.GetValueOrDefault(owner, owner);
        }

        var dto = ProjectDto.From(project);
        return dto with
        {
            OwnerName = ownerName,
            CanEdit = canEdit,
            MoveOptions = canEdit ? project.MoveOptions() : [],
            StatusOptions = canEdit ? dto.StatusOptions : [],
        };
    }

    /// <summary>
    /// The same rule as <see cref="ViewAsync"/> as a condition on a project's row (lead agency and the
    /// consortium's JSON column), for a list's statement to answer per row without another query.
    /// </summary>
    public Expression<Func<ExportProject, bool>> EditableByCaller()
    {
        var actor = currentUser.Actor;
        var scope = AccessPolicy.EditScope(actor);
        if (!AccessPolicy.Allows(actor, Permission.EditProjects) || scope.IsNone)
        {
            return _ => false;
        }

        if (scope.IsAll)
        {
            return _ => true;
        }

        var lead = scope.LeadAgencyId;
        var participant = scope.ParticipantId;
        return (lead, participant) switch
        {
            ({ } l, null) => p => p.LeadAgencyId == l,
            (null, { } o) => p => p.Consortium.Any(m => m.OrganizationId == o),
            _ => p => p.LeadAgencyId == lead || p.Consortium.Any(m => m.OrganizationId == participant),
        };
    }
}
