using Extraction.Learning.Models;
using Extraction.Learning.Segmentation;
using Extraction.Pipeline;
using Extraction.Reading;
using Extraction.Records;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Learning.Tests;

/// <summary>The models committed in models/ load, meet the cross-validated figures as their
/// manifest records them, and decide the lines the rules contest.</summary>
public sealed class CommittedModelTests
{
    private static readonly ModelSet Models = ModelSet.Load(LearningCorpus.Models, out _)
        ?? throw new InvalidOperationException("models/ holds no models: run ./extraction train");

    [Fact]
    public void The_manifest_records_the_data_and_the_cross_validated_figures()
    {
        Assert.Equal(64, ((string)Models.Manifest["trainingData"]!["sha256"]!).Length);
        Assert.True((double)Models.Manifest["notUsed"]!["percentMentions"]!["crossValidation"]!["accuracy"]! >= 0.95);
        Assert.True((double)Models.Manifest["models"]!["lineZones"]!["crossValidation"]!["accuracy"]! >= 0.97);
    }

    /// <summary>seed-000-scan.pdf as Tesseract reads it: the body's first sentence has a date in it and
    /// is short enough to look like a second place-date line. The rules took it so and the model set it
    /// right; since a line opening "Thực hiện" is no place-date (blind round 6), the rules read it as
    /// body themselves, and the model keeps it there and the real place-date line where it is.</summary>
    [Fact]
    public void A_body_sentence_with_a_date_is_body_and_the_place_date_line_stays()
    {
        var text = LetterText.FromLines(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "seed-000-scan-head.txt")));
        var sentence = "Thực hiện Thông báo số 13/TB-VPCP ngày 05 tháng 5 năm 2023 của Văn";
        var rules = RuleSegmenter.Instance.Segment(text);
        Assert.Equal(Zone.Body, rules.ZoneOf(rules.Lines.Single(l => l.Text == sentence)));

        var letter = new ModelSegmenter(Models.LineZones, RuleSegmenter.Instance).Segment(text);
        Assert.Equal(Zone.Body, letter.ZoneOf(letter.Lines.Single(l => l.Text == sentence)));
        var placeDate = letter.Lines.Single(l => l.Text == "Cần Thơ, ngày 25 tháng 5 năm 2023");
        Assert.Equal(Zone.PlaceDate, letter.ZoneOf(placeDate));
    }

    [Fact]
    public void A_subject_the_rules_took_for_body_is_read_with_the_model_and_its_provenance_says_so()
    {
        var path = Path.Combine(LearningCorpus.Corpus, "letters", "made-kh-modu-412-2025.txt");
        var document = new LetterReader(new LetterReaderOptions()).Read(path);
        var source = new SourceInfo { FileName = Path.GetFileName(path) };
        Assert.Null(new LetterPipeline().Extract(document, "made-kh-modu-412-2025", source).Subject);

        var record = new LetterPipeline(Models.PipelineOptions(new LetterReaderOptions())).Extract(document, "made-kh-modu-412-2025", source);
        Assert.Equal("Thực hiện công tác y tế dự phòng và nâng cao sức khỏe nhân dân năm 2025", record.Subject);
        Assert.Equal("model", record.Provenance["subject"].DecidedBy);
        Assert.Equal("rules", record.Provenance["number"].DecidedBy);
    }
}
