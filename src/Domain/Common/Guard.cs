namespace EgovExport.Domain.Common;

/// <summary>Small checks for invariants that every constructor of the domain shares.</summary>
internal static class Guard
{
    public static string Text(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainValidationException(field, "must not be empty.");
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new DomainValidationException(field, $"must be at most {maxLength} characters.");
        }

        return trimmed;
    }

    public static string? OptionalText(string? value, string field, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Text(value, field, maxLength);

    public static T Defined<T>(T value, string field) where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new DomainValidationException(field, $"'{value}' is not a valid value.");

    public static void NotInFuture(DateOnly date, DateOnly today, string field)
    {
        if (date > today)
        {
            throw new DomainValidationException(field, "must not be in the future.");
        }
    }

    public static void After(DateOnly later, DateOnly earlier, string field, string earlierName)
    {
        if (later <= earlier)
        {
            throw new DomainValidationException(field, $"must be after {earlierName}.");
        }
    }

    public static Guid Id(Guid value, string field) =>
        value == Guid.Empty ? throw new DomainValidationException(field, "must not be empty.") : value;

    public static decimal NotNegative(decimal value, string field) =>
        value < 0 ? throw new DomainValidationException(field, "must not be negative.") : value;

    public static decimal Positive(decimal value, string field) =>
        value <= 0 ? throw new DomainValidationException(field, "must be greater than 0.") : value;

    public static string CurrencyCode(string? value, string field)
    {
        var code = Text(value, field, 3).ToUpperInvariant();
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            throw new DomainValidationException(field, "must be a three-letter ISO 4217 currency code.");
        }

        return code;
    }

    public static string CountryCode(string? value, string field)
    {
        var code = Text(value, field, 2).ToUpperInvariant();
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
        {
            throw new DomainValidationException(field, "must be a two-letter ISO 3166-1 alpha-2 code.");
        }

        return code;
    }
}
