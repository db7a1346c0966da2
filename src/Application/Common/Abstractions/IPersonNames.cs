namespace EgovExport.Application.Common.Abstractions;

/// <summary>
/// Display names of the people (and clients) that records point at by id — a project's owner — for
/// views that show a name. Cached: the hot reads take no extra statement once a name is known.
/// </summary>
public interface IPersonNames
{
    /// <summary>The names of the given ids that are users; a client id or unknown id is absent.</summary>
    Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>Drops a cached name after the user changed.</summary>
    void Forget(string id);
}
