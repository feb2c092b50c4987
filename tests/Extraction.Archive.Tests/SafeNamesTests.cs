using System.Text;
using Extraction.Archive.Storage;

namespace Extraction.Archive.Tests;

/// <summary>Names files arrive under become names the archive can write, inside its own folders only.</summary>
public sealed class SafeNamesTests
{
    [Theory]
    [InlineData("Công văn 62-UBND.pdf", "Công văn 62-UBND")]          // Vietnamese and spaces are kept
    [InlineData("Công văn 62.pdf", "Công văn 62")]                // decomposed (as macOS writes it) becomes NFC
    [InlineData("../../etc/passwd", "passwd")]                         // a path never leaves the folder
    [InlineData("..\\..\\Windows\\win.ini", "win")]                   // nor does a Windows path kept as a Linux name
    [InlineData("...", "letter")]                                       // nothing left: a neutral name
    [InlineData(".hidden.txt", "hidden")]                              // no hidden files
    [InlineData("a<b>c:d\"e|f?g*h\u0001.txt", "a_b_c_d_e_f_g_h_")]      // characters some systems forbid
    [InlineData("  QĐ   số 5  .docx", "QĐ số 5")]                      // runs of spaces collapse
    public void Stem(string arrivalName, string stem) => Assert.Equal(stem, SafeNames.Stem(arrivalName));

    [Theory]
    [InlineData("scan.PDF", ".pdf")]
    [InlineData("letter.tar.gz", ".gz")]
    [InlineData("no-extension", "")]
    [InlineData("weird.p d f", "")]
    public void Extension(string arrivalName, string extension) => Assert.Equal(extension, SafeNames.Extension(arrivalName));

    [Fact]
    public void A_long_vietnamese_name_fits_a_linux_file_name_with_a_hash_and_an_extension()
    {
        var name = string.Concat(Enumerable.Repeat("Kế hoạch triển khai nhiệm vụ ", 20)) + ".pdf";
        var stem = SafeNames.Stem(name);

        Assert.InRange(Encoding.UTF8.GetByteCount(stem), 100, 160);
        Assert.True(Encoding.UTF8.GetByteCount(SafeNames.FileName($"{stem}-{new string('a', 64)}", name)) <= 255);
        Assert.True(stem.IsNormalized(NormalizationForm.FormC));
    }
}
