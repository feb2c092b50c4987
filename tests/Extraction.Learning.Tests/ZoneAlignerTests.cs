using Extraction.Learning.Alignment;
using Extraction.Learning.Corpus;
using Extraction.Text;

namespace Extraction.Learning.Tests;

/// <summary>The alignment of gold records with read lines, on real corpus letters and on real OCR lines.</summary>
public sealed class ZoneAlignerTests
{
    [Theory]
    [InlineData("Số: 62 /BCĐCCHC&CĐS", "Number")]
    [InlineData("Cần Thơ, ngày 25 tháng 5 năm 2023", "PlaceDate")]
    [InlineData("Kính gửi:", "Salutation")]
    [InlineData("- Chủ tịch Ủy ban nhân dân quận, huyện;", "Recipient")]
    [InlineData("Đồng kính gửi: Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Salutation")]
    [InlineData("Nơi nhận:", "Distribution")]
    [InlineData("- Lưu: VT, LhT.", "Distribution")]
    [InlineData("TRƯỞNG BAN", "SignaturePosition")]
    // The second title of the signer, between the position and the name.
    [InlineData("CHỦ TỊCH UBND THÀNH PHỐ", "SignaturePosition")]
    [InlineData("Trần Việt Trường", "SignerName")]
    public void Seed_letter_lines_get_the_zone_its_gold_record_says(string line, string label) =>
        Assert.Equal(label, LabelOf(LearningCorpus.Letter("seed-000.txt"), line));

    [Fact]
    public void A_task_item_that_names_its_assignee_is_a_task_heading_and_the_body_around_it_is_body()
    {
        var letter = LearningCorpus.Letter("seed-000.txt");
        Assert.Equal(LineLabels.TaskHeading, LabelStartingWith(letter, "2. Thành viên Ban Chỉ đạo CCHC"));
        Assert.Equal(LineLabels.TaskHeading, LabelStartingWith(letter, "c) Sở Tài chính:"));
        Assert.Equal("Body", LabelStartingWith(letter, "Thực hiện Thông báo số 13/TB-VPCP"));
    }

    /// <summary>"Phòng Quản lý ngân sách" is the second task's assignee; it first appears at the start
    /// of a line that carries on "(qua", which opens nothing: the heading is the "- Giao" item below.</summary>
    [Fact]
    public void A_line_that_carries_on_the_sentence_above_is_no_task_heading()
    {
        var letter = LearningCorpus.Letter("made-gm-stc-112-2025.txt");
        Assert.Equal("Body", LabelStartingWith(letter, "Phòng Quản lý ngân sách) trước ngày"));
        Assert.Equal(LineLabels.TaskHeading, LabelStartingWith(letter, "- Giao Phòng Quản lý ngân sách"));
    }

    /// <summary>Task 2.1's item is written "2.1. Ủy ban nhân dân xã: ..."; the same body is named
    /// earlier in a sentence that does not give it work ("Sau khi nghe Ủy ban nhân dân xã báo cáo").</summary>
    [Fact]
    public void A_sub_item_labelled_with_its_whole_path_heads_its_task()
    {
        var letter = LearningCorpus.Letter("made-blind2-tb-dulongphuoc-18-2025.txt");
        Assert.Equal(LineLabels.TaskHeading, LabelStartingWith(letter, "2.1. Ủy ban nhân dân xã:"));
        Assert.Equal("Body", LabelStartingWith(letter, "2025. Sau khi nghe"));
    }

    [Fact]
    public void A_subject_that_starts_like_a_sentence_is_aligned_as_subject()
    {
        var letter = LearningCorpus.Letter("made-kh-modu-412-2025.txt");
        Assert.Equal("Title", LabelOf(letter, "KẾ HOẠCH"));
        Assert.Equal("Subject", LabelStartingWith(letter, "Thực hiện công tác y tế dự phòng"));
        Assert.Equal("Body", LabelStartingWith(letter, "Căn cứ Kế hoạch số 25/KH-UBND"));
    }

    /// <summary>The first lines Tesseract reads from qn-ct-05-2020-scan.pdf: the e-signature stamp
    /// wraps over three lines, one ending in the province's name, which the subject also holds.</summary>
    [Fact]
    public void Ocr_lines_of_a_real_scan_align_with_its_gold_record()
    {
        string[] lines =
        [
            "Người ký: Ủy ban", "nhân dân tỉnh Quảng", "Ngãi", "Thời gian ký:", "UỶ BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI",
            "Số: 2 # /CT-UBND", "CỘNG HÒA XÃ HỘI CHÚ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Ngãi, ngàyƒ tháng 4 năm 2020",
            "CHỈ THỊ", ",Vêviệc triển khai thực hiện mở rộng nộp thuế điện tử", "đối với cá nhân kinh doanh trên địa bàn tỉnh Quảng Ngãi",
            "Thực hiện Quyết định số 2545/QĐ-TTg ngày 30/12/2016 của Thủ tướng",
        ];
        var gold = GoldRecords.Load(Path.Combine(LearningCorpus.Corpus, "gold", "qn-ct-05-2020-scan.json"));
        var labels = ZoneAligner.Align(LetterText.FromLines(lines).Lines, gold);
        Assert.Equal(
            ["Noise", "Noise", "Noise", "Noise", "Issuer", "Issuer", "Number", "Motto", "Motto", "PlaceDate", "Title", "Subject", "Subject", "Body"],
            labels);
    }

    private static string LabelOf(TrainingLetter letter, string text) =>
        letter.Labels[letter.Rules.Lines.Single(l => l.Text == text).Index];

    private static string LabelStartingWith(TrainingLetter letter, string start) =>
        letter.Labels[letter.Rules.Lines.First(l => l.Text.StartsWith(start, StringComparison.Ordinal)).Index];
}
