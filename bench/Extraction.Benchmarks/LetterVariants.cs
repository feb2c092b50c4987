using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Extraction.Benchmarks;

/// <summary>
/// Distinct letters made from the corpus's UTF-8 text letters: each copy gets its own number and issue
/// date, so no two are the same letter (nor versions of one), and can be written as a text file or as a
/// PDF with a text layer (embedded Liberation Serif or DejaVu Serif, which have every Vietnamese letter).
/// </summary>
public sealed partial class LetterVariants
{
    private static readonly string[] Fonts =
    [
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    ];

    private const int CharactersPerLine = 100;
    private static readonly DateOnly FirstDate = new(2019, 1, 1);
    private readonly IReadOnlyList<string> _templates;

    public LetterVariants(IReadOnlyList<string> templates)
    {
        if (templates.Count == 0) throw new ArgumentException("No template letters.", nameof(templates));
        _templates = templates;
    }

    /// <summary>The UTF-8 text letters of a corpus folder (legacy-encoded ones are left out: their numbers are not in Unicode).</summary>
    public static LetterVariants FromCorpus(string lettersDirectory) =>
        FromFiles(Directory.GetFiles(lettersDirectory, "*.txt").Order(StringComparer.Ordinal));

    /// <summary>These letters, in this order, as far as they are UTF-8 text with a number line and a date.</summary>
    public static LetterVariants FromFiles(IEnumerable<string> files)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var templates = new List<string>();
        foreach (var file in files)
        {
            try
            {
                var text = strict.GetString(File.ReadAllBytes(file));
                if (NumberLine().IsMatch(text) && IssueDate().IsMatch(text)) templates.Add(text);
            }
            catch (DecoderFallbackException)
            {
                // A legacy-encoded letter.
            }
        }
        return new LetterVariants(templates);
    }

    public int TemplateCount => _templates.Count;

    /// <summary>Letter number <paramref name="index"/>: a template in turn, with number index+1 and its own date.</summary>
    public string Text(int index) => Text(index, index + 1, FirstDate.AddDays(index % 2500));

    /// <summary>A template's text with the given number (before the notation) and issue date.</summary>
    public string Text(int template, int number, DateOnly date)
    {
        var text = _templates[template % _templates.Count];
        text = NumberLine().Replace(text, m => $"{m.Groups["label"].Value}{number}/", 1);
        return IssueDate().Replace(text, $"ngày {date.Day:00} tháng {date.Month:00} năm {date.Year}", 1);
    }

    /// <summary>The text drawn as a text-layer PDF, A4, lines wrapped at word boundaries.</summary>
    public static byte[] Pdf(string text)
    {
        var font = Fonts.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("No font with Vietnamese letters for the PDF variants: install fonts-dejavu-core (scripts/setup).");
        var builder = new PdfDocumentBuilder();
        var added = builder.AddTrueTypeFont(File.ReadAllBytes(font));
        PdfPageBuilder? page = null;
        var y = 0.0;
        foreach (var line in text.Replace("**", "").ReplaceLineEndings("\n").Split('\n').SelectMany(Wrap))
        {
            if (page is null || y < 50)
            {
                page = builder.AddPage(PageSize.A4);
                y = 790;
            }
            if (line.Length > 0) page.AddText(line, 10, new PdfPoint(50, y), added);
            y -= 14;
        }
        return builder.Build();
    }

    /// <summary>Writes letters 0..count-1 into the folder: every <paramref name="pdfEvery"/>-th as a PDF, the
    /// rest as UTF-8 text. Files already there are kept, so a second run only adds what is missing.</summary>
    public void WriteAll(string directory, int count, int pdfEvery)
    {
        Directory.CreateDirectory(directory);
        Parallel.For(0, count, index =>
        {
            var pdf = pdfEvery > 0 && index % pdfEvery == pdfEvery - 1;
            var path = Path.Combine(directory, $"letter-{index:00000}{(pdf ? ".pdf" : ".txt")}");
            if (File.Exists(path)) return;
            var text = Text(index);
            var temporary = path + ".part";
            File.WriteAllBytes(temporary, pdf ? Pdf(text) : Encoding.UTF8.GetBytes(text));
            File.Move(temporary, path);
        });
    }

    private static IEnumerable<string> Wrap(string line)
    {
        var rest = line.TrimEnd();
        while (rest.Length > CharactersPerLine)
        {
            var cut = rest.LastIndexOf(' ', CharactersPerLine);
            if (cut <= 0) cut = CharactersPerLine;
            yield return rest[..cut];
            rest = rest[cut..].TrimStart();
        }
        yield return rest;
    }

    // "Số: 62 /BCĐ", "Số: **9063** /UBND", "Số: /UBND-NV" (left blank): the label and whatever number stands before the slash.
    [GeneratedRegex(@"(?<label>Số:\s*)[*\s\d]*/")]
    private static partial Regex NumberLine();

    // The first "ngày .. tháng .. năm ...." of a letter is its place-and-date line; the day may be left blank.
    [GeneratedRegex(@"ngày\s*\**\s*\d{0,2}\s*\**\s*tháng\s*\**\s*\d{0,2}\s*\**\s*năm\s*\d{4}")]
    private static partial Regex IssueDate();
}
