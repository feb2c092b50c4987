using System.Globalization;

namespace Extraction.Records;

/// <summary>The record's dates are ISO 8601, partial where the letter leaves parts blank.</summary>
public static class IsoDates
{
    private const string FullFormat = "yyyy-MM-dd";

    /// <summary>The date when the ISO text is a whole day ("2023-05-25"); null for "2024-05", "2023" or nothing.</summary>
    public static DateOnly? Full(string? iso) =>
        DateOnly.TryParseExact(iso, FullFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string Format(DateOnly date) => date.ToString(FullFormat, CultureInfo.InvariantCulture);

    /// <summary>The earliest dated deadline the letter sets, or null.</summary>
    public static DateOnly? EarliestDeadline(LetterRecord record) => record.Deadlines.Select(d => Full(d.Date)).Where(d => d is not null).Min();
}
