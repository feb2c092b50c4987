using System.Collections.Concurrent;
using System.CommandLine;
using System.Text;
using Extraction.Pipeline;
using Extraction.Records;
using Spectre.Console;

namespace Extraction.Cli.Commands;

/// <summary>`extract FILES... --out DIR | --jsonl`: letters in, one record per letter out.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Letters or folders of letters (PDF, DOCX, images, text, edXML).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "Folder to write <id>.json per letter into." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Write JSON Lines to standard output instead of files." };
        var withText = new Option<bool>("--with-text") { Description = "Also write the letter's text as read (<id>.txt) beside each record." };
        var models = ModelsOption.Create();
        var llm = new LlmOptions();
        var command = new Command("extract", "Read letters and write their records (JSON).") { inputs, output, jsonl, withText, models, llm.Mode, llm.Redact };
        command.SetAction(parse =>
        {
            var useModels = ModelsOption.IsOn(parse, models);
            Console.Error.WriteLine(PipelineFactory.ModelStatus(useModels));
            return Run(parse.GetValue(inputs)!, parse.GetValue(output), parse.GetValue(jsonl), parse.GetValue(withText), llm.Pipeline(parse, Console.Error, useModels));
        });
        return command;
    }

    private static int Run(string[] inputs, string? outputDirectory, bool jsonl, bool withText, (ILetterProcessor? Processor, Llm.LlmAssistant? Assistant) llm)
    {
        if (llm.Processor is not { } pipeline) return 2;
        if (outputDirectory is null && !jsonl)
        {
            Console.Error.WriteLine("Say where the records go: --out DIR, or --jsonl for standard output.");
            return 2;
        }
        IReadOnlyList<string> files;
        try
        {
            files = InputFiles.Expand(inputs);
        }
        catch (FileNotFoundException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        if (outputDirectory is not null) Directory.CreateDirectory(outputDirectory);

        var outcomes = new ConcurrentBag<LetterOutcome>();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var stdoutLock = new object();
        console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                var task = progress.AddTask($"Extracting {files.Count} letters", maxValue: Math.Max(1, files.Count));
                Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
                {
                    var outcome = pipeline.Process(file);
                    outcomes.Add(outcome);
                    if (outcome.Record is { } record)
                    {
                        if (jsonl) lock (stdoutLock) Console.Out.WriteLine(RecordJson.Serialize(record, indented: false));
                        if (outputDirectory is not null) WriteRecord(outputDirectory, record, withText ? outcome.Text : null);
                    }
                    task.Increment(1);
                });
            });
        Summary.Print(console, outcomes.OrderBy(o => o.Id, StringComparer.Ordinal).ToList());
        if (llm.Assistant is not null) Console.Error.WriteLine("llm: " + llm.Assistant.Summary());
        return outcomes.Any(o => !o.Succeeded) ? 1 : 0;
    }

    /// <summary>Written to a temporary name and moved, so a reader never sees half a record.</summary>
    internal static void WriteRecord(string directory, LetterRecord record, string? text)
    {
        WriteAtomically(Path.Combine(directory, record.Id + ".json"), RecordJson.Serialize(record));
        if (text is not null) WriteAtomically(Path.Combine(directory, record.Id + ".txt"), text);
    }

    private static void WriteAtomically(string path, string content)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, content, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }
}
