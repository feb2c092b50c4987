using Extraction.Fields.Directives.Deadlines;

namespace Extraction.Tests.Fields.Directives;

public class RecurringDutyFinderTests
{
    private static IReadOnlyList<FoundRecurringDuty> Find(string sentence) =>
        RecurringDutyFinder.Instance.Find(BodyLetter.Paragraph(sentence));

    public static TheoryData<string, string, int?, string> Duties => new()
    {
        // seed-001, item 1: the day in brackets after the period
        { "- Định kỳ hàng quý (chậm nhất ngày 12 của tháng cuối quý), năm (chậm nhất ngày 12/12), báo cáo tình hình, tiến độ thực hiện",
          "quarterly", 12, "Định kỳ hàng quý (chậm nhất ngày 12 của tháng cuối quý)" },
        // made-kh-cds-1875-2024, IV.1: the day after a comma
        { "theo dõi, đôn đốc thực hiện Kế hoạch; hằng tháng, trước ngày 25 tổng hợp kết quả, báo cáo UBND huyện.", "monthly", 25, "hằng tháng, trước ngày 25" },
        // made-ct-cchc-03-2024, item 4: the day before the period
        { "Các phường, xã gửi báo cáo về Phòng Nội vụ trước ngày 20 hằng tháng.", "monthly", 20, "trước ngày 20 hằng tháng" },
        // made-ct-cchc-03-2024, item 4: a yearly duty with its day and month
        { "các cơ quan chuyên môn báo cáo kết quả năm trước ngày 15/12 hằng năm.", "yearly", 15, "trước ngày 15/12 hằng năm" },
        // made-kh-cds-1875-2024, IV.1: a periodic report without a day
        { "định kỳ hằng năm báo cáo Sở Thông tin và Truyền thông kết quả chuyển đổi số của huyện.", "yearly", null, "định kỳ hằng năm" },
        // made-blind-ct-ttg-18-2025, item 4: the day and month written out
        { "- Báo cáo kết quả thực hiện về Bộ Công an trước ngày 15 tháng 12 hằng năm để tổng hợp, báo cáo Thủ tướng Chính phủ.", "yearly", 15, "trước ngày 15 tháng 12 hằng năm" },
    };

    [Theory]
    [MemberData(nameof(Duties))]
    public void Reads_a_repeating_deadline(string sentence, string rule, int? day, string text)
    {
        var found = Assert.Single(Find(sentence));
        Assert.Equal((rule, day, text), (found.Rule, found.Day, found.Text));
    }

    [Theory]
    // seed-001, item 5: a yearly appraisal, not a duty with a day
    [InlineData("đồng thời làm cơ sở đánh giá mức độ hoàn thành nhiệm vụ, gắn với đánh giá, xếp loại và thi đua khen thưởng hàng năm.")]
    // seed-000, 2.e: an index reviewed every year
    [InlineData("Rà soát, sửa đổi Bộ chỉ số theo dõi, đánh giá kết quả CCHC hàng năm của các sở, ban, ngành")]
    public void Leaves_out_a_period_word_without_a_day(string sentence) => Assert.Empty(Find(sentence));
}
