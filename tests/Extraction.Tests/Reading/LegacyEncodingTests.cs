using System.Text;
using Extraction.Reading;
using Extraction.Text.Legacy;

namespace Extraction.Tests.Reading;

public class LegacyEncodingTests
{
    [Theory]
    // The national motto line as TCVN3 and VNI text shows it when read byte for byte.
    [InlineData(LegacyEncoding.Tcvn3, "Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData(LegacyEncoding.Vni, "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    // "Người ký", "Đường", "ưu tiên": ư is TCVN3's soft hyphen byte, đ/Đ are ® and §.
    [InlineData(LegacyEncoding.Tcvn3, "Ng\u00ADêi ký, §\u00ADêng, \u00ADu tiªn", "Người ký, Đường, ưu tiên")]
    [InlineData(LegacyEncoding.Vni, "Ngöôøi kyù, Ñöôøng, öu tieân", "Người ký, Đường, ưu tiên")]
    public void Decodes_known_strings(LegacyEncoding encoding, string legacy, string unicode) =>
        Assert.Equal(unicode, LegacyCodeTable.For(encoding).Decode(legacy));

    [Theory]
    [InlineData(LegacyEncoding.Tcvn3)]
    [InlineData(LegacyEncoding.Vni)]
    public void Every_lower_case_vietnamese_letter_round_trips(LegacyEncoding encoding)
    {
        const string letters = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ";
        var table = LegacyCodeTable.For(encoding);
        Assert.Equal(letters, table.Decode(table.Encode(letters)));
    }

    [Fact]
    public void Capital_words_typed_in_tcvn3_keep_their_capitals() =>
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", LegacyTextConverter.Convert("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", LegacyEncoding.Tcvn3));

    [Fact]
    public void A_tcvn3_sentence_that_opens_with_a_toned_vowel_gets_its_capital() =>
        Assert.Equal("Ủy ban nhân dân tỉnh", LegacyTextConverter.Convert("ñy ban nh©n d©n tØnh", LegacyEncoding.Tcvn3));

    [Fact]
    public void Tcvn3_text_file_as_raw_bytes_is_converted_with_a_note()
    {
        var path = CorpusFiles.Scratch("tcvn3.txt");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("Céng hßa x· héi chñ nghÜa ViÖt Nam\r\n§éc lËp - Tù do - H¹nh phóc\r\nKÝnh göi: Së Tµi chÝnh"));
        var document = new LetterReader(new LetterReaderOptions()).Read(path);
        Assert.Equal("Cộng hòa xã hội chủ nghĩa Việt Nam", document.Pages[0].Lines[0].Text);
        Assert.Equal("Kính gửi: Sở Tài chính", document.Pages[0].Lines[2].Text);
        var note = Assert.Single(document.Notes);
        Assert.Equal("legacy-encoding-converted", note.Code);
        Assert.Contains("TCVN3", note.Message);
    }

    [Fact]
    public void Vni_mojibake_already_saved_as_utf8_is_converted()
    {
        var path = CorpusFiles.Scratch("vni-utf8.txt");
        File.WriteAllText(path, "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc\n", new UTF8Encoding(false));
        var document = new LetterReader(new LetterReaderOptions()).Read(path);
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", document.Pages[0].Lines[1].Text);
        Assert.Contains("VNI", Assert.Single(document.Notes).Message);
    }

    [Theory]
    [InlineData("seed-000.txt")]
    [InlineData("seed-002.txt")]
    [InlineData("hg-cv-454-2011.txt")]
    public void Unicode_letters_pass_through_unchanged(string fileName)
    {
        var path = CorpusFiles.Letter(fileName);
        var document = new LetterReader(new LetterReaderOptions()).Read(path);
        Assert.Empty(document.Notes);
        Assert.Equal(TextFileReader.Instance.Read(path).Pages[0].Lines.Select(l => l.Text), document.Pages[0].Lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData("made-tcvn3-cv-512-2012.txt", "TCVN3", "ỦY BAN NHÂN DÂN", "Bạc Liêu, ngày 18 tháng 05 năm 2012")]
    [InlineData("made-vni-cv-208-2013.txt", "VNI", "ỦY BAN NHÂN DÂN", "Trà Vinh, ngày 09 tháng 04 năm 2013")]
    public void Legacy_corpus_letters_read_as_unicode(string fileName, string encoding, string firstLine, string dateLine)
    {
        var document = new LetterReader(new LetterReaderOptions()).Read(CorpusFiles.Letter(fileName));
        var lines = document.Pages[0].Lines.Select(l => l.Text).ToList();
        Assert.Equal(firstLine, lines[0]);
        Assert.Contains(dateLine, lines);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", lines);
        Assert.Contains(encoding, Assert.Single(document.Notes).Message);
        Assert.All(lines, l => Assert.True(l.IsNormalized(NormalizationForm.FormC)));
    }

    [Fact]
    public void Pdf_text_in_vntime_fonts_is_converted_and_capitals_font_gives_capitals()
    {
        var path = CorpusFiles.Scratch("vntime.pdf");
        File.WriteAllBytes(path, MinimalPdf.Build(
        [
            new(".VnTimeH", 300, 800, 13, Encoding.Latin1.GetBytes("céng hßa x· héi chñ nghÜa viÖt nam")),
            new(".VnTime", 72, 700, 13, Encoding.Latin1.GetBytes("KÝnh göi: Së Tµi chÝnh tØnh Qu¶ng Ng·i")),
        ]));
        var document = new LetterReader(new LetterReaderOptions()).Read(path);
        var lines = document.Pages[0].Lines.Select(l => l.Text).ToList();
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Kính gửi: Sở Tài chính tỉnh Quảng Ngãi"], lines);
        Assert.Contains("TCVN3", Assert.Single(document.Notes).Message);
    }

    [Fact]
    public void Pdf_text_in_a_vni_font_is_converted()
    {
        var path = CorpusFiles.Scratch("vni.pdf");
        File.WriteAllBytes(path, MinimalPdf.Build([new("VNI-Times", 72, 700, 13, Encoding.Latin1.GetBytes("Kính göûi: Sôû Taøi chính"))]));
        var document = new LetterReader(new LetterReaderOptions()).Read(path);
        Assert.Equal("Kính gửi: Sở Tài chính", Assert.Single(document.Pages[0].Lines).Text);
    }
}
