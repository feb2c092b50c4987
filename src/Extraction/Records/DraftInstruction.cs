namespace Extraction.Records;

public static class TaskRoles
{
    /// <summary>Chủ trì: the unit answerable for the work.</summary>
    public const string Lead = "lead";
    /// <summary>Phối hợp: a unit that works with the lead.</summary>
    public const string Support = "support";
}

/// <summary>The draft of part 1 of the Phiếu giải quyết văn bản đến (Decree 30/2020, Phụ lục IV):
/// which units lead, which support, and each one's deadline, for a leader to confirm or amend.</summary>
public sealed class DraftInstruction
{
    public List<DraftAssignment> Assignments { get; set; } = [];
    /// <summary>The instruction as a leader writes it on the slip, one sentence per assignment.</summary>
    public string Text { get; set; } = "";
}

public sealed class DraftAssignment
{
    public string Unit { get; set; } = "";
    /// <summary>"lead" or "support" (<see cref="TaskRoles"/>).</summary>
    public string Role { get; set; } = TaskRoles.Lead;
    /// <summary>The earliest dated deadline of the unit's tasks, ISO; null when none is dated.</summary>
    public string? Deadline { get; set; }
    /// <summary>The paths of the tasks ("2.c") the unit takes part in; empty for unnumbered tasks.</summary>
    public List<string> TaskPaths { get; set; } = [];
}
