using System.Text.RegularExpressions;
using Extraction.Records;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Fields;

/// <summary>
/// Every document the letter cites by code ("Thông báo số 13/TB-VPCP ngày 05 tháng 5 năm 2023 của
/// Văn phòng Chính phủ"), once per code: the code as printed without stray spaces, the type named
/// before it (or by its notation), the date and issuer written after it, and the sentence.
/// </summary>
public sealed partial class ReferencesExtractor : IFieldExtractor
{
    private static readonly Zone[] CitingZones = [Zone.Subject, Zone.Body];

    public void Extract(SegmentedLetter letter, LetterRecord record)
    {
        var ownKey = record.Notation is null ? null : CodeKey($"{record.Number}/{record.Notation}");
        var byKey = new Dictionary<string, Reference>();
        foreach (var zone in CitingZones)
        {
            var text = string.Join(' ', letter.In(zone).Select(l => l.Text));
            foreach (var reference in Find(text))
            {
                var key = CodeKey(reference.Code);
                if (key == ownKey) continue;
                if (!byKey.TryGetValue(key, out var known))
                {
                    byKey.Add(key, reference);
                    record.References.Add(reference);
                    continue;
                }
                // A code cited twice, once briefly ("Quyết định số 2269/QĐ-TTg" in the subject) and once
                // in full in the body: keep what the fuller citation adds. OCR sometimes loses a code's
                // dash the second time ("154/2020/NĐCP"): the spelling with its dashes is kept.
                known.Date ??= reference.Date;
                known.Issuer ??= reference.Issuer;
                if (reference.Code.Count(c => c is '-' or '–') > known.Code.Count(c => c is '-' or '–')) known.Code = reference.Code;
            }
        }
        record.References.RemoveAll(r => record.References.Any(other => other != r && IsMisreadOf(r, other)));
    }

    /// <summary>
    /// An OCR misreading of another citation of the same letter: same date, and the code one letter off
    /// in its notation ("4017/TT-BNNMT" for the "Tờ trình 4017/TTr-BNNMT" cited again further on) or its
    /// number cut at the front, a speck left where its first digit was ("§3/TTr-UBND" for "83/TTr-UBND"). Of the two, the one whose notation
    /// names the type written before it, else the longer, is the reading kept.
    /// </summary>
    private static bool IsMisreadOf(Reference reference, Reference other)
    {
        if (reference.Date is null || reference.Date != other.Date) return false;
        var (number, notation) = SplitCode(reference.Code);
        var (otherNumber, otherNotation) = SplitCode(other.Code);
        var misread = number == otherNumber ? OneEditApart(notation, otherNotation)
            : notation == otherNotation && otherNumber.Length > number.Length && otherNumber.EndsWith(number, StringComparison.Ordinal)
              && Regex.IsMatch(reference.Text, $@"[^\s\p{{L}}\d(""'“‘]{number}/");
        if (!misread) return false;
        bool NamesItsType(Reference r) => r.Type == TypeOfNotation(r.Code);
        return NamesItsType(other) != NamesItsType(reference) ? NamesItsType(other) : CodeKey(other.Code).Length > CodeKey(reference.Code).Length;
    }

    private static (string Number, string Notation) SplitCode(string code)
    {
        var key = CodeKey(code);
        var digits = key.TakeWhile(char.IsAsciiDigit).Count();
        return (key[..digits], key[digits..]);
    }

    private static bool OneEditApart(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1) return false;
        var prefix = 0;
        while (prefix < Math.Min(a.Length, b.Length) && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < Math.Min(a.Length, b.Length) - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        return Math.Max(a.Length, b.Length) - prefix - suffix == 1;
    }

    /// <summary>How far around a code its type, date and issuer are looked for.</summary>
    private const int Window = 160;

    private static IEnumerable<Reference> Find(string printed)
    {
        var text = CodeSpacing.JoinSplitCodes(printed);
        var folded = VietnameseText.FoldLower(text);
        foreach (Match m in Code().Matches(text))
        {
            var end = m.Index + m.Length;
            var after = folded[end..Math.Min(folded.Length, end + Window)];
            var code = DocumentNumberExtractor.CleanNotation(m.Value);
            yield return new Reference
            {
                Code = code,
                Type = TypeBefore(text[Math.Max(0, m.Index - Window)..m.Index]) ?? TypeOfNotation(code),
                Date = DateAfter(after),
                Issuer = IssuerAfter(text, m.Index + m.Length, after),
                Text = SentenceAround(text, m.Index, m.Length),
            };
        }
    }

    /// <summary>The comparison key of a code: no spaces, dots or dashes, diacritics folded, upper case
    /// ("17/NQ- CP", "17/NQCP" and "17/NQ-CP" are one document).</summary>
    public static string CodeKey(string code) =>
        VietnameseText.Fold(Regex.Replace(code, @"[\s.\-–]", "")).ToUpperInvariant();

    /// <summary>The type named just before "số": "Thông báo số", "Nghị định số", "Văn bản số".</summary>
    private static string? TypeBefore(string before)
    {
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || VietnameseText.FoldLower(words[^1].TrimEndChars(":.")) != "so") return null;
        for (var take = Math.Min(3, words.Length - 1); take >= 1; take--)
            if (DocumentTypes.FromPhrase(string.Join(' ', words[^(take + 1)..^1])) is { } type) return type;
        return null;
    }

    private static string TypeOfNotation(string code)
    {
        var slash = code.IndexOf('/');
        var dash = code.IndexOf('-');
        // "02-NQ/TU": party documents put the type between the number and the slash.
        var notation = dash > 0 && (slash < 0 || dash < slash) ? code[(dash + 1)..] : code[(slash + 1)..];
        return DocumentTypes.FromNotation(notation) ?? DocumentTypes.OfficialLetter;
    }

    private static string? DateAfter(string foldedAfter)
    {
        var m = DateFollowing().Match(foldedAfter);
        if (!m.Success) return null;
        var (day, month, year) = (int.Parse(m.Groups["d"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["y"].Value));
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return $"{year:0000}-{month:00}-{day:00}";
    }

    private static string? IssuerAfter(string text, int codeEnd, string foldedAfter)
    {
        var date = DateFollowing().Match(foldedAfter);
        var from = date.Success ? date.Length : 0;
        var m = IssuerFollowing().Match(foldedAfter[from..]);
        if (!m.Success) return null;
        var start = codeEnd + from + m.Groups["issuer"].Index;
        return text.Substring(start, m.Groups["issuer"].Length).Trim();
    }

    private static readonly string[] SentenceEnds = [". ", "; ", ": "];

    private static string SentenceAround(string text, int index, int length)
    {
        var start = SentenceEnds.Max(end => text.LastIndexOf(end, index, StringComparison.Ordinal));
        start = start < 0 ? 0 : start + 2;
        var end = SentenceEnds.Select(e => text.IndexOf(e, index + length, StringComparison.Ordinal))
            .Where(i => i >= 0).DefaultIfEmpty(text.Length).Min();
        return text[start..end].Trim().TrimEndChars("./");
    }

    // 13/TB-VPCP, 45/2020/NĐ-CP, 05/CT-TTg, 02-NQ/TU, 17/NQ- CP (a stray space after the dash), and
    // "1456/QĐ- TTg" from a code cut at the end of a line: after a spaced dash, capitals and at most
    // one small letter ("TTg", "TTr"), then no letter, so the next word ("- Thủ tướng") is not taken.
    // OCR doubles a dash now and then, or adds a speck to it ("1368/QĐ- -UBND", "4123/BC-.BNNMT").
    [GeneratedRegex(@"(?<![\p{L}\d/])\d{1,6}[a-z]?(?:/(?:19|20)\d{2})?(?:/\p{Lu}[\p{L}\d&]*|-\p{Lu}[\p{L}]*/\p{Lu}[\p{L}\d]*)(?:[-–][-–.]*[\p{Lu}\d][\p{L}\d&]*|\s*(?:[-–]\s*)+[\p{Lu}\d][\p{Lu}\d&]*\p{Ll}?(?![\p{L}]))*")]
    private static partial Regex Code();

    [GeneratedRegex(@"^\s*[,;]?\s*(?:ban hanh\s+)?(?:ngay\s*)(?<d>\d{1,2})\s*(?:/|-|\.|thang)\s*(?<m>\d{1,2})\s*(?:/|-|\.|nam)\s*(?<y>(?:19|20)\d{2})")]
    private static partial Regex DateFollowing();

    [GeneratedRegex(@"^\s*,?\s*cua\s+(?<issuer>.+?)(?=\s+(?:ve|v/v|ban hanh|phe duyet|quy dinh|huong dan|tai|da|va|nhu|theo|gui)\b|\s*[;,(.]|$)")]
    private static partial Regex IssuerFollowing();
}
