using System.Globalization;

namespace Extraction.Registers;

/// <summary>When each letter arrived, as a CSV of <c>id,arrival</c> lines ("seed-000,2023-05-26T08:30"
/// or "seed-000,2023-05-26"; a first line "id,arrival" is a heading). The archive's intake times
/// or a clerk's own log can be given this way.</summary>
public static class ArrivalLog
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    /// <exception cref="FormatException">A line is not "id,date"; the message names the line.</exception>
    public static IReadOnlyDictionary<string, DateTime> Parse(TextReader reader)
    {
        var arrivals = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        var number = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (line.Trim().Length == 0 || (number == 1 && line.StartsWith("id,", StringComparison.OrdinalIgnoreCase))) continue;
            var fields = line.Split(',');
            if (fields.Length != 2 || fields[0].Trim().Length == 0
                || !DateTime.TryParseExact(fields[1].Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var arrived))
                throw new FormatException($"line {number} is not \"id,arrival\" with an arrival like 2023-05-26 or 2023-05-26T08:30: \"{line}\"");
            arrivals[fields[0].Trim()] = arrived;
        }
        return arrivals;
    }
}
