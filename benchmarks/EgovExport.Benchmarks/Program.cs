using System.Net;
using System.Net.Sockets;
using EgovExport.Benchmarks;

// EgovExport benchmark tooling. benchmarks/README.md describes every command; benchmarks/load/run.sh drives them.
const string Usage = """
    usage: EgovExport.Benchmarks <command> [options]
      generate  --provider Sqlite|PostgreSql|SqlServer --connection "..." [--count 100000] [--seed N] [--batch 2000]
                [--ensure] [--analyze auto|yes|no] [--seeds PATH] [--now yyyy-MM-dd]
      rawread   --provider P --connection "..." --ids-file FILE [--concurrency 32] [--duration 10] [--warmup 2]
                [--mode raw,keepopen,ef]
      rate      --url URL | --urls-file FILE  --rate R [--duration 15] [--warmup 2] [--connections 8] [--label NAME] [--bearer TOKEN (or BENCH_TOKEN)]
      explain   --provider P --connection "..." [--id GUID] [--q customs] [--stage Consulting] [--sort -estimatedValueUsd]
      freeport  prints a free TCP port on 127.0.0.1
    """;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cts.Cancel();
};

try
{
    var options = new Args(args.Skip(1));
    return args[0] switch
    {
        "generate" => await GenerateCommand.RunAsync(options, cts.Token),
        "rawread" => await RawReadCommand.RunAsync(options, cts.Token),
        "rate" => await RateCommand.RunAsync(options, cts.Token),
        "explain" => await ExplainCommand.RunAsync(options, cts.Token),
        "freeport" => FreePort(),
        _ => throw new ArgumentException($"Unknown command '{args[0]}'."),
    };
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(Usage);
    return 2;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    Console.WriteLine(((IPEndPoint)listener.LocalEndpoint).Port);
    return 0;
}
