using System.Text.Json;
using System.Text.RegularExpressions;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace EgovExport.Api.Http;

/// <summary>
/// The one place where exceptions become RFC 9457 problem details: invalid input 400 (with the field's
/// JSON path in <c>errors</c>), unknown record 404, a move the rules forbid 409, stale If-Match 412,
/// missing If-Match 428. Anything else is a 500 without internals. Expected failures are not logged as errors.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            RequestValidationException v => Validation(v.Errors),
            DomainValidationException d => Validation(new Dictionary<string, string[]> { [d.Field] = [d.Message] }),
            BadHttpRequestException b => BadRequest(b, (http.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? http.GetEndpoint())?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.RequestType),
            MalformedIfMatchException m => Problem(StatusCodes.Status400BadRequest, "Malformed If-Match header", m.Message),
            NotFoundException n => Problem(StatusCodes.Status404NotFound, $"{n.Resource} not found", n.Message),
            BusinessRuleViolationException r => Rule(r),
            DuplicateKeyException k => Problem(StatusCodes.Status409Conflict, "Duplicate key", k.Message),
            ConcurrencyConflictException c => Stale(c),
            PreconditionRequiredException p => Problem(StatusCodes.Status428PreconditionRequired, "If-Match required", p.Message),
            AuthenticationRequiredException a => Problem(StatusCodes.Status401Unauthorized, "Sign-in required", a.Message),
            ForbiddenAccessException f => Problem(StatusCodes.Status403Forbidden, "Not allowed", f.Message),
            _ => null,
        };

        if (problem is null)
        {
            // The caller went away: there is nobody to answer.
            if (exception is OperationCanceledException && http.RequestAborted.IsCancellationRequested)
            {
                return true;
            }

            LogUnexpected(exception, http.Request.Method, http.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "Unexpected error", "The request could not be completed. Quote the traceId when reporting it.");
        }

        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static HttpValidationProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors) =>
        new(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid request",
            Detail = string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
        };

    private static ProblemDetails Rule(BusinessRuleViolationException rule)
    {
        var problem = Problem(StatusCodes.Status409Conflict, "The record's state does not allow this", rule.Message);
        problem.Extensions["rule"] = rule.RuleName;
        return problem;
    }

    /// <summary>
    /// The current version travels in the body: the exception-handler middleware strips ETag headers
    /// from error responses.
    /// </summary>
    private static ProblemDetails Stale(ConcurrencyConflictException conflict)
    {
        var problem = Problem(StatusCodes.Status412PreconditionFailed, "Changed by someone else", conflict.Message);
        problem.Extensions["currentVersion"] = conflict.CurrentVersion;
        return problem;
    }

    /// <summary>Binding failures: unreadable JSON, wrong types, unknown enum names, bad query values, missing body.</summary>
    private static ProblemDetails BadRequest(BadHttpRequestException exception, Type? bodyType)
    {
        if (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", "The request body is larger than the API accepts.");
        }

        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the body as application/json.");
        }

        if (exception.InnerException is JsonException json)
        {
            return Validation(new Dictionary<string, string[]> { [JsonField(json.Path)] = [BindingMessages.ForJson(json, bodyType)] });
        }

        var parameter = ParameterPattern().Match(exception.Message);
        if (parameter.Success)
        {
            var name = parameter.Groups["name"].Value;
            return Validation(new Dictionary<string, string[]>
            {
                [char.ToLowerInvariant(name[0]) + name[1..]] = [BindingMessages.ForValue(parameter.Groups["type"].Value, parameter.Groups["value"].Value)],
            });
        }

        if (exception.Message.Contains("no body was provided", StringComparison.OrdinalIgnoreCase)
            || exception.Message.Contains("request body", StringComparison.OrdinalIgnoreCase))
        {
            return Validation(new Dictionary<string, string[]> { ["body"] = ["A JSON body is required."] });
        }

        return Problem(StatusCodes.Status400BadRequest, "Invalid request", "The request could not be read.");
    }

    private static string JsonField(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    [GeneratedRegex("""Failed to bind parameter "(?<type>[^"]*?)\s*(?<name>\w+)" from "(?<value>[^"]*)""")]
    private static partial Regex ParameterPattern();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private partial void LogUnexpected(Exception exception, string method, string path);
}
