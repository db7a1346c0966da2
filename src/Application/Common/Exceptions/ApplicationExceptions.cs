namespace EgovExport.Application.Common.Exceptions;

/// <summary>The record asked for does not exist (HTTP 404).</summary>
public sealed class NotFoundException(string resource, object key)
    : Exception($"{resource} '{key}' was not found.")
{
    public string Resource { get; } = resource;
}

/// <summary>
/// The version the caller edited is not the current one (HTTP 412): someone else changed the record
/// since the caller read it. Nothing was written.
/// </summary>
public sealed class ConcurrencyConflictException(string resource, long? currentVersion)
    : Exception($"{resource} was changed by someone else since you read it; reload it and apply your change again.")
{
    public long? CurrentVersion { get; } = currentVersion;
}

/// <summary>A unique key (a project code, a solution code, a country code) is already taken.</summary>
public sealed class DuplicateKeyException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The request is invalid (HTTP 400); <see cref="Errors"/> is keyed by the field's JSON path.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("One or more fields are invalid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static RequestValidationException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>The caller is not signed in (HTTP 401).</summary>
public sealed class AuthenticationRequiredException() : Exception("Sign in first: send an access token in the Authorization header.");

/// <summary>The caller is signed in but may not do this (HTTP 403). Nothing was written.</summary>
public sealed class ForbiddenAccessException(string message) : Exception(message);
