using System.Data.Common;
using System.Diagnostics;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Projects.Common;
using EgovExport.Application.Projects.GetProject;
using EgovExport.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace EgovExport.Benchmarks;

/// <summary>
/// <c>rawread</c>: the baseline for GET /api/v1/projects/{id}. C concurrent workers read the same project rows
/// by id, round-robin over an ids file, for a fixed time, and report operations per second.
/// Modes: <c>raw</c> opens a pooled connection per read and runs <c>SELECT * FROM "Projects" WHERE "Id" = @id</c>,
/// reading every column (what a hand-written data layer does per request); <c>keepopen</c> keeps one open
/// connection and prepared command per worker (the ceiling); <c>ef</c> runs the real GetProjectHandler
/// (EF Core query + DTO mapping) on a pooled DbContext, without HTTP.
/// </summary>
internal static class RawReadCommand
{
    public static async Task<int> RunAsync(Args args, CancellationToken ct)
    {
        var db = Databases.FromArgs(args);
        var idsFile = args.Required("ids-file");
        var concurrency = args.Int("concurrency", 32);
        var duration = TimeSpan.FromSeconds(args.Double("duration", 10));
        var warmup = TimeSpan.FromSeconds(args.Double("warmup", 2));
        var modes = args.Get("mode", "raw").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        args.EnsureAllUsed();

        var ids = File.ReadAllLines(idsFile).Where(l => !string.IsNullOrWhiteSpace(l)).Select(Guid.Parse).ToArray();
        if (ids.Length == 0)
        {
            throw new InvalidOperationException($"{idsFile} holds no ids.");
        }

        foreach (var mode in modes)
        {
            Func<Worker> create = mode switch
            {
                "raw" => () => new RawWorker(db, ids, keepOpen: false),
                "keepopen" => () => new RawWorker(db, ids, keepOpen: true),
                "ef" => EfWorker.Factory(db, ids, null),
                _ when EfVariants.All.TryGetValue(mode, out var variant) => EfWorker.Factory(db, ids, variant),
                _ => throw new ArgumentException($"--mode {mode}: raw, keepopen, ef or one of {string.Join(", ", EfVariants.All.Keys)}."),
            };
            await MeasureAsync(mode, create, concurrency, warmup, duration, ids.Length, ct);
        }

        return 0;
    }

    private static async Task MeasureAsync(string mode, Func<Worker> create, int concurrency, TimeSpan warmup, TimeSpan duration, int idCount, CancellationToken ct)
    {
        var workers = Enumerable.Range(0, concurrency).Select(i => { var w = create(); w.Next = i * (idCount / concurrency); return w; }).ToList();
        var measuring = false;
        var stop = false;
        var errors = 0L;
        var tasks = workers.Select(w => Task.Factory.StartNew(async () =>
        {
            while (!Volatile.Read(ref stop))
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await w.ReadOneAsync(ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    if (Interlocked.Increment(ref errors) == 1)
                    {
                        Console.Error.WriteLine($"rawread {mode}: {ex.GetType().Name}: {ex.Message}");
                    }

                    continue;
                }

                if (Volatile.Read(ref measuring))
                {
                    w.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            await w.DisposeAsync();
        }, ct, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap()).ToList();

        await Task.Delay(warmup, ct);
        Volatile.Write(ref measuring, true);
        var sw = Stopwatch.StartNew();
        await Task.Delay(duration, ct);
        Volatile.Write(ref measuring, false);
        var elapsed = sw.Elapsed.TotalSeconds;
        Volatile.Write(ref stop, true);
        await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(30), ct);

        var all = workers.SelectMany(w => w.Latencies).Order().ToList();
        var opsPerSecond = all.Count / elapsed;
        Console.WriteLine($"rawread {mode}: {all.Count:N0} reads in {elapsed:0.0} s with {concurrency} workers = {opsPerSecond:N0} reads/s; " +
                          $"latency p50 {Stats.Ms(Stats.Percentile(all, 50))} ms, p99 {Stats.Ms(Stats.Percentile(all, 99))} ms; errors {errors}");
        Stats.Result(("mode", mode), ("ops", all.Count), ("ops_s", opsPerSecond), ("p50_ms", Stats.Percentile(all, 50)),
            ("p99_ms", Stats.Percentile(all, 99)), ("errors", errors), ("concurrency", concurrency));
    }

    private abstract class Worker : IAsyncDisposable
    {
        public List<double> Latencies { get; } = new(100_000);

        public int Next { get; set; }

        public abstract Task ReadOneAsync(CancellationToken ct);

        public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class RawWorker(Databases db, Guid[] ids, bool keepOpen) : Worker
    {
        private DbConnection? _connection;
        private DbCommand? _command;
        private DbParameter? _parameter;

        public long Checksum { get; private set; }

        public override async Task ReadOneAsync(CancellationToken ct)
        {
            var id = ids[Next++ % ids.Length];
            if (!keepOpen)
            {
                await using var connection = db.CreateConnection();
                await connection.OpenAsync(ct);
                await using var command = CreateCommand(connection, out var parameter);
                parameter.Value = db.KeyParameter(id);
                await ReadAsync(command, ct);
                return;
            }

            if (_connection is null)
            {
                _connection = db.CreateConnection();
                await _connection.OpenAsync(ct);
                _command = CreateCommand(_connection, out _parameter);
                await _command.PrepareAsync(ct);
            }

            _parameter!.Value = db.KeyParameter(id);
            await ReadAsync(_command!, ct);
        }

        public override async ValueTask DisposeAsync()
        {
            if (_command is not null) await _command.DisposeAsync();
            if (_connection is not null) await _connection.DisposeAsync();
            await base.DisposeAsync();
        }

        private DbCommand CreateCommand(DbConnection connection, out DbParameter parameter)
        {
            var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {db.Quote("Projects")} WHERE {db.Quote("Id")} = @id";
            parameter = command.CreateParameter();
            parameter.ParameterName = "@id";
            parameter.Value = db.KeyParameter(Guid.Empty);
            command.Parameters.Add(parameter);
            return command;
        }

        private async Task ReadAsync(DbCommand command, CancellationToken ct)
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            var rows = 0;
            while (await reader.ReadAsync(ct))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i); // materialize every column, as a data layer would
                    Checksum += value is string s ? s.Length : 1;
                }

                rows++;
            }

            if (rows != 1)
            {
                throw new InvalidOperationException($"Expected one row, read {rows}.");
            }
        }
    }

    /// <summary>Per read: a DI scope like an API request (pooled DbContext, the real read store), then the handler or a variant.</summary>
    private sealed class EfWorker(IServiceProvider services, Guid[] ids, Func<EgovExportDbContext, Guid, CancellationToken, Task<object?>>? variant) : Worker
    {
        public static Func<Worker> Factory(Databases db, Guid[] ids, Func<EgovExportDbContext, Guid, CancellationToken, Task<object?>>? variant)
        {
            var services = AppServices.Build(db);
            return () => new EfWorker(services, ids, variant);
        }

        public override async Task ReadOneAsync(CancellationToken ct)
        {
            var id = ids[Next++ % ids.Length];
            await using var scope = services.CreateAsyncScope();
            if (variant is not null)
            {
                _ = await variant(scope.ServiceProvider.GetRequiredService<EgovExportDbContext>(), id, ct) ?? throw new InvalidOperationException("Not found.");
                return;
            }

            var dto = await new GetProjectHandler(scope.ServiceProvider.GetRequiredService<IReadStore>(), scope.ServiceProvider.GetRequiredService<ProjectViewer>()).Handle(new GetProjectQuery(id), ct);
            if (dto.Id != id)
            {
                throw new InvalidOperationException("Read the wrong project.");
            }
        }
    }
}
