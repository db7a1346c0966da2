using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace EgovExport.Api.Http;

/// <summary>Plain-language messages for values the JSON reader or the query binder could not take.</summary>
internal static partial class BindingMessages
{
    /// <summary>
    /// Describes what the field at the exception's JSON path expects. The reader names the record that
    /// failed, not the field's type, so the type is found by walking the path through the body's type.
    /// </summary>
    public static string ForJson(JsonException exception, Type? bodyType)
    {
        if (exception.Path is null or "$")
        {
            return "The body must be a JSON object of the documented shape.";
        }

        if (!ConvertPattern().IsMatch(exception.Message))
        {
            return "is not valid JSON at this position.";
        }

        return FieldType(bodyType, exception.Path) is { } type ? $"must be {Expected(type)}." : "has a value of the wrong type.";
    }

    public static string ForValue(string typeName, string value)
    {
        var type = NullablePattern().Match(typeName) is { Success: true } m ? m.Groups["inner"].Value : typeName;
        var enumType = typeof(Domain.Projects.Stage).Assembly.GetTypes().FirstOrDefault(t => t.IsEnum && t.Name == type);
        return enumType is not null
            ? $"'{value}' is not valid here: expected {Expected(enumType)}."
            : $"'{value}' is not valid here: expected {(type is "int" or "Int32" ? "a whole number within range" : "a value of type " + type)}.";
    }

    private static Type? FieldType(Type? type, string path)
    {
        foreach (Match segment in SegmentPattern().Matches(path))
        {
            if (type is null)
            {
                return null;
            }

            type = segment.Groups["index"].Success
                ? ElementType(type)
                : type.GetProperty(segment.Groups["name"].Value, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
        }

        return type;
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType() : type.IsGenericType ? type.GetGenericArguments()[0] : null;

    /// <summary>Describes a .NET type as a client would understand it.</summary>
    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return $"one of {string.Join(", ", Enum.GetNames(type))}";
        }

        if (type != typeof(string) && type.IsAssignableTo(typeof(System.Collections.IEnumerable)))
        {
            return "an array";
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Int32 or TypeCode.Int64 => "a whole number within range",
            TypeCode.Decimal or TypeCode.Double => "a number within range",
            TypeCode.String => "a string",
            TypeCode.Boolean => "true or false",
            TypeCode.DateTime => "a date and time in ISO 8601",
            _ when type == typeof(DateOnly) => "a real date written yyyy-MM-dd",
            _ when type == typeof(Guid) => "a GUID",
            _ => "an object",
        };
    }

    [GeneratedRegex(@"could not be converted to")]
    private static partial Regex ConvertPattern();

    [GeneratedRegex(@"\.(?<name>\w+)|\[(?<index>\d+)\]")]
    private static partial Regex SegmentPattern();

    [GeneratedRegex(@"Nullable(`1\[|<)(?<inner>[^\]>]+)")]
    private static partial Regex NullablePattern();
}
