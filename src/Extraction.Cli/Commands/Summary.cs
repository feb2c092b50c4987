using Extraction.Pipeline;
using Spectre.Console;

namespace Extraction.Cli.Commands;

/// <summary>The table a batch ends with: what was found per letter, and every failure with its reason.
/// Outcomes are tallied as they come, so a batch of any size keeps only counts and failures in memory.</summary>
public sealed class Summary
{
    private static readonly (string Name, Func<Records.LetterRecord, bool> Found)[] Fields =
    [
        ("type", r => r.DocumentType is not null), ("number", r => r.Number is not null), ("issuer", r => r.Issuer is not null),
        ("date", r => r.IssuedDate is not null), ("subject", r => r.Subject is not null), ("signer", r => r.Signer?.Name is not null),
        ("tasks", r => r.Tasks.Count > 0),
    ];

    private readonly Lock _gate = new();
    private readonly int[] _found = new int[Fields.Length];
    private readonly List<(string File, LetterFailure Failure)> _failed = [];
    private int _letters;
    private int _done;
    private int _warnings;
    private double _seconds;

    public int Failed
    {
        get
        {
            lock (_gate) return _failed.Count;
        }
    }

    public static void Print(IAnsiConsole console, IReadOnlyList<LetterOutcome> outcomes)
    {
        var summary = new Summary();
        foreach (var outcome in outcomes) summary.Add(outcome);
        summary.Print(console);
    }

    public void Add(LetterOutcome outcome)
    {
        lock (_gate)
        {
            _letters++;
            _seconds += outcome.Elapsed.TotalSeconds;
            if (outcome.Record is not { } record)
            {
                _failed.Add((Path.GetFileName(outcome.Path), outcome.Failure!));
                return;
            }
            _done++;
            _warnings += record.Warnings.Count;
            for (var i = 0; i < Fields.Length; i++)
                if (Fields[i].Found(record)) _found[i]++;
        }
    }

    public void Print(IAnsiConsole console)
    {
        lock (_gate)
        {
            var table = new Table().Title($"{_letters} letters: {_done} records, {_failed.Count} failed")
                .AddColumn("field").AddColumn(new TableColumn("found in").RightAligned());
            for (var i = 0; i < Fields.Length; i++) table.AddRow(Fields[i].Name, $"{_found[i]}/{_done}");
            table.AddRow("warnings", _warnings.ToString());
            table.AddRow("time per letter", _letters == 0 ? "-" : $"{_seconds / _letters * 1000:0.#} ms");
            console.Write(table);
            if (_failed.Count == 0) return;
            var failures = new Table().Title("Failed: nothing was lost, the files are untouched").AddColumn("file").AddColumn("reason");
            foreach (var (file, failure) in _failed) failures.AddRow(Markup.Escape(file), Markup.Escape($"[{failure.Code}] {failure.Reason}"));
            console.Write(failures);
        }
    }
}
