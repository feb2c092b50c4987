using Extraction.Fields;

namespace Extraction.Tests.Fields;

public class DocumentNumberExtractorTests
{
    [Theory]
    [InlineData("Số: 62 /BCĐCCHC&CĐS", "62", "BCĐCCHC&CĐS")]   // seed-000
    [InlineData("Số: /UBND-NV", null, "UBND-NV")]             // seed-001: number left blank for the hand
    [InlineData("Số: 9063 /UBND-THNC", "9063", "UBND-THNC")]   // seed-002
    [InlineData("Số: 454/UBND-NCTH", "454", "UBND-NCTH")]      // hg-cv-454-2011
    [InlineData("Số: 2280 /QĐ-UBND", "2280", "QĐ-UBND")]      // hn-qd-2280-2026, gap for a handwritten number
    [InlineData("Số: 05 /CT-UBND", "05", "CT-UBND")]          // the number keeps its leading zero
    [InlineData("Số 53-KH/TU", "53", "KH/TU")]                 // party documents
    [InlineData("Số: ......./UBND-KT", null, "UBND-KT")]
    [InlineData("Số: 17/NQ- CP", "17", "NQ-CP")]               // stray space after the dash
    [InlineData("Số: 2 # /CT-UBND", null, "CT-UBND")]          // qn-ct-05 scan: specks of a handwritten number
    [InlineData("Số: UBND-NV", null, "UBND-NV")]               // seed-001 degraded scan: the slash went with the blank
    [InlineData("Só:4@` /TB-UBND", null, "TB-UBND")]           // qn-tb-46 scan read at 200 DPI: "ố" as "ó", a handwritten number
    public void Parses_number_and_notation(string line, string? number, string? notation) =>
        Assert.Equal((number, notation), DocumentNumberExtractor.Parse(line));

    [Fact]
    public void Joins_a_notation_cut_off_by_the_gap_for_a_handwritten_number()
    {
        var record = Pipeline.ExtractFromText("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 2280\n/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 29 tháng 4 năm 2026\nQUYẾT ĐỊNH\nPhê duyệt Kế hoạch");
        Assert.Equal("2280", record.Number);
        Assert.Equal("QĐ-UBND", record.Notation);
        Assert.Equal("Ủy ban nhân dân thành phố Hà Nội", record.Issuer);
    }
}
