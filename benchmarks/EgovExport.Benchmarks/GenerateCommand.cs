using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using EgovExport.Application.Projects.CreateProject;
using EgovExport.Domain.Projects;
using EgovExport.Infrastructure.Persistence;
using EgovExport.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace EgovExport.Benchmarks;

/// <summary>
/// <c>generate</c>: migrates the database, seeds the reference data from seeds/, then inserts N synthetic
/// projects built through the domain, in batches (a fresh context per batch, change detection off).
/// </summary>
internal static class GenerateCommand
{
    public const int FirstYear = 2010;

    /// <summary>Codes are EXP-YYYY-NNNN and sorted as text, so a year holds at most 9999 projects.</summary>
    public const int MaxPerYear = 9999;

    public static async Task<int> RunAsync(Args args, CancellationToken ct)
    {
        var db = Databases.FromArgs(args);
        var count = args.Int("count", 100_000);
        var seed = args.Int("seed", 20261122);
        var batchSize = args.Int("batch", 2000);
        var ensure = args.Flag("ensure");
        var analyze = args.Get("analyze", "auto");
        var seedsFolder = args.Get("seeds") ?? FindSeedsFolder();
        var now = args.Get("now") is { } n
            ? DateTime.SpecifyKind(DateTime.Parse(n, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc)
            : DateTime.UtcNow.Date; // midnight: the same seed gives the same data all day
        args.EnsureAllUsed();

        var total = Stopwatch.StartNew();
        Console.WriteLine($"generate: provider={db.Provider} count={count:N0} seed={seed} batch={batchSize} now={now:yyyy-MM-dd HH:mm}Z seeds={seedsFolder}");

        ReferenceData reference;
        Dictionary<int, int> nextNumber;
        int existing;
        await using (var ctx = db.CreateContext())
        {
            ctx.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            var sw = Stopwatch.StartNew();
            await ctx.Database.MigrateAsync(ct);
            Console.WriteLine($"  migrated in {sw.Elapsed.TotalSeconds:0.0} s");
            await new ReferenceDataSeeder(ctx, NullLogger<ReferenceDataSeeder>.Instance).SeedAsync(seedsFolder, ct);
            reference = await ReferenceData.LoadAsync(ctx, ct);
            existing = await ctx.Projects.CountAsync(ct);
            nextNumber = [];
            for (var year = FirstYear; year <= now.Year; year++)
            {
                var prefix = $"EXP-{year:D4}-";
                var last = await ctx.Projects.Where(p => p.Code.StartsWith(prefix)).OrderByDescending(p => p.Code).Select(p => p.Code).FirstOrDefaultAsync(ct);
                nextNumber[year] = last is null ? 1 : int.Parse(last.AsSpan(9), CultureInfo.InvariantCulture) + 1;
            }
        }

        Console.WriteLine($"  reference data: {reference.PartnerCountries.Count} partner countries, {reference.KoreanAgencies.Count} agencies, " +
                          $"{reference.KoreanCompanies.Count} companies, {reference.Solutions.Count} solutions; {existing:N0} projects already there");
        if (ensure)
        {
            count = Math.Max(0, count - existing);
            Console.WriteLine($"  --ensure: {count:N0} to add");
        }

        var capacity = nextNumber.Sum(kv => Math.Max(0, MaxPerYear - kv.Value + 1));
        if (count > capacity)
        {
            throw new InvalidOperationException($"Only {capacity:N0} codes are left in {FirstYear}–{now.Year} (at most {MaxPerYear} a year).");
        }

        var factory = new ProjectFactory(reference, seed, now);
        var rng = new Random(seed);
        var years = new YearPicker(nextNumber, now);

        // Build on one thread (deterministic: one Random, one order) while the previous batch is saved.
        var channel = Channel.CreateBounded<List<ExportProject>>(2);
        var buildTime = TimeSpan.Zero;
        var saveTime = TimeSpan.Zero;
        var producer = Task.Run(async () =>
        {
            try
            {
                for (var done = 0; done < count;)
                {
                    var size = Math.Min(batchSize, count - done);
                    var batch = new List<ExportProject>(size);
                    var started = Stopwatch.GetTimestamp();
                    for (var i = 0; i < size; i++)
                    {
                        var (year, number) = years.Next(rng);
                        var opened = RandomMomentIn(rng, year, now);
                        batch.Add(factory.Build(rng, ProjectCode.Format(year, number), opened));
                    }

                    done += size;
                    buildTime += Stopwatch.GetElapsedTime(started);
                    await channel.Writer.WriteAsync(batch, ct);
                }

                channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                channel.Writer.Complete(ex);
            }
        }, ct);

        var load = Stopwatch.StartNew();
        var saved = 0;
        var lastReport = TimeSpan.Zero;
        await foreach (var batch in channel.Reader.ReadAllAsync(ct))
        {
            var started = Stopwatch.GetTimestamp();
            await using (var ctx = db.CreateContext())
            {
                ctx.ChangeTracker.AutoDetectChangesEnabled = false;
                ctx.Projects.AddRange(batch);
                await ctx.SaveChangesAsync(ct);
            }

            saveTime += Stopwatch.GetElapsedTime(started);
            saved += batch.Count;
            if (load.Elapsed - lastReport > TimeSpan.FromSeconds(5) || saved == count)
            {
                lastReport = load.Elapsed;
                Console.WriteLine($"  {saved,9:N0} / {count:N0} projects  {saved / load.Elapsed.TotalSeconds,7:N0}/s  {load.Elapsed.TotalSeconds,6:0.0} s  (building {buildTime.TotalSeconds:0.0} s, saving {saveTime.TotalSeconds:0.0} s)");
            }
        }

        await producer;
        Console.WriteLine($"  inserted {saved:N0} projects ({factory.Transitions:N0} transitions, {factory.Skips:N0} skips, {factory.BackMoves:N0} moves back) " +
                          $"in {load.Elapsed.TotalSeconds:0.0} s ({saved / Math.Max(0.001, load.Elapsed.TotalSeconds):N0}/s)");

        await AnalyzeAsync(db, analyze, ct);
        PrintFunnel(factory);
        Console.WriteLine($"generate: done in {total.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    /// <summary>
    /// PostgreSQL: VACUUM ANALYZE (the state autovacuum reaches within minutes) and CHECKPOINT. SQLite: nothing
    /// unless asked (the app never runs ANALYZE).
    /// </summary>
    private static async Task AnalyzeAsync(Databases db, string mode, CancellationToken ct)
    {
        var run = mode switch
        {
            "yes" or "true" => true,
            "no" or "false" => false,
            _ => db.Provider == DatabaseProvider.PostgreSql,
        };
        if (!run)
        {
            return;
        }

        var sw = Stopwatch.StartNew();
        await using var ctx = db.CreateContext();
        ctx.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var sql = db.Provider switch
        {
            DatabaseProvider.PostgreSql => "VACUUM ANALYZE",
            DatabaseProvider.Sqlite => "ANALYZE",
            _ => "EXEC sp_updatestats",
        };
        await ctx.Database.ExecuteSqlRawAsync(sql, ct);
        Console.WriteLine($"  {sql} in {sw.Elapsed.TotalSeconds:0.0} s");
        if (db.Provider == DatabaseProvider.PostgreSql)
        {
            // Write the load's dirty pages now, so that a checkpoint does not do it in the middle of a measurement.
            try
            {
                sw.Restart();
                await ctx.Database.ExecuteSqlRawAsync("CHECKPOINT", ct);
                Console.WriteLine($"  CHECKPOINT in {sw.Elapsed.TotalSeconds:0.0} s");
            }
            catch (Npgsql.PostgresException ex)
            {
                Console.WriteLine($"  CHECKPOINT skipped: {ex.MessageText}");
            }
        }
    }

    private static void PrintFunnel(ProjectFactory factory)
    {
        var statuses = Enum.GetValues<ProjectStatus>();
        Console.WriteLine("  funnel (stage reached × status):");
        Console.WriteLine("    " + "stage".PadRight(12) + string.Concat(statuses.Select(s => s.ToString().PadLeft(11))) + "      total");
        foreach (var stage in Enum.GetValues<Stage>())
        {
            var row = statuses.Select(s => factory.Outcomes.GetValueOrDefault((stage, s))).ToList();
            Console.WriteLine("    " + stage.ToString().PadRight(12) + string.Concat(row.Select(v => v.ToString("N0", CultureInfo.InvariantCulture).PadLeft(11))) +
                              row.Sum().ToString("N0", CultureInfo.InvariantCulture).PadLeft(11));
        }
    }

    private static DateTime RandomMomentIn(Random rng, int year, DateTime now)
    {
        var first = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var last = year == now.Year ? now.Date.AddDays(-1) : new DateTime(year, 12, 31, 0, 0, 0, DateTimeKind.Utc);
        var day = first.AddDays(rng.Next((int)(last - first).TotalDays + 1));
        return day.AddHours(rng.Next(8, 19)).AddMinutes(rng.Next(60)).AddSeconds(rng.Next(60));
    }

    /// <summary>Finds seeds/ by walking up from the working directory and from the program's folder.</summary>
    private static string FindSeedsFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seeds");
                if (File.Exists(Path.Combine(candidate, "countries.json")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("seeds/ not found above the working directory; pass --seeds PATH.");
    }

    /// <summary>Years weighted to grow over time (more activity lately), the current year pro rata; full years are skipped.</summary>
    private sealed class YearPicker
    {
        private readonly Dictionary<int, int> _next;
        private readonly List<int> _years;
        private readonly List<double> _weights;

        public YearPicker(Dictionary<int, int> next, DateTime now)
        {
            _next = next;
            _years = next.Keys.Order().ToList();
            _weights = _years.Select(y => (1 + 0.12 * (y - FirstYear)) * (y == now.Year ? now.DayOfYear / 365.0 : 1)).ToList();
        }

        public (int Year, int Number) Next(Random rng)
        {
            while (true)
            {
                var r = rng.NextDouble() * _weights.Sum();
                var i = 0;
                for (; i < _weights.Count - 1 && r >= _weights[i]; i++)
                {
                    r -= _weights[i];
                }

                var year = _years[i];
                var number = _next[year];
                if (number <= MaxPerYear)
                {
                    _next[year] = number + 1;
                    return (year, number);
                }

                _weights[i] = 0; // this year is full
            }
        }
    }
}
