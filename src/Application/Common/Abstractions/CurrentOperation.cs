namespace EgovExport.Application.Common.Abstractions;

/// <summary>The use case the current request runs (<c>MoveProject</c>); set by the pipeline, read by the audit trail.</summary>
public sealed class CurrentOperation
{
    public string? Name { get; set; }

    /// <summary><c>MoveProjectCommand</c> → <c>MoveProject</c>.</summary>
    public static string NameOf(Type requestType)
    {
        var name = requestType.Name;
        foreach (var suffix in new[] { "Command", "Query" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}
