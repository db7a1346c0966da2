using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace EgovExport.Application.Common.Behaviors;

/// <summary>Warns when a use case takes longer than <see cref="Threshold"/>.</summary>
public sealed partial class PerformanceBehavior<TMessage, TResponse>(ILogger<PerformanceBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public static readonly TimeSpan Threshold = TimeSpan.FromMilliseconds(500);

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed > Threshold)
        {
            LogSlow(typeof(TMessage).Name, elapsed.TotalMilliseconds);
        }

        return response;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slow use case {UseCase}: {ElapsedMs:0} ms")]
    private partial void LogSlow(string useCase, double elapsedMs);
}
