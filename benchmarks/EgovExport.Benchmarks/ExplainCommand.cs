using System.Diagnostics;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Projects.Common;
using EgovExport.Application.Projects.GetProject;
using EgovExport.Application.Projects.ListProjects;
using EgovExport.Domain.Projects;
using EgovExport.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EgovExport.Benchmarks;

/// <summary>
/// <c>explain</c>: runs the real GetProject and ListProjects handlers over the API's own infrastructure, records
/// every SQL command EF Core executes for them (an interceptor), prints each with its parameters and its query
/// plan (SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN (ANALYZE, BUFFERS), same parameters), and the
/// handler's median time in-process, without HTTP.
/// </summary>
internal static class ExplainCommand
{
    public static async Task<int> RunAsync(Args args, CancellationToken ct)
    {
        var db = Databases.FromArgs(args);
        var q = args.Get("q", "customs");
        var idText = args.Get("id");
        var stage = Enum.Parse<Stage>(args.Get("stage", "Consulting"), ignoreCase: true);
        var sort = args.Get("sort", "-estimatedValueUsd");
        var repeat = args.Int("repeat", 30);
        args.EnsureAllUsed();
        if (db.Provider == DatabaseProvider.SqlServer)
        {
            throw new NotSupportedException("explain supports Sqlite and PostgreSql.");
        }

        var capture = new CommandCapture();
        await using var services = AppServices.Build(db, capture);
        Guid id;
        await using (var scope = services.CreateAsyncScope())
        {
            id = idText is null
                ? await scope.ServiceProvider.GetRequiredService<EgovExportDbContext>().Projects.OrderBy(p => p.Code).Select(p => p.Id).FirstAsync(ct)
                : Guid.Parse(idText);
        }

        await ExplainAsync(db, services, capture, "GET /api/v1/projects/{id}", repeat,
            (sp, c) => new GetProjectHandler(sp.GetRequiredService<IReadStore>(), sp.GetRequiredService<ProjectViewer>()).Handle(new GetProjectQuery(id), c).AsTask(), ct);
        await ExplainAsync(db, services, capture, $"GET /api/v1/projects?stage={stage}&sort={sort}&pageSize=25", repeat,
            (sp, c) => new ListProjectsHandler(sp.GetRequiredService<IReadStore>(), sp.GetRequiredService<IPersonNames>(), sp.GetRequiredService<ProjectViewer>()).Handle(new ListProjectsQuery(Stage: stage, Sort: sort), c).AsTask(), ct);
        await ExplainAsync(db, services, capture, $"GET /api/v1/projects?q={q}", repeat,
            (sp, c) => new ListProjectsHandler(sp.GetRequiredService<IReadStore>(), sp.GetRequiredService<IPersonNames>(), sp.GetRequiredService<ProjectViewer>()).Handle(new ListProjectsQuery(Q: q), c).AsTask(), ct);
        return 0;
    }

    private static async Task ExplainAsync(Databases db, IServiceProvider services, CommandCapture capture, string title, int repeat,
        Func<IServiceProvider, CancellationToken, Task> handler, CancellationToken ct)
    {
        Console.WriteLine($"=== {title}");
        var times = new List<double>();
        for (var i = 0; i <= repeat; i++)
        {
            capture.Enabled = i == 0;
            capture.Commands.Clear();
            await using var scope = services.CreateAsyncScope();
            var sw = Stopwatch.StartNew();
            await handler(scope.ServiceProvider, ct);
            if (i > 0)
            {
                times.Add(sw.Elapsed.TotalMilliseconds); // the first run (compiling the query, capturing) is not timed
            }
            else
            {
                capture.Enabled = false;
                PrintedCommands = capture.Commands.ToList();
            }
        }

        times.Sort();
        Console.WriteLine($"--- {PrintedCommands.Count} statement(s); handler in-process (DI scope and pooled DbContext as in the API, no HTTP): " +
                          $"median {Stats.Ms(Stats.Percentile(times, 50))} ms, p90 {Stats.Ms(Stats.Percentile(times, 90))} ms over {repeat} runs");
        foreach (var command in PrintedCommands)
        {
            Console.WriteLine("-- statement:");
            foreach (var p in command.Parameters)
            {
                Console.WriteLine($"--   {p.Name} = {p.Value} ({p.DbType})");
            }

            Console.WriteLine(string.Join('\n', command.Text.Split('\n').Select(l => "   " + l.TrimEnd('\r'))));
            Console.WriteLine("-- plan:");
            await using var connection = db.CreateConnection();
            await connection.OpenAsync(ct);
            await using var explain = connection.CreateCommand();
            explain.CommandText = (db.Provider == DatabaseProvider.PostgreSql ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + command.Text;
            foreach (var p in command.Parameters)
            {
                var parameter = explain.CreateParameter();
                parameter.ParameterName = p.Name;
                parameter.Value = p.Value ?? DBNull.Value;
                parameter.DbType = p.DbType;
                explain.Parameters.Add(parameter);
            }

            await using var reader = await explain.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                Console.WriteLine("   " + (db.Provider == DatabaseProvider.PostgreSql ? reader.GetString(0) : $"{reader.GetValue(1),3} {reader.GetString(3)}"));
            }

            Console.WriteLine();
        }
    }

    private static List<CommandCapture.Command> PrintedCommands { get; set; } = [];
}
