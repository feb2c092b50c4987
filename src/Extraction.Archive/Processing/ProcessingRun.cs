using Extraction.Archive.Catalog;
using Extraction.Archive.Storage;
using Extraction.Pipeline;
using Microsoft.Data.Sqlite;

namespace Extraction.Archive.Processing;

/// <summary>One original processed: its letter id, the name it arrived under, the outcome, and what the catalog made of it.</summary>
public sealed record ProcessedLetter(string LetterId, string FileName, LetterOutcome Outcome, CompletedLetter Completed);

/// <summary>What a run tells its caller as it goes.</summary>
public sealed class ProcessingEvents
{
    public Action<ProcessedLetter>? LetterProcessed { get; init; }
    /// <summary>Something a person should know that does not stop the run (the index lags behind).</summary>
    public Action<string>? Warning { get; init; }
}

/// <summary>
/// Workers that take received originals from the catalog one at a time, process them, and record the
/// outcome, until told that nothing more will come (ingest) or cancelled (watch). A fault of the archive
/// itself (disk full, read-only) stops the run with <see cref="StoppedBy"/>; the letter in hand goes back
/// to received, so nothing is lost.
/// </summary>
public sealed class ProcessingRun
{
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(1);

    private readonly ArchiveParts _parts;
    private readonly Func<ILetterProcessor> _createProcessor;
    private readonly ProcessingEvents _events;
    private readonly CancellationToken _cancellation;
    private readonly SemaphoreSlim _work = new(0);
    private readonly int _workers;
    private volatile bool _finishing;
    private volatile LetterFailure? _stoppedBy;

    internal ProcessingRun(ArchiveParts parts, int workers, Func<ILetterProcessor> createProcessor, ProcessingEvents events, CancellationToken cancellation)
    {
        _parts = parts;
        _workers = workers;
        _createProcessor = createProcessor;
        _events = events;
        _cancellation = cancellation;
        Completion = Task.WhenAll(Enumerable.Range(0, workers).Select(lane => Task.Factory.StartNew(() => RunLane(lane),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
    }

    /// <summary>Ends when every worker has stopped.</summary>
    public Task Completion { get; }

    /// <summary>The fault of the archive that stopped the run early, or null.</summary>
    public LetterFailure? StoppedBy => _stoppedBy;

    /// <summary>Wakes an idle worker: something was taken in.</summary>
    public void Notify()
    {
        if (_work.CurrentCount < _workers) _work.Release();
    }

    /// <summary>Nothing more will be taken in: workers stop once no received original is left.</summary>
    public void FinishWhenIdle()
    {
        _finishing = true;
        _work.Release(_workers);
    }

    private void RunLane(int lane)
    {
        var processor = _createProcessor();
        try
        {
            RunLane(processor, new LetterViews(_parts.Layout, lane));
        }
        finally
        {
            (processor as IDisposable)?.Dispose();
        }
    }

    private void RunLane(ILetterProcessor processor, LetterViews views)
    {
        while (!_cancellation.IsCancellationRequested && _stoppedBy is null)
        {
            // Read before claiming: everything taken in before FinishWhenIdle is then visible to the claim.
            var finishing = _finishing;
            var claim = Guarded("taking the next letter from the catalog", _parts.Catalog.ClaimNext);
            if (claim is not null)
            {
                Process(processor, views, claim);
                continue;
            }
            if (finishing || _stoppedBy is not null) return;
            try
            {
                _work.Wait(IdleWait, _cancellation);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Process(ILetterProcessor processor, LetterViews views, LetterClaim claim)
    {
        try
        {
            var outcome = Attribute(ProcessOriginal(processor, views, claim), claim);
            var completed = _parts.Catalog.Complete(claim, outcome);
            if (outcome.Record is null)
                _parts.Quarantine.Put(new QuarantinedLetter(claim.LetterId, claim.FileName, claim.Sha256, outcome.Failure!, _parts.Catalog.ArrivalNames(claim.Row)));
            else _parts.Quarantine.Remove(claim.LetterId, claim.FileName);
            _events.LetterProcessed?.Invoke(new ProcessedLetter(claim.LetterId, claim.FileName, outcome, completed));
            _parts.Index?.SyncIfDue(Warn);
        }
        catch (OperationCanceledException)
        {
            Guarded("giving a letter back to the catalog", () => _parts.Catalog.Release(claim));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            _stoppedBy ??= ArchiveFaults.Describe(e, $"recording {claim.FileName}");
            Guarded("giving a letter back to the catalog", () => _parts.Catalog.Release(claim));
        }
        catch (ArchiveUnavailableException e)
        {
            _stoppedBy ??= new LetterFailure(ArchiveFaults.WorkerUnavailable, e.Message);
            Guarded("giving a letter back to the catalog", () => _parts.Catalog.Release(claim));
        }
    }

    private LetterOutcome ProcessOriginal(ILetterProcessor processor, LetterViews views, LetterClaim claim)
    {
        var original = _parts.Store.PathOf(claim.Sha256);
        if (!File.Exists(original))
            return Outcomes.Failed(claim.FileName, ArchiveFaults.OriginalMissing,
                $"The kept original ({Path.GetRelativePath(_parts.Layout.Root, original)}) is no longer in the archive: it was deleted or moved after it was taken in. Drop the file in again.",
                TimeSpan.Zero);
        var view = views.Show(original, claim.LetterId, claim.FileName);
        try
        {
            return processor.Process(view, _cancellation);
        }
        finally
        {
            LetterViews.Hide(view);
        }
    }

    /// <summary>The record carries the archive's letter id and the name the file arrived under, not the
    /// temporary view's; an outcome with neither record nor reason becomes a failure that says so.</summary>
    private static LetterOutcome Attribute(LetterOutcome outcome, LetterClaim claim)
    {
        if (outcome.Record is { } record)
        {
            record.Id = claim.LetterId;
            record.Source.FileName = claim.FileName;
        }
        var failure = outcome.Record is null && outcome.Failure is null
            ? new LetterFailure(ArchiveFaults.Crashed, "Processing ended without a record or a reason; the file may be damaged.")
            : outcome.Failure;
        return outcome with { Path = claim.FileName, Id = claim.LetterId, Failure = failure };
    }

    private T? Guarded<T>(string doing, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            _stoppedBy ??= ArchiveFaults.Describe(e, doing);
            return default;
        }
    }

    private void Guarded(string doing, Action action) => Guarded<bool>(doing, () =>
    {
        action();
        return true;
    });

    private void Warn(string message) => _events.Warning?.Invoke(message);
}
