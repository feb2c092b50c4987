namespace Extraction.Fields.Directives.Agenda;

/// <summary>One line of the answer to "who must do what by when": a task (or a deadline or
/// target that belongs to no task) with one of its deadlines, its targets, and its letter.</summary>
public sealed record AgendaRow(
    string Letter,
    string? Path,
    string Assignee,
    IReadOnlyList<string> Assignees,
    string Task,
    DateOnly? DueDate,
    string? Relation,
    string? DeadlineText,
    string Targets);
