using Extraction.Archive;
using Extraction.Archive.Catalog;
using Extraction.Archive.Intake;
using Extraction.Archive.Processing;
using Extraction.Pipeline;
using Spectre.Console;

namespace Extraction.Cli.Commands;

/// <summary>What a batch did, tallied as it goes (counts and failures only, so memory does not grow with
/// the batch), and printed at the end: the extraction summary, then what the archive did with each file.</summary>
internal sealed class BatchReport
{
    private readonly Lock _gate = new();
    private readonly Summary _summary = new();
    private readonly Dictionary<IntakeKind, int> _intake = [];
    private readonly List<IntakeResult> _refused = [];
    private readonly List<string> _versions = [];
    private readonly List<string> _warnings = [];

    public LetterFailure? StoppedBy { get; set; }

    public int ExitCode { get; private set; }

    public void Add(IntakeResult result)
    {
        lock (_gate)
        {
            _intake[result.Kind] = _intake.GetValueOrDefault(result.Kind) + 1;
            if (result.Kind == IntakeKind.Refused) _refused.Add(result);
        }
    }

    public void Add(ProcessedLetter letter)
    {
        _summary.Add(letter.Outcome);
        if (letter.Completed is not { VersionCount: > 1 } versions) return;
        lock (_gate) _versions.Add($"{letter.LetterId} ({letter.FileName}) is version {versions.Version} of {versions.VersionCount} of one letter; the current version is {versions.CurrentVersion}");
    }

    public void Warn(string warning)
    {
        lock (_gate)
            if (!_warnings.Contains(warning)) _warnings.Add(warning);
    }

    public void Print(IAnsiConsole console, LetterArchive archive, bool cancelled)
    {
        _summary.Print(console);
        lock (_gate)
        {
            var table = new Table().Title($"Archive {Markup.Escape(archive.Layout.Root)}").AddColumn("files").AddColumn(new TableColumn("count").RightAligned());
            table.AddRow("taken in, new", Count(IntakeKind.New));
            table.AddRow("duplicates of a letter already kept (not processed again)", Count(IntakeKind.Duplicate));
            table.AddRow("taken in by an earlier run", Count(IntakeKind.AlreadyTakenIn));
            table.AddRow("refused (left where they were)", Count(IntakeKind.Refused));
            table.AddRow("versions of a letter already kept", _versions.Count.ToString());
            console.Write(table);
            if (_refused.Count > 0)
            {
                var refused = new Table().Title("Refused: the files were left where they were").AddColumn("file").AddColumn("reason");
                foreach (var r in _refused) refused.AddRow(Markup.Escape(r.Name), Markup.Escape($"[{r.Failure!.Code}] {r.Failure.Reason}"));
                console.Write(refused);
            }
            foreach (var version in _versions) console.MarkupLineInterpolated($"[grey]version:[/] {version}");
            foreach (var warning in _warnings) console.MarkupLineInterpolated($"[yellow]warning:[/] {warning}");
            var waiting = archive.Waiting();
            if (StoppedBy is { } stop) console.MarkupLineInterpolated($"[red]Processing stopped early[/] [[{stop.Code}]] {stop.Reason}");
            if (cancelled) console.MarkupLine("[yellow]Stopped on request.[/]");
            if (waiting > 0)
                console.MarkupLineInterpolated($"{waiting} letters are kept and wait to be processed: run `extraction retry --archive \"{archive.Layout.Root}\"` to process them.");
            ExitCode = _refused.Count > 0 || StoppedBy is not null || waiting > 0 || _summary.Failed > 0 ? 1 : 0;
        }
    }

    private string Count(IntakeKind kind) => _intake.GetValueOrDefault(kind).ToString();
}
