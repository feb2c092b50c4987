using System.Collections.Concurrent;
using Extraction.Archive.Catalog;
using Extraction.Archive.Intake;
using Extraction.Archive.Processing;
using Extraction.Pipeline;

namespace Extraction.Archive.Tests.Fixtures;

/// <summary>What a batch did: each file's intake, each letter processed, and the fault that stopped it, if any.</summary>
internal sealed record Batch(IReadOnlyList<IntakeResult> Intake, IReadOnlyList<ProcessedLetter> Processed, Pipeline.LetterFailure? StoppedBy)
{
    public ProcessedLetter Letter(string letterId) => Processed.Single(p => p.LetterId == letterId);
}

/// <summary>An archive in a scratch folder, fed with the in-process pipeline and a <see cref="RecordingIndex"/>.</summary>
internal sealed class TestArchive : IDisposable
{
    private static readonly LetterPipeline Pipeline = new();
    private readonly long _minimumFreeBytes;

    public TestArchive(string? root = null, long minimumFreeBytes = 0)
    {
        Root = root ?? Path.Combine(Scratch.Path, "archive");
        _minimumFreeBytes = minimumFreeBytes;
        Archive = Open();
    }

    public Scratch Scratch { get; } = new();

    public string Root { get; }

    public ArchiveLayout Layout => new(Root);

    public RecordingIndex Index { get; private set; } = new();

    public LetterArchive Archive { get; private set; }

    public List<string> Warnings { get; } = [];

    public static ILetterProcessor InProcess() => new InProcessLetterProcessor(Pipeline, TimeSpan.FromMinutes(1));

    /// <summary>As if the process died and started again: what the index had not committed is lost. With
    /// <paramref name="outdatedIndex"/> the index on disk was found to be of an older format and opens empty.</summary>
    public void Restart(bool outdatedIndex = false)
    {
        Archive.Dispose();
        Index = outdatedIndex ? new RecordingIndex { NeedsRebuild = true } : new RecordingIndex(Index.Committed);
        Archive = Open();
    }

    public Batch Ingest(params string[] files) => Ingest(files, InProcess);

    public Batch Ingest(IEnumerable<string> files, Func<ILetterProcessor> processor, int workers = 2)
    {
        var processed = new ConcurrentBag<ProcessedLetter>();
        var run = Archive.StartProcessing(workers, processor, new ProcessingEvents { LetterProcessed = processed.Add, Warning = Warnings.Add }, CancellationToken.None);
        var intake = files.Select(file => Archive.TakeIn(file)).ToList();
        run.FinishWhenIdle();
        run.Completion.Wait();
        Archive.SyncIndex(Warnings.Add);
        return new Batch(intake, processed.ToList(), run.StoppedBy);
    }

    public CatalogReader Reader() => CatalogReader.Open(Layout);

    public LetterEntry Entry(string letterId)
    {
        using var reader = Reader();
        return reader.Letter(letterId) ?? throw new KeyNotFoundException(letterId);
    }

    public void Dispose()
    {
        Archive.Dispose();
        Scratch.Dispose();
    }

    private LetterArchive Open() => LetterArchive.Open(new ArchiveOptions { Root = Root, MinimumFreeBytes = _minimumFreeBytes }, Index);
}
