using System.Text.RegularExpressions;
using Extraction.Records;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Fields;

/// <summary>Địa danh và ngày ban hành: "Cần Thơ, ngày 25 tháng 5 năm 2023" → place "Cần Thơ",
/// issued "2023-05-25"; a blank day gives "2024-05", blank day and month "2024".</summary>
public sealed partial class PlaceDateExtractor : IFieldExtractor
{
    public void Extract(SegmentedLetter letter, LetterRecord record)
    {
        foreach (var line in letter.In(Zone.PlaceDate))
        {
            var parsed = Parse(line.Text);
            if (parsed is null) continue;
            record.Place = parsed.Value.Place;
            record.IssuedDate = parsed.Value.Date;
            if (record.Place is not null) Provenance.Note(record, "place", line);
            Provenance.Note(record, "issuedDate", line);
            return;
        }
    }

    public static (string? Place, string Date)? Parse(string text)
    {
        var nfc = VietnameseText.Nfc(text);
        var m = PlaceAndDate().Match(WithOneForLookalikes(VietnameseText.FoldLower(nfc)));
        if (!m.Success) return null;
        var year = int.Parse(m.Groups["year"].Value);
        var month = ParseNumber(m.Groups["month"].Value, 1, 12);
        var day = month is null ? null : ParseNumber(m.Groups["day"].Value, 1, DateTime.DaysInMonth(year, month.Value));
        var date = month is null ? $"{year:0000}" : day is null ? $"{year:0000}-{month:00}" : $"{year:0000}-{month:00}-{day:00}";
        var place = m.Groups["place"].Success ? CleanPlace(nfc.Substring(m.Groups["place"].Index, m.Groups["place"].Length)) : null;
        return (string.IsNullOrEmpty(place) ? null : place, date);
    }

    /// <summary>OCR reads a 1 beside other digits of a day or month as a stroke: "ngày |5", "tháng 1]",
    /// "tháng 0I". Only after "ngày", and one character for one, so the place keeps its position.</summary>
    private static string WithOneForLookalikes(string folded)
    {
        var start = folded.IndexOf("ngay", StringComparison.Ordinal);
        return start < 0 ? folded : string.Concat(folded.AsSpan(0, start), OneLookalike().Replace(folded[start..], "1"));
    }

    private static int? ParseNumber(string text, int min, int max) =>
        int.TryParse(text, out var n) && n >= min && n <= max ? n : null;

    /// <summary>"TP. Hồ Chí Minh" stays as printed; an OCR-damaged name is restored from the gazetteer.</summary>
    private static string CleanPlace(string place)
    {
        var trimmed = place.TrimChars(" ,.-");
        return Gazetteer.Canonical(trimmed) ?? trimmed;
    }

    // OCR leaves debris where a day or month was handwritten: "ngày⁄{5 tháng 01 năm 2025"; a
    // number run into letters ("ngày 4T tháng") is a misread, not a day.
    [GeneratedRegex(@"^(?<place>[^,\d]{2,40}?)?\s*,?\s*ngay(?:[^\d]{0,3}(?<day>\d{1,2})(?!(?!thang)\p{L})\D{0,6}?|.{0,12}?)thang(?:[^\d]{0,3}(?<month>\d{1,2})(?!(?!nam)\p{L})\D{0,6}?|.{0,12}?)nam\s*(?<year>(?:19|20)\d{2})")]
    private static partial Regex PlaceAndDate();

    [GeneratedRegex(@"(?<=\d)[|il\]!](?!\p{L})|(?<![\p{L}\d])[|il\]!](?=\d)")]
    private static partial Regex OneLookalike();
}
