using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Domain.Access;
using EgovExport.Domain.Auditing;
using EgovExport.Domain.Common;
using EgovExport.Domain.Projects;
using EgovExport.Infrastructure.Identity;
using EgovExport.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using OpenIddict.EntityFrameworkCore.Models;

namespace EgovExport.Infrastructure.Auditing;

/// <summary>Who a scope's changes are recorded for, and which request and use case made them.</summary>
internal sealed class AuditScope(ICurrentUser currentUser, CurrentOperation operation, IClock clock)
{
    public Actor Actor => currentUser.Actor;

    public string? RequestId => currentUser.RequestId;

    public string? Operation => operation.Name;

    public DateTime Now => clock.Now.UtcNow;
}

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every record a save creates, changes or deletes, as part of
/// that same save, so the change and its audit row are committed or rolled back together. Records
/// are projects, organizations, countries and solutions (their values as the domain holds them), users
/// and API clients (their non-secret fields only).
/// </summary>
internal sealed class AuditTrail
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutCopies } },
    };

    // What a user's and an API client's audit rows show; password hashes, security stamps, two-factor
    // keys and client secrets never reach the trail.
    private static readonly string[] UserFields =
        [nameof(AppUser.Email), nameof(AppUser.DisplayName), nameof(AppUser.Roles), nameof(AppUser.OrganizationId), nameof(AppUser.IsDisabled),
         nameof(AppUser.TwoFactorEnabled), nameof(AppUser.LockoutEnd)];

    private static readonly string[] ClientFields =
        [nameof(OpenIddictEntityFrameworkCoreApplication.ClientId), nameof(OpenIddictEntityFrameworkCoreApplication.DisplayName),
         nameof(OpenIddictEntityFrameworkCoreApplication.ClientType), nameof(OpenIddictEntityFrameworkCoreApplication.Permissions),
         nameof(OpenIddictEntityFrameworkCoreApplication.Properties), nameof(OpenIddictEntityFrameworkCoreApplication.RedirectUris)];

    private readonly ConditionalWeakTable<object, string> _originals = [];

    public void Remember(object? aggregate)
    {
        if (aggregate is AggregateRoot)
        {
            _originals.AddOrUpdate(aggregate, Serialize(aggregate));
        }
    }

    public void Forget() => _originals.Clear();

    public int Save(EgovExportDbContext db, AuditScope? scope, DateTime at, Func<int> save)
    {
        var pending = Record(db, scope, at, StoredValues(db, entry => entry.GetDatabaseValues()));
        try
        {
            var written = save();
            Settle(pending);
            return written;
        }
        catch
        {
            Discard(db, pending);
            throw;
        }
    }

    public async Task<int> SaveAsync(EgovExportDbContext db, AuditScope? scope, DateTime at, Func<Task<int>> save)
    {
        var stored = new Dictionary<object, PropertyValues?>(ReferenceEqualityComparer.Instance);
        foreach (var entry in Reattached(db))
        {
            stored[entry.Entity] = await entry.GetDatabaseValuesAsync();
        }

        var pending = Record(db, scope, at, stored);
        try
        {
            var written = await save();
            Settle(pending);
            return written;
        }
        catch
        {
            // A failed save writes nothing; its audit rows must not ride along with the next attempt.
            Discard(db, pending);
            throw;
        }
    }

    /// <summary>
    /// OpenIddict saves an application by attaching it again, so EF's original values are the new ones:
    /// the stored row is read back as "before" (a client change is rare; one small query).
    /// </summary>
    private static List<EntityEntry<OpenIddictEntityFrameworkCoreApplication>> Reattached(EgovExportDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        return db.ChangeTracker.Entries<OpenIddictEntityFrameworkCoreApplication>().Where(e => e.State == EntityState.Modified).ToList();
    }

    private static Dictionary<object, PropertyValues?> StoredValues(EgovExportDbContext db, Func<EntityEntry, PropertyValues?> read) =>
        Reattached(db).ToDictionary(e => e.Entity, read, ReferenceEqualityComparer.Instance);

    /// <remarks>Changes are already detected: <see cref="Reattached"/> runs first on every save.</remarks>
    private List<(AuditEntry Entry, object Record)> Record(EgovExportDbContext db, AuditScope? scope, DateTime at, Dictionary<object, PropertyValues?> stored)
    {
        var actor = scope?.Actor ?? Actor.System;
        var pending = new List<(AuditEntry, object)>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var described = entry.Entity switch
            {
                AggregateRoot root => DescribeAggregate(entry, root),
                AppUser user => DescribeFields(entry, null, UserFields, "User", user.Email),
                OpenIddictEntityFrameworkCoreApplication client => DescribeFields(entry, stored.GetValueOrDefault(client), ClientFields, "ApiClient", client.ClientId),
                _ => null,
            };
            if (described is not { } d)
            {
                continue;
            }

            var audit = new AuditEntry(
                Guid.CreateVersion7(at), at, actor.Kind.ToString(), actor.Id, actor.Name, d.Action, scope?.Operation,
                d.RecordType, entry.Entity is OpenIddictEntityFrameworkCoreApplication app ? app.ClientId! : RecordNames.Id(entry), d.Label, d.Before, d.After, scope?.RequestId);
            db.AuditEntries.Add(audit);
            pending.Add((audit, entry.Entity));
        }

        return pending;
    }

    private (AuditAction Action, string RecordType, string? Label, string? Before, string? After)? DescribeAggregate(EntityEntry entry, AggregateRoot root)
    {
        var (type, label) = RecordNames.Describe(root);

        if (entry.State == EntityState.Added)
        {
            return (AuditAction.Created, type, label, null, Serialize(root));
        }

        var before = _originals.TryGetValue(root, out var original) ? original : null;
        if (entry.State == EntityState.Deleted)
        {
            return (AuditAction.Deleted, type, label, before ?? Serialize(root), null);
        }

        var after = Serialize(root);
        if (before == after)
        {
            return null;
        }

        var action = root is ExportProject
            ? !Equals(entry.Property(nameof(ExportProject.Stage)).OriginalValue, entry.Property(nameof(ExportProject.Stage)).CurrentValue) ? AuditAction.Moved
            : !Equals(entry.Property(nameof(ExportProject.Status)).OriginalValue, entry.Property(nameof(ExportProject.Status)).CurrentValue) ? AuditAction.StatusChanged
            : AuditAction.Updated
            : AuditAction.Updated;
        return (action, type, label, before, after);
    }

    /// <param name="stored">The row as stored, when EF's original values cannot be trusted (see <see cref="Reattached"/>).</param>
    private static (AuditAction Action, string RecordType, string? Label, string? Before, string? After)? DescribeFields(
        EntityEntry entry, PropertyValues? stored, string[] fields, string recordType, string? label)
    {
        object? Original(string property) => stored is not null ? stored[property] : entry.Property(property).OriginalValue;
        bool Changed(string property) => !Same(Original(property), entry.Property(property).CurrentValue);

        // A secret's change is on record as a marker ("passwordChanged": true), never with its value.
        var secrets = entry.State == EntityState.Modified
            ? SecretMarkers.Where(m => entry.Metadata.FindProperty(m.Property) is not null && Changed(m.Property)).ToList()
            : [];

        string Values(Func<string, object?> pick, bool markSecrets)
        {
            var values = fields.ToDictionary(f => JsonNamingPolicy.CamelCase.ConvertName(f), pick);
            foreach (var secret in markSecrets ? secrets : [])
            {
                values[secret.Marker] = true;
            }

            return JsonSerializer.Serialize(values, Json);
        }

        return entry.State switch
        {
            EntityState.Added => (AuditAction.Created, recordType, label, null, Values(f => entry.Property(f).CurrentValue, false)),
            EntityState.Deleted => (AuditAction.Deleted, recordType, label, Values(f => entry.Property(f).OriginalValue, false), null),
            _ when secrets.Count > 0 || fields.Any(Changed) =>
                (AuditAction.Updated, recordType, label, Values(Original, false), Values(f => entry.Property(f).CurrentValue, true)),
            _ => null,
        };
    }

    private static readonly (string Property, string Marker)[] SecretMarkers =
    [
        (nameof(AppUser.PasswordHash), "passwordChanged"),
        (nameof(OpenIddictEntityFrameworkCoreApplication.ClientSecret), "secretChanged"),
    ];

    private static bool Same(object? a, object? b) => a is System.Collections.IEnumerable x and not string && b is System.Collections.IEnumerable y and not string
        ? x.Cast<object?>().SequenceEqual(y.Cast<object?>())
        : Equals(a, b);

    /// <summary>After a successful save, what was saved is the next change's "before".</summary>
    private void Settle(List<(AuditEntry Entry, object Record)> pending)
    {
        foreach (var (entry, record) in pending)
        {
            if (record is AggregateRoot)
            {
                if (entry.After is { } after)
                {
                    _originals.AddOrUpdate(record, after);
                }
                else
                {
                    _originals.Remove(record);
                }
            }
        }
    }

    private static void Discard(EgovExportDbContext db, List<(AuditEntry Entry, object Record)> pending)
    {
        foreach (var (entry, _) in pending)
        {
            db.Entry(entry).State = EntityState.Detached;
        }
    }

    private static string Serialize(object aggregate) => JsonSerializer.Serialize(aggregate, aggregate.GetType(), Json);

    /// <summary>
    /// Leaves out what the record holds twice or keeps as its own log: the solution and consortium rows
    /// (copies of <c>solutionIds</c> and <c>consortium</c>), the transitions (their own table, shown by the
    /// timeline), the status history and the search text.
    /// </summary>
    private static void LeaveOutCopies(JsonTypeInfo info)
    {
        if (info.Type != typeof(ExportProject))
        {
            return;
        }

        foreach (var property in info.Properties.Where(p => p.Name is "solutions" or "participants" or "transitions" or "statusChanges" or "searchText").ToList())
        {
            info.Properties.Remove(property);
        }
    }
}
