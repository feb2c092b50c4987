using System.CommandLine;
using System.Text.Json;
using Extraction.Evaluation;
using Extraction.Records;

namespace Extraction.Cli.Commands;

/// <summary>`eval`: scores records against gold with the rules and figures of shared/tools/score.py.
/// Without --pred it first extracts the letters of --letters into a temporary folder.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Folder of gold records.", DefaultValueFactory = _ => "corpus/gold" };
        var pred = new Option<string?>("--pred") { Description = "Folder of records to score (default: extract --letters first)." };
        var letters = new Option<string>("--letters") { Description = "Letters to extract when --pred is not given.", DefaultValueFactory = _ => "corpus/letters" };
        var verbose = new Option<bool>("--verbose") { Description = "Print every miss." };
        var json = new Option<string?>("--json") { Description = "Also write the report as JSON (score.py's --json shape)." };
        var failUnder = new Option<double?>("--fail-under") { Description = "Exit 1 when the score is below this." };
        var models = ModelsOption.Create();
        var llm = new LlmOptions();
        var command = new Command("eval", "Score records against gold records.") { gold, pred, letters, verbose, json, failUnder, models, llm.Compare, llm.Redact };
        command.SetAction(parse => parse.GetValue(llm.Compare)
            ? LlmEval.Run(parse, llm, parse.GetValue(gold)!, parse.GetValue(pred), parse.GetValue(letters)!, parse.GetValue(json))
            : Run(parse.GetValue(gold)!, parse.GetValue(pred), parse.GetValue(letters)!, parse.GetValue(verbose), parse.GetValue(json), parse.GetValue(failUnder),
                ModelsOption.IsOn(parse, models)));
        return command;
    }

    private static int Run(string gold, string? pred, string letters, bool verbose, string? json, double? failUnder, bool useModels)
    {
        if (!Directory.Exists(gold))
        {
            Console.Error.WriteLine($"No gold folder at {gold}.");
            return 2;
        }
        var predictions = ScoreFiles.LoadPredictions(pred ?? ExtractInto(letters, useModels), Console.Error);
        var golds = ScoreFiles.LoadGold(gold);
        var report = Scorer.Score(golds, predictions);
        report.Print(Console.Out, verbose);
        PrintByOrigin(golds, predictions);
        if (json is not null) File.WriteAllText(json, report.ToJson());
        return failUnder is { } floor && report.Score < floor ? 1 : 0;
    }

    /// <summary>The score of the letters read through OCR and of the others apart: the rules read
    /// clean text almost perfectly, so the two figures tell different stories.</summary>
    private static void PrintByOrigin(IReadOnlyList<JsonElement> golds, IReadOnlyDictionary<string, JsonElement> predictions)
    {
        bool Ocr(JsonElement gold) => gold.TryGetProperty("id", out var id) && predictions.TryGetValue(id.GetString() ?? "", out var p)
            && p.TryGetProperty("source", out var source) && source.TryGetProperty("textOrigin", out var origin) && origin.GetString() is "ocr" or "mixed";
        foreach (var (name, group) in (ReadOnlySpan<(string, List<JsonElement>)>)[("read through OCR", golds.Where(Ocr).ToList()), ("with text (text, text-layer PDF, DOCX)", golds.Where(g => !Ocr(g)).ToList())])
            if (group.Count > 0) Console.Out.WriteLine($"  letters {name}: {group.Count}, score {Scorer.Score(group, predictions).Score:0.0000}");
    }

    private static string ExtractInto(string letters, bool useModels)
    {
        var directory = Directory.CreateTempSubdirectory("extraction-eval-").FullName;
        Console.Error.WriteLine(PipelineFactory.ModelStatus(useModels));
        var pipeline = PipelineFactory.Create(useModels);
        var files = InputFiles.Expand([letters]);
        Parallel.ForEach(files, file =>
        {
            if (pipeline.Process(file).Record is { } record)
                File.WriteAllText(Path.Combine(directory, record.Id + ".json"), RecordJson.Serialize(record));
        });
        Console.Error.WriteLine($"extracted {files.Count} letters into {directory}");
        return directory;
    }
}
