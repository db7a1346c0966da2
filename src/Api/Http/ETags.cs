using EgovExport.Application.Common.Concurrency;
using Microsoft.Net.Http.Headers;

namespace EgovExport.Api.Http;

/// <summary>
/// A record's version travels as a strong ETag (<c>"7"</c>). Every change must send the ETag it read
/// in If-Match: without it the API answers 428, with a stale one 412.
/// </summary>
public static class ETags
{
    public static string Format(long version) => $"\"{version}\"";

    public static void Set(HttpResponse response, long version) => response.Headers.ETag = Format(version);

    /// <summary>The version the caller read, from If-Match; <see cref="VersionCheck.AnyVersion"/> for <c>*</c>.</summary>
    public static long RequiredVersion(HttpRequest request)
    {
        var values = request.Headers.IfMatch;
        if (values.Count == 0 || values.All(string.IsNullOrWhiteSpace))
        {
            throw new PreconditionRequiredException();
        }

        if (!EntityTagHeaderValue.TryParseList(values, out var tags) || tags.Count != 1)
        {
            throw new MalformedIfMatchException();
        }

        var tag = tags[0];
        if (tag.Equals(EntityTagHeaderValue.Any))
        {
            return VersionCheck.AnyVersion;
        }

        // Weak and strong tags are compared alike: our tags are versions either way.
        return long.TryParse(tag.Tag.AsSpan().Trim('"'), out var version) && version > 0
            ? version
            : VersionCheck.StaleVersion;
    }
}

/// <summary>A change was sent without If-Match (HTTP 428).</summary>
public sealed class PreconditionRequiredException()
    : Exception("This change needs an If-Match header with the ETag of the version you read (GET the record first).");

/// <summary>If-Match could not be read as one entity tag (HTTP 400).</summary>
public sealed class MalformedIfMatchException()
    : Exception("If-Match must hold exactly one entity tag, e.g. If-Match: \"3\".");
