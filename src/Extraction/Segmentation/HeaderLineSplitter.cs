using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Segmentation;

/// <summary>
/// Cuts a header line that holds both columns ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
/// "Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011") into one piece per column, as text
/// copied from web pages and OCR of whole pages often give them.
/// </summary>
public static partial class HeaderLineSplitter
{
    public static IReadOnlyList<string> Split(string text)
    {
        var pieces = new List<string>();
        foreach (var piece in SplitAtMotto(text)) pieces.AddRange(SplitBeforePlaceDate(piece));
        return pieces;
    }

    private static IEnumerable<string> SplitAtMotto(string text)
    {
        var folded = VietnameseText.FoldLower(text);
        foreach (var phrase in MottoStarts)
        {
            var at = folded.IndexOf(phrase, StringComparison.Ordinal);
            if (at <= 0) continue;
            var end = MottoEnd(folded, at, phrase);
            var before = text[..at].Trim();
            var motto = text[at..end].Trim();
            var after = text[end..].Trim();
            if (before.Length > 0) yield return before;
            yield return motto;
            if (after.Length > 0) foreach (var rest in SplitAtMotto(after)) yield return rest;
            yield break;
        }
        if (GluedMotto().Match(folded) is { Success: true } glued)
        {
            foreach (var piece in SplitGluedMotto(text, glued.Index)) yield return piece;
            yield break;
        }
        yield return text;
    }

    /// <summary>A header printed too wide for its column runs into the motto, and OCR reads the two as one
    /// word: "UBND THÀNH PHỐ CẦN THƠ" + "CỘNG HÒA ..." → "CẦN THỘNG HÒA ..." (seed-000-scan). The line is cut
    /// before that word, which is left as read (the stored text keeps OCR's words); the issuer's cut place
    /// is completed from the letter's place (<see cref="Fields.IssuerExtractor"/>).</summary>
    private static IEnumerable<string> SplitGluedMotto(string text, int mottoAt)
    {
        var wordStart = text.LastIndexOf(' ', mottoAt - 1) + 1;
        if (wordStart > 0) yield return text[..wordStart].TrimEnd();
        yield return text[wordStart..].Trim();
    }

    private static readonly string[] MottoStarts = ["cong hoa xa hoi", "dang cong san viet nam", "doc lap"];

    private static int MottoEnd(string folded, int start, string phrase)
    {
        var closing = phrase == "doc lap" ? "hanh phuc" : "viet nam";
        var at = folded.IndexOf(closing, start, StringComparison.Ordinal);
        return at < 0 ? folded.Length : at + closing.Length;
    }

    /// <summary>"Số: /UBND-NC Hưng Yên, ngày ..." → "Số: /UBND-NC" | "Hưng Yên, ngày ...": the place is
    /// the run of capitalised words before the comma.</summary>
    private static IEnumerable<string> SplitBeforePlaceDate(string text)
    {
        var folded = VietnameseText.FoldLower(text);
        var date = DateStart().Match(folded);
        if (!date.Success || date.Index == 0) return [text];
        var words = WordBefore().Matches(text[..date.Index]);
        var placeStart = date.Index;
        var placeWords = 0;
        for (var i = words.Count - 1; i >= 0 && placeWords < 5; i--)
        {
            var word = words[i].Value.Trim();
            if (!IsPlaceWord(word)) break;
            placeStart = words[i].Index;
            placeWords++;
        }
        if (placeWords == 0 || placeStart == 0) return [text];
        return [text[..placeStart].Trim(), text[placeStart..].Trim()];
    }

    private static bool IsPlaceWord(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c == '.') &&
        (word.Length <= 3 || word.Skip(1).Any(char.IsLower));

    // "ỘNG HÒA XÃ HỘI" glued to a word that is not its "C".
    [GeneratedRegex(@"(?<=\p{L})(?<!\bc)ong\s+hoa\s+xa\s+hoi")]
    private static partial Regex GluedMotto();

    // OCR leaves specks where a day was handwritten: ", ngày #3 tháng".
    [GeneratedRegex(@",\s*ngay\b.{0,12}?thang")]
    private static partial Regex DateStart();

    [GeneratedRegex(@"\S+\s*")]
    private static partial Regex WordBefore();
}
