using Extraction.Fields.Directives.Targets;

namespace Extraction.Tests.Fields.Directives;

public class TargetFinderTests
{
    private static IReadOnlyList<FoundTarget> Find(string sentence, TargetContext context = TargetContext.Directive) =>
        TargetFinder.Instance.Find(BodyLetter.Paragraph(sentence), context);

    public static TheoryData<string, string, string, double, string> Targets => new()
    {
        // seed-000, 1.g: "trên" is ">"; the measure comes before "đạt"
        { "- Đảm bảo mức độ hài lòng của người dân đối với sự phục vụ của chính quyền các cấp trong thực hiện TTHC năm 2023 đạt trên 86%;",
          "level", ">", 86, "mức độ hài lòng của người dân đối với sự phục vụ của chính quyền các cấp trong thực hiện TTHC năm 2023" },
        // seed-000, 1.g: a rate as the subject
        { "- Tỷ lệ giải quyết TTHC đúng hạn đạt trên 90%.", "level", ">", 90, "Tỷ lệ giải quyết TTHC đúng hạn" },
        // seed-000, 2.đ: "từ ... trở lên" is ">=", with its base
        { "Phấn đấu tỷ lệ giải ngân vốn đầu tư công năm 2023 đạt từ 95% trở lên so với kế hoạch được giao.",
          "level", ">=", 95, "tỷ lệ giải ngân vốn đầu tư công năm 2023 so với kế hoạch được giao" },
        // seed-001, item 1: "tối thiểu" is ">="
        { "phấn đấu hồ sơ trực tuyến toàn trình của thành phố đạt tỷ lệ tối thiểu 70%", "level", ">=", 70, "hồ sơ trực tuyến toàn trình của thành phố" },
        // seed-001, item 1: the measure after the number
        { "phấn đấu đạt tỷ lệ trên 99% hồ sơ đã giải quyết được số hóa, cập nhật lên hệ thống phần mềm Một cửa điện tử.", "level", ">", 99, "tỷ lệ hồ sơ đã giải quyết được số hóa" },
        // seed-001, item 1: a bare percentage is "="
        { "thực hiện việc xin lỗi người dân, tổ chức đối với 100% hồ sơ thủ tục hành chính bị trễ hạn (nếu có).",
          "level", "=", 100, "xin lỗi người dân, tổ chức đối với hồ sơ thủ tục hành chính bị trễ hạn" },
        // seed-001, item 3: the measure in the clause before the goal verb, with its base
        { "kịp thời giải ngân vốn đầu tư công của thành phố, phân đấu đạt trên 90% kế hoạch.", "level", ">", 90, "giải ngân vốn đầu tư công của thành phố so với kế hoạch" },
        // seed-001, item 2: the measure between two goal verbs
        { "Tham mưu UBND thành phố chỉ đạo UBND các phường thực hiện các giải pháp nhằm tăng tỷ lệ thanh toán trực tuyến trong giải quyết hồ sơ thủ tục hành chính đảm bảo đạt trên 60%.",
          "level", ">", 60, "tỷ lệ thanh toán trực tuyến trong giải quyết hồ sơ thủ tục hành chính" },
        // made-ct-cchc-03-2024, item 1: "không quá" is "<="
        { "- Tỷ lệ hồ sơ giải quyết quá hạn không quá 2%.", "level", "<=", 2, "Tỷ lệ hồ sơ giải quyết quá hạn" },
        // made-ct-cchc-03-2024, item 2: "tối đa" is "<=", with a decimal comma
        { "chủ trì tham mưu các giải pháp giảm nghèo bền vững, phấn đấu tỷ lệ hộ nghèo cuối năm tối đa 1,5%;", "level", "<=", 1.5, "tỷ lệ hộ nghèo cuối năm" },
        // made-ct-cchc-03-2024, item 3: "dưới" is "<"
        { "3. Phòng Văn hóa và Thông tin: phấn đấu giảm tỷ lệ hồ sơ trễ hạn xuống dưới 1%;", "level", "<", 1, "tỷ lệ hồ sơ trễ hạn" },
        // made-ct-cchc-03-2024, item 2: "không thấp hơn" is ">="
        { "tỷ lệ người dân tham gia bảo hiểm y tế không thấp hơn 95%.", "level", ">=", 95, "tỷ lệ người dân tham gia bảo hiểm y tế" },
        // made-kh-cds-1875-2024, II: a decrease by so much
        { "- Phấn đấu giảm 20% thời gian giải quyết thủ tục hành chính so với quy định.", "decrease", "=", 20, "thời gian giải quyết thủ tục hành chính so với quy định" },
        // made-blind4-kh-bvdkvinhlong-318-2026, I.2: the sign before the number
        { "- Tỷ lệ hài lòng của người bệnh nội trú ≥ 95%.", "level", ">=", 95, "Tỷ lệ hài lòng của người bệnh nội trú" },
        { "- Tỷ lệ nhiễm khuẩn bệnh viện <= 3%.", "level", "<=", 3, "Tỷ lệ nhiễm khuẩn bệnh viện" },
        // made-blind4-nq-sonla-42-2025, Điều 1.6: "nông thôn mới đạt" is not "only reached"
        { "6. Tỷ lệ xã đạt chuẩn nông thôn mới đạt tối thiểu 45%.", "level", ">=", 45, "Tỷ lệ xã đạt chuẩn nông thôn mới" },
        // made-blind6-nq-caobang-47-2025, Điều 1.2.a: a growth rate is an increase though no "tăng" stands by the number
        { "a) Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) đạt trên 8,5% so với năm 2025.", "increase", ">", 8.5, "GRDP so với năm 2025" },
        // made-blind6-nq-caobang-47-2025, Điều 1.2.h: "chứng chỉ đạt" is not "chỉ đạt" (only reached)
        { "Lao động có bằng cấp, chứng chỉ đạt 27%.", "level", "=", 27, "Lao động có bằng cấp, chứng chỉ" },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void Reads_a_percentage_target(string sentence, string kind, string comparator, double value, string metric)
    {
        var target = Assert.Single(Find(sentence)).Target;
        Assert.Equal((kind, comparator, value, metric), (target.Kind, target.Comparator, target.Value, target.Metric));
    }

    [Fact]
    public void Reads_several_targets_in_one_sentence()
    {
        // made-ct-cchc-03-2024, item 1.
        var targets = Find("- Phấn đấu đến cuối năm 2025, tỷ lệ hồ sơ trực tuyến đạt 60% đối với thủ tục cấp tỉnh, 50% đối với thủ tục cấp huyện và 30% đối với thủ tục cấp xã.")
            .Select(f => f.Target).ToList();

        Assert.Equal([60.0, 50.0, 30.0], targets.Select(t => t.Value));
        Assert.All(targets, t => Assert.Equal("=", t.Comparator));
        Assert.Equal(["tỷ lệ hồ sơ trực tuyến đối với thủ tục cấp tỉnh", "tỷ lệ hồ sơ trực tuyến đối với thủ tục cấp huyện", "tỷ lệ hồ sơ trực tuyến đối với thủ tục cấp xã"],
            targets.Select(t => t.Metric));
    }

    [Fact]
    public void Shares_a_comparator_over_the_percentages_it_governs()
    {
        // made-kh-cds-1875-2024, II: "tối thiểu" governs both levels.
        var targets = Find("- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt tối thiểu 60% đối với thủ tục cấp huyện và 40% đối với thủ tục cấp xã.")
            .Select(f => f.Target).ToList();

        Assert.Equal([(">=", 60.0), (">=", 40.0)], targets.Select(t => (t.Comparator, t.Value)));
        Assert.Equal("Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đối với thủ tục cấp xã", targets[1].Metric);
    }

    [Fact]
    public void Reads_a_level_and_an_increase_in_one_sentence()
    {
        // seed-000, 1.g.
        var targets = Find("- Đến cuối năm 2023, 50% hồ sơ TTHC được người dân, doanh nghiệp thực hiện trực tuyến từ xa (tăng 10% so với Kế hoạch CCHC năm 2023 của thành phố);")
            .Select(f => f.Target).ToList();

        Assert.Equal([("level", 50.0), ("increase", 10.0)], targets.Select(t => (t.Kind, t.Value)));
        Assert.Equal("hồ sơ TTHC được người dân, doanh nghiệp thực hiện trực tuyến từ xa", targets[0].Metric);
    }

    [Fact]
    public void Reads_two_levels_joined_by_va()
    {
        // seed-001, item 1.
        var targets = Find("nhằm duy trì mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính đạt tối thiểu 99% và mức độ hài lòng về giải quyết các thủ tục hành chính trong lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 85%.")
            .Select(f => f.Target).ToList();

        Assert.Equal([
            (">=", 99.0, "mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính"),
            (">=", 85.0, "mức độ hài lòng về giải quyết các thủ tục hành chính trong lĩnh vực đất đai, xây dựng, đầu tư")],
            targets.Select(t => (t.Comparator, t.Value, t.Metric)));
    }

    [Theory]
    // qn-ct-01: a share reported in the grounds
    [InlineData("Tuy nhiên, hiện nay, trên địa bàn tỉnh chỉ có 1.846 tổ chức sử dụng hóa đơn điện tử, chiếm khoảng 5,3% trên tổng số tổ chức, cá nhân thuộc đối tượng sử dụng hóa đơn điện tử")]
    // made-ct-cchc-03-2024, item 1: a condition on who is named
    [InlineData("- Kiểm điểm trách nhiệm người đứng đầu các bộ phận có tỷ lệ hồ sơ giải quyết đúng hạn chưa đạt 100%.")]
    // made-ct-cchc-03-2024: a past result
    [InlineData("Năm 2023, tỷ lệ giải ngân vốn đầu tư công của thị xã đã đạt 92,5% kế hoạch")]
    // made-kh-cds-1875-2024: last year's figures in the grounds
    [InlineData("năm 2024, tỷ lệ hồ sơ thủ tục hành chính của huyện được tiếp nhận trực tuyến đã đạt 52%, tỷ lệ hồ sơ giải quyết trễ hạn chiếm 3,4%.")]
    public void Leaves_out_results_and_conditions(string sentence) => Assert.Empty(Find(sentence));

    [Fact]
    public void Needs_a_goal_word_outside_the_items()
    {
        // made-ct-cchc-03-2024 and made-kh-cds-1875-2024, lead-ins: a figure is a result; a goal word makes it a target.
        Assert.Empty(Find("tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,8%.", TargetContext.Framed));
        Assert.Single(Find("Phấn đấu năm 2025 tỷ lệ hồ sơ được tiếp nhận trực tuyến đạt trên 70%.", TargetContext.Framed));
    }

    [Theory]
    // made-ttr-thachthat-95-2024: a submission's share of funding, "bảo đảm" notwithstanding
    [InlineData("- Nguồn vốn: ngân sách huyện và ngân sách xã Bình Yên; trong đó ngân sách xã bảo đảm khoảng 10% tổng mức đầu tư.")]
    // made-ttr-thachthat-95-2024: a ratio that follows a figure
    [InlineData("- Tổng mức đầu tư: từ 45,2 tỷ đồng điều chỉnh thành 52,8 tỷ đồng (tăng 7,6 tỷ đồng, tương ứng 16,8%).")]
    // made-blind-bc-tanhoa-142-2024, results: "chỉ tiêu" after the number is what was met, not a goal word
    [InlineData("Hoàn thành 100% chỉ tiêu giao quân năm 2024; tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn ổn định.")]
    // made-blind-ttr-snvgialai-58-2025: a figure that beat a quota
    [InlineData("So với biên chế giao năm 2021, biên chế công chức đã giảm 6,2%, số người làm việc hưởng lương từ ngân sách nhà nước giảm 8,1%, vượt chỉ tiêu Kết luận số 40-KL/TW đề ra.")]
    // made-blind3-bc-snvquangtri-392-2026: the goal that was passed, named with its figure
    [InlineData("Tuyển sinh, đào tạo nghề nghiệp cho 21.300 người; tỷ lệ lao động qua đào tạo đạt 72,4%, vượt chỉ tiêu Nghị quyết số 15/NQ-HĐND ngày 08/12/2024 của HĐND tỉnh giao (70%), trong đó tỷ lệ lao động có bằng cấp, chứng chỉ đạt 31,8%.")]
    public void Finds_no_goal_in_a_submission_without_a_strong_goal_word(string sentence) =>
        Assert.Empty(Find(sentence, TargetContext.Report));

    [Fact]
    public void Last_years_figure_in_brackets_beside_a_goal_is_no_goal()
    {
        // made-blind3-qd-sytlaocai-2468-2025, Điều 1.3
        var found = Find("3. Trung tâm Y tế khu vực Mù Cang Chải: tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin không thấp hơn 92% (năm 2025 đạt 86,7%); tỷ lệ phụ nữ có thai được tiêm đủ mũi vắc xin uốn ván đạt trên 90%.", TargetContext.Directive);

        Assert.Equal([92.0, 90.0], found.Select(f => f.Target.Value));
    }

    [Fact]
    public void An_estimate_for_last_year_and_what_was_only_disbursed_are_no_goals()
    {
        // made-blind4-nq-sonla-42-2025, Điều 1.7, and made-blind4-tb-vpcp-412-2026, 1
        Assert.Equal([47.5], Find("7. Tỷ lệ che phủ rừng đạt 47,5% (năm 2025 ước đạt 46,9%).", TargetContext.Directive).Select(f => f.Target.Value));
        Assert.Empty(Find("Đến nay đã hoàn thành 37.200 căn; gói tín dụng 145.000 tỷ đồng mới giải ngân được 21,8%.", TargetContext.Framed));
    }

    [Fact]
    public void Reads_the_goals_a_strong_goal_word_frames_in_a_report()
    {
        // made-blind-bc-tanhoa-142-2024, II.1: "Phấn đấu" before the numbers frames all three.
        var found = Find("1. Phấn đấu hoàn thành 100% các chỉ tiêu kinh tế - xã hội năm 2024 được Hội đồng nhân dân xã giao; tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 93%, tỷ lệ hộ nghèo giảm còn dưới 1%.", TargetContext.Report);
        Assert.Equal([("=", 100.0), (">", 93.0), ("<", 1.0)], found.Select(f => (f.Target.Comparator, f.Target.Value)));
    }

    [Fact]
    public void Reads_a_ratio_after_a_figure_as_a_result_even_in_a_task()
    {
        // made-ttr-thachthat-95-2024, item 2, as if it sat in a directive item.
        Assert.Empty(Find("- Tổng mức đầu tư: từ 45,2 tỷ đồng điều chỉnh thành 52,8 tỷ đồng (tăng 7,6 tỷ đồng, tương ứng 16,8%)."));
    }
}
