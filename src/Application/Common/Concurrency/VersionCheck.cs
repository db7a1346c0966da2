using System.Text.Json.Serialization;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Domain.Common;
using Mediator;

namespace EgovExport.Application.Common.Concurrency;

/// <summary>A command that changes an existing record carries the version its caller read (the If-Match ETag).</summary>
public interface IVersionedCommand
{
    long ExpectedVersion { get; }
}

/// <summary>
/// A change of an existing record named by its id: both come from the route and the If-Match header,
/// never from the body.
/// </summary>
public abstract record VersionedChange<TResult> : ICommand<TResult>, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public long ExpectedVersion { get; init; }
}

public static class VersionCheck
{
    /// <summary>If-Match: * — the caller accepts whatever version is current.</summary>
    public const long AnyVersion = -1;

    /// <summary>An If-Match value that is not one of our versions: it can never match.</summary>
    public const long StaleVersion = 0;

    /// <summary>Refuses the change when the caller edited an older version than the stored one.</summary>
    public static T EnsureVersion<T>(this T aggregate, long expectedVersion, string resource) where T : AggregateRoot =>
        aggregate.Version == expectedVersion || expectedVersion == AnyVersion ? aggregate : throw new ConcurrencyConflictException(resource, aggregate.Version);
}
