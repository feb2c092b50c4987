namespace Extraction.Tests.Fields;

public class ReferencesExtractorTests
{
    [Fact]
    public void Every_cited_code_once_with_type_date_and_issuer()
    {
        var r = Pipeline.ExtractFromCorpus("seed-000.txt");
        Assert.Equal(["13/TB-VPCP", "45/2020/NĐ-CP", "107/2021/NĐ-CP", "05/CT-TTg", "1010/UBND-KSTT", "05/CT-UBND"], r.References.Select(x => x.Code));
        var first = r.References[0];
        Assert.Equal(("Thông báo", "2023-05-05", "Văn phòng Chính phủ"), (first.Type, first.Date, first.Issuer));
        Assert.StartsWith("Thực hiện Thông báo số 13/TB-VPCP", first.Text);
    }

    [Theory]
    // seed-001: party documents write the type before the slash and put a comma before the date.
    [InlineData("theo Nghị quyết số 02-NQ/TU, ngày 04/11/2021 của Tỉnh ủy về chuyển đổi số", "02-NQ/TU", "Nghị quyết", "2021-11-04", "Tỉnh ủy")]
    [InlineData("theo Bản cam kết số 303/CK-BCĐCCHC ngày 13/3/2024 của Ban Chỉ đạo", "303/CK-BCĐCCHC", "Bản cam kết", "2024-03-13", "Ban Chỉ đạo")]
    [InlineData("Thực hiện Văn bản số 5586/UBND-HCC ngày 20/5/2024 của Chủ tịch UBND thành phố", "5586/UBND-HCC", "Văn bản", "2024-05-20", "Chủ tịch UBND thành phố")]
    [InlineData("Căn cứ Nghị định số 17/NQ- CP ngày 07/3/2019", "17/NQ-CP", "Nghị định", "2019-03-07", null)]
    [InlineData("Luật số 21/2017/QH14 ngày 24/11/2017", "21/2017/QH14", "Luật", "2017-11-24", null)]
    // qn-bc-280-2024-scan: OCR doubled the dash.
    [InlineData("đối với Sở Xây dựng tại Quyết định số 1368/QĐ- -UBND ngày 12/12/2023 của UBND tỉnh", "1368/QĐ-UBND", "Quyết định", "2023-12-12", "UBND tỉnh")]
    // cp-nq-115-2026-scan: a speck after the dash.
    [InlineData("của Bộ Nông nghiệp và Môi trường và Báo cáo số 4123/BC-.BNNMT ngày 26 tháng 4 năm 2026", "4123/BC-BNNMT", "Báo cáo", "2026-04-26", null)]
    // qn-ttr-239-2024-scan: the code is cut at the end of a line, after its dash.
    [InlineData("tại Quyết định số 1456/QĐ-\nTTg; theo đó, nội dung quy hoạch", "1456/QĐ-TTg", "Quyết định", null, null)]
    public void Reads_a_citation(string sentence, string code, string type, string? date, string? issuer)
    {
        var r = Pipeline.ExtractFromText("V/v thử\nKính gửi: Sở Nội vụ\nThực hiện ý kiến chỉ đạo, " + sentence + ".");
        var reference = Assert.Single(r.References);
        Assert.Equal((code, type, date, issuer), (reference.Code, reference.Type, reference.Date, reference.Issuer));
    }

    [Fact]
    public void A_code_cited_briefly_then_in_full_takes_the_date_of_the_full_citation()
    {
        // qn-cv-507-2025: the subject names Quyết định số 2269/QĐ-TTg without a date; the body dates it.
        var r = Pipeline.ExtractFromText("Số: 507 /UBND-KGVX\nV/v góp ý dự thảo sửa đổi Quyết định số 2269/QĐ-TTg về Chương trình\nKính gửi: Sở Thông tin và Truyền thông\nTheo đề nghị của Bộ, bổ sung Quyết định số 2269/QĐ-TTg ngày 31/12/2021 của Thủ tướng Chính phủ.");
        var reference = Assert.Single(r.References);
        Assert.Equal("2021-12-31", reference.Date);
    }

    [Fact]
    public void A_code_OCR_lost_the_dash_of_is_the_same_document()
    {
        // qn-ttr-239-2024-scan cites Nghị định 154/2020/NĐ-CP twice; OCR read the second "154/2020/NĐCP".
        var r = Pipeline.ExtractFromText("Số: 239 /TTr-UBND\nTỜ TRÌNH\nVề việc thử\nCăn cứ Nghị định số 154/2020/NĐCP ngày 31/12/2020 của Chính phủ; Nghị định số 154/2020/NĐ-CP.");
        Assert.Equal(["154/2020/NĐ-CP"], r.References.Select(x => x.Code));
        Assert.Equal("2020-12-31", r.References[0].Date);
    }

    [Fact]
    public void A_citation_OCR_misread_is_the_same_document_as_its_clean_reading()
    {
        // cp-nq-115-2026-scan: the preamble's "Tờ trình số 4017/TTr-BNNMT" read "4017/TT-BNNMT", and
        // Điều 1's "Tờ trình số 83/TTr-UBND" read "§3/TTr-UBND"; each is cited cleanly elsewhere.
        var r = Pipeline.ExtractFromText("Số: 115/NQ-CP\nNGHỊ QUYẾT\nVề việc thử\n"
            + "Theo đề nghị của Bộ trưởng tại Tờ trình số 4017/TT-BNNMT ngày 23 tháng 4 năm 2026; của Ủy ban nhân dân tại Tờ trình số 83/TTr-UBND ngày 31 tháng 3 năm 2026;\n"
            + "Điều 1. Như đề nghị tại Tờ trình 4017/TTr-BNNMT ngày 23 tháng 4 năm 2026 và tại Tờ trình số §3/TTr-UBND ngày 31 tháng 3 năm 2026.");

        Assert.Equal(["4017/TTr-BNNMT", "83/TTr-UBND"], r.References.Select(x => x.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Codes_one_letter_apart_on_different_dates_or_printed_cleanly_are_different_documents()
    {
        var r = Pipeline.ExtractFromText("V/v thử\nKính gửi: Sở Nội vụ\nThực hiện Thông tư số 12/TT-BNV ngày 05/3/2024 và Tờ trình số 12/TTr-BNV ngày 07/3/2024; Công văn số 3/UBND ngày 01/02/2024 và số 13/UBND ngày 01/02/2024.");

        Assert.Equal(["12/TT-BNV", "12/TTr-BNV", "3/UBND", "13/UBND"], r.References.Select(x => x.Code));
    }

    [Fact]
    public void A_spaced_dash_does_not_take_the_next_word_into_the_code()
    {
        var r = Pipeline.ExtractFromText("V/v thử\nKính gửi: Sở Nội vụ\nThực hiện Công văn số 15/UBND - Thủ tướng yêu cầu.");
        Assert.Equal(["15/UBND"], r.References.Select(x => x.Code));
    }

    [Fact]
    public void The_letter_does_not_cite_itself_and_dates_are_not_codes()
    {
        var r = Pipeline.ExtractFromText("Số: 11 /TB-UBND\nTHÔNG BÁO\nKết luận\nNgày 03/01/2025, tại Thông báo 11/TB-UBND, hoàn thành trước ngày 20/02/2025.");
        Assert.Empty(r.References);
    }
}
