using EgovExport.Application.Common.Abstractions;
using EgovExport.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace EgovExport.Infrastructure.Identity;

/// <summary>
/// Users' display names by id, cached for a few minutes so that a project page or a list page costs no
/// extra statement once its owners are known. A user's change drops the entry (<see cref="UserDirectory"/>).
/// </summary>
public sealed class PersonNames(EgovExportDbContext db, IMemoryCache cache) : IPersonNames
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = new Dictionary<Guid, string>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (cache.TryGetValue(Key(id), out string? cached))
            {
                if (cached is not null)
                {
                    names[id] = cached;
                }
            }
            else if (Guid.TryParse(id, out var guid))
            {
                missing.TryAdd(guid, id);
            }
        }

        if (missing.Count > 0)
        {
            var wanted = missing.Keys.ToList();
            var found = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id))
                .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            foreach (var (guid, id) in missing)
            {
                // An unknown id is remembered too (as null), so it costs no statement until it expires.
                var name = found.GetValueOrDefault(guid);
                cache.Set(Key(id), name, Lifetime);
                if (name is not null)
                {
                    names[id] = name;
                }
            }
        }

        return names;
    }

    public void Forget(string id) => cache.Remove(Key(id));

    private static string Key(string id) => "person-name:" + id.ToLowerInvariant();
}
