using Extraction.Learning.Alignment;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Learning.Features;

/// <summary>How a line looks, computed once per line and shared by its own features and its
/// neighbours': case, how it starts and ends, length, its first words.</summary>
internal sealed class LineShape
{
    public LineShape(Line line)
    {
        Text = line.Text.Trim();
        Folded = FuzzyText.Normalize(Text);
        Words = Folded.Length == 0 ? [] : Folded.Split(' ');
        var letters = 0;
        var upper = 0;
        foreach (var c in Text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        Case = letters == 0 ? "none" : upper == letters ? "upper" : upper * 10 >= letters * 6 ? "mostly-upper"
            : char.IsUpper(Text.FirstOrDefault(char.IsLetter)) ? "capital" : "lower";
        Start = Text.Length == 0 ? "empty" : StartOf(Text);
        End = Text.EndsWith("./.") || Text.EndsWith("/.") ? "end-mark" : Text.Length == 0 ? "empty" : EndOf(Text[^1]);
        Length = Bucket(Text.Length);
        WordCount = Bucket(Words.Length);
        var labelled = Start is "number-label" or "letter-label" or "roman-label" or "bullet" ? 1 : 0;
        AfterLabel = Words.Skip(labelled).SkipWhile(LeadWords.Contains).ToArray();
        // Only an item, a bullet, a lead-in ("Giao ...") or a sentence can open with a body; lines in
        // capitals (headers, signatures) are left out, since asking costs a lookup of every head noun.
        NamesBody = AfterLabel.Length > 0 && (labelled == 1 || AfterLabel.Length < Words.Length || Case == "capital")
            && OrganizationNames.StartsBodyName(string.Join(' ', AfterLabel.Take(5)));
        ColonAfterName = ColonWithin(Text, MaxNameWords);
        Landmark = LineShapes.TitleType(Text) is not null ? "title" : LandmarkOf(Folded);
        IsSectionHeading = Words.Length > 1 && (labelled == 1 && Start != "bullet" && Words.Length <= MaxHeadingWords || Case == "upper");
    }

    /// <summary>The words of a lead-in that gives work: "Giao (cho)", "Đề nghị", "Kiến nghị", "Yêu cầu",
    /// "Đối với", "Về phía", "Đơn vị chủ trì".</summary>
    private static readonly HashSet<string> LeadWords = ["giao", "cho", "de", "nghi", "kien", "yeu", "cau", "doi", "voi", "ve", "phia", "don", "vi", "chu", "tri"];
    private const int MaxHeadingWords = 9;

    /// <summary>A short labelled line or a line in capitals: the heading of a section of the letter.</summary>
    public bool IsSectionHeading { get; }

    /// <summary>The words after an item label, a bullet, "Giao", "Đề nghị" or "Đơn vị chủ trì".</summary>
    public string[] AfterLabel { get; }
    /// <summary>Those words begin a body's name ("Sở Tài chính", "UBND các huyện"): who an item is about.</summary>
    public bool NamesBody { get; }
    /// <summary>A colon closes the first few words: "c) Sở Tài chính: chủ trì ...", "1. Thành phần:".</summary>
    public bool ColonAfterName { get; }
    private const int MaxNameWords = 8;

    private static bool ColonWithin(string text, int words)
    {
        var colon = text.IndexOf(':');
        return colon > 0 && text.AsSpan(0, colon).Count(' ') < words;
    }
    /// <summary>A line that marks where the parts of a letter begin, or null.</summary>
    public string? Landmark { get; }

    private static string? LandmarkOf(string folded) =>
        folded.StartsWith("kinh gui", StringComparison.Ordinal) || folded.StartsWith("dong kinh gui", StringComparison.Ordinal) ? "salutation"
        : folded.StartsWith("noi nhan", StringComparison.Ordinal) ? "distribution"
        : folded.StartsWith("v v ", StringComparison.Ordinal) || folded.StartsWith("ve viec", StringComparison.Ordinal) ? "subject"
        : folded.StartsWith("can cu", StringComparison.Ordinal) || folded.StartsWith("thuc hien", StringComparison.Ordinal) ? "opener"
        : folded.StartsWith("so ", StringComparison.Ordinal) && folded.Length < 40 ? "number"
        : folded.Contains("hanh phuc") ? "motto"
        : null;

    public string Text { get; }
    public string Folded { get; }
    public string[] Words { get; }
    public string Case { get; }
    public string Start { get; }
    public string End { get; }
    public string Length { get; }
    public string WordCount { get; }
    public string FirstWord => Words.Length > 0 ? Words[0] : "";

    /// <summary>Powers of two: 0, 1, 2-3, 4-7, ...: lengths that differ by a few characters look alike.</summary>
    public static string Bucket(int n) => n == 0 ? "0" : (31 - int.LeadingZeroCount(n)).ToString();

    private static string StartOf(string text)
    {
        var c = text[0];
        if (c is '-' or '+' or '•' or '*' or '~' or '–') return "bullet";
        if (char.IsDigit(c))
        {
            var i = 0;
            while (i < text.Length && char.IsDigit(text[i])) i++;
            return i < text.Length && text[i] is '.' or ')' ? "number-label" : "digit";
        }
        if (text.Length > 1 && char.IsLetter(c) && text[1] == ')') return "letter-label";
        if (IsRomanLabel(text)) return "roman-label";
        return char.IsUpper(c) ? "upper" : char.IsLower(c) ? "lower" : "punct";
    }

    private static bool IsRomanLabel(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] is 'I' or 'V' or 'X') i++;
        return i > 0 && i < text.Length && text[i] == '.';
    }

    private static string EndOf(char c) => c switch
    {
        ';' => "semicolon",
        '.' => "stop",
        ':' => "colon",
        ',' => "comma",
        _ when char.IsDigit(c) => "digit",
        _ when char.IsLetter(c) => "letter",
        _ => "punct",
    };
}
