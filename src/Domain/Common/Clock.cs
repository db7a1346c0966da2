namespace EgovExport.Domain.Common;

/// <summary>
/// "Now" as the domain sees it: the instant (UTC) and the calendar day used for "not in the future" checks.
/// Passed into every method that needs it, so the rules are deterministic in tests.
/// </summary>
public readonly record struct Moment(DateTime UtcNow)
{
    public DateOnly Today => DateOnly.FromDateTime(UtcNow);

    public static Moment At(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
