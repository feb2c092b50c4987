using Extraction.Fields.Directives.Agenda;
using Extraction.Records;

namespace Extraction.Tests.Fields.Directives;

public class TaskAgendaTests
{
    // seed-002.txt, item 5 and the closing "Giao" sentence, as the extractor records them.
    private static LetterRecord Seed002()
    {
        var culture = new TaskItem
        {
            Path = "5", Assignee = "Trưởng phòng Văn hóa và Thông tin", Assignees = ["Trưởng phòng Văn hóa và Thông tin"],
            Text = "Phối hợp Sở Thông tin và Truyền thông kết nối TTHC từ cổng DVC tỉnh",
            Deadlines = [new TaskDeadline { Date = "2024-06-30", Relation = "by", Text = "trong tháng 6/2024" }],
        };
        var interior = new TaskItem
        {
            Path = null, Assignee = "Phòng Nội vụ", Assignees = ["Phòng Nội vụ"],
            Text = "tổng hợp kết quả rà soát, triển khai của các đơn vị",
            Deadlines = [new TaskDeadline { Date = "2024-06-15", Relation = "before", Text = "trước ngày 15/6/2024" }],
        };
        var undated = new TaskItem { Path = "4", Assignee = "Chánh Văn phòng HĐND và UBND thành phố", Assignees = ["Chánh Văn phòng HĐND và UBND thành phố"], Text = "Chủ trì tham mưu, đôn đốc" };
        return new LetterRecord { Id = "seed-002", Tasks = [undated, culture, interior] };
    }

    [Fact]
    public void Lists_tasks_by_due_date_with_undated_ones_last()
    {
        var rows = TaskAgenda.Rows([Seed002()], new AgendaFilter());

        Assert.Equal(["Phòng Nội vụ", "Trưởng phòng Văn hóa và Thông tin", "Chánh Văn phòng HĐND và UBND thành phố"], rows.Select(r => r.Assignee));
    }

    [Theory]
    // no diacritics
    [InlineData("phong noi vu", 1)]
    // old-style tone placement and a capital
    [InlineData("Văn hoá", 1)]
    // an abbreviation for the words written out
    [InlineData("Văn phòng Hội đồng nhân dân", 1)]
    // whole words
    [InlineData("noi vu", 1)]
    // part of a word does not match
    [InlineData("no", 0)]
    [InlineData("Sở Tài chính", 0)]
    public void Matches_the_assignee_whatever_the_spelling(string wanted, int count) =>
        Assert.Equal(count, TaskAgenda.Rows([Seed002()], new AgendaFilter(Assignee: wanted)).Count);

    [Fact]
    public void Keeps_deadlines_in_the_window_both_ends_included()
    {
        var rows = TaskAgenda.Rows([Seed002()], new AgendaFilter(DueOnOrBefore: new DateOnly(2024, 6, 30), DueOnOrAfter: new DateOnly(2024, 6, 16)));

        Assert.Equal(["2024-06-30"], rows.Select(r => r.DueDate!.Value.ToString("yyyy-MM-dd")));
    }

    [Theory]
    [InlineData("2024-06-30")]
    [InlineData("30/6/2024")]
    [InlineData("30/06/2024")]
    public void Reads_iso_and_vietnamese_dates(string text) => Assert.Equal(new DateOnly(2024, 6, 30), AgendaFilter.ParseDate(text));

    [Fact]
    public void Rejects_what_is_not_a_date() => Assert.Null(AgendaFilter.ParseDate("31/6/2024"));

    [Fact]
    public void Describes_targets_with_their_comparator()
    {
        Target[] targets =
        [
            new() { Kind = "level", Comparator = ">", Value = 86, Metric = "mức độ hài lòng của người dân" },
            new() { Kind = "increase", Comparator = "=", Value = 10, Metric = "hồ sơ TTHC thực hiện trực tuyến" },
        ];

        Assert.Equal("> 86% mức độ hài lòng của người dân; tăng 10% hồ sơ TTHC thực hiện trực tuyến", TaskAgenda.Describe(targets));
    }

    [Fact]
    public void Writes_csv_with_quotes_where_a_field_needs_them()
    {
        var writer = new StringWriter();
        AgendaCsv.Write(writer, TaskAgenda.Rows([Seed002()], new AgendaFilter(Assignee: "Phòng Nội vụ")));

        Assert.Equal(
            "assignee,task,deadline,relation,deadline_text,targets,letter,path\r\n" +
            "Phòng Nội vụ,\"tổng hợp kết quả rà soát, triển khai của các đơn vị\",2024-06-15,before,trước ngày 15/6/2024,,seed-002,\r\n",
            writer.ToString());
    }

    [Fact]
    public void Reads_records_and_reports_the_files_that_are_not()
    {
        var folder = Directory.CreateTempSubdirectory("agenda-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "seed-002.json"), RecordJson.Serialize(Seed002()));
            File.WriteAllText(Path.Combine(folder, "broken.json"), "{ \"id\": ");
            File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a record");

            var (records, unreadable) = RecordFiles.Load([folder, Path.Combine(folder, "missing.jsonl")]);

            Assert.Equal(["seed-002"], records.Select(r => r.Id));
            Assert.Equal(["broken.json", "missing.jsonl"], unreadable.Select(u => Path.GetFileName(u.Path)));
            Assert.All(unreadable, u => Assert.NotEmpty(u.Reason));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
