using Extraction.Fields.Directives.Tasks;
using Extraction.Records;

namespace Extraction.Tests.Fields.Directives;

public class TaskFinderTests
{
    private static IReadOnlyList<TaskItem> Tasks(params string[] lines) =>
        TaskFinder.Instance.Find(BodyLetter.Outline(BodyLetter.Text(lines))).Tasks;

    public static TheoryData<string, string> HeadingShapes => new()
    {
        // seed-000: the body, a colon, then the work
        { "a) Sở Tư pháp: chủ trì nghiên cứu, tham mưu đề xuất áp dụng hình thức một văn bản sửa nhiều văn bản;", "Sở Tư pháp" },
        // seed-000: "Kiến nghị" is not part of the name
        { "3. Kiến nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố: tăng cường công tác giám sát, góp ý, phản biện.", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố" },
        // qn-ct-01: the work starts with a capital after the colon
        { "2. Sở Thông tin và Truyền thông: Theo chức năng, nhiệm vụ của mình có trách nhiệm phối hợp với Cơ quan Thuế.", "Sở Thông tin và Truyền thông" },
        // qn-ct-05: no colon, the verb ends the name
        { "3. Sở Thông tin và Truyền thông chủ trì, phối hợp với Đài Phát thanh - Truyền hình tỉnh, Báo Quảng Ngãi tiếp tục tuyên truyền.", "Sở Thông tin và Truyền thông" },
        // qn-ct-05: "Yêu cầu" before the body in a numbered item
        { "5. Yêu cầu UBND các huyện, thị xã, thành phố chỉ đạo các phòng, ban liên quan phối hợp với Chi cục Thuế.", "UBND các huyện, thị xã, thành phố" },
        // qn-tb-11: "Giao" opens the item
        { "3. Giao Sở Nội vụ tiếp thu các ý kiến tại cuộc họp, chủ trì, phối hợp với các Sở: Tài chính, Kế hoạch và Đầu tư.", "Sở Nội vụ" },
        // qn-tb-11: "giao" after the grounds of the item
        { "2. Trên cơ sở báo cáo của Công ty TNHH MTV Đầu tư, Xây dựng và Kinh doanh dịch vụ Quảng Ngãi, giao Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư.", "Sở Tài chính" },
        // qn-cv-299: "giao" after a semicolon
        { "2. Căn cứ quy định tại khoản 4 Điều 14 Nghị định số 161/2024/NĐ-CP ngày 18/12/2024 của Chính phủ; giao Sở Nông nghiệp và Phát triển nông thôn rà soát Danh mục TTHC thay thế.", "Sở Nông nghiệp và Phát triển nông thôn" },
        // qn-qd-47: a colon inside the name, then more names before the verb
        { "Điều 4. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Tài chính, Lao động - Thương binh và Xã hội; Giám đốc Kho bạc Nhà nước Quảng Ngãi; Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.",
          "Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Tài chính, Lao động - Thương binh và Xã hội; Giám đốc Kho bạc Nhà nước Quảng Ngãi; Thủ trưởng các đơn vị liên quan" },
        // seed-002: "Ban chỉ đạo" is part of the name, not the verb "chỉ đạo"
        { "2. Các Thành viên Ban chỉ đạo cải cách hành chính thành phố Biên Hòa: theo chức năng, nhiệm vụ tổ chức rà soát lại kết quả.", "Các Thành viên Ban chỉ đạo cải cách hành chính thành phố Biên Hòa" },
        // made-kh-cds-1875-2024, IV.1: a bracketed role is dropped from the name
        { "1. Phòng Văn hóa và Thông tin (cơ quan thường trực Ban Chỉ đạo chuyển đổi số huyện): chủ trì, phối hợp với các cơ quan, đơn vị theo dõi, đôn đốc thực hiện Kế hoạch;", "Phòng Văn hóa và Thông tin" },
        // made-ct-cchc-03-2024, item 7: "Về phía" is not part of the name
        { "7. Về phía Văn phòng HĐND và UBND thị xã: từ nay đến ngày 31/5/2024, rà soát toàn bộ quy trình nội bộ giải quyết thủ tục hành chính;", "Văn phòng HĐND và UBND thị xã" },
        // made-kh-cds-1875-2024, IV.2: "Giao cho"
        { "2. Giao cho Phòng Tài chính - Kế hoạch tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch, hoàn thành trong tháng 01.", "Phòng Tài chính - Kế hoạch" },
        // qn-qd-47: an article's point that opens with its body
        { "1. Sở Tài chính chịu trách nhiệm toàn diện về nội dung đề xuất, đảm bảo mức và nguồn kinh phí theo quy định.", "Sở Tài chính" },
        // made-blind-cd-quangbinh-12-2024, item 5: "tăng" is the verb
        { "5. Đài Phát thanh và Truyền hình tỉnh, Báo Quảng Bình tăng thời lượng, đưa tin kịp thời về diễn biến của bão để Nhân dân biết, chủ động phòng tránh.",
          "Đài Phát thanh và Truyền hình tỉnh, Báo Quảng Bình" },
        // made-blind-qd-dienbien-2107-2024: "kiểm tra" after "Đoàn" names the team; "có nhiệm vụ" is the verb
        { "Điều 2. Đoàn kiểm tra có nhiệm vụ kiểm tra công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng tại UBND các huyện Mường Nhé, Nậm Pồ, Tủa Chùa; báo cáo kết quả kiểm tra về UBND tỉnh trước ngày 30/11/2024.",
          "Đoàn kiểm tra" },
        // made-blind-gm-bqlkcn-98-2024, item 4: no name goes on with "chuẩn bị", even after "Ban"
        { "- Giao Văn phòng Ban chuẩn bị hội trường, tài liệu và các điều kiện phục vụ Hội nghị.", "Văn phòng Ban" },
        // made-blind-gm-bqlkcn-98-2024, item 4: enterprises are bodies
        { "- Đề nghị các doanh nghiệp gửi câu hỏi, kiến nghị bằng văn bản về Ban Quản lý các khu công nghiệp tỉnh (qua Phòng Quản lý doanh nghiệp) trước ngày 11/11/2024.",
          "các doanh nghiệp" },
        // made-blind-cv-kimson-356-2025: when the work recurs ends the name
        { "Văn phòng HĐND và UBND xã định kỳ hằng tháng (trước ngày 25) tổng hợp kết quả, báo cáo Chủ tịch UBND xã.", "Văn phòng HĐND và UBND xã" },
        // made-blind2-kh-cathaibinh-215-2025, II.2: the colon, not "quản lý", ends the name
        { "2. Phòng Cảnh sát quản lý hành chính về trật tự xã hội (PC06): phối hợp với Sở Xây dựng rà soát, thống kê phương tiện hết niên hạn sử dụng, hoàn thành trong tháng 6/2025.",
          "Phòng Cảnh sát quản lý hành chính về trật tự xã hội" },
        // made-blind2-ct-tubinhphuoc-25-2025: "tổ chức đảng" is a noun; party bodies; "lãnh đạo", "đưa" are verbs
        { "1. Các cấp ủy, tổ chức đảng tăng cường lãnh đạo, chỉ đạo; đưa nội dung phòng, chống tác hại của thuốc lá điện tử vào sinh hoạt chi bộ.", "Các cấp ủy, tổ chức đảng" },
        { "2. Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo các sở, ngành, địa phương tăng cường kiểm tra.", "Ban cán sự đảng UBND tỉnh" },
        { "4. Đảng đoàn Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh lãnh đạo vận động đoàn viên, hội viên và Nhân dân không sử dụng thuốc lá điện tử.",
          "Đảng đoàn Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh" },
        { "5. Ủy ban Kiểm tra Tỉnh ủy đưa việc lãnh đạo thực hiện Chỉ thị này vào chương trình kiểm tra, giám sát của Ban Thường vụ Tỉnh ủy.", "Ủy ban Kiểm tra Tỉnh ủy" },
        // made-blind2-qd-dhvinh-2745-2024, Điều 2.3
        { "3. Các trường, khoa đào tạo cử giảng viên tham gia tư vấn; báo cáo kết quả về Phòng Đào tạo trước ngày 05 hằng tháng.", "Các trường, khoa đào tạo" },
        // made-blind2-kh-thnghiatan-112-2024, III: office holders of a school
        { "1. Phó Hiệu trưởng: chỉ đạo, kiểm tra việc thực hiện kế hoạch; báo cáo Phòng GD&ĐT kết quả thực hiện trước ngày 25/5/2025.", "Phó Hiệu trưởng" },
        { "2. Nhân viên y tế: chuẩn bị tủ thuốc, dụng cụ sơ cứu; hướng dẫn kỹ năng sơ cứu người bị đuối nước cho giáo viên trong tháng 11/2024.", "Nhân viên y tế" },
        // made-blind2-gm-thcsleqd-58-2024
        { "Đề nghị giáo viên chủ nhiệm các lớp gửi giấy mời đến cha mẹ học sinh trước ngày 18/9/2024.", "giáo viên chủ nhiệm các lớp" },
        // made-blind4-cd-ttg-87-2026, 1: a heading naming the addressees again, over its points
        { "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên:", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên" },
        // made-blind4-kh-bvdkvinhlong-318-2026, III: a hospital's departments
        { "2. Khoa Khám bệnh: bố trí thêm 04 bàn khám vào giờ cao điểm; triển khai đặt lịch khám qua ứng dụng trên điện thoại trong tháng 4/2026.", "Khoa Khám bệnh" },
        { "6. Các khoa lâm sàng, cận lâm sàng: căn cứ Kế hoạch này, xây dựng đề án cải tiến chất lượng của khoa.", "Các khoa lâm sàng, cận lâm sàng" },
        // made-blind3-tb-gialai-86-2026, II.4: "xây dựng" in the name of a construction project board
        { "4. Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh: bảo đảm hoàn thành giai đoạn 1 dự án đường ven biển trong quý IV/2026.", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh" },
        // made-blind6-kh-thoibinh-38-2026, IV.1: a commune health station, its standing role said after "là"
        { "1. Trạm Y tế xã là cơ quan thường trực, tham mưu Ban Chỉ đạo phòng, chống dịch bệnh xã triển khai Kế hoạch.", "Trạm Y tế xã" },
    };

    [Fact]
    public void The_units_an_approving_article_sets_figures_for_are_given_no_task_by_it()
    {
        // made-blind3-qd-sytlaocai-2468-2025: Điều 1 approves targets per unit; Điều 2 gives the work.
        var tasks = Tasks("Điều 1. Phê duyệt chỉ tiêu tiêm chủng mở rộng năm 2026 giao cho các đơn vị như sau:",
            "1. Trung tâm Y tế khu vực Bảo Thắng: tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt tối thiểu 97%.",
            "2. Trung tâm Y tế khu vực Bát Xát: tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt trên 95%.",
            "Điều 2. Tổ chức thực hiện",
            "1. Trung tâm Kiểm soát bệnh tật tỉnh: chủ trì tiếp nhận, bảo quản, phân bổ vắc xin cho các đơn vị.");

        Assert.Equal([("Điều 2.1", "Trung tâm Kiểm soát bệnh tật tỉnh")], tasks.Select(t => (t.Path!, t.Assignee)));
    }

    [Fact]
    public void A_body_worked_with_is_not_given_the_item_of_another()
    {
        // made-blind3-tb-gialai-86-2026, II.1 a)
        var task = Assert.Single(Tasks("1. Sở Xây dựng:",
            "a) Chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh rà soát năng lực các nhà thầu chậm tiến độ, báo cáo UBND tỉnh trước ngày 30/4/2026."));
        Assert.Equal("Sở Xây dựng", task.Assignee);
    }

    [Theory]
    [MemberData(nameof(HeadingShapes))]
    public void Reads_the_assignee_of_an_item(string line, string assignee)
    {
        var task = Assert.Single(Tasks(line));
        Assert.Equal(assignee, task.Assignee);
    }

    [Theory]
    // made-blind2-qd-dhvinh-2745-2024, Điều 3: one paragraph
    [InlineData("Trưởng các đơn vị: Phòng Đào tạo, Phòng Kế hoạch - Tài chính, Trung tâm Truyền thông và Tuyển sinh, các trường, khoa đào tạo và các đơn vị liên quan",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Trưởng các đơn vị: Phòng Đào tạo, Phòng Kế hoạch - Tài chính, Trung tâm Truyền thông và Tuyển sinh, các trường, khoa đào tạo và các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.")]
    // made-blind2-qd-yenlac-3125-2024, Điều 3: the executors on a line of their own
    [InlineData("Chánh Văn phòng HĐND và UBND huyện; Trưởng các phòng, ban, ngành thuộc UBND huyện; Chủ tịch UBND các xã, thị trấn và các tổ chức, cá nhân có liên quan",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
        "Chánh Văn phòng HĐND và UBND huyện; Trưởng các phòng, ban, ngành thuộc UBND huyện; Chủ tịch UBND các xã, thị trấn và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.")]
    public void The_executors_after_the_effective_date_are_the_articles_task(string assignee, params string[] lines)
    {
        var task = Assert.Single(Tasks(lines));
        Assert.Equal(("Điều 3", assignee), (task.Path, task.Assignee));
    }

    [Fact]
    public void An_article_that_only_sets_the_effective_date_is_no_task() =>
        Assert.Empty(Tasks("Điều 3. Quyết định này có hiệu lực kể từ ngày ký."));

    // made-blind6-qd-hungyen-512-2026, Điều 2: a standing role with no work after it, alone or as a numbered item
    [Theory]
    [InlineData("Sở Tài chính là cơ quan thường trực của Tổ công tác.")]
    [InlineData("3. Sở Tài chính là cơ quan thường trực của Tổ công tác.")]
    public void A_body_said_to_be_the_standing_office_with_no_work_is_given_no_task(string line) =>
        Assert.Empty(Tasks(line));

    [Fact]
    public void Takes_a_heading_without_colon_or_verb_as_the_assignee_of_the_lines_under_it()
    {
        // seed-001.txt, item 1.
        var tasks = Tasks(
            "1. Các cơ quan chuyên môn, đơn vị sự nghiệp, UBND các phường",
            "- Thực hiện tốt việc giải quyết thủ tục hành chính, hạn chế thấp nhất tình trạng phát sinh hồ sơ trễ hạn.");

        var task = Assert.Single(tasks);
        Assert.Equal("1", task.Path);
        Assert.Equal(["Các cơ quan chuyên môn", "đơn vị sự nghiệp", "UBND các phường"], task.Assignees);
        Assert.StartsWith("Thực hiện tốt việc giải quyết", task.Text);
    }

    [Fact]
    public void Takes_a_party_body_heading_as_the_assignee_of_the_lines_under_it()
    {
        // made-blind-cv-hutamdao-412-2024, item 1: "đảng bộ", "chi bộ" are kinds of body.
        var task = Assert.Single(Tasks(
            "1. Các đảng bộ, chi bộ cơ sở",
            "- Lãnh đạo, chỉ đạo các chi bộ trực thuộc tổ chức đại hội nhiệm kỳ 2025 - 2027 bảo đảm đúng quy định, hoàn thành đại hội chi bộ trực thuộc trước ngày 31/3/2025."));
        Assert.Equal("Các đảng bộ, chi bộ cơ sở", task.Assignee);
    }

    [Fact]
    public void An_items_first_sentence_may_give_work_to_a_second_body_after_a_semicolon()
    {
        // made-blind-cd-quangbinh-12-2024, item 4.
        var tasks = Tasks("4. Sở Công Thương chỉ đạo Công ty Điện lực Quảng Bình bảo đảm an toàn hệ thống điện; Sở Giao thông vận tải chỉ đạo các đơn vị quản lý đường bộ bố trí lực lượng, vật tư bảo đảm giao thông thông suốt trên các tuyến quốc lộ, tỉnh lộ.");
        Assert.Equal([("4", "Sở Công Thương"), ("4", "Sở Giao thông vận tải")], tasks.Select(t => (t.Path!, t.Assignee)));
    }

    [Fact]
    public void A_later_sentence_of_the_heading_that_names_who_reports_to_the_body_is_no_task()
    {
        // made-ct-cchc-03-2024, item 4: the reports Phòng Nội vụ collects are part of its work.
        var task = Assert.Single(Tasks("4. Phòng Nội vụ: tham mưu hoàn thành việc sắp xếp các đơn vị sự nghiệp công lập trong năm 2024; theo dõi, tổng hợp kết quả thực hiện Chỉ thị này. Các phường, xã gửi báo cáo về Phòng Nội vụ trước ngày 20 hằng tháng; các cơ quan chuyên môn báo cáo kết quả năm trước ngày 15/12 hằng năm."));
        Assert.Equal("Phòng Nội vụ", task.Assignee);
    }

    [Fact]
    public void The_lead_in_names_the_body_when_no_item_of_the_list_does()
    {
        // made-blind-cv-qlcs-1520-2025.
        var task = Assert.Single(Tasks(
            "Căn cứ Nghị định số 151/2017/NĐ-CP ngày 26/12/2017 của Chính phủ; thực hiện chỉ đạo của Lãnh đạo Bộ Tài chính tại Công văn số 1234/BTC-QLCS ngày 02/6/2025, Cục Quản lý công sản đề nghị Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương:",
            "1. Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tại địa phương tổng hợp tình hình quản lý, sử dụng tài sản công 6 tháng đầu năm 2025; gửi báo cáo về Bộ Tài chính chậm nhất ngày 05/8/2025.",
            "2. Cập nhật đầy đủ, kịp thời dữ liệu tài sản công vào Cơ sở dữ liệu quốc gia về tài sản công."));
        Assert.Equal("Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương", task.Assignee);
        Assert.Null(task.Path);
        Assert.Contains("Cập nhật đầy đủ", task.Text);
    }

    [Fact]
    public void An_item_that_introduces_sub_items_naming_their_bodies_is_no_task()
    {
        // made-blind-tb-vphatinh-215-2025, item 2.
        var tasks = Tasks(
            "2. Để phấn đấu giải ngân vốn đầu tư công năm 2025 đạt 100% kế hoạch, yêu cầu các sở, ngành, địa phương, chủ đầu tư tập trung thực hiện tốt các nhiệm vụ sau:",
            "a) Sở Tài chính: chủ trì, phối hợp với Kho bạc Nhà nước khu vực XIII theo dõi, rà soát, tham mưu điều chuyển vốn, hoàn thành trước ngày 30/6/2025;",
            "d) Các chủ đầu tư: lập kế hoạch giải ngân chi tiết theo từng tháng cho từng dự án, gửi về Sở Tài chính trước ngày 15/5/2025.");
        Assert.Equal([("2.a", "Sở Tài chính"), ("2.d", "Các chủ đầu tư")], tasks.Select(t => (t.Path!, t.Assignee)));
    }

    [Fact]
    public void The_issuer_saying_what_it_will_do_is_no_task()
    {
        // made-blind-cv-skhcn-lamdong-412-2025, closing: "sẽ" ends the name, which is the issuer's.
        var outline = BodyLetter.Outline(BodyLetter.Text("Sở Khoa học và Công nghệ sẽ tổng hợp, tham mưu UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện."));
        Assert.Empty(TaskFinder.Instance.Find(outline, issuer: "Sở Khoa học và Công nghệ").Tasks);
    }

    [Theory]
    // seed-000: a lettered item that only says what to do
    [InlineData("a) Quán triệt về việc tiếp tục phát huy vai trò, trách nhiệm của người đứng đầu;")]
    // qn-tb-542: a topic heading
    [InlineData("4. Phân công nhiệm vụ:")]
    // qn-qd-47: an article that allocates money
    [InlineData("Điều 1. Bố trí 10.522,6 triệu đồng từ nguồn dự phòng ngân sách tỉnh năm 2025 để Sở Lao động - Thương binh và Xã hội thực hiện hỗ trợ quà Tết.")]
    // qn-qd-04: a decision lists places, not bodies
    [InlineData("1. Phường Nghĩa Chánh, thành phố Quảng Ngãi;")]
    // qn-ttr-239: a heading whose subject is not a body
    [InlineData("b) Đối tượng áp dụng: Các cơ quan quản lý nhà nước trên địa bàn tỉnh; các tổ chức, cá nhân có liên quan đến quy hoạch.")]
    // cp-nq-115: "chuyển giao" is not "giao"
    [InlineData("1. Đồng ý chủ trương chuyển giao chủ thể quản lý Vườn quốc gia Ba Vì về Ủy ban nhân dân Thành phố Hà Nội trực tiếp quản lý.")]
    public void Finds_no_task_in_items_that_assign_nothing(string line) => Assert.Empty(Tasks(line));

    [Fact]
    public void Makes_a_task_of_each_dash_that_names_a_body()
    {
        // qn-tb-542-2024.pdf, item 4: the heading names no body, each dash does.
        var tasks = Tasks(
            "4. Phân công nhiệm vụ:",
            "- Các cơ quan, đơn vị gửi danh sách đại biểu tham dự Hội nghị nêu trên (thông qua Ban Dân tộc tỉnh) để đăng ký với Ban tổ chức Hội nghị trước ngày 07/11/2024.",
            "- Giao Ban Dân tộc tỉnh tổng hợp, đăng ký danh sách đại biểu của tỉnh tham dự Hội nghị nêu trên.");

        Assert.Equal([("4", "Các cơ quan, đơn vị"), ("4", "Ban Dân tộc tỉnh")], tasks.Select(t => (t.Path!, t.Assignee)));
    }

    [Fact]
    public void Does_not_repeat_a_task_for_a_dash_that_names_the_same_bodies()
    {
        // seed-001.txt, item 1: the heads of the bodies in the heading.
        var tasks = Tasks(
            "1. Các cơ quan chuyên môn, đơn vị sự nghiệp, UBND các phường",
            "- Người đứng đầu các cơ quan chuyên môn, đơn vị sự nghiệp, Chủ tịch UBND các phường đẩy mạnh công tác tuyên truyền, quán triệt.");

        Assert.Single(tasks);
    }

    [Theory]
    // qn-tb-542: a bracketed "giao" in a list of participants
    [InlineData("1. Thành phần", "- Trưởng Ban Dân tộc tỉnh, Phòng Chuyên môn thuộc Ban Dân tộc tỉnh (giao Ban Dân tộc tỉnh thông báo);")]
    // qn-tb-542: a list of bodies after a colon is a list of participants
    [InlineData("1. Thành phần", "- Lãnh đạo các sở, ngành: Sở Kế hoạch và Đầu tư, Sở Tài chính, Văn phòng UBND tỉnh;")]
    // seed-002: "nêu trên" points back to bodies already named
    [InlineData("3. Trưởng phòng Tài nguyên và Môi trường:", "- Chấn chỉnh công tác phối hợp giải quyết TTHC. Giao Thủ trưởng các đơn vị nêu trên chỉ đạo khắc phục dứt điểm tình trạng đùn đẩy trách nhiệm.")]
    public void Finds_no_further_task_in_dashes_that_hand_out_no_work(string heading, string dash) =>
        Assert.True(Tasks(heading, dash).Count <= 1);

    [Fact]
    public void Makes_a_task_of_an_unnumbered_giao_sentence_after_the_list()
    {
        // seed-002.txt, closing paragraph.
        var tasks = Tasks(
            "6. Trưởng phòng Nội vụ:",
            "Tiếp tục triển khai kiểm tra việc thực hiện trách nhiệm công vụ trong giải quyết TTHC.",
            "Kết quả thực hiện, các đơn vị, địa phương báo cáo Chủ tịch UBND thành phố (thông qua Phòng Nội vụ). Giao Phòng Nội vụ tổng hợp kết quả rà soát, triển khai của các đơn vị, báo cáo Chủ tịch UBND thành phố chỉ đạo xử lý trước ngày 15/6/2024.",
            "Chủ tịch UBND thành phố Biên Hòa yêu cầu các đơn vị, địa phương phối hợp thực hiện./.");

        Assert.Equal([("6", "Trưởng phòng Nội vụ"), (null, "Phòng Nội vụ")], tasks.Select(t => (t.Path, t.Assignee)));
        Assert.StartsWith("tổng hợp kết quả rà soát", tasks[1].Text);
    }

    [Theory]
    // qn-cv-507: the only paragraph gives the work, after the grounds
    [InlineData("Theo đề nghị của Bộ Thông tin và Truyền thông tại Công văn số 202/BTTTT-KHTC ngày 21/01/2025, Chủ tịch UBND tỉnh giao Sở Thông tin và Truyền thông chủ trì, phối hợp với các cơ quan, đơn vị, địa phương liên quan tham gia góp ý dự thảo văn bản nêu trên (trước ngày 10/02/2025)./.", "Sở Thông tin và Truyền thông")]
    // hg-cv-454: the office holder, a colon, then the bodies
    [InlineData("Giao Giám đốc: Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông, Đài Phát thanh - Truyền hình Hậu Giang phối hợp với các sở, ban, ngành, đoàn thể tỉnh tiếp tục tuyên truyền./.", "Giám đốc: Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông, Đài Phát thanh - Truyền hình Hậu Giang")]
    // qn-cv-575: a letter without items whose sentence opens with the body
    [InlineData("Sở Tài chính chủ trì, phối hợp với các cơ quan, đơn vị và địa phương tham gia góp ý dự thảo các Nghị định của Chính phủ./.", "Sở Tài chính")]
    public void Finds_the_task_of_a_letter_without_items(string paragraph, string assignee) =>
        Assert.Equal(assignee, Assert.Single(Tasks(paragraph)).Assignee);

    [Theory]
    // seed-001: the closing request
    [InlineData("Yêu cầu các cơ quan, đơn vị, UBND các phường nghiêm túc thực hiện./.")]
    // qn-ct-01: the lead-in that introduces the list
    [InlineData("Để triển khai, thực hiện tốt quy định về hóa đơn điện tử, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ngành thực hiện một số nhiệm vụ trọng tâm sau:")]
    // the issuer introduces its instructions
    [InlineData("Chủ tịch UBND tỉnh có ý kiến như sau:")]
    // hg-cv-454: the issuer received a letter
    [InlineData("Ủy ban nhân dân tỉnh nhận được Công văn số 847/UBND-VX1 ngày 22 tháng 3 năm 2011 của UBND tỉnh Quảng Ninh V/v tiếp tục phối hợp tuyên truyền.")]
    // made-cv-thon-926-2021: a request to a higher body
    [InlineData("Đề nghị Thường trực HĐND huyện xem xét, cho ý kiến đối với chủ trương sắp xếp thôn, tổ dân phố trên địa bàn huyện.")]
    // qn-ttr-239: a submission's closing request
    [InlineData("Kính đề nghị Thường trực HĐND tỉnh xem xét, chấp thuận./.")]
    // made-blind3-cv-hatinh-4127-2026: "kính đề nghị" goes only to a body above, whatever it asks
    [InlineData("UBND tỉnh kính đề nghị Bộ Nông nghiệp và Môi trường, Ban Chỉ đạo Phòng thủ dân sự quốc gia quan tâm hỗ trợ tỉnh phương tiện, vật tư cứu hộ, cứu nạn.")]
    // seed-000: a request to the Front, then a closing for everyone
    [InlineData("Nhận được Công văn này, đề nghị Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố quan tâm chỉ đạo; Giám đốc sở, Thủ trưởng cơ quan ban, ngành thành phố tổ chức triển khai thực hiện./.")]
    // made-cv-thon-926-2021: an order quoted from the higher body's letter in the grounds
    [InlineData("Thực hiện Công văn số 2150/SNV-XDCQ ngày 28/7/2021 của Sở Nội vụ về việc sắp xếp thôn, tổ dân phố, trong đó giao UBND các huyện, thị xã, thành phố rà soát, lập phương án sắp xếp.")]
    // seed-002: the issuer's closing request
    [InlineData("Chủ tịch UBND thành phố Biên Hòa yêu cầu các đơn vị, địa phương phối hợp thực hiện./.")]
    // qn-ct-05-2020-scan: the end of a closing sentence, cut off by the reader; "để" ends no name
    [InlineData("Cục Thuế tỉnh để tổng hợp, đề xuất UBND tỉnh tiếp tục chỉ đạo, thực hiện./.")]
    // made-tb-haichau-87-2025: the issuing office's closing formula
    [InlineData("Văn phòng HĐND và UBND phường thông báo để các cơ quan, đơn vị biết, thực hiện./.")]
    // made-blind-cd-quangbinh-12-2024: a Công điện's closing request
    [InlineData("Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thị xã, thành phố nghiêm túc thực hiện Công điện này./.")]
    // seed-002: answerable to the chairman, not a task
    [InlineData("Thủ trưởng các đơn vị, địa phương chịu trách nhiệm trước Chủ tịch UBND thành phố Biên Hòa nếu tiếp tục để xảy ra các thiếu sót hạn chế nêu trên trong năm 2024.")]
    public void Finds_no_task_in_lead_ins_and_closings(string paragraph) => Assert.Empty(Tasks(paragraph));

    [Fact]
    public void Under_the_implementation_heading_a_sentence_opening_with_a_body_gives_it_work()
    {
        // made-blind2-kh-cathaibinh-215-2025, III; then a closing for everyone, which is no task.
        var tasks = Tasks("III. TỔ CHỨC THỰC HIỆN",
            "Phòng Tham mưu có trách nhiệm theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả về Bộ Công an (qua Cục Cảnh sát giao thông) trước ngày 15/12/2025.",
            "Thủ trưởng các đơn vị có trách nhiệm triển khai thực hiện Kế hoạch này./.");

        var task = Assert.Single(tasks);
        Assert.Equal(("III", "Phòng Tham mưu"), (task.Path, task.Assignee));
        Assert.Empty(Tasks("III. KẾT QUẢ THỰC HIỆN", "Phòng Tham mưu có trách nhiệm theo dõi, đôn đốc việc thực hiện Kế hoạch."));
    }

    [Fact]
    public void Takes_a_request_with_work_of_its_own_as_a_task()
    {
        // made-cv-syt-3120-2024: "quan tâm chỉ đạo" followed by what to do, to a body copied in.
        var task = Assert.Single(Tasks("Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố quan tâm chỉ đạo Ủy ban nhân dân các xã, phường, thị trấn huy động lực lượng tham gia chiến dịch diệt lăng quăng, bọ gậy tại cộng đồng."));
        Assert.Equal("Ủy ban nhân dân các huyện, thị xã, thành phố", task.Assignee);
    }

    [Fact]
    public void Gives_no_task_to_the_body_a_report_is_sent_to()
    {
        // made-bc-sxd-215-2024: a report asks the province to act; it cannot task it.
        var outline = BodyLetter.Outline(BodyLetter.Text("Đề nghị UBND tỉnh chỉ đạo Sở Tài nguyên và Môi trường phối hợp với Sở Xây dựng giải quyết dứt điểm vướng mắc."));

        Assert.Empty(TaskFinder.Instance.Find(outline, "Sở Xây dựng tỉnh Bình Dương", sentUpward: true).Tasks);
        Assert.Single(TaskFinder.Instance.Find(outline, "Sở Xây dựng tỉnh Bình Dương", sentUpward: false).Tasks);
    }

    [Fact]
    public void Reads_an_order_after_the_issuer_and_tasks_split_by_semicolons()
    {
        // made-cv-thon-926-2021, the two paragraphs that give work.
        var tasks = Tasks(
            "Để thực hiện việc sắp xếp đảm bảo tiến độ, UBND huyện đề nghị Chủ tịch UBND các xã, thị trấn chỉ đạo rà soát toàn bộ các thôn, tổ dân phố trên địa bàn; lập phương án sắp xếp, gửi về UBND huyện (qua Phòng Nội vụ) trong 30 ngày kể từ ngày ký Công văn này.",
            "Giao Phòng Nội vụ hướng dẫn, kiểm tra việc rà soát của các xã, thị trấn, hoàn thành trong quý IV/2021. Phòng Tài chính - Kế hoạch có trách nhiệm thẩm định, tham mưu bố trí kinh phí hỗ trợ các thôn sau sáp nhập; Trung tâm Văn hóa - Thông tin và Thể thao huyện tuyên truyền chủ trương sắp xếp thôn, tổ dân phố trên sóng truyền thanh huyện.");

        Assert.Equal(["Chủ tịch UBND các xã, thị trấn", "Phòng Nội vụ", "Phòng Tài chính - Kế hoạch", "Trung tâm Văn hóa - Thông tin và Thể thao huyện"], tasks.Select(t => t.Assignee));
    }

    [Theory]
    // qn-cv-507 and hg-cv-454: the issuer does not assign work to itself
    [InlineData("UBND tỉnh", "Ủy ban nhân dân tỉnh Quảng Ngãi", true)]
    [InlineData("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh Hậu Giang", true)]
    [InlineData("Chủ tịch UBND tỉnh", "Ủy ban nhân dân tỉnh Quảng Ngãi", false)]
    [InlineData("Sở Thông tin và Truyền thông", "Ủy ban nhân dân tỉnh Quảng Ngãi", false)]
    [InlineData("UBND tỉnh", null, false)]
    // made-blind2-kh-cathaibinh-215-2025: the district police under a provincial police plan
    [InlineData("Công an các huyện, thành phố", "Công an tỉnh Thái Bình", false)]
    [InlineData("Công an tỉnh", "Công an tỉnh Thái Bình", true)]
    public void Knows_a_name_that_says_no_more_than_the_issuer(string name, string? issuer, bool within) =>
        Assert.Equal(within, BodyKey.IsWithin(name, BodyKey.IssuerWords(issuer)));

    [Theory]
    // seed-000: "chủ trì" first
    [InlineData("c) Sở Tài chính: chủ trì, phối hợp với Sở Thông tin và Truyền thông tham mưu UBND thành phố.", "lead")]
    // seed-002: "Phối hợp" first, under the heading
    [InlineData("5. Trưởng phòng Văn hóa và Thông tin:\n- Phối hợp Sở Thông tin và Truyền thông kết nối TTHC từ cổng DVC tỉnh.", "support")]
    // qn-qd-47: neither
    [InlineData("Điều 4. Giám đốc Kho bạc Nhà nước Quảng Ngãi chịu trách nhiệm thi hành Quyết định này./.", null)]
    public void Reads_the_role_the_text_gives(string text, string? role) =>
        Assert.Equal(role, Assert.Single(Tasks(text.Split('\n'))).Role);

    [Fact]
    public void Reads_a_plans_lead_unit_line()
    {
        // made-kh-cds-1875-2024, III.1.
        var tasks = Tasks(
            "1. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
            "- Đơn vị chủ trì: Văn phòng HĐND và UBND huyện.",
            "- Đơn vị phối hợp: UBND các xã, thị trấn.",
            "- Thời gian hoàn thành: Quý I/2025.");

        var task = Assert.Single(tasks);
        Assert.Equal(("1", "Văn phòng HĐND và UBND huyện", "lead"), (task.Path, task.Assignee, task.Role));
    }
}
