using System.CommandLine;
using Extraction.Evaluation;
using Extraction.Llm.Evaluation;

namespace Extraction.Cli.Commands;

/// <summary><c>eval --llm</c>: extracts the letters locally, verifies and extracts them with the LLM, and
/// prints the three sets of figures side by side (see <see cref="ModelComparison"/>).</summary>
public static class LlmEval
{
    public static int Run(ParseResult parse, LlmOptions llm, string gold, string? pred, string letters, string? json)
    {
        if (!Directory.Exists(gold))
        {
            Console.Error.WriteLine($"No gold folder at {gold}.");
            return 2;
        }
        if (pred is not null)
        {
            Console.Error.WriteLine("--llm extracts the letters itself, three ways; leave out --pred.");
            return 2;
        }
        var assistant = llm.Assistant(parse, Console.Error);
        if (assistant is null) return 2;
        var results = ModelComparison.Run(InputFiles.Expand([letters]), PipelineFactory.Create(), assistant, ScoreFiles.LoadGold(gold), Environment.ProcessorCount);
        ComparisonReport.Print(Console.Out, results);
        Console.Error.WriteLine("llm: " + assistant.Summary());
        if (json is not null) File.WriteAllText(json, ComparisonReport.ToJson(results));
        return 0;
    }
}
