using System.Diagnostics;
using EgovExport.Application.Common.Abstractions;
using Mediator;
using Microsoft.Extensions.Logging;

namespace EgovExport.Application.Common.Behaviors;

/// <summary>Logs every use case with its outcome and duration. Expected failures are not errors.</summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger, CurrentOperation operation)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var name = typeof(TMessage).Name;
        operation.Name ??= CurrentOperation.NameOf(typeof(TMessage));
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            if (logger.IsEnabled(LogLevel.Debug))
            {
                var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogHandled(name, elapsedMs);
            }

            return response;
        }
        catch (Exception ex) when (ex is Domain.Common.DomainException or Exceptions.NotFoundException
                                       or Exceptions.ConcurrencyConflictException or Exceptions.RequestValidationException
                                       or Exceptions.DuplicateKeyException
                                       or Exceptions.ForbiddenAccessException or Exceptions.AuthenticationRequiredException)
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var reason = ex.GetType().Name;
                LogRefused(name, reason, ex.Message);
            }

            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{UseCase} handled in {ElapsedMs:0.0} ms")]
    private partial void LogHandled(string useCase, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{UseCase} refused ({Reason}): {Detail}")]
    private partial void LogRefused(string useCase, string reason, string detail);
}
