using System.Globalization;
using Extraction.Records;

namespace Extraction.Fields.Directives.Agenda;

/// <summary>Turns letter records into the rows of a task list: one row per task and deadline
/// (a task without a deadline has one row), plus the deadlines and targets no task owns, sorted
/// by due date (undated last), then letter and path.</summary>
public static class TaskAgenda
{
    public static IReadOnlyList<AgendaRow> Rows(IEnumerable<LetterRecord> records, AgendaFilter filter) =>
        records.SelectMany(RowsOf)
            .Where(filter.Keeps)
            .OrderBy(r => r.DueDate ?? DateOnly.MaxValue)
            .ThenBy(r => r.Letter, StringComparer.Ordinal)
            .ThenBy(r => r.Path, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<AgendaRow> RowsOf(LetterRecord record)
    {
        foreach (var task in record.Tasks)
        {
            var targets = Describe(task.Targets);
            if (task.Deadlines.Count == 0)
                yield return new AgendaRow(record.Id, task.Path, task.Assignee, task.Assignees, task.Text, null, null, null, targets);
            foreach (var deadline in task.Deadlines)
                yield return new AgendaRow(record.Id, task.Path, task.Assignee, task.Assignees, task.Text, ParseIso(deadline.Date), deadline.Relation, deadline.Text, targets);
        }
        foreach (var deadline in record.Deadlines.Where(d => d.Assignee is null))
            yield return new AgendaRow(record.Id, deadline.TaskPath, "", [], "", ParseIso(deadline.Date), deadline.Relation, deadline.Text, "");
        var loose = record.Targets.Where(t => !record.Tasks.Any(task => task.Targets.Contains(t))).ToList();
        if (loose.Count > 0)
            yield return new AgendaRow(record.Id, null, "", [], "", null, null, null, Describe(loose));
    }

    /// <summary>"&gt; 86% mức độ hài lòng ...; tăng 10% ..."</summary>
    public static string Describe(IEnumerable<Target> targets) => string.Join("; ", targets.Select(Describe));

    private static string Describe(Target target)
    {
        var change = target.Kind switch { "increase" => "tăng ", "decrease" => "giảm ", _ => "" };
        var comparator = target.Comparator == "=" ? "" : target.Comparator + " ";
        var value = target.Value.ToString("0.##", CultureInfo.InvariantCulture);
        return $"{change}{comparator}{value}{target.Unit} {target.Metric}".Trim();
    }

    private static DateOnly? ParseIso(string date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
