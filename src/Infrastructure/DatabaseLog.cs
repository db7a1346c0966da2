using EgovExport.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;

namespace EgovExport.Infrastructure;

/// <summary>The start-up log lines of <see cref="DependencyInjection.InitializeDatabaseAsync"/>, source-generated.</summary>
internal static partial class DatabaseLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Database ({Provider}) is up to date")]
    public static partial void LogUpToDate(this ILogger logger, DatabaseProvider provider);
}
