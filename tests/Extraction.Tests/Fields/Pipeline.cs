using Extraction.Pipeline;
using Extraction.Reading;
using Extraction.Records;

namespace Extraction.Tests.Fields;

/// <summary>Runs the stages after reading on a literal letter text.</summary>
internal static class Pipeline
{
    private static readonly LetterPipeline Instance = new();

    public static LetterRecord ExtractFromText(string text) => Instance.Extract(
        new ReadDocument { MediaType = "text/plain", Pages = [new PageText(1, text.Split('\n').Select(l => new TextLine(l, LineOrigin.Text)).ToList())] },
        "test", new SourceInfo { FileName = "test.txt" });

    public static LetterRecord ExtractFromCorpus(string fileName) => Instance.Process(TestCorpus.Letter(fileName)).Record
        ?? throw new InvalidOperationException(fileName + " gave no record");
}
