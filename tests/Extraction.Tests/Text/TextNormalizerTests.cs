using Extraction.Text;

namespace Extraction.Tests.Text;

/// <summary>OCR's stand-ins for Vietnamese letters, put back by the normalise stage.</summary>
public sealed class TextNormalizerTests
{
    [Theory]
    // qn-cv-575-2025-scan's archive line: "¡" for the "i" of the drafter's name.
    [InlineData("- Lưu: VT, P.KTTHT¡en31.", "- Lưu: VT, P.KTTHTien31.")]
    [InlineData("¡) Sở Y tế", "i) Sở Y tế")]
    [InlineData("Hoàn thành ¡", "Hoàn thành ¡")]                // not in a word: left as read
    // OCR's Icelandic eth for Đ, doubled.
    [InlineData("UBND-HĐÐĐND", "UBND-HĐND")]
    public void OCR_lookalikes_become_the_letters_they_stand_for(string read, string clean) =>
        Assert.Equal(clean, TextNormalizer.CleanLine(read));
}
