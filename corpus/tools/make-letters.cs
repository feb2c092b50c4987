#:package PdfPig
#:package DocumentFormat.OpenXml
// Lays out the letters written here (corpus/tools/letter-sources/<id>.<pdf|docx>.letter) as a
// text-layer PDF or a Word file in corpus/letters/<id>.<pdf|docx>. Their gold records are written by
// hand in corpus/gold; this tool only draws the page. Run from the repository root:
//   dotnet run corpus/tools/make-letters.cs
//
// A source is split into blocks by lines "@left", "@right" (the header's two columns, read row by row
// side by side), "@center" (type title and subject), "@body" (one paragraph a line), "@sign-left"
// (Nơi nhận) and "@sign-right" (signature block). A line may start with style marks: '*' bold,
// '~' italic, '>' centred, '<' no first-line indent. "---" draws the short rule under a header name.
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

var corpus = args.Length > 0 ? args[0] : "corpus";
foreach (var source in Directory.GetFiles(Path.Combine(corpus, "tools", "letter-sources"), "*.letter").Order())
{
    var name = Path.GetFileNameWithoutExtension(source);
    var letter = LetterSource.Parse(File.ReadAllText(source, Encoding.UTF8).Normalize(NormalizationForm.FormC));
    var output = Path.Combine(corpus, "letters", name);
    switch (Path.GetExtension(name))
    {
        case ".pdf": File.WriteAllBytes(output, PdfLetter.Build(letter)); break;
        case ".docx": WordLetter.Write(letter, output); break;
        default: throw new InvalidOperationException($"{source}: name it <id>.pdf.letter or <id>.docx.letter");
    }
    Console.WriteLine($"wrote {output}");
}

sealed record StyledLine(string Text, bool Bold, bool Italic, bool Centered, bool Indented)
{
    public bool IsRule => Text == "---";

    public static StyledLine Parse(string raw)
    {
        bool bold = false, italic = false, centered = false, indented = true;
        var i = 0;
        for (; i < raw.Length && "*~><".Contains(raw[i]); i++)
        {
            switch (raw[i])
            {
                case '*': bold = true; break;
                case '~': italic = true; break;
                case '>': centered = true; break;
                case '<': indented = false; break;
            }
        }
        return new StyledLine(raw[i..].TrimEnd(), bold, italic, centered, indented);
    }
}

sealed record LetterSource(
    IReadOnlyList<StyledLine> Left, IReadOnlyList<StyledLine> Right, IReadOnlyList<StyledLine> Center,
    IReadOnlyList<StyledLine> Body, IReadOnlyList<StyledLine> SignLeft, IReadOnlyList<StyledLine> SignRight)
{
    public static LetterSource Parse(string text)
    {
        var blocks = new Dictionary<string, List<StyledLine>>();
        List<StyledLine>? current = null;
        foreach (var raw in text.Replace("\r", "").Split('\n'))
        {
            if (raw.StartsWith('@'))
            {
                current = blocks[raw.Trim()[1..]] = [];
                continue;
            }
            if (current is null)
            {
                if (raw.Trim().Length == 0) continue;
                throw new FormatException($"text before the first block: {raw}");
            }
            current.Add(StyledLine.Parse(raw));
        }
        List<StyledLine> Block(string name) => blocks.TryGetValue(name, out var lines) ? TrimBlank(lines) : [];
        var body = Block("body").Where(l => l.Text.Length > 0).ToList();
        return new(Block("left"), Block("right"), Block("center"), body, Block("sign-left"), Block("sign-right"));
    }

    private static List<StyledLine> TrimBlank(List<StyledLine> lines)
    {
        var end = lines.Count;
        while (end > 0 && lines[end - 1].Text.Length == 0) end--;
        return lines[..end];
    }
}

// A4 page, Decree 30/2020/NĐ-CP margins (left 30 mm, right 20 mm, top and bottom 20 mm), Times-like font.
sealed class PdfLetter
{
    private const double PageWidth = 595, PageHeight = 842, MarginLeft = 85, MarginRight = 57, MarginTop = 57, MarginBottom = 57;
    private const string FontFolder = "/usr/share/fonts/truetype/liberation2/";

    private readonly PdfDocumentBuilder builder = new();
    private readonly PdfDocumentBuilder.AddedFont regular, bold, italic, boldItalic;
    private PdfPageBuilder page;
    private int pageNumber = 1;
    private double y = PageHeight - MarginTop;

    private PdfLetter()
    {
        PdfDocumentBuilder.AddedFont Font(string file) => builder.AddTrueTypeFont(File.ReadAllBytes(FontFolder + file));
        regular = Font("LiberationSerif-Regular.ttf");
        bold = Font("LiberationSerif-Bold.ttf");
        italic = Font("LiberationSerif-Italic.ttf");
        boldItalic = Font("LiberationSerif-BoldItalic.ttf");
        page = builder.AddPage(PageSize.A4);
    }

    public static byte[] Build(LetterSource letter)
    {
        var pdf = new PdfLetter();
        pdf.Columns(letter.Left, (40, 290), letter.Right, (270, 575), 12.5, centerLeft: true);
        pdf.y -= 16;
        foreach (var line in letter.Center) pdf.Centered(line, 13.5);
        pdf.y -= 8;
        foreach (var paragraph in letter.Body) pdf.Paragraph(paragraph, 13);
        pdf.y -= 10;
        var closingRows = Math.Max(letter.SignLeft.Count + 4, letter.SignRight.Count);
        if (pdf.y - closingRows * 14 < MarginBottom) pdf.NewPage();
        pdf.Columns(letter.SignLeft, (MarginLeft, 320), letter.SignRight, (300, PageWidth - MarginRight), 12, centerLeft: false);
        return pdf.builder.Build();
    }

    private PdfDocumentBuilder.AddedFont FontOf(StyledLine line) =>
        line.Bold ? (line.Italic ? boldItalic : bold) : (line.Italic ? italic : regular);

    private double Width(string text, double size, PdfDocumentBuilder.AddedFont font) =>
        text.Length == 0 ? 0 : page.MeasureText(text, size, new PdfPoint(0, 0), font)[^1].EndBaseLine.X;

    private void NewPage()
    {
        page = builder.AddPage(PageSize.A4);
        pageNumber++;
        var number = pageNumber.ToString();
        page.AddText(number, 13, new PdfPoint((PageWidth - Width(number, 13, regular)) / 2, PageHeight - 35), regular);
        y = PageHeight - MarginTop;
    }

    private void Centered(StyledLine line, double size)
    {
        var font = FontOf(line);
        page.AddText(line.Text, size, new PdfPoint((PageWidth + MarginLeft - MarginRight - Width(line.Text, size, font)) / 2, y), font);
        y -= size * 1.25;
    }

    // Justified body paragraph with a first-line indent of 1 cm, wrapped to the text width.
    private void Paragraph(StyledLine paragraph, double size)
    {
        if (paragraph.Centered)
        {
            if (y < MarginBottom) NewPage();
            Centered(paragraph, size);
            return;
        }
        var font = FontOf(paragraph);
        var indent = paragraph.Indented ? 28.35 : 0;
        var lines = Wrap(paragraph.Text, size, font, PageWidth - MarginLeft - MarginRight, indent);
        for (var i = 0; i < lines.Count; i++)
        {
            if (y < MarginBottom) NewPage();
            var x = MarginLeft + (i == 0 ? indent : 0);
            var available = PageWidth - MarginRight - x;
            var words = lines[i];
            var gap = Width(" ", size, font);
            if (i < lines.Count - 1 && words.Count > 1)
                gap = (available - words.Sum(w => Width(w, size, font))) / (words.Count - 1);
            foreach (var word in words)
            {
                page.AddText(word, size, new PdfPoint(x, y), font);
                x += Width(word, size, font) + gap;
            }
            y -= size * 1.3;
        }
        y -= 3;
    }

    private List<List<string>> Wrap(string text, double size, PdfDocumentBuilder.AddedFont font, double width, double firstIndent)
    {
        var lines = new List<List<string>> { new() };
        var used = firstIndent;
        var space = Width(" ", size, font);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = Width(word, size, font);
            if (lines[^1].Count > 0 && used + space + w > width)
            {
                lines.Add([]);
                used = 0;
            }
            used += (lines[^1].Count > 0 ? space : 0) + w;
            lines[^1].Add(word);
        }
        return lines;
    }

    // Two blocks side by side, row i of one beside row i of the other. The left block is centred in
    // its box (header) or left-aligned with wrapped items hanging under their text (Nơi nhận).
    private void Columns(IReadOnlyList<StyledLine> left, (double From, double To) leftBox,
                         IReadOnlyList<StyledLine> right, (double From, double To) rightBox, double size, bool centerLeft)
    {
        var leftRows = centerLeft ? left.Select(l => (Line: l, Indent: 0.0)).ToList() : HangingRows(left, leftBox.To - leftBox.From);
        for (var row = 0; row < Math.Max(leftRows.Count, right.Count); row++)
        {
            if (row < leftRows.Count)
            {
                var (line, indent) = leftRows[row];
                var leftSize = centerLeft ? size : (line.Bold ? 12 : 11);
                Draw(line, leftSize, leftBox, centerLeft, indent);
            }
            if (row < right.Count) Draw(right[row], size, rightBox, centered: true, 0);
            var isRule = (row >= leftRows.Count || leftRows[row].Line.IsRule) && (row >= right.Count || right[row].IsRule);
            y -= isRule ? 6 : size * 1.2;
        }
    }

    private List<(StyledLine Line, double Indent)> HangingRows(IReadOnlyList<StyledLine> lines, double width)
    {
        var rows = new List<(StyledLine, double)>();
        foreach (var line in lines)
        {
            var size = line.Bold ? 12 : 11;
            var font = FontOf(line);
            var wrapped = Wrap(line.Text, size, font, width, 0);
            var hang = line.Text.StartsWith("- ") ? Width("- ", size, font) : 0;
            for (var i = 0; i < wrapped.Count; i++)
                rows.Add((line with { Text = string.Join(' ', wrapped[i]) }, i == 0 ? 0 : hang));
        }
        return rows;
    }

    private void Draw(StyledLine line, double size, (double From, double To) box, bool centered, double indent)
    {
        if (line.IsRule)
        {
            var middle = (box.From + box.To) / 2;
            page.DrawLine(new PdfPoint(middle - 40, y + size * 0.6), new PdfPoint(middle + 40, y + size * 0.6), 0.6);
            return;
        }
        if (line.Text.Length == 0) return;
        var font = FontOf(line);
        var x = centered ? (box.From + box.To - Width(line.Text, size, font)) / 2 : box.From + indent;
        page.AddText(line.Text, size, new PdfPoint(x, y), font);
    }
}

// Word letter: the header and the closing as borderless two-cell tables, as clerks lay them out.
static class WordLetter
{
    public static void Write(LetterSource letter, string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new W.Body(Table(letter.Left, letter.Right, leftCentered: true));
        foreach (var line in letter.Center) body.Append(Paragraph(line with { Centered = true }, indent: false));
        foreach (var line in letter.Body) body.Append(Paragraph(line, line.Indented && !line.Centered));
        body.Append(Table(letter.SignLeft, letter.SignRight, leftCentered: false));
        body.Append(new W.SectionProperties(
            new W.PageSize { Width = 11906, Height = 16838 },
            new W.PageMargin { Left = 1701, Right = 1134, Top = 1134, Bottom = 1134 }));
        main.Document = new W.Document(body);
        main.Document.Save();
    }

    private static W.Paragraph Paragraph(StyledLine line, bool indent)
    {
        var run = new W.RunProperties(new W.RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" });
        if (line.Bold) run.Append(new W.Bold());
        if (line.Italic) run.Append(new W.Italic());
        var properties = new W.ParagraphProperties();
        if (indent) properties.Append(new W.Indentation { FirstLine = "567" });
        if (line.Centered) properties.Append(new W.Justification { Val = W.JustificationValues.Center });
        return new W.Paragraph(properties, new W.Run(run, new W.Text(line.Text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static W.Table Table(IReadOnlyList<StyledLine> left, IReadOnlyList<StyledLine> right, bool leftCentered)
    {
        W.TableCell Cell(IReadOnlyList<StyledLine> lines, bool centered) =>
            new([.. lines.Where(l => !l.IsRule).Select(l => Paragraph(l with { Centered = centered }, indent: false))]);
        return new W.Table(
            new W.TableProperties(new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct }),
            new W.TableRow(Cell(left, leftCentered), Cell(right, centered: true)));
    }
}
