using Extraction.Pipeline;
using Extraction.Records;
using Extraction.Registers.Slip;
using NJsonSchema;

namespace Extraction.Tests.Registers;

/// <summary>The processing slip drafted from seed-000's tasks as its gold record has them
/// (corpus/gold/seed-000.json), with their texts as the letter prints them.</summary>
public class ProcessingSlipTests
{
    private static TaskItem Task(string path, string assignee, string? role, string text, params string[] deadlines) => new()
    {
        Path = path, Assignee = assignee, Assignees = [assignee], Role = role, Text = text,
        Deadlines = deadlines.Select(d => new TaskDeadline { Date = d, Text = "" }).ToList(),
    };

    private static LetterRecord Seed000() => new()
    {
        Id = "seed-000",
        DocumentType = "Công văn",
        Number = "62",
        Notation = "BCĐCCHC&CĐS",
        Issuer = "Ban Chỉ đạo Cải cách hành chính và Chuyển đổi số",
        IssuedDate = "2023-05-25",
        Subject = "tăng cường triển khai thực hiện các nhiệm vụ, giải pháp để cải thiện các chỉ số đánh giá trong năm 2023",
        Tasks =
        [
            Task("2.a", "Sở Tư pháp", TaskRoles.Lead, "chủ trì nghiên cứu, tham mưu đề xuất áp dụng hình thức một văn bản sửa nhiều văn bản theo trình tự, thủ tục rút gọn"),
            Task("2.c", "Sở Tài chính", TaskRoles.Lead,
                "chủ trì, phối hợp với Sở Thông tin và Truyền thông tham mưu UBND thành phố trình Hội đồng nhân dân thành phố ban hành chính sách miễn, giảm phí, lệ phí sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến để khuyến khích người dân, doanh nghiệp tham gia thực hiện, hoàn thành trong tháng 6 năm 2023",
                "2023-06-30"),
            Task("2.d", "Sở Thông tin và Truyền thông", null,
                "- Chủ trì, phối hợp cơ quan, đơn vị, địa phương khẩn trương việc đầu tư hạ tầng số, hạ tầng công nghệ thông tin để phục vụ cho việc giải quyết TTHC; đảm bảo trang thiết bị để triển khai thực hiện Đề án 06. Hoàn thành việc kết nối, tích hợp, chia sẻ dữ liệu về kết quả giải quyết TTHC trên Cổng Dịch vụ công quốc gia, hoàn thành trước ngày 15 tháng 6 năm 2023",
                "2023-06-15", "2023-06-30", "2023-09-30"),
            Task("2.đ", "Sở Kế hoạch và Đầu tư", TaskRoles.Lead, "- Chủ trì, phối hợp với sở, ngành liên quan xây dựng kế hoạch nâng cao chỉ số PCI năm 2023"),
        ],
    };

    [Fact]
    public void The_slip_of_seed_000_read_by_the_pipeline_names_each_lead_with_its_deadline()
    {
        var record = new LetterPipeline().Process(TestCorpus.Letter("seed-000.txt")).Record!;
        Assert.NotNull(record.DraftInstruction);
        var text = SlipText.Render(ProcessingSlip.For(record));
        Assert.Contains("- Giao Sở Tài chính chủ trì thực hiện nội dung mục 2.c; thời hạn: 30/06/2023.", text);
        Assert.Contains("- Giao Sở Thông tin và Truyền thông chủ trì thực hiện nội dung mục 2.d; thời hạn: 15/06/2023.", text);
    }

    [Fact]
    public void Each_lead_with_its_earliest_deadline()
    {
        var instruction = DraftInstructions.From(Seed000())!;
        var leads = instruction.Assignments.Where(a => a.Role == TaskRoles.Lead).Select(a => $"{a.Unit} {a.Deadline}");
        Assert.Equal(["Sở Tư pháp ", "Sở Tài chính 2023-06-30", "Sở Thông tin và Truyền thông 2023-06-15", "Sở Kế hoạch và Đầu tư "], leads);
    }

    [Fact]
    public void The_body_a_lead_works_with_supports_it_by_the_same_deadline()
    {
        var support = Assert.Single(DraftInstructions.From(Seed000())!.Assignments, a => a.Role == TaskRoles.Support);
        Assert.Equal("Sở Thông tin và Truyền thông", support.Unit);
        Assert.Equal(["2.c"], support.TaskPaths);
        Assert.Equal("2023-06-30", support.Deadline);
    }

    [Fact]
    public void The_slip_text_names_each_unit_with_its_role_and_deadline()
    {
        var text = SlipText.Render(ProcessingSlip.For(Seed000()));
        Assert.Contains("PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN", text);
        Assert.Contains("Công văn số 62/BCĐCCHC&CĐS ngày 25/05/2023 của Ban Chỉ đạo Cải cách hành chính và Chuyển đổi số", text);
        Assert.Contains("- Giao Sở Tài chính chủ trì thực hiện nội dung mục 2.c; thời hạn: 30/06/2023.", text);
        Assert.Contains("- Giao Sở Thông tin và Truyền thông chủ trì thực hiện nội dung mục 2.d; thời hạn: 15/06/2023.", text);
        Assert.Contains("- Giao Sở Thông tin và Truyền thông phối hợp thực hiện nội dung mục 2.c; thời hạn: 30/06/2023.", text);
        Assert.Contains("- Giao Sở Kế hoạch và Đầu tư chủ trì thực hiện nội dung mục 2.đ.", text);
        Assert.Contains(ProcessingSlip.UnitLeaderOpinion, text);
        Assert.Contains(ProcessingSlip.HandlerProposal, text);
    }

    [Fact]
    public void The_printable_page_escapes_the_letter_and_lists_the_instruction()
    {
        var html = SlipHtml.Render(ProcessingSlip.For(Seed000()));
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Contains("size: A4", html);
        Assert.Contains("số 62/BCĐCCHC&amp;CĐS", html);
        Assert.DoesNotContain("BCĐCCHC&CĐS", html);
        Assert.Contains("<li>Giao Sở Tài chính chủ trì thực hiện nội dung mục 2.c; thời hạn: 30/06/2023.</li>", html);
    }

    [Fact]
    public void A_letter_without_tasks_leaves_the_instruction_to_the_leader()
    {
        var record = Seed000();
        record.Tasks = [];
        Assert.Null(DraftInstructions.From(record));
        Assert.Contains("- " + ProcessingSlip.NoTasks, SlipText.Render(ProcessingSlip.For(record)));
    }

    [Fact]
    public void An_amended_instruction_in_the_record_is_the_one_printed()
    {
        var record = Seed000();
        record.DraftInstruction = new DraftInstruction { Text = "Giao Văn phòng tham mưu trả lời." };
        Assert.Equal(["Giao Văn phòng tham mưu trả lời."], ProcessingSlip.For(record).InstructionLines);
    }

    [Fact]
    public async Task The_record_with_its_draft_instruction_fits_the_published_schema()
    {
        var record = Seed000();
        record.Source = new SourceInfo { FileName = "seed-000.txt", Sha256 = new string('0', 64), MediaType = "text/plain", Pages = 1 };
        record.DraftInstruction = DraftInstructions.From(record);
        var schema = await JsonSchema.FromFileAsync(TestCorpus.Schema);
        Assert.Empty(schema.Validate(RecordJson.Serialize(record)));
    }
}
