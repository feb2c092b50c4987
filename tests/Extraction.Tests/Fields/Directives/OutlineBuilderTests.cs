using Extraction.Fields.Directives.Outline;

namespace Extraction.Tests.Fields.Directives;

public class OutlineBuilderTests
{
    [Fact]
    public void Gives_lettered_items_under_a_number_their_path()
    {
        // seed-000.txt, section 2.
        var outline = BodyLetter.Outline(BodyLetter.Text(
            "2. Thành viên Ban Chỉ đạo CCHC và Chuyển đổi số thành phố: quan tâm tham mưu, chỉ đạo triển khai tốt các nhiệm vụ.",
            "a) Sở Tư pháp: chủ trì nghiên cứu, tham mưu đề xuất áp dụng hình thức một văn bản sửa nhiều văn bản;",
            "b) Văn phòng UBND thành phố:",
            "- Nghiên cứu đề xuất Khung Bộ chỉ số điều hành phục vụ sự chỉ đạo, điều hành của UBND thành phố;",
            "đ) Sở Kế hoạch và Đầu tư:",
            "3. Kiến nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố: tăng cường công tác giám sát, góp ý, phản biện."));

        Assert.Equal(["2", "2.a", "2.b", "2.b", "2.đ", "3"], outline.Items.Select(i => i.Path));
        Assert.True(outline.Items.ElementAt(3).IsBullet);
    }

    [Fact]
    public void Treats_a_lone_Roman_heading_as_a_peer_of_the_numbers_after_its_first()
    {
        // seed-002.txt: "I." is the only Roman heading; "2." to "6." name other bodies.
        var outline = BodyLetter.Outline(BodyLetter.Text(
            "I. Thủ trưởng các cơ quan chuyên môn, Chủ tịch UBND các phường, xã:",
            "1. Quán triệt kết quả đánh giá chỉ số cải cách hành chính cấp tỉnh năm 2023.",
            "- Tổ chức rà soát triển khai ngay các chỉ đạo của UBND tỉnh.",
            "2. Các Thành viên Ban chỉ đạo cải cách hành chính thành phố Biên Hòa",
            "3. Trưởng phòng Tài nguyên và Môi trường, Tài chính - Kế hoạch, Quản lý đô thị, Chi cục thuế khu vực Biên Hòa - Vĩnh Cửu:"));

        Assert.Equal(["I", "I.1", "I.1", "2", "3"], outline.Items.Select(i => i.Path));
    }

    [Fact]
    public void Numbers_the_points_of_an_article()
    {
        // qn-qd-47-2025: Điều 2 holds two numbered points.
        var outline = BodyLetter.Outline(BodyLetter.Pdf(
            "Điều 2. Tổ chức thực hiện",
            "1. Sở Tài chính chịu trách nhiệm toàn diện về nội dung đề xuất, đảm",
            "bảo mức và nguồn kinh phí theo quy định.",
            "2. Sở Lao động - Thương binh và Xã hội chịu trách nhiệm chuẩn xác",
            "đối tượng hỗ trợ.",
            "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký."));

        Assert.Equal(["Điều 2", "Điều 2.1", "Điều 2.2", "Điều 3"], outline.Items.Select(i => i.Path));
    }

    [Fact]
    public void Restores_the_first_article_when_only_its_points_were_read()
    {
        // cp-nq-115-2026-scan: a seal hides "Điều 1."; its points 1 to 3 come before "Điều 2.".
        var outline = BodyLetter.Outline(BodyLetter.Pdf(
            "QUYẾT NGHỊ:",
            "1. Đồng ý chủ trương chuyển giao chủ thể quản lý Vườn quốc gia Ba Vì.",
            "2. Giao Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với các cơ quan có liên quan.",
            "3. Giao Ủy ban nhân dân Thành phố Hà Nội:",
            "a) Phối hợp với Bộ Nông nghiệp và Môi trường tổ chức tiếp nhận.",
            "Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành."));

        Assert.Equal([null, "Điều 1", "Điều 1.1", "Điều 1.2", "Điều 1.3", "Điều 1.3.a", "Điều 2"], outline.Items.Select(i => i.Path));
    }

    [Fact]
    public void Keeps_the_lead_in_and_the_closing_outside_the_items()
    {
        // seed-002.txt: the paragraph after item 6 speaks to the whole letter.
        var outline = BodyLetter.Outline(BodyLetter.Text(
            "Chủ tịch UBND thành phố Biên Hòa có ý kiến như sau:",
            "6. Trưởng phòng Nội vụ:",
            "Tiếp tục triển khai kiểm tra việc thực hiện trách nhiệm công vụ trong giải quyết TTHC.",
            "Kết quả thực hiện, các đơn vị, địa phương báo cáo Chủ tịch UBND thành phố (thông qua Phòng Nội vụ). Giao Phòng Nội vụ tổng hợp kết quả rà soát.",
            "Chủ tịch UBND thành phố Biên Hòa yêu cầu các đơn vị, địa phương phối hợp thực hiện./."));

        var items = outline.Items.ToList();
        Assert.Equal(FreeParagraphPlace.LeadIn, items[0].Place);
        Assert.Equal(2, items[1].Paragraphs.Count);
        Assert.Equal(FreeParagraphPlace.Closing, items[2].Place);
        Assert.Equal(FreeParagraphPlace.Closing, items[3].Place);
    }
}
