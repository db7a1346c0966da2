using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Concurrency;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Domain.Common;
using EgovExport.Domain.Projects;

namespace EgovExport.Application.Projects.Common;

internal static class ProjectLoading
{
    /// <summary>Loads a project for change, refusing when the caller edited an older version.</summary>
    public static async Task<ExportProject> LoadForChangeAsync(this IWriteStore store, Guid id, long expectedVersion, CancellationToken cancellationToken) =>
        (await store.FindProjectAsync(id, cancellationToken) ?? throw new NotFoundException("Project", id))
        .EnsureVersion(expectedVersion, "Project");

    /// <summary>Checks and links the project a project follows on from (null unlinks).</summary>
    public static async Task LinkFollowOnAsync(this IWriteStore store, ExportProject project, Guid? previousId, Moment now, CancellationToken cancellationToken)
    {
        var ancestors = previousId is { } prev ? await store.FollowOnAncestorsAsync(prev, cancellationToken) : [];
        project.FollowOn(previousId, ancestors, now);
    }
}
