using Extraction.Records;
using Extraction.Search.Letters;
using Extraction.Search.Querying;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Extraction.Web.Pages;

/// <summary>One letter: its header fields, tasks with deadlines and targets, the documents it cites
/// (linked when the archive holds them), its original file and, for a scan, its searchable PDF.</summary>
public sealed class LetterModel(ILetterSource source, LetterSearcher searcher) : PageModel
{
    public LetterRecord Record { get; private set; } = new();
    public string? Text { get; private set; }
    public bool HasOriginal { get; private set; }
    public bool HasSearchablePdf { get; private set; }
    /// <summary>For each cited code, the id of a letter in the archive carrying it, if any.</summary>
    public IReadOnlyDictionary<string, string> HeldReferences { get; private set; } = new Dictionary<string, string>();

    public IActionResult OnGet(string id)
    {
        var letter = source.Find(id);
        if (letter is null) return NotFound();
        Record = letter.Record;
        Text = letter.Text;
        HasOriginal = source.FindOriginal(id) is not null;
        HasSearchablePdf = source.FindSearchablePdf(id) is not null;
        HeldReferences = Record.References
            .Select(r => (r.Code, Held: searcher.FindByCode(r.Code, limit: 1).FirstOrDefault()))
            .Where(r => r.Held is not null && r.Held.Id != Record.Id)
            .DistinctBy(r => r.Code)
            .ToDictionary(r => r.Code, r => r.Held!.Id);
        return Page();
    }

    /// <summary>The deadlines of a task: its own list, or the letter's deadlines that name its path.</summary>
    public IEnumerable<(string Date, string Relation, string Text)> DeadlinesOf(TaskItem task) =>
        task.Deadlines.Count > 0
            ? task.Deadlines.Select(d => (d.Date, d.Relation, d.Text))
            : Record.Deadlines.Where(d => BelongsTo(d, task)).Select(d => (d.Date, d.Relation, d.Text));

    /// <summary>Deadlines no row of the tasks table shows.</summary>
    public IEnumerable<Deadline> LooseDeadlines => Record.Deadlines
        .Where(d => !Record.Tasks.Any(task => task.Deadlines.Count == 0 && BelongsTo(d, task)
            || task.Deadlines.Any(own => own.Date == d.Date && own.Text == d.Text)));

    private static bool BelongsTo(Deadline deadline, TaskItem task) =>
        deadline.TaskPath is not null ? deadline.TaskPath == task.Path : deadline.Assignee == task.Assignee;

    public IEnumerable<Target> TargetsOf(TaskItem task) =>
        task.Targets.Count > 0 ? task.Targets : Record.Targets.Where(t => t.TaskPath is not null && t.TaskPath == task.Path);

    /// <summary>Targets not tied to any task shown in the table.</summary>
    public IEnumerable<Target> LooseTargets => Record.Targets
        .Where(t => !Record.Tasks.Any(task => TargetsOf(task).Contains(t)));
}
