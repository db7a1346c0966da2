using System.Diagnostics;
using System.Net;

namespace EgovExport.Benchmarks;

/// <summary>
/// <c>rate</c>: an open-loop HTTP load at a fixed request rate, for latency at a given share of saturation
/// (Debian's wrk has no rate option). Request i is due at start + i/rate and is sent then whatever the
/// earlier ones are doing; its latency is measured from when it was due, so a server stall shows up in
/// the percentiles instead of silently slowing the client (no coordinated omission). Every latency is
/// kept and the percentiles are exact.
/// </summary>
internal static class RateCommand
{
    public static async Task<int> RunAsync(Args args, CancellationToken ct)
    {
        var urls = args.Get("urls-file") is { } file
            ? File.ReadAllLines(file).Where(l => !string.IsNullOrWhiteSpace(l)).ToArray()
            : [args.Required("url")];
        var rate = args.Double("rate", 100);
        var duration = TimeSpan.FromSeconds(args.Double("duration", 15));
        var warmup = TimeSpan.FromSeconds(args.Double("warmup", 2));
        var connections = args.Int("connections", 8);
        var maxInFlight = args.Int("max-in-flight", 2000);
        var label = args.Get("label", "rate");
        var bearer = args.Get("bearer") ?? Environment.GetEnvironmentVariable("BENCH_TOKEN");
        args.EnsureAllUsed();

        foreach (var url in urls)
        {
            var host = new Uri(url).Host;
            if (!IPAddress.TryParse(host, out var ip) ? host != "localhost" : !IPAddress.IsLoopback(ip))
            {
                throw new ArgumentException($"{url}: only loopback addresses are allowed.");
            }
        }

        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            UseProxy = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
        if (!string.IsNullOrEmpty(bearer))
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        if (warmup > TimeSpan.Zero)
        {
            await RunAsync(client, urls, rate, warmup, maxInFlight, ct);
        }

        var r = await RunAsync(client, urls, rate, duration, maxInFlight, ct);
        var sorted = r.Latencies.Order().ToList();
        var service = r.ServiceTimes.Order().ToList();
        var late = r.Lateness.Order().ToList();
        Console.WriteLine($"rate {label}: target {rate:0.#}/s for {duration.TotalSeconds:0} s over {connections} connections: sent {r.Sent:N0}, " +
                          $"completed {sorted.Count:N0} ({sorted.Count / r.Elapsed:0.#}/s), non-2xx {r.Errors}, gave up {r.Dropped}");
        Console.WriteLine($"  latency from due time (ms): p50 {Stats.Ms(Stats.Percentile(sorted, 50))}  p90 {Stats.Ms(Stats.Percentile(sorted, 90))}  " +
                          $"p99 {Stats.Ms(Stats.Percentile(sorted, 99))}  p99.9 {Stats.Ms(Stats.Percentile(sorted, 99.9))}  max {Stats.Ms(sorted.Count > 0 ? sorted[^1] : double.NaN)}");
        Console.WriteLine($"  service time (ms):         p50 {Stats.Ms(Stats.Percentile(service, 50))}  p90 {Stats.Ms(Stats.Percentile(service, 90))}  " +
                          $"p99 {Stats.Ms(Stats.Percentile(service, 99))}  (sent to response read)");
        Console.WriteLine($"  client send lateness (ms): p50 {Stats.Ms(Stats.Percentile(late, 50))}  p99 {Stats.Ms(Stats.Percentile(late, 99))}  " +
                          "(client-side delay, included in the latency above)");
        Stats.Result(("label", label), ("rate", rate), ("achieved_s", sorted.Count / r.Elapsed), ("p50_ms", Stats.Percentile(sorted, 50)),
            ("p90_ms", Stats.Percentile(sorted, 90)), ("p99_ms", Stats.Percentile(sorted, 99)), ("p999_ms", Stats.Percentile(sorted, 99.9)),
            ("max_ms", sorted.Count > 0 ? sorted[^1] : double.NaN),
            ("service_p99_ms", Stats.Percentile(service, 99)), ("late_p99_ms", Stats.Percentile(late, 99)), ("errors", r.Errors), ("dropped", r.Dropped));
        return r.Errors > 0 || r.Dropped > 0 ? 1 : 0;
    }

    private sealed record Run(List<double> Latencies, List<double> ServiceTimes, List<double> Lateness, long Sent, long Errors, long Dropped, double Elapsed);

    private static async Task<Run> RunAsync(HttpClient client, string[] urls, double rate, TimeSpan duration, int maxInFlight, CancellationToken ct)
    {
        var total = (long)Math.Round(rate * duration.TotalSeconds);
        var latencies = new List<double>((int)total);
        var service = new List<double>((int)total);
        var lateness = new List<double>((int)total);
        var pending = new List<Task>((int)total);
        long errors = 0, dropped = 0, inFlight = 0, sent = 0;
        var clock = Stopwatch.StartNew();

        async Task SendAsync(string url, double dueMs)
        {
            var startedMs = clock.Elapsed.TotalMilliseconds;
            try
            {
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead, ct);
                var doneMs = clock.Elapsed.TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }

                lock (latencies)
                {
                    latencies.Add(doneMs - dueMs);
                    service.Add(doneMs - startedMs);
                    lateness.Add(startedMs - dueMs);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref errors);
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        }

        // A dedicated thread keeps the schedule: it sleeps with usleep (sub-millisecond, no spinning, so it
        // takes no CPU from the server on a small machine) until the next request is due, then starts it.
        var scheduler = new Thread(() =>
        {
            while (sent < total && !ct.IsCancellationRequested)
            {
                var dueMs = sent * 1000.0 / rate;
                var waitMs = dueMs - clock.Elapsed.TotalMilliseconds;
                if (waitMs > 0.05)
                {
                    Native.Sleep(waitMs);
                    continue;
                }

                if (Interlocked.Read(ref inFlight) >= maxInFlight)
                {
                    dropped++; // the server cannot keep up: count it instead of queueing without bound
                }
                else
                {
                    Interlocked.Increment(ref inFlight);
                    var task = SendAsync(urls[sent % urls.Length], dueMs);
                    lock (pending)
                    {
                        pending.Add(task);
                    }
                }

                sent++;
            }
        })
        { IsBackground = true, Name = "rate scheduler", Priority = ThreadPriority.AboveNormal };
        scheduler.Start();
        await Task.Run(() => scheduler.Join(duration + TimeSpan.FromSeconds(30)), ct);

        Task[] started;
        lock (pending)
        {
            started = pending.ToArray();
        }

        await Task.WhenAll(started).WaitAsync(TimeSpan.FromSeconds(30), ct);
        return new Run(latencies, service, lateness, sent, errors, dropped, duration.TotalSeconds);
    }
}

/// <summary>usleep from libc: a sleep with microsecond resolution (Thread.Sleep rounds to milliseconds).</summary>
internal static partial class Native
{
    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "usleep")]
    private static partial int USleep(uint microseconds);

    public static void Sleep(double milliseconds)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            _ = USleep((uint)Math.Max(1, milliseconds * 1000));
        }
        else
        {
            Thread.Sleep(TimeSpan.FromMilliseconds(Math.Max(1, milliseconds)));
        }
    }
}
