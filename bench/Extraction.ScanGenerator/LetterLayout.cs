using System.Text;
using System.Text.RegularExpressions;

namespace Extraction.ScanGenerator;

/// <summary>A line of text set in one style.</summary>
public sealed record StyledLine(string Text, LineStyle Style);

public enum LineStyle { Plain, Bold, Italic, Small, SmallBoldItalic, ListItem, Paragraph }

/// <summary>
/// A letter arranged the way Vietnamese administrative letters are printed (Nghị định 30/2020):
/// a two-column letterhead, the addressees, the body, and a two-column signature block.
/// </summary>
public sealed record LetterLayout(
    IReadOnlyList<StyledLine> HeaderLeft, IReadOnlyList<StyledLine> HeaderRight, IReadOnlyList<StyledLine> Subject,
    IReadOnlyList<StyledLine> Body,
    IReadOnlyList<StyledLine> SignatureLeft, IReadOnlyList<StyledLine> SignatureRight)
{
    private static readonly Regex Markdown = new(@"\*+|#+ ", RegexOptions.Compiled);
    private static readonly Regex NumberThenPlace = new(@"^(Số:?\s*\S*/\S+)\s+(\S.*,\s*ngày.*)$", RegexOptions.Compiled);

    /// <summary>The text an ideal reading gives: the letterhead's left column (issuer, number and the
    /// subject "V/v ..." printed under it), its right column, the body, then the signature block's left
    /// and right columns.</summary>
    public string ReadingText => string.Join('\n',
        new[] { HeaderLeft, Subject, HeaderRight, Body, SignatureLeft, SignatureRight }.SelectMany(b => b).Select(l => HandwrittenBlank.Unmark(l.Text)));

    /// <summary>Arranges a corpus letter's text: motto and place-date lines go right in the header; the
    /// "Nơi nhận" list goes left and the signer right at the end.</summary>
    public static LetterLayout FromText(string text)
    {
        var lines = text.Normalize(NormalizationForm.FormC).ReplaceLineEndings("\n").Split('\n')
            .Select(l => Regex.Replace(Markdown.Replace(l, ""), @"\s+", " ").Trim())
            .Where(l => l.Length > 0 && l.Any(char.IsLetterOrDigit)).ToList();

        var bodyStart = lines.FindIndex(l => l.StartsWith("Kính gửi", StringComparison.Ordinal));
        if (bodyStart < 0) bodyStart = lines.FindIndex(l => l.Length > 90);
        var signatureStart = lines.FindLastIndex(l => l.StartsWith("Nơi nhận", StringComparison.Ordinal));
        if (signatureStart < 0) signatureStart = lines.Count;

        var header = lines.Take(bodyStart).ToList();
        var subjectStart = header.FindIndex(l => l.StartsWith("V/v", StringComparison.Ordinal));
        if (subjectStart < 0) subjectStart = header.Count;
        // A text may give the motto and the place-date line after the subject; they are printed on the right all the same.
        var (left, right) = SplitHeader(header.Take(subjectStart).Concat(header.Skip(subjectStart).Where(IsRightColumn)));
        var subject = header.Skip(subjectStart).Where(l => !IsRightColumn(l)).Select(l => new StyledLine(l, LineStyle.Plain)).ToList();
        var body = lines.Skip(bodyStart).Take(signatureStart - bodyStart)
            .Select(l => new StyledLine(l, l.StartsWith('-') || l.StartsWith("Kính gửi") ? LineStyle.ListItem : LineStyle.Paragraph)).ToList();
        var signature = lines.Skip(signatureStart).ToList();
        var signatureLeft = signature.Where((l, i) => i == 0 || l.StartsWith('-') || l.StartsWith('+'))
            .Select((l, i) => new StyledLine(l, i == 0 ? LineStyle.SmallBoldItalic : LineStyle.Small)).ToList();
        var signatureRight = signature.Skip(1).Where(l => !(l.StartsWith('-') || l.StartsWith('+')))
            .Select(l => new StyledLine(l, LineStyle.Bold)).ToList();
        return new LetterLayout(left, right, subject, body, signatureLeft, signatureRight);
    }

    private static (List<StyledLine> Left, List<StyledLine> Right) SplitHeader(IEnumerable<string> header)
    {
        List<StyledLine> left = [], motto = [], date = [];
        foreach (var raw in header)
        {
            var line = raw;
            if (NumberThenPlace.Match(line) is { Success: true } both)
            {
                left.Add(new StyledLine(both.Groups[1].Value, LineStyle.Plain));
                date.Add(new StyledLine(both.Groups[2].Value, LineStyle.Italic));
                continue;
            }
            var mottoAt = MottoStart(line);
            if (mottoAt > 0)
            {
                left.Add(new StyledLine(line[..mottoAt].Trim(), LineStyle.Bold));
                line = line[mottoAt..];
                mottoAt = 0;
            }
            if (mottoAt == 0) motto.Add(new StyledLine(line, LineStyle.Bold));
            else if (line.Contains(", ngày", StringComparison.Ordinal)) date.Add(new StyledLine(line, LineStyle.Italic));
            else left.Add(new StyledLine(line, line.StartsWith("Số") || line.StartsWith("V/v") || !IsUpper(line) ? LineStyle.Plain : LineStyle.Bold));
        }
        return (left, [.. motto, .. date]);
    }

    private static bool IsRightColumn(string line) => MottoStart(line) >= 0 || line.Contains(", ngày", StringComparison.Ordinal);

    private static int MottoStart(string line)
    {
        foreach (var motto in new[] { "CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI", "Độc lập", "Độc Lập" })
        {
            var at = line.IndexOf(motto, StringComparison.Ordinal);
            if (at >= 0) return at;
        }
        return -1;
    }

    private static bool IsUpper(string line) => line.Where(char.IsLetter).All(char.IsUpper);
}
