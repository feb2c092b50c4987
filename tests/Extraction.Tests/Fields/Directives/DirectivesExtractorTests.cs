using Extraction.Records;

namespace Extraction.Tests.Fields.Directives;

public class DirectivesExtractorTests
{
    [Fact]
    public void Attributes_each_deadline_to_the_task_around_it()
    {
        // seed-000.txt, 2.c and 2.d.
        var record = BodyLetter.Extract(BodyLetter.Text(
            "2. Thành viên Ban Chỉ đạo CCHC và Chuyển đổi số thành phố: quan tâm tham mưu, chỉ đạo triển khai tốt các nhiệm vụ theo chức năng, nhiệm vụ đã được phân công.",
            "c) Sở Tài chính: chủ trì, phối hợp với Sở Thông tin và Truyền thông tham mưu UBND thành phố trình Hội đồng nhân dân thành phố ban hành chính sách miễn, giảm phí, lệ phí, hoàn thành **trong tháng 6 năm 2023**;",
            "d) Sở Thông tin và Truyền thông:",
            "- Chủ trì, phối hợp cơ quan, đơn vị, địa phương khẩn trương việc đầu tư hạ tầng số;",
            "đảm bảo trang thiết bị để triển khai thực hiện Đề án 06. Hoàn thành việc kết nối, tích hợp, chia sẻ dữ liệu, hoàn thành **trước ngày 15 tháng 6 năm 2023**;"),
            issuedDate: "2023-05-25");

        Assert.Equal([("2023-06-30", "by", "Sở Tài chính", "2.c"), ("2023-06-15", "before", "Sở Thông tin và Truyền thông", "2.d")],
            record.Deadlines.Select(d => (d.Date, d.Relation, d.Assignee!, d.TaskPath!)));
        Assert.Empty(record.Tasks[0].Deadlines);
        Assert.Equal(["2023-06-30"], record.Tasks[1].Deadlines.Select(d => d.Date));
        Assert.Equal(["2023-06-15"], record.Tasks[2].Deadlines.Select(d => d.Date));
        Assert.Equal("lead", record.Tasks[2].Role);
    }

    [Fact]
    public void Gives_an_items_targets_and_deadlines_to_the_heading_that_names_its_body()
    {
        // seed-000.txt, item 1 and its point g.
        var record = BodyLetter.Extract(BodyLetter.Text(
            "1. Giám đốc sở, Thủ trưởng cơ quan, ban ngành thành phố, Chủ tịch UBND quận, huyện, Chủ tịch UBND xã, phường thị trấn",
            "g) Phấn đấu đảm bảo các chỉ tiêu cụ thể sau:",
            "- Đảm bảo mức độ hài lòng của người dân đối với sự phục vụ của chính quyền các cấp trong thực hiện TTHC năm 2023 đạt trên 86%;",
            "- Đến cuối năm 2023, 50% hồ sơ TTHC được người dân, doanh nghiệp thực hiện trực tuyến từ xa (tăng 10% so với Kế hoạch CCHC năm 2023 của thành phố);"),
            issuedDate: "2023-05-25");

        var task = Assert.Single(record.Tasks);
        Assert.Equal([86.0, 50.0, 10.0], task.Targets.Select(t => t.Value));
        Assert.All(record.Targets, t => Assert.Equal("1", t.TaskPath));
        var deadline = Assert.Single(record.Deadlines);
        Assert.Equal(("2023-12-31", task.Assignee), (deadline.Date, deadline.Assignee));
    }

    [Fact]
    public void Gives_the_deadline_of_a_dash_to_the_dash_that_names_its_body()
    {
        // qn-tb-542-2024.pdf, item 4.
        var record = BodyLetter.Extract(BodyLetter.Pdf(
            "4. Phân công nhiệm vụ:",
            "- Các cơ quan, đơn vị gửi danh sách đại biểu tham dự Hội nghị nêu trên",
            "(thông qua Ban Dân tộc tỉnh) để đăng ký với Ban tổ chức Hội nghị trước",
            "ngày 07/11/2024.",
            "- Giao Ban Dân tộc tỉnh tổng hợp, đăng ký danh sách đại biểu của tỉnh",
            "tham dự Hội nghị nêu trên và chuẩn bị nội dung phát biểu của lãnh đạo tỉnh."),
            issuedDate: "2024-11-06");

        var deadline = Assert.Single(record.Deadlines);
        Assert.Equal(("2024-11-07", "Các cơ quan, đơn vị", "4"), (deadline.Date, deadline.Assignee!, deadline.TaskPath!));
        Assert.Empty(record.Tasks[1].Deadlines);
    }

    [Fact]
    public void Puts_a_repeating_duty_in_recurring_and_its_dated_twin_in_deadlines()
    {
        // seed-001.txt, item 1.
        var record = BodyLetter.Extract(BodyLetter.Text(
            "1. Các cơ quan chuyên môn, đơn vị sự nghiệp, UBND các phường",
            "- Định kỳ hàng quý (chậm nhất ngày 12 của tháng cuối quý), năm (chậm nhất ngày 12/12), báo cáo tình hình, tiến độ thực hiện các nội dung cam kết, gửi UBND thành phố (qua Phòng Nội vụ)."),
            issuedDate: "2024-05");

        var duty = Assert.Single(record.Recurring);
        Assert.Equal(("quarterly", 12, "Các cơ quan chuyên môn, đơn vị sự nghiệp, UBND các phường"), (duty.Rule, duty.Day!.Value, duty.Assignee!));
        Assert.Equal(["2024-12-12"], record.Deadlines.Select(d => d.Date));
    }

    [Theory]
    // a report states results
    [InlineData("Báo cáo", "1. Giải quyết thủ tục hành chính")]
    // so does a plan's section on what was done
    [InlineData("Kế hoạch", "I. KẾT QUẢ THỰC HIỆN NĂM 2023")]
    public void Finds_no_targets_among_results(string documentType, string heading)
    {
        // made-ct-cchc-03-2024's figure for last year, under the heading of a report.
        var record = BodyLetter.Extract(BodyLetter.Text(heading, "- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,8%."),
            issuedDate: "2024-05-06", documentType: documentType);

        Assert.Empty(record.Targets);
    }

    [Fact]
    public void Finds_no_targets_in_an_item_that_gives_no_work_and_has_no_goal_word()
    {
        // made-blind-tb-vphatinh-215-2025, items 1 and 2: results to a past day, then the goal and the tasks.
        var record = BodyLetter.Extract(BodyLetter.Text(
            "1. Đến ngày 30/4/2025, tổng vốn đầu tư công giải ngân đạt 1.245 tỷ đồng, bằng 21,6% kế hoạch, thấp hơn bình quân cả nước (24,1%).",
            "2. Để phấn đấu giải ngân vốn đầu tư công năm 2025 đạt 100% kế hoạch, yêu cầu các sở, ngành, địa phương, chủ đầu tư tập trung thực hiện tốt các nhiệm vụ sau:",
            "c) UBND các huyện, thị xã, thành phố: bảo đảm tỷ lệ giải ngân các dự án do cấp huyện quản lý đạt tối thiểu 60% kế hoạch vốn được giao trước ngày 30/9/2025."),
            issuedDate: "2025-05-09", documentType: "Thông báo");

        Assert.Equal([("=", 100.0, (string?)null), (">=", 60.0, "2.c")], record.Targets.Select(t => (t.Comparator, t.Value, t.TaskPath)));
    }

    [Fact]
    public void Reads_every_percentage_under_a_goal_heading()
    {
        // made-blind-kh-huongthuy-215-2024, II: the heading frames the bare figures of its items.
        var record = BodyLetter.Extract(BodyLetter.Text(
            "II. CHỈ TIÊU",
            "1. 100% hồ sơ thủ tục hành chính liên quan đến dân cư được khai thác dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư.",
            "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
            "1. Công an thị xã",
            "a) Chủ trì tổ chức cấp tài khoản định danh điện tử lưu động tại các phường, xã, hoàn thành trong quý III/2024."),
            issuedDate: "2024-03-14", documentType: "Kế hoạch");

        Assert.Equal([100.0], record.Targets.Select(t => t.Value));
    }

    [Fact]
    public void Gives_the_items_deadlines_to_the_body_the_lead_in_names()
    {
        // made-blind-cv-qlcs-1520-2025: the items name no body; the lead-in's request does.
        var record = BodyLetter.Extract(BodyLetter.Text(
            "Thực hiện chỉ đạo của Lãnh đạo Bộ Tài chính tại Công văn số 1234/BTC-QLCS ngày 02/6/2025, Cục Quản lý công sản đề nghị Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương:",
            "1. Tổng hợp tình hình quản lý, sử dụng tài sản công 6 tháng đầu năm 2025; gửi báo cáo về Bộ Tài chính (qua Cục Quản lý công sản) chậm nhất ngày 05/8/2025.",
            "3. Rà soát, lập phương án xử lý các cơ sở nhà, đất dôi dư sau sắp xếp đơn vị hành chính cấp tỉnh, cấp xã, hoàn thành việc xử lý đến hết năm 2025.",
            "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Cục Quản lý công sản để được hướng dẫn."),
            issuedDate: "2025-07-14", issuer: "Cục Quản lý công sản");

        Assert.Equal([("2025-08-05", "Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương"), ("2025-12-31", "Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương")],
            record.Deadlines.Select(d => (d.Date, d.Assignee!)));
    }

    [Fact]
    public void Reads_a_plans_table_of_tasks_row_by_row()
    {
        // made-blind-kh-snnangiang-86-2024, II, as OCR-to-markdown gives it.
        var record = BodyLetter.Extract(BodyLetter.Text(
            "II. NHIỆM VỤ CỤ THỂ",
            "| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |",
            "|---|---|---|---|---|",
            "| 1 | Tiêm phòng vắc xin lở mồm long móng, viêm da nổi cục đợt 1 | Chi cục Chăn nuôi và Thú y | UBND các huyện, thị xã, thành phố | Quý II/2024 |",
            "| 3 | Tập huấn kỹ thuật chăn nuôi an toàn sinh học cho hộ chăn nuôi | Trung tâm Khuyến nông | Chi cục Chăn nuôi và Thú y | Tháng 8/2024 |",
            "III. TỔ CHỨC THỰC HIỆN"),
            issuedDate: "2024-03-04", documentType: "Kế hoạch");

        Assert.Equal([("II.1", "Chi cục Chăn nuôi và Thú y"), ("II.3", "Trung tâm Khuyến nông")], record.Tasks.Select(t => (t.Path!, t.Assignee)));
        Assert.Equal([("2024-06-30", "II.1"), ("2024-08-31", "II.3")], record.Deadlines.Select(d => (d.Date, d.TaskPath!)));
        Assert.StartsWith("Tiêm phòng vắc xin", record.Tasks[0].Text);
    }

    [Fact]
    public void Leaves_a_table_without_a_lead_body_column_as_it_is()
    {
        // made-blind-bc-tanhoa-142-2024's results, as a table of figures: no tasks, no targets.
        var record = BodyLetter.Extract(BodyLetter.Text(
            "I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024",
            "| TT | Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ |",
            "| 1 | Diện tích gieo trồng lúa (ha) | 1.800 | 1.820 | 101,1% |"),
            issuedDate: "2024-06-12", documentType: "Báo cáo");

        Assert.Equal((0, 0), (record.Tasks.Count, record.Targets.Count));
    }

    [Fact]
    public void Reads_a_schools_table_whose_tasks_go_to_office_holders()
    {
        // made-blind2-kh-thnghiatan-112-2024, II: the column is "Người thực hiện".
        var record = BodyLetter.Extract(BodyLetter.Text(
            "II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN",
            "| TT | Nội dung | Người thực hiện | Thời gian |",
            "|---|---|---|---|",
            "| 1 | Tuyên truyền qua tiết chào cờ, sinh hoạt lớp | Tổng phụ trách Đội | Hằng tháng |",
            "| 2 | Tổ chức lớp dạy bơi cho học sinh khối 3 | Giáo viên Giáo dục thể chất | Tháng 10/2024 |",
            "| 3 | Rà soát, lập danh sách học sinh chưa biết bơi | Giáo viên chủ nhiệm | Trước ngày 30/9/2024 |",
            "III. TỔ CHỨC THỰC HIỆN"),
            issuedDate: "2024-09-05", documentType: "Kế hoạch");

        Assert.Equal([("II.1", "Tổng phụ trách Đội"), ("II.2", "Giáo viên Giáo dục thể chất"), ("II.3", "Giáo viên chủ nhiệm")], record.Tasks.Select(t => (t.Path!, t.Assignee)));
        // The row's "Thời gian" is when it is due: a month is its last day.
        Assert.Equal([("2024-10-31", "II.2"), ("2024-09-30", "II.3")], record.Deadlines.Select(d => (d.Date, d.TaskPath!)));
    }

    [Fact]
    public void A_Van_phong_conveying_its_leaders_conclusions_may_be_given_work_in_them()
    {
        // made-blind4-tb-vpcp-412-2026, 3; a công văn of the same office does not task itself.
        var text = BodyLetter.Text("3. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện các nội dung kết luận tại Thông báo này.");
        var notice = BodyLetter.Extract(text, issuedDate: "2026-05-22", issuer: "Văn phòng Chính phủ", documentType: "Thông báo");
        var letter = BodyLetter.Extract(text, issuedDate: "2026-05-22", issuer: "Văn phòng Chính phủ", documentType: "Công văn");

        Assert.Equal(["Văn phòng Chính phủ"], notice.Tasks.Select(t => t.Assignee));
        Assert.Empty(letter.Tasks);
    }

    [Fact]
    public void A_point_that_opens_with_danh_gia_is_work_and_its_goal_a_target()
    {
        // made-blind5-cv-stcdongthap-2150-2026, 1.a: "Đánh giá" here is the first thing to do, not a results heading.
        var record = BodyLetter.Extract(BodyLetter.Text(
            "1. Các sở, ban, ngành tỉnh:",
            "a) Đánh giá tình hình thực hiện nhiệm vụ thu, chi ngân sách 6 tháng đầu năm; bảo đảm tỷ lệ giải ngân vốn đầu tư công năm 2026 đạt trên 95% kế hoạch được giao."),
            issuedDate: "2026-07-08", documentType: "Công văn");

        Assert.Equal([(">", 95.0)], record.Targets.Select(t => (t.Comparator, t.Value)));
    }

    [Fact]
    public void A_reports_request_to_the_body_above_sets_no_deadline()
    {
        // made-blind2-bc-sytthainguyen-1987-2025: the report's proposals to the ministry.
        var record = BodyLetter.Extract(BodyLetter.Text(
            "III. KIẾN NGHỊ, ĐỀ XUẤT",
            "Đề nghị Bộ Y tế sớm cung ứng đủ vắc xin DPT-VGB-Hib cho tỉnh trong quý III/2025 để bảo đảm tiến độ tiêm chủng."),
            issuedDate: "2025-07-02", documentType: "Báo cáo");
        var directive = BodyLetter.Extract(BodyLetter.Text(
            "Đề nghị Trung tâm Y tế các huyện hoàn thành tiêm chủng trong quý III/2025."),
            issuedDate: "2025-07-02", documentType: "Công văn");

        Assert.Empty(record.Deadlines);
        Assert.Equal(["2025-09-30"], directive.Deadlines.Select(d => d.Date));
    }

    [Fact]
    public void Leaves_a_letter_without_directives_empty()
    {
        // qn-tb-46-2025: a notice to complainants; their numbered demands are not tasks.
        var record = BodyLetter.Extract(BodyLetter.Text(
            "Qua xem xét nội dung đơn đề ngày 10/12/2024 của bà Huỳnh Thị Gái, ông Trần Ngọc Vinh, với các yêu cầu:",
            "1. Giá đất tính bồi thường, hỗ trợ về đất cho gia đình ông, bà với giá 800.000 đồng/m2 là bất hợp lý, phải tính theo giá thị trường;",
            "2. Yêu cầu bố trí 01 lô đất tái định cư cho gia đình ông, bà theo diện nhiều thế hệ sinh sống trên một thửa đất ở bị thu hồi;",
            "Nay, thông báo để bà Huỳnh Thị Gái, ông Trần Ngọc Vinh biết./."),
            issuedDate: "2025-01-24", documentType: "Thông báo");

        Assert.Equal((0, 0, 0, 0), (record.Tasks.Count, record.Targets.Count, record.Deadlines.Count, record.Recurring.Count));
    }
}
