using System.Globalization;

namespace EgovExport.Benchmarks;

/// <summary>Exact percentiles over every recorded latency (the runs are short enough to keep them all).</summary>
internal static class Stats
{
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    public static string Ms(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>One machine-readable line: <c>RESULT key=value ...</c> (run.sh greps it).</summary>
    public static void Result(params (string Key, object Value)[] fields) =>
        Console.WriteLine("RESULT " + string.Join(' ', fields.Select(f => $"{f.Key}={Format(f.Value)}")));

    private static string Format(object value) => value switch
    {
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
