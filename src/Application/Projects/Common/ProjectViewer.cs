using EgovExport.Application.Common.Abstractions;
using EgovExport.Domain.Access;
using EgovExport.Domain.Projects;

namespace EgovExport.Application.Projects.Common;

/// <summary>
/// Shapes a project for the caller: the <see cref="ProjectDto"/> plus its owner's name and whether this
/// caller may change it (so a client shows edit controls only where the API would accept them).
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

        return ProjectDto.From(project) with { OwnerName = ownerName, CanEdit = canEdit };
    }
}
