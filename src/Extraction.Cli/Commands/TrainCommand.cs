using System.CommandLine;
using Extraction.Learning.Corpus;
using Extraction.Learning.Models;
using Extraction.Learning.Training;
using Extraction.Reading;

namespace Extraction.Cli.Commands;

/// <summary>`train [FOLDER...]`: builds the learned models from corpus folders (letters/ + gold/),
/// reports their cross-validated figures and writes them with a manifest (docs/learning.md).</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var folders = new Argument<string[]>("folders") { Description = "Corpus folders, each with letters/ and gold/ (default: corpus).", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--out") { Description = "Where the model files and manifest.json go.", DefaultValueFactory = _ => "models" };
        var dumpLabels = new Option<string?>("--dump-labels") { Description = "Also write each letter's lines with their aligned, rule and out-of-fold model zones to this folder." };
        var records = new Option<string?>("--records") { Description = "Also write the out-of-fold records, by the rules alone and with the models, to DIR/rules and DIR/models (for score.py)." };
        var cache = new Option<string?>("--cache") { Description = "Keep what was read (OCR) in this folder for the next run." };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds (letters of one family stay in one fold).", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Seed of the fold split and the trainers: the same seed gives the same models.", DefaultValueFactory = _ => 7 };
        var command = new Command("train", "Train the learned models from the corpus and report cross-validated figures.") { folders, output, dumpLabels, records, cache, folds, seed };
        command.SetAction(parse => Run(parse.GetValue(folders) is { Length: > 0 } given ? given : ["corpus"],
            parse.GetValue(output)!, parse.GetValue(dumpLabels), parse.GetValue(records), parse.GetValue(cache), parse.GetValue(folds), parse.GetValue(seed)));
        return command;
    }

    private static int Run(string[] folders, string output, string? dumpLabels, string? records, string? cache, int folds, int seed)
    {
        var reader = new LetterReader(PipelineFactory.ReaderOptions);
        Func<string, ReadDocument> read = cache is null ? path => reader.Read(path) : new ReadCache(cache, path => reader.Read(path)).Read;
        var letters = TrainingCorpus.Load(folders, read, Console.Error);
        Console.Error.WriteLine($"read {letters.Count} letters with gold records ({letters.Count(l => l.Scanned)} through OCR)");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var run = ModelTraining.Run(letters, new TrainingOptions(folds, seed, records), output, Console.Out);
        Console.Error.WriteLine($"wrote {string.Join(", ", run.Manifest["models"]!.AsObject().Select(m => $"{m.Value!["file"]} ({(long)m.Value["bytes"]! / 1024} KB)"))} and {ModelSet.ManifestFile} to {output} in {watch.Elapsed.TotalSeconds:0} s");
        if (dumpLabels is not null) AlignmentDump.Write(letters, run.Lines, dumpLabels);
        return 0;
    }
}
