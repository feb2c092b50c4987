using Extraction.Fields.Directives.Outline;
using Extraction.Reading;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Tests.Fields.Directives;

public class ParagraphJoinerTests
{
    [Fact]
    public void Joins_the_lines_a_pdf_wraps_and_starts_a_paragraph_at_each_label()
    {
        // qn-tb-11-2025.pdf, items 1 and 2: the name of the company wraps onto the next line.
        var letter = BodyLetter.Pdf(
            "1. Công ty TNHH MTV Đầu tư, Xây dựng và Kinh doanh dịch vụ",
            "Quảng Ngãi tiếp thu các ý kiến tại cuộc họp, khẩn trương rà soát, báo cáo",
            "toàn bộ quá trình cổ phần hóa và những vấn đề phát sinh, vướng mắc ảnh",
            "tư) trước ngày 08/02/2025.",
            "2. Trên cơ sở báo cáo của Công ty TNHH MTV Đầu tư, Xây dựng và",
            "Kinh doanh dịch vụ Quảng Ngãi, giao Sở Tài chính chủ trì, phối hợp với Sở");

        var paragraphs = ParagraphJoiner.Instance.Join(letter.In(Zone.Body));

        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("Công ty TNHH MTV Đầu tư, Xây dựng và Kinh doanh dịch vụ Quảng Ngãi tiếp thu", paragraphs[0].Content);
        Assert.EndsWith("trước ngày 08/02/2025.", paragraphs[0].Content);
        Assert.Equal("2", paragraphs[1].Label?.PathToken);
    }

    [Fact]
    public void Keeps_a_sentence_that_a_page_end_cuts_in_one_paragraph()
    {
        // seed-000.txt, item 1.c: the page ends after "không dám đề xuất," and the text goes on in lower case.
        var letter = BodyLetter.Text(
            "c) Tiếp tục tăng cường kỷ luật, kỷ cương hành chính. Đẩy mạnh xử lý những trường hợp sơ trách nhiệm, không dám tham mưu, không dám đề xuất,",
            "đùn đẩy trách nhiệm. Xử lý nghiêm cán bộ, công chức, viên chức chưa làm tốt nhiệm vụ của mình;",
            "d) Quan tâm nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức làm công tác CCHC;");

        var paragraphs = ParagraphJoiner.Instance.Join(letter.In(Zone.Body));

        Assert.Equal(2, paragraphs.Count);
        Assert.Contains("không dám đề xuất, đùn đẩy trách nhiệm.", paragraphs[0].Text);
    }

    [Fact]
    public void Ends_a_paragraph_at_a_short_line_before_a_capital()
    {
        // qn-ct-05-2020, item 1: a heading without a colon, then its text.
        var letter = BodyLetter.Pdf(
            "1. Cục Thuế tỉnh",
            "Chủ trì, phối hợp với các Ngân hàng thương mại trên địa bàn tỉnh, VNPT",
            "Quảng Ngãi xây dựng Kế hoạch triển khai thực hiện nộp thuế điện tử đối với cá",
            "nhân kinh doanh trên địa bàn tỉnh.");

        var paragraphs = ParagraphJoiner.Instance.Join(letter.In(Zone.Body));

        Assert.Equal(["1. Cục Thuế tỉnh", "Chủ trì, phối hợp với các Ngân hàng thương mại trên địa bàn tỉnh, VNPT Quảng Ngãi xây dựng Kế hoạch triển khai thực hiện nộp thuế điện tử đối với cá nhân kinh doanh trên địa bàn tỉnh."],
            paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Continues_a_wrapped_line_that_starts_with_a_dash()
    {
        // seed-002-digital.pdf, item 3: "Biên Hòa – Vĩnh Cửu" is one name broken at its dash.
        var letter = BodyLetter.Pdf(
            "- Chấn chỉnh công tác phối hợp giải quyết TTHC giữa Văn phòng HĐND và UBND thành phố, Chi cục thuế khu vực Biên Hòa",
            "- Vĩnh Cửu. Giao Thủ trưởng các đơn vị nêu trên chỉ đạo khắc phục dứt điểm tình trạng đùn đẩy trách nhiệm.");

        var paragraphs = ParagraphJoiner.Instance.Join(letter.In(Zone.Body));

        Assert.Single(paragraphs);
    }

    [Fact]
    public void Finds_a_first_line_indent_against_the_neighbouring_lines_of_a_skewed_scan()
    {
        // qn-ct-05-2020-scan, the closing paragraph; the page drifts 60 px to the right from top to
        // bottom, more than an indent, so only the neighbours tell an indented line.
        Line At(int index, string text, double left, double width) =>
            new(index, text, 1, index + 1, LineOrigin.Ocr, 0.9, new Box(left, 2000 + index * 60, width, 50));
        IReadOnlyList<Line> lines =
        [
            At(0, "thực hiện nộp thuế điện tử đối với cá nhân kinh doanh trên dịch vụ VNPT PAY", 300, 1880),
            At(1, "khi hệ thống này đã đáp ứng yêu cầu nộp thuế điện tử.", 302, 1100),
            At(2, "Yêu cầu Thủ trưởng các cơ quan, đơn vị và địa phương nghiêm túc triển", 452, 1740),
            At(3, "khai thực hiện. Trường hợp phát sinh vướng mắc, khó khăn, kịp thời phản ánh về", 306, 1884),
            At(4, "Cục Thuế tỉnh để tổng hợp, đề xuất UBND tỉnh tiếp tục chỉ đạo, thực hiện./.", 360, 1500),
        ];

        var paragraphs = ParagraphJoiner.Instance.Join(lines);

        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("Yêu cầu Thủ trưởng", paragraphs[1].Text);
        Assert.EndsWith("thực hiện./.", paragraphs[1].Text);
    }

    [Fact]
    public void Removes_markdown_emphasis_left_in_the_text()
    {
        // seed-002.txt, item 5: the deadline is in italics.
        var paragraphs = ParagraphJoiner.Instance.Join(BodyLetter.Text("Thời gian hoàn thành *trong tháng 6/2024*.").In(Zone.Body));

        Assert.Equal("Thời gian hoàn thành trong tháng 6/2024.", paragraphs[0].Text);
    }
}
