using System.Text.RegularExpressions;
using Extraction.Records;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Fields;

/// <summary>Trích yếu: the "V/v" lines or the lines under the type title, joined by single spaces,
/// without "V/v"/"Về việc" and without a closing full stop.</summary>
public sealed partial class SubjectExtractor : IFieldExtractor
{
    public void Extract(SegmentedLetter letter, LetterRecord record)
    {
        var lines = letter.In(Zone.Subject);
        if (lines.Count == 0) return;
        var joined = string.Join(' ', lines.Select(l => l.Text));
        var subject = Clean(joined);
        if (subject.Length == 0) return;
        record.Subject = subject;
        Provenance.Note(record, "subject", lines[0]);
    }

    public static string Clean(string text)
    {
        var collapsed = CodeSpacing.JoinSplitCodes(VietnameseText.CollapseSpaces(text).Trim());
        var lead = Lead().Match(VietnameseText.FoldLower(collapsed));
        var withoutLead = lead.Success ? collapsed[lead.Length..] : collapsed;
        var repaired = AdminLexicon.RepairKnownPhrases(withoutLead, minWords: 3);
        return repaired.TrimEndChars(".;, ").Trim();
    }

    // "V/v", "V/V", "v.v", OCR's "V/y", "Về việc" and its OCR slips "Vệ việc", "Và việc", "Vêviệc",
    // after any specks a seal left in front of it. Matched on the folded text.
    [GeneratedRegex(@"^[^a-z]{0,12}(?:v\s*[/.]\s*[vy]\b|v[ea]\s*viec\b)\s*:?\s*")]
    private static partial Regex Lead();
}
