using System.Text.Json;
using Extraction.Evaluation;
using Extraction.Learning.Corpus;
using Extraction.Pipeline;
using Extraction.Records;

namespace Extraction.Learning.Training;

/// <summary>Scores of one group of letters, extracted by the rules alone and with the model.</summary>
public sealed record GroupEffect(string Group, int Letters, ScoreReport Rules, ScoreReport Model);

/// <summary>
/// The end-to-end effect of the learned models, measured honestly: every letter is extracted with
/// the models of the fold that held it out, so no letter is scored by a model trained on it or on
/// its twins; the same letters are extracted by the rules alone, and both are scored against gold.
/// </summary>
public static class EndToEndEffect
{
    /// <param name="foldOf">The fold of each letter (the same split for every model).</param>
    /// <param name="optionsOfFold">The pipeline options with the models of a fold.</param>
    /// <param name="records">Where to write the records as well (rules/ and models/, one &lt;id&gt;.json
    /// each), for shared/tools/score.py to score; null writes none.</param>
    public static IReadOnlyList<GroupEffect> Measure(IReadOnlyList<TrainingLetter> letters, int[] foldOf, Func<int, PipelineOptions> optionsOfFold,
        string? records = null)
    {
        var rules = new LetterPipeline();
        var rulesRecords = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var modelRecords = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var pipelines = new Dictionary<int, LetterPipeline>();
        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            var source = new SourceInfo { FileName = letter.Id };
            if (!pipelines.TryGetValue(foldOf[i], out var pipeline)) pipelines[foldOf[i]] = pipeline = new LetterPipeline(optionsOfFold(foldOf[i]));
            rulesRecords[letter.Id] = Json(rules.Extract(letter.Document, letter.Id, source), records, "rules");
            modelRecords[letter.Id] = Json(pipeline.Extract(letter.Document, letter.Id, source), records, "models");
        }
        return
        [
            Group("all", letters, rulesRecords, modelRecords),
            Group("text layer", letters.Where(l => !l.Scanned).ToList(), rulesRecords, modelRecords),
            Group("scans (OCR)", letters.Where(l => l.Scanned).ToList(), rulesRecords, modelRecords),
        ];
    }

    private static GroupEffect Group(string name, IReadOnlyList<TrainingLetter> letters,
        Dictionary<string, JsonElement> rules, Dictionary<string, JsonElement> model)
    {
        var gold = letters.Select(l => l.GoldJson).ToList();
        return new GroupEffect(name, letters.Count, Scorer.Score(gold, rules), Scorer.Score(gold, model));
    }

    private static JsonElement Json(LetterRecord record, string? records, string kind)
    {
        var json = RecordJson.Serialize(record, indented: false);
        if (records is not null)
        {
            var folder = Directory.CreateDirectory(Path.Combine(records, kind)).FullName;
            File.WriteAllText(Path.Combine(folder, record.Id + ".json"), json);
        }
        return JsonDocument.Parse(json).RootElement;
    }

    public static void Print(TextWriter output, IReadOnlyList<GroupEffect> effects)
    {
        output.WriteLine("end-to-end, each letter extracted with the model of the fold that held it out:");
        output.WriteLine($"  {"letters",-14} {"n",3} {"rules",7} {"model",7}  fields that changed (rules → model)");
        foreach (var e in effects)
        {
            var changed = e.Rules.Fields.Zip(e.Model.Fields)
                .Where(p => Math.Abs(p.First.Value - p.Second.Value) >= 0.0005)
                .Select(p => $"{p.First.Field} {p.First.Value:0.000}→{p.Second.Value:0.000}");
            output.WriteLine($"  {e.Group,-14} {e.Letters,3} {e.Rules.Score,7:0.0000} {e.Model.Score,7:0.0000}  {string.Join(", ", changed)}");
        }
    }
}
