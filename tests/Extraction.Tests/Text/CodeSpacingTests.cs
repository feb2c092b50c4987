using Extraction.Text;
using FieldPipeline = Extraction.Tests.Fields.Pipeline;

namespace Extraction.Tests.Text;

public class CodeSpacingTests
{
    [Theory]
    // qn-ttr-239-2024-scan read at 200 DPI.
    [InlineData("bãi bỏ Nghị quyết số 24/2013/N Q-HĐND ngày 10/12/2013", "bãi bỏ Nghị quyết số 24/2013/NQ-HĐND ngày 10/12/2013")]
    [InlineData("Quyết định số 1456/Q Đ-TTg", "Quyết định số 1456/QĐ-TTg")]
    // Left alone: codes printed whole, a date, a slash before a name, a list after a year.
    [InlineData("Nghị định số 154/2020/NĐ-CP", "Nghị định số 154/2020/NĐ-CP")]
    [InlineData("ngày 10/12/2013 Ủy ban nhân dân tỉnh", "ngày 10/12/2013 Ủy ban nhân dân tỉnh")]
    [InlineData("Khóa 2021/2026 A HĐND-UBND", "Khóa 2021/2026 A HĐND-UBND")]
    [InlineData("Số 12/A Sở Nội vụ", "Số 12/A Sở Nội vụ")]
    public void Joins_a_code_cut_after_its_first_capital(string line, string expected) =>
        Assert.Equal(expected, CodeSpacing.JoinSplitCodes(line));

    [Fact]
    public void A_split_code_is_cited_and_shown_whole()
    {
        var r = FieldPipeline.ExtractFromText("TỜ TRÌNH\nVề việc bãi bỏ Nghị quyết số 24/2013/N Q-HĐND ngày 10/12/2013 của HĐND tỉnh\nKính gửi: Hội đồng nhân dân tỉnh\nCăn cứ Nghị quyết số 24/2013/N Q-HĐND ngày 10/12/2013 của HĐND tỉnh./.");
        Assert.Equal("bãi bỏ Nghị quyết số 24/2013/NQ-HĐND ngày 10/12/2013 của HĐND tỉnh", r.Subject);
        Assert.Equal(["24/2013/NQ-HĐND"], r.References.Select(x => x.Code));
    }
}
