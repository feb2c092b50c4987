using Extraction.Fields.Directives.Deadlines;

namespace Extraction.Tests.Fields.Directives;

public class DeadlineFinderTests
{
    private static IReadOnlyList<FoundDeadline> Find(string sentence, string? issued) =>
        DeadlineFinder.Instance.Find(BodyLetter.Paragraph(sentence), LetterCalendar.FromIssuedDate(issued));

    public static TheoryData<string, string, string, string, string> Deadlines => new()
    {
        // seed-000, 2.c: a month, written out, with its year
        { "hoàn thành trong tháng 6 năm 2023;", "2023-05-25", "2023-06-30", "by", "trong tháng 6 năm 2023" },
        // seed-002, item 5: a month with its year after a slash
        { "Thời gian hoàn thành trong tháng 6/2024.", "2024-05-04", "2024-06-30", "by", "trong tháng 6/2024" },
        // seed-000, 2.d: a day written out
        { "hoàn thành trước ngày 15 tháng 6 năm 2023;", "2023-05-25", "2023-06-15", "before", "trước ngày 15 tháng 6 năm 2023" },
        // seed-002, closing: a day in figures
        { "báo cáo Chủ tịch UBND thành phố chỉ đạo xử lý trước ngày 15/6/2024.", "2024-05-04", "2024-06-15", "before", "trước ngày 15/6/2024" },
        // qn-cv-507: in brackets, with a zero-padded month
        { "tổng hợp, báo cáo Bộ Thông tin và Truyền thông, UBND tỉnh theo quy định (trước ngày 10/02/2025)./.", "2025-01-24", "2025-02-10", "before", "trước ngày 10/02/2025" },
        // seed-000, 2.d: a quarter in Roman numerals
        { "trong quý III năm 2023, hướng dẫn các cơ quan đơn vị, quận, huyện hoàn thiện tất cả chỉ số có liên quan", "2023-05-25", "2023-09-30", "by", "trong quý III năm 2023" },
        // made-cv-thon-926-2021: a quarter in Roman numerals after a slash
        { "tham mưu UBND huyện trình Hội đồng nhân dân huyện thông qua Đề án sắp xếp thôn, tổ dân phố, hoàn thành trong quý IV/2021.", "2021-08-10", "2021-12-31", "by", "trong quý IV/2021" },
        // qn-ttr-239-2024-scan as OCR reads its Roman numerals ("HI." for "III."), in seed-000's sentence
        { "trong quý HI năm 2023, hướng dẫn các cơ quan đơn vị, quận, huyện hoàn thiện tất cả chỉ số có liên quan", "2023-05-25", "2023-09-30", "by", "trong quý HI năm 2023" },
        // seed-000-scan as OCR reads it: one I of "III" read as H
        { "môi trường mạng tại các cơ quan, đơn vị; trong quý HII năm 2023, hướng dẫn", "2023-05-25", "2023-09-30", "by", "trong quý HII năm 2023" },
        // made-kh-cds-1875-2024, III.3: a plan's completion time, the quarter in Arabic numerals
        { "- Thời gian hoàn thành: quý 2 năm 2025.", "2024-12-18", "2025-06-30", "by", "Thời gian hoàn thành: quý 2 năm 2025" },
        // made-kh-cds-1875-2024, III.1: the quarter in Roman numerals after a slash
        { "- Thời gian hoàn thành: Quý I/2025.", "2024-12-18", "2025-03-31", "by", "Thời gian hoàn thành: Quý I/2025" },
        // seed-001, item 1: a day-month without a year takes the letter's year
        { "Định kỳ hàng quý (chậm nhất ngày 12 của tháng cuối quý), năm (chậm nhất ngày 12/12), báo cáo tình hình", "2024-05", "2024-12-12", "by", "chậm nhất ngày 12/12" },
        // seed-000, 1.g: the end of a year
        { "Đến cuối năm 2023, 50% hồ sơ TTHC được người dân, doanh nghiệp thực hiện trực tuyến từ xa", "2023-05-25", "2023-12-31", "by", "Đến cuối năm 2023" },
        // made-kh-cds-1875-2024, III.2: a day-month in a December letter belongs to the next year
        { "- Thời gian hoàn thành: trước ngày 15/01 để đưa vào vận hành thử nghiệm.", "2024-12-18", "2025-01-15", "before", "trước ngày 15/01" },
        // made-kh-cds-1875-2024, IV.2: so does a month
        { "2. Giao cho Phòng Tài chính - Kế hoạch tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch, hoàn thành trong tháng 01.", "2024-12-18", "2025-01-31", "by", "trong tháng 01" },
        // made-cv-btttt-2876-2024, 1.a: "to the end of" a year
        { "phấn đấu đến hết năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60% đối với thủ tục hành chính cấp tỉnh", "2024-07-15", "2024-12-31", "by", "đến hết năm 2024" },
        // made-ct-cchc-03-2024, item 7: "from now until"
        { "7. Về phía Văn phòng HĐND và UBND thị xã: từ nay đến ngày 31/5/2024, rà soát toàn bộ quy trình nội bộ giải quyết thủ tục hành chính;", "2024-05-06", "2024-05-31", "by", "từ nay đến ngày 31/5/2024" },
        // made-ct-cchc-03-2024, item 7: "no later than"
        { "báo cáo kết quả rà soát không muộn hơn ngày 05/6/2024.", "2024-05-06", "2024-06-05", "by", "không muộn hơn ngày 05/6/2024" },
        // made-cv-thon-926-2021: thirty days from the signing of a letter of known date
        { "lập phương án sắp xếp, sáp nhập các thôn chưa đạt tiêu chuẩn, gửi về UBND huyện (qua Phòng Nội vụ) trong 30 ngày kể từ ngày ký Công văn này.", "2021-08-10", "2021-09-09", "by", "trong 30 ngày kể từ ngày ký" },
        // made-kh-cds-1875-2024, IV.3: a period to hand in ends on its last day; the first date takes the second's year
        { "gửi kết quả rà soát về Văn phòng HĐND và UBND huyện từ ngày 02/01 đến ngày 10/01/2025.", "2024-12-18", "2025-01-10", "by", "từ ngày 02/01 đến ngày 10/01/2025" },
        // made-ct-cchc-03-2024, item 3: a clock time before the day
        { "gửi danh sách cán bộ đầu mối về Văn phòng HĐND và UBND thị xã trước 16 giờ 00 ngày 20/5/2024.", "2024-05-06", "2024-05-20", "before", "trước 16 giờ 00 ngày 20/5/2024" },
        // made-ct-cchc-03-2024, item 4: a goal year that frames the work
        { "4. Phòng Nội vụ: tham mưu hoàn thành việc sắp xếp các đơn vị sự nghiệp công lập trong năm 2024;", "2024-05-06", "2024-12-31", "by", "hoàn thành việc sắp xếp các đơn vị sự nghiệp công lập trong năm 2024" },
        // made-blind-cv-kimson-356-2025: "until" a day the work is to be done by
        { "phấn đấu đến ngày 31/12/2025 cấp giấy chứng nhận cho ít nhất 85% số thửa đủ điều kiện.", "2025-09-08", "2025-12-31", "by", "đến ngày 31/12/2025" },
        // made-blind3-cv-hatinh-4127-2026, 1.a: within the day
        { "hướng dẫn tàu thuyền đang hoạt động trên biển di chuyển vào nơi tránh trú an toàn, hoàn thành ngay trong ngày 11/9/2026.", "2026-09-10", "2026-09-11", "by", "ngay trong ngày 11/9/2026" },
        // made-blind3-hd-snnmttayninh-1876-2026: a schedule table's "Thời hạn" column, as unfolded
        { "- Thời hạn: Quý II/2026.", "2026-03-20", "2026-06-30", "by", "Thời hạn: Quý II/2026" },
        // made-blind6-qd-hungyen-512-2026, Điều 2.2: a goal year after "phấn đấu"
        { "phấn đấu tháo gỡ dứt điểm ít nhất 70% số dự án có vướng mắc trong năm 2026.", "2026-03-10", "2026-12-31", "by", "phấn đấu tháo gỡ dứt điểm ít nhất 70% số dự án có vướng mắc trong năm 2026" },
    };

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void Reads_a_dated_deadline(string sentence, string issued, string date, string relation, string text)
    {
        var found = Assert.Single(Find(sentence, issued));
        Assert.Equal((date, relation, text), (found.Date.ToString("yyyy-MM-dd"), found.Relation, found.Text));
    }

    [Theory]
    // seed-000, 1.i: an effective date
    [InlineData("Từ ngày 01 tháng 6 năm 2023, không yêu cầu người dân cung cấp lại thông tin đã được số hóa.", "2023-05-25")]
    // made-blind4-tb-vpcp-412-2026, 2.đ: the year names what is counted
    [InlineData("phấn đấu số căn hộ nhà ở xã hội hoàn thành năm 2026 đạt trên 90% chỉ tiêu được giao;", "2026-05-22")]
    // seed-002, item 3: a period reviewed
    [InlineData("Khẩn trương rà soát công tác phối hợp giải quyết hồ sơ, TTHC lĩnh vực đất đai trong 6 tháng đầu năm 2024;", "2024-05-04")]
    // qn-tb-542: the date of a meeting
    [InlineData("2. Thời gian: Vào lúc 08 giờ 00 phút, ngày 09/11/2024 (sáng Thứ Bảy).", "2024-11-06")]
    // qn-ttr-239: a session date
    [InlineData("Tại Kỳ họp chuyên đề thứ 31 (dự kiến trong tháng 3/2025) của HĐND tỉnh Quảng Ngãi.", "2024-12-20")]
    // seed-001: a funding and programme period
    [InlineData("theo Nghị quyết về chuyển đổi số tỉnh Quảng Trị giai đoạn 2021 - 2025, định hướng đến năm 2030;", "2024-05")]
    // made-ct-cchc-03-2024, item 6: a relative period with no date
    [InlineData("kiện toàn bộ phận một cửa, bảo đảm 100% hồ sơ được tiếp nhận đúng quy trình; hoàn thành việc kiện toàn trong 6 tháng.", "2024-05-06")]
    // made-cv-thon-926-2021: an effective date and a planned meeting
    [InlineData("Từ ngày 01/9/2021, không thành lập mới thôn, tổ dân phố có quy mô số hộ gia đình chưa đạt tiêu chuẩn. Hội nghị triển khai công tác sắp xếp dự kiến tổ chức vào ngày 20/8/2021 tại Hội trường UBND huyện.", "2021-08-10")]
    // qn-ct-01: the date a rule took effect, before the letter
    [InlineData("theo đó, kể từ ngày 01/7/2022, các tổ chức, cá nhân phải chuyển sang sử dụng hóa đơn điện tử", "2021-01-04")]
    // made-ct-cchc-03-2024, item 5: the period of an event
    [InlineData("tổ chức Hội thi tìm hiểu về cải cách hành chính; Hội thi được tổ chức từ ngày 10/6 đến hết ngày 14/6/2024 tại Nhà Văn hóa thị xã.", "2024-05-06")]
    // a period of works as a span of months (written here after made-ttr-thachthat-95-2024's "Thời gian thực hiện")
    [InlineData("- Thời gian thực hiện: từ tháng 3 đến hết tháng 6/2024.", "2024-01-10")]
    // made-ct-cchc-03-2024: a deadline quoted from an earlier letter, before this one was issued
    [InlineData("Tuy nhiên, UBND thị xã đã yêu cầu các đơn vị báo cáo kết quả tự đánh giá trước ngày 30/4/2024 nhưng đến nay một số đơn vị chưa thực hiện.", "2024-05-06")]
    // made-cv-thon-926-2021 as if its day were left blank, as seed-001's is: no day to count from
    [InlineData("gửi về UBND huyện (qua Phòng Nội vụ) trong 30 ngày kể từ ngày ký Công văn này.", "2021-08")]
    // made-ct-cchc-03-2024, item 4: a yearly duty, not this year's deadline
    [InlineData("các cơ quan chuyên môn báo cáo kết quả năm trước ngày 15/12 hằng năm.", "2024-05-06")]
    // made-blind-hd-sgddt-1045-2025, II: the period applications are received in
    [InlineData("- Thời gian nhận hồ sơ đăng ký dự tuyển: từ ngày 02/6/2025 đến ngày 06/6/2025.", "2025-05-23")]
    // made-blind-cd-quangbinh-12-2024: a forecast period that starts with a part of a day
    [InlineData("Dự báo từ đêm 19/9 đến hết ngày 21/9/2024, khu vực tỉnh có mưa to đến rất to, lượng mưa phổ biến 200 - 400 mm.", "2024-09-18")]
    // made-blind6-cd-daklak-21-2026: the forecast period starts in the afternoon of a day
    [InlineData("từ chiều ngày 07/11 đến hết ngày 09/11/2026, trên địa bàn tỉnh có mưa to đến rất to, lượng mưa phổ biến 250 - 450 mm.", "2026-11-06")]
    // made-blind-qd-dienbien-2107-2024, Điều 2: an inspection period, whose end is no "until" deadline either
    [InlineData("thời gian kiểm tra từ ngày 04/11/2024 đến ngày 15/11/2024;", "2024-10-28")]
    // made-cv-syt-3120-2024's "tính đến ngày 15/8/2024", as a report's cut-off after the letter
    [InlineData("báo cáo số ca mắc sốt xuất huyết tính đến ngày 30/8/2024.", "2024-08-19")]
    // made-blind-qd-dienbien-2107-2024's Điều 3 with an end to its validity
    [InlineData("Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký đến hết ngày 31/12/2025.", "2024-10-28")]
    // made-blind-qd-tiendu-1873-2024's targets with the period they apply in
    [InlineData("Các chỉ tiêu tại Điều 1 được áp dụng đến hết ngày 31/12/2024.", "2024-07-15")]
    public void Leaves_out_what_is_not_a_deadline(string sentence, string issued) => Assert.Empty(Find(sentence, issued));

    [Fact]
    public void Needs_the_letters_year_for_a_date_without_one()
    {
        // made-kh-cds-1875-2024, III.2 and seed-002's closing, in a letter whose date was not read.
        Assert.Empty(Find("- Thời gian hoàn thành: trước ngày 15/01 để đưa vào vận hành thử nghiệm.", null));
        Assert.Single(Find("báo cáo Chủ tịch UBND thành phố chỉ đạo xử lý trước ngày 15/6/2024.", null));
    }

    [Fact]
    public void Finds_every_deadline_of_a_paragraph_in_order()
    {
        // seed-000, 2.d: two dashes of one item, joined here.
        var found = Find("Hoàn thành việc kết nối, tích hợp dữ liệu, hoàn thành trước ngày 15 tháng 6 năm 2023; Thực hiện chuẩn hóa chế độ báo cáo, hoàn thành trong tháng 6 năm 2023;", "2023-05-25");

        Assert.Equal(["2023-06-15", "2023-06-30"], found.Select(f => f.Date.ToString("yyyy-MM-dd")));
    }
}
