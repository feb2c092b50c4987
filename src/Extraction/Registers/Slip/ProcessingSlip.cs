using Extraction.Records;

namespace Extraction.Registers.Slip;

/// <summary>A draft Phiếu giải quyết văn bản đến (Decree 30/2020, Phụ lục IV) for one letter: the
/// letter it is about, the leader's instruction drafted from the tasks, and the parts the unit's
/// leader and the person handling it fill in by hand.</summary>
public sealed record ProcessingSlip(string LetterId, string Letter, string? Subject, DraftInstruction? Instruction)
{
    public const string Organization = "TÊN CƠ QUAN, TỔ CHỨC";
    public const string Title = "PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN";
    public const string LeaderOpinion = "1. Ý kiến của lãnh đạo cơ quan, tổ chức:";
    public const string UnitLeaderOpinion = "2. Ý kiến của lãnh đạo đơn vị:";
    public const string HandlerProposal = "3. Ý kiến đề xuất của người giải quyết:";
    public const string DateLine = "Ngày ..... tháng ..... năm .....";
    public const string NoTasks = "Văn bản không giao nhiệm vụ cho đơn vị nào; lãnh đạo ghi ý kiến phân phối, giải quyết.";

    /// <summary>The slip for a record: the record's own draftInstruction when it has one (a person may
    /// have amended it), else one drafted from its tasks.</summary>
    public static ProcessingSlip For(LetterRecord record) =>
        new(record.Id, LetterDescription.Identification(record), record.Subject, record.DraftInstruction ?? DraftInstructions.From(record));

    /// <summary>The lines of the leader's instruction, one per assignment.</summary>
    public IReadOnlyList<string> InstructionLines => Instruction is { Text.Length: > 0 } instruction
        ? instruction.Text.Split('\n')
        : [NoTasks];
}
