namespace EgovExport.Domain.Catalog;

/// <summary>The official e-government export value of a year and/or the target set for it, in US dollars.</summary>
public sealed class ExportRecord
{
    private ExportRecord()
    {
    }

    public int Year { get; private set; }

    public decimal? OfficialValueUsd { get; private set; }

    public decimal? TargetValueUsd { get; private set; }

    public static ExportRecord Create(int year, decimal? officialValueUsd, decimal? targetValueUsd) =>
        new() { Year = year, OfficialValueUsd = officialValueUsd, TargetValueUsd = targetValueUsd };

    public void Update(decimal? officialValueUsd, decimal? targetValueUsd)
    {
        OfficialValueUsd = officialValueUsd;
        TargetValueUsd = targetValueUsd;
    }
}
