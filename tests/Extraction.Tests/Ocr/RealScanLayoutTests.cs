using System.Text.Json;
using Extraction.Text;

namespace Extraction.Tests.Ocr;

/// <summary>
/// Real scanned letters of the corpus: the letterhead's two columns come out as separate lines,
/// never merged line by line ("Số: 299/UBND-TTHC Quảng Ngãi, ngày 15 ..."). Compared without
/// diacritics, as capitals in the header often lose them in OCR.
/// </summary>
[Collection("ocr")]
public sealed class RealScanLayoutTests(OcrFixture ocr)
{
    [Theory]
    [InlineData("qn-cv-299-2025-scan")]
    [InlineData("cp-nq-115-2026-scan")]
    [InlineData("qn-ttr-239-2024-scan")]
    public void KeepsTheLetterheadColumnsApart(string id)
    {
        var place = Folded(JsonDocument.Parse(File.ReadAllText(OcrFixture.CorpusFile($"gold/{id}.json"))).RootElement.GetProperty("place").GetString()!);
        var page = ocr.FirstPageOf(id);
        var header = page.Lines.Take(10).Select(l => Folded(l.Text)).ToList();

        Assert.Contains(header, l => l.StartsWith("cong hoa xa hoi chu nghia viet nam"));
        Assert.Contains(header, l => l.StartsWith("so:") && !l.Contains("ngay"));
        Assert.Contains(header, l => l.StartsWith(place + ", ngay"));
        Assert.DoesNotContain(header, l => l.Contains("cong hoa") && !l.StartsWith("cong hoa"));
    }

    private static string Folded(string text) => VietnameseText.Fold(text).ToLowerInvariant();
}
