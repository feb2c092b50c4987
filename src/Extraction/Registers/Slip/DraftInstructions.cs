using Extraction.Records;
using Extraction.Text;

namespace Extraction.Registers.Slip;

/// <summary>Drafts part 1 of the processing slip from the letter's tasks: each unit a task names
/// leads it (chủ trì) unless the task says it supports (phối hợp); the bodies a lead is told to
/// work with support it; each unit's deadline is the earliest of its tasks'. A unit named in
/// several tasks appears once per role, with all their paths.</summary>
public static class DraftInstructions
{
    public static DraftInstruction? From(LetterRecord record)
    {
        var assignments = new Dictionary<(string Unit, string Role), DraftAssignment>();
        foreach (var task in record.Tasks)
        {
            var role = task.Role == TaskRoles.Support ? TaskRoles.Support : TaskRoles.Lead;
            var due = task.Deadlines.Select(d => IsoDates.Full(d.Date)).Where(d => d is not null).Min();
            var units = UnitsOf(task);
            foreach (var unit in units) Assign(assignments, unit, role, task.Path, due);
            if (role != TaskRoles.Lead) continue;
            foreach (var partner in SupportingBodies.In(task.Text).Where(p => !units.Any(u => SameUnit(u, p))))
                Assign(assignments, partner, TaskRoles.Support, task.Path, due);
        }
        if (assignments.Count == 0) return null;
        var ordered = assignments.Values.OrderBy(a => a.Role == TaskRoles.Lead ? 0 : 1).ToList();
        return new DraftInstruction { Assignments = ordered, Text = string.Join('\n', ordered.Select(Sentence)) };
    }

    /// <summary>"Giao Sở Tài chính chủ trì thực hiện nội dung mục 2.c; thời hạn: 30/06/2023."</summary>
    public static string Sentence(DraftAssignment assignment)
    {
        var role = assignment.Role == TaskRoles.Lead ? "chủ trì" : "phối hợp";
        var what = assignment.TaskPaths.Count == 0 ? "" : " nội dung " + string.Join(", ", assignment.TaskPaths.Select(Label));
        var when = assignment.Deadline is { } due ? "; thời hạn: " + LetterDescription.Date(due) : "";
        return $"Giao {assignment.Unit} {role} thực hiện{what}{when}.";
    }

    private static string Label(string path) => path.StartsWith("Điều", StringComparison.Ordinal) ? path : "mục " + path;

    private static List<string> UnitsOf(TaskItem task) =>
        task.Assignees.Count > 0 ? task.Assignees : task.Assignee.Length > 0 ? [task.Assignee] : [];

    private static void Assign(Dictionary<(string, string), DraftAssignment> assignments, string unit, string role, string? path, DateOnly? due)
    {
        var key = (Key(unit), role);
        if (!assignments.TryGetValue(key, out var assignment))
            assignments[key] = assignment = new DraftAssignment { Unit = unit, Role = role };
        if (path is not null && !assignment.TaskPaths.Contains(path)) assignment.TaskPaths.Add(path);
        if (due is { } date && (IsoDates.Full(assignment.Deadline) is not { } current || date < current)) assignment.Deadline = IsoDates.Format(date);
    }

    private static bool SameUnit(string a, string b) => Key(a) == Key(b);

    private static string Key(string unit) => VietnameseText.CollapseSpaces(VietnameseText.FoldLower(unit)).Trim();
}
