using System.Collections.Concurrent;
using Extraction.Pipeline;
using Extraction.Reading;
using Extraction.Reading.Ocr;
using Extraction.Records;

namespace Extraction.Tests.Evaluation;

/// <summary>The whole corpus extracted once per test run, scans through OCR, and shared by the evaluation tests.</summary>
public sealed class CorpusRun : IDisposable
{
    public DirectoryInfo Output { get; } = Directory.CreateTempSubdirectory("extraction-corpus-");
    public IReadOnlyList<LetterOutcome> Outcomes { get; }
    private readonly TesseractRecognizer recognizer = TesseractRecognizer.CreateDefault();

    public CorpusRun()
    {
        var pipeline = new LetterPipeline(new PipelineOptions { Reading = new LetterReaderOptions { Recognizer = recognizer } });
        var outcomes = new ConcurrentBag<LetterOutcome>();
        Parallel.ForEach(Directory.GetFiles(TestCorpus.Letters), file =>
        {
            var outcome = pipeline.Process(file);
            outcomes.Add(outcome);
            if (outcome.Record is { } record) File.WriteAllText(Path.Combine(Output.FullName, record.Id + ".json"), RecordJson.Serialize(record));
        });
        Outcomes = outcomes.OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The outcome of the corpus letter named <paramref name="fileName"/>.</summary>
    public LetterOutcome Outcome(string fileName) => Outcomes.Single(o => Path.GetFileName(o.Path) == fileName);

    public void Dispose()
    {
        recognizer.Dispose();
        Output.Delete(recursive: true);
    }
}

/// <summary>The test classes that share the one corpus run.</summary>
[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<CorpusRun>
{
    public const string Name = "corpus";
}
