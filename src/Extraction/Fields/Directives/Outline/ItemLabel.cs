using System.Text.RegularExpressions;

namespace Extraction.Fields.Directives.Outline;

/// <summary>The kinds of list label a letter's body uses, from the outermost to the innermost.
/// The order is the nesting a Vietnamese letter follows (Nghị định 30/2020/NĐ-CP, Phụ lục I):
/// articles hold Roman sections or numbered points, numbers hold letters, letters hold dashes.</summary>
public enum LabelKind
{
    /// <summary>"Điều 3." in a Quyết định, Nghị quyết or Quy chế.</summary>
    Article,
    /// <summary>"I.", "II." section headings.</summary>
    Roman,
    /// <summary>"1.", "2)".</summary>
    Number,
    /// <summary>"1.1.", "2.3)".</summary>
    SubNumber,
    /// <summary>"a)", "đ)".</summary>
    Letter,
    /// <summary>"-", "–", "•", "*".</summary>
    Dash,
    /// <summary>"+".</summary>
    Plus,
}

/// <summary>A list label at the start of a paragraph: its kind and the token it contributes to
/// an item's path ("3" for "3.", "c" for "c)", "Điều 2" for "Điều 2."; none for bullets).</summary>
public sealed partial record ItemLabel(LabelKind Kind, string? PathToken, int Length)
{
    public bool IsBullet => Kind is LabelKind.Dash or LabelKind.Plus;

    /// <summary>Reads the label that opens <paramref name="text"/>, if any. <see cref="Length"/>
    /// counts the label, the OCR specks before it ("._8.") and the spaces after it.</summary>
    public static ItemLabel? Read(string text)
    {
        var junk = LeadingJunk().Match(text).Length;
        var rest = text[junk..];
        foreach (var (kind, pattern) in Patterns)
        {
            var match = pattern.Match(rest);
            if (!match.Success) continue;
            return new ItemLabel(kind, PathTokenOf(kind, match), junk + match.Length);
        }
        return null;
    }

    private static string? PathTokenOf(LabelKind kind, Match match) => kind switch
    {
        LabelKind.Article => "Điều " + match.Groups["n"].Value,
        LabelKind.SubNumber => match.Groups["n"].Value.Split('.')[^1].TrimStart('0') is { Length: > 0 } last ? last : "0",
        LabelKind.Number => match.Groups["n"].Value.TrimStart('0') is { Length: > 0 } n ? n : "0",
        LabelKind.Roman or LabelKind.Letter => match.Groups["n"].Value,
        _ => null,
    };

    private static readonly (LabelKind Kind, Regex Pattern)[] Patterns =
    [
        (LabelKind.Article, ArticlePattern()),
        (LabelKind.Roman, RomanPattern()),
        (LabelKind.SubNumber, SubNumberPattern()),
        (LabelKind.Number, NumberPattern()),
        (LabelKind.Letter, LetterPattern()),
        (LabelKind.Dash, DashPattern()),
        (LabelKind.Plus, PlusPattern()),
    ];

    // OCR reads specks in the margin as punctuation before a label: "._8. Hiệp hội".
    [GeneratedRegex(@"^[._,'`‘’""]+(?=\s*(?:\d|Điều))")]
    private static partial Regex LeadingJunk();

    [GeneratedRegex(@"^(?:Điều|ĐIỀU|Ðiều)\s+(?<n>\d{1,3})\s*[.:]\s*")]
    private static partial Regex ArticlePattern();

    // "V/v" and a lone "I" pronoun never reach here: a Roman label needs "." or ")" and a space.
    [GeneratedRegex(@"^(?<n>X{1,2}(?:IX|IV|V?I{0,3})|IX|IV|V?I{1,3}|V)\s*[.)]\s+(?=\S)")]
    private static partial Regex RomanPattern();

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2})+)(?:\s*[.)]\s*|\s+(?=\p{Lu}))(?=\S)")]
    private static partial Regex SubNumberPattern();

    // "1.846 tổ chức" is a number, not a label: the dot must be followed by a space.
    [GeneratedRegex(@"^(?<n>\d{1,2})\s?[.)]\s+(?=[^\d\s])")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<n>[a-zđ])\s?[).]\s+(?=\S)")]
    private static partial Regex LetterPattern();

    [GeneratedRegex(@"^[-–—•·*]\s*(?=[\p{L}(""“'])")]
    private static partial Regex DashPattern();

    [GeneratedRegex(@"^\+\s*(?=[\p{L}(""“'])")]
    private static partial Regex PlusPattern();
}
