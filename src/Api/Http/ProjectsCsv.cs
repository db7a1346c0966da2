using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using EgovExport.Application.Projects.ListProjects;

namespace EgovExport.Api.Http;

/// <summary>
/// Projects as RFC 4180 CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Korean text),
/// invariant numbers and ISO dates, and cells that start like a formula (=, +, -, @) escaped so opening
/// the file cannot run anything.
/// </summary>
internal static class ProjectsCsv
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
    };

    public static byte[] Write(IReadOnlyList<ProjectSummaryDto> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, Configuration))
        {
            foreach (var header in Headers)
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var p in rows)
            {
                csv.WriteField(p.Code);
                csv.WriteField(p.Title);
                csv.WriteField(p.CountryCode);
                csv.WriteField(p.LeadAgencyName);
                csv.WriteField(p.OwnerName);
                csv.WriteField(p.Stage.ToString());
                csv.WriteField(p.Status.ToString());
                csv.WriteField(p.EstimatedValueUsd.ToString("0.##", CultureInfo.InvariantCulture));
                csv.WriteField(p.Probability);
                csv.WriteField(p.ExpectedDecisionOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(p.StageEnteredAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                csv.WriteField(p.UpdatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                csv.NextRecord();
            }
        }

        return buffer.ToArray();
    }

    private static readonly string[] Headers =
    [
        "code", "title", "countryCode", "leadAgency", "owner", "stage", "status", "estimatedValueUsd", "probability",
        "expectedDecisionOn", "stageEnteredAt", "updatedAt",
    ];
}
