using Extraction.Reading;
using Extraction.Reading.Ocr;

namespace Extraction.Tests.Reading;

public class ScannedPdfTests
{
    /// <summary>Stands in for Tesseract: records which pages were asked for and returns one line per page.</summary>
    private sealed class FakeRecognizer(string? unavailableReason = null) : IPageRecognizer
    {
        public List<IReadOnlyList<int>> Calls { get; } = [];
        public string? UnavailableReason => unavailableReason;

        public IReadOnlyList<OcrPage> RecognizePdf(string pdfPath, IReadOnlyList<int> pageNumbers, CancellationToken cancellation)
        {
            Calls.Add(pageNumbers);
            return pageNumbers.Select(n => new OcrPage(n, 2464, 3508, [Line("recognised", "page", n.ToString())], new PagePreparation(300, 1, 0, 0))).ToList();
        }

        public IReadOnlyList<OcrPage> RecognizeImage(string imagePath, CancellationToken cancellation) => throw new NotSupportedException();

        private static OcrLine Line(params string[] words) =>
            new([.. words.Select((w, i) => new OcrWord(w, new Box(100 + 200 * i, 100, 180, 40), 0.9))], new Box(100, 100, 200 * words.Length - 20, 40));
    }

    [Fact]
    public void Scanned_pages_with_only_a_stamp_go_to_ocr_in_one_call_and_keep_the_stamp_lines()
    {
        var recognizer = new FakeRecognizer();
        var document = new LetterReader(new LetterReaderOptions { Recognizer = recognizer }).Read(CorpusFiles.Letter("qn-cv-299-2025-scan.pdf"));
        Assert.Equal([1, 2], Assert.Single(recognizer.Calls));
        var first = document.Pages[0].Lines;
        Assert.Contains(first, l => l.Origin == LineOrigin.PdfText && l.Text == "Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi");
        Assert.Contains(first, l => l.Origin == LineOrigin.PdfText && l.Text == "Thời gian ký: 15/01/2025 17:10:17");
        Assert.Equal("recognised page 1", first[^1].Text);
        Assert.Equal(LineOrigin.Ocr, document.Pages[1].Origin);
    }

    [Fact]
    public void Without_ocr_a_scan_fails_saying_what_to_install()
    {
        var error = Assert.Throws<LetterReadException>(() => new LetterReader(new LetterReaderOptions()).Read(CorpusFiles.Letter("qn-ttr-24-2025-scan.pdf")));
        Assert.Equal(ReadFailureKind.NeedsOcr, error.Kind);
        Assert.Contains("tesseract-ocr-vie", error.Message);
    }

    [Fact]
    public void An_unavailable_recognizer_passes_on_its_reason()
    {
        var options = new LetterReaderOptions { Recognizer = new FakeRecognizer("the Vietnamese language data is missing: apt-get install tesseract-ocr-vie") };
        var error = Assert.Throws<LetterReadException>(() => new LetterReader(options).Read(CorpusFiles.Letter("seed-001-scandeg.pdf")));
        Assert.Equal(ReadFailureKind.NeedsOcr, error.Kind);
        Assert.EndsWith("apt-get install tesseract-ocr-vie", error.Message);
    }

    [Fact]
    public void Text_layer_letters_never_call_the_recognizer()
    {
        var recognizer = new FakeRecognizer();
        new LetterReader(new LetterReaderOptions { Recognizer = recognizer }).Read(CorpusFiles.Letter("qn-tb-542-2024.pdf"));
        Assert.Empty(recognizer.Calls);
    }
}
