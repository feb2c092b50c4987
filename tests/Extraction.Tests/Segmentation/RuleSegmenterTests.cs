using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Tests.Segmentation;

public class RuleSegmenterTests
{
    private static Dictionary<string, Zone> ZonesOf(string letter)
    {
        var segmented = TestCorpus.Segmented(letter);
        return segmented.Lines.Select((l, i) => (l.Text, Zone: segmented.Zones[i])).GroupBy(x => x.Text).ToDictionary(g => g.Key, g => g.First().Zone);
    }

    [Fact]
    public void Seed000_every_part_of_a_công_văn()
    {
        var zones = ZonesOf("seed-000.txt");
        Assert.Equal(Zone.Issuer, zones["UBND THÀNH PHỐ CẦN THƠ"]);
        Assert.Equal(Zone.Issuer, zones["CHÍNH VÀ CHUYÊN ĐỔI SỐ"]);
        Assert.Equal(Zone.Motto, zones["Độc lập - Tự do - Hạnh phúc"]);
        Assert.Equal(Zone.Number, zones["Số: 62 /BCĐCCHC&CĐS"]);
        Assert.Equal(Zone.PlaceDate, zones["Cần Thơ, ngày 25 tháng 5 năm 2023"]);
        Assert.Equal(Zone.Subject, zones["nhiệm vụ, giải pháp để cải thiện các chỉ"]);
        Assert.Equal(Zone.Salutation, zones["Kính gửi:"]);
        Assert.Equal(Zone.Recipient, zones["- Chủ tịch Ủy ban nhân dân quận, huyện;"]);
        Assert.Equal(Zone.Salutation, zones["Đồng kính gửi: Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"]);
        Assert.Equal(Zone.Body, zones["e) Sở Nội vụ:"]);
        Assert.Equal(Zone.Distribution, zones["- Đài PTTH TPCT;"]);
        Assert.Equal(Zone.SignaturePosition, zones["TRƯỞNG BAN"]);
        Assert.Equal(Zone.SignerName, zones["Trần Việt Trường"]);
    }

    [Fact]
    public void A_stamp_value_on_its_own_line_and_a_handwritten_mark_are_not_the_issuer()
    {
        // cp-nq-115-2026-scan.pdf as OCR reads it.
        var text = LetterText.FromString("Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nEmail: thongtinchinhphu@chinhphu.vn\nCơ quan:\nVĂN PHÒNG CHÍNH PHỦ\nThời gian ký: 29.04.2026 16:35:55 +07:00\nCHÍNH PHỦ\nSố: 445 /NQ-CP\nTT#T22\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        var segmented = RuleSegmenter.Instance.Segment(text);
        Assert.Equal([Zone.Noise, Zone.Noise, Zone.Noise, Zone.Noise, Zone.Noise, Zone.Issuer, Zone.Number, Zone.Noise, Zone.Motto], segmented.Zones);
    }

    [Theory]
    [InlineData("_ TỜ TRÌNH", "Tờ trình")]   // qn-ttr-24-2025-scan: a speck before the centred title
    [InlineData("THÔNG BÁO.", "Thông báo")]  // qn-tb-46-2025-scan
    public void A_title_with_scan_specks_is_still_a_title(string line, string type) =>
        Assert.Equal(type, LineShapes.TitleType(line));

    [Fact]
    public void Title_subject_ends_where_the_body_begins()
    {
        var text = LetterText.FromString("THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh Võ Phiên tại cuộc họp nghe\nbáo cáo về tình hình thực hiện công tác cổ phần hóa\nNgày 03/01/2025, Phó Chủ tịch UBND tỉnh Võ Phiên chủ trì họp nghe");
        var segmented = RuleSegmenter.Instance.Segment(text);
        Assert.Equal([Zone.Title, Zone.Subject, Zone.Subject, Zone.Body], segmented.Zones);
    }

    [Theory]
    // made-blind2-ct-tubinhphuoc-25-2025: a directive's body opens on what happened lately.
    [InlineData("Thời gian qua, công tác phòng, chống tác hại của thuốc lá trên địa bàn tỉnh đạt")]
    [InlineData("Những năm qua, cấp ủy, chính quyền các cấp đã quan tâm lãnh đạo")]
    [InlineData("Trong những năm gần đây, tình hình vi phạm pháp luật về đất đai")]
    public void A_titled_subject_ends_at_a_sentence_about_recent_times(string body)
    {
        var text = LetterText.FromString("CHỈ THỊ\ncủa Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng\nđối với công tác phòng, chống tác hại của thuốc lá điện tử\n" + body);
        Assert.Equal([Zone.Title, Zone.Subject, Zone.Subject, Zone.Body], RuleSegmenter.Instance.Segment(text).Zones);
    }

    [Fact]
    public void A_body_sentence_opening_on_its_date_is_no_place_date_line()
    {
        // made-blind4-tb-vpcp-412-2026: the first sentence of a conclusions notice.
        var text = LetterText.FromString("THÔNG BÁO\nKết luận của Phó Thủ tướng Chính phủ tại cuộc họp về tình hình\ntriển khai Đề án nhà ở xã hội\nNgày 15 tháng 5 năm 2026, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ Lương Văn Khải\nchủ trì cuộc họp về tình hình triển khai Đề án.");
        Assert.Equal([Zone.Title, Zone.Subject, Zone.Subject, Zone.Body, Zone.Body], RuleSegmenter.Instance.Segment(text).Zones);
    }

    [Fact]
    public void A_basis_citing_a_dated_decision_is_no_place_date_line()
    {
        // made-blind6-kh-thoibinh-38-2026: the first Căn cứ ends the subject.
        var text = LetterText.FromString("KẾ HOẠCH\nPhòng, chống bệnh sốt xuất huyết trên địa bàn xã năm 2026\nCăn cứ Quyết định số 415/QĐ-BYT ngày 12 tháng 02 năm 2025 của Bộ Y tế ban hành\nHướng dẫn giám sát và phòng, chống bệnh sốt xuất huyết Dengue;");
        Assert.Equal([Zone.Title, Zone.Subject, Zone.Body, Zone.Body], RuleSegmenter.Instance.Segment(text).Zones);
    }

    [Fact]
    public void A_bulleted_addressee_wrapped_onto_a_capitalised_line_goes_on()
    {
        // made-blind6-cd-daklak-21-2026: a Công điện's addressees.
        var text = LetterText.FromString("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK điện:\n- Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Chỉ huy trưởng Bộ Chỉ huy Bộ đội\nBiên phòng tỉnh;\n- Giám đốc Công an tỉnh;\nTheo tin của Trung tâm Dự báo khí tượng thủy văn quốc gia, hồi 10 giờ ngày 06/11/2026, vị trí tâm bão số 13 ở khoảng 13,2 độ Vĩ Bắc;");
        Assert.Equal([Zone.Salutation, Zone.Recipient, Zone.Recipient, Zone.Recipient, Zone.Body], RuleSegmenter.Instance.Segment(text).Zones);
    }

    [Fact]
    public void A_subject_wrapped_before_recent_times_goes_on()
    {
        // qn-tb-11-2025: the subject wraps as "... Quảng Ngãi trong / thời gian qua và nhiệm vụ ...".
        var text = LetterText.FromString("THÔNG BÁO\nKết luận tại cuộc họp nghe báo cáo về tình hình thực hiện công tác cổ phần hóa Công ty Quảng Ngãi trong\nthời gian qua và nhiệm vụ trọng tâm trong thời gian đến\nNgày 03/01/2025, Phó Chủ tịch UBND tỉnh chủ trì họp nghe");
        Assert.Equal([Zone.Title, Zone.Subject, Zone.Subject, Zone.Body], RuleSegmenter.Instance.Segment(text).Zones);
    }

    [Fact]
    public void Signature_block_before_the_distribution_list()
    {
        var text = LetterText.FromString("V/v thử\nNội dung chính của văn bản./.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTrần Phước Hiền");
        var zones = RuleSegmenter.Instance.Segment(text).Zones;
        Assert.Equal([Zone.Subject, Zone.Body, Zone.SignatureAuthority, Zone.SignaturePosition, Zone.Distribution, Zone.Distribution, Zone.Distribution, Zone.SignerName], zones);
    }

    [Fact]
    public void A_telegrams_addressees_follow_its_sender_line()
    {
        // made-blind-cd-quangbinh-12-2024: "… điện:" ends the subject; an addressee wrapped onto a capital goes on.
        var text = LetterText.FromString(string.Join('\n',
            "CÔNG ĐIỆN", "Về việc tập trung ứng phó với bão số 4 và mưa lũ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:",
            "- Giám đốc các Sở: Nông nghiệp và Phát triển nông thôn, Giao thông vận tải,", "Công Thương, Y tế;",
            "- Giám đốc Công an tỉnh.", "Theo tin của Trung tâm Dự báo khí tượng thủy văn quốc gia, hồi 13 giờ ngày 18/9/2024, vị trí tâm bão số 4 ở khoảng 16,5 độ Vĩ Bắc"));
        var zones = RuleSegmenter.Instance.Segment(text).Zones;
        Assert.Equal([Zone.Title, Zone.Subject, Zone.Salutation, Zone.Recipient, Zone.Recipient, Zone.Recipient, Zone.Body], zones);
    }

    [Fact]
    public void A_roman_heading_in_capitals_stays_one_line()
    {
        // made-blind-hd-sgddt-1045-2025: "III. TỔ CHỨC THỰC HIỆN" is no distribution item beside a signer's name.
        var text = LetterText.FromString("V/v thử\nSở Giáo dục và Đào tạo hướng dẫn như sau:\nIII. TỔ CHỨC THỰC HIỆN\n1. Đối với Phòng Giáo dục và Đào tạo các huyện, thành phố:");
        Assert.Contains("III. TỔ CHỨC THỰC HIỆN", RuleSegmenter.Instance.Segment(text).Lines.Select(l => l.Text));
    }

    [Fact]
    public void Pages_after_the_signature_are_an_annex()
    {
        var letter = new Extraction.Reading.ReadDocument
        {
            MediaType = "application/pdf",
            Pages =
            [
                Page(1, "QUYẾT ĐỊNH", "Phê duyệt Kế hoạch", "Điều 1. Phê duyệt./.", "Nơi nhận:", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trương Việt Dũng"),
                Page(2, "KẾ HOẠCH", "Bảo đảm thoát nước", "I. MỤC ĐÍCH"),
            ],
        };
        var segmented = RuleSegmenter.Instance.Segment(TextNormalizer.Instance.Normalize(letter));
        Assert.All(segmented.Lines.Where(l => l.Page == 2), l => Assert.Equal(Zone.Annex, segmented.ZoneOf(l)));
        Assert.Equal(Zone.SignerName, segmented.Zones[7]);
    }

    private static Extraction.Reading.PageText Page(int number, params string[] lines) =>
        new(number, lines.Select(l => new Extraction.Reading.TextLine(l, Extraction.Reading.LineOrigin.PdfText)).ToList());
}
