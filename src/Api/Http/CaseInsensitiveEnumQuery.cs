using EgovExport.Application.Common.Paging;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Primitives;

namespace EgovExport.Api.Http;

/// <summary>
/// Enum values are read case-insensitively everywhere. JSON bodies already are; the query-string binder
/// is not, so this rewrites enum filters (<c>stage=consulting</c>) to their declared spelling before
/// binding. Only parameters that list queries declare as enums are touched, never free text.
/// </summary>
internal sealed class CaseInsensitiveEnumQuery(RequestDelegate next)
{
    private static readonly Dictionary<string, Type> EnumParameters = typeof(IPagedQuery).Assembly.GetTypes()
        .Where(t => t is { IsInterface: false, IsAbstract: false } && t.IsAssignableTo(typeof(IPagedQuery)))
        .SelectMany(t => t.GetProperties())
        .Select(p => (p.Name, Type: Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
        .Where(p => p.Type.IsEnum)
        .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().Type, StringComparer.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (query.Count > 0 && query.Any(NeedsRewrite))
        {
            var builder = new QueryBuilder();
            foreach (var (key, values) in query)
            {
                builder.Add(key, values.Select(v => Canonical(key, v)).ToArray());
            }

            context.Request.QueryString = builder.ToQueryString();
        }

        return next(context);
    }

    private static bool NeedsRewrite(KeyValuePair<string, StringValues> parameter) =>
        EnumParameters.ContainsKey(parameter.Key) && parameter.Value.Any(v => Canonical(parameter.Key, v) != v);

    private static string Canonical(string key, string? value) =>
        value is not null && EnumParameters.TryGetValue(key, out var type)
            && Enum.GetNames(type).FirstOrDefault(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase)) is { } name
            ? name
            : value ?? "";
}
