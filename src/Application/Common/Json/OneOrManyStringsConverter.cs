using System.Text.Json;
using System.Text.Json.Serialization;

namespace EgovExport.Application.Common.Json;

/// <summary>
/// Reads a list of strings that a caller may also send as one string (<c>"requestedAreas": "customs"</c>
/// is taken as <c>["customs"]</c>); always writes an array.
/// </summary>
public sealed class OneOrManyStringsConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => [reader.GetString()!],
            JsonTokenType.StartArray => JsonSerializer.Deserialize<List<string>>(ref reader, options),
            _ => throw new JsonException("Expected a string or an array of strings."),
        };

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}
