using System.Text;

namespace Extraction.Registers.Slip;

/// <summary>The processing slip as plain text, for the terminal or a note.</summary>
public static class SlipText
{
    private static readonly string Dots = new('.', 72);

    public static string Render(ProcessingSlip slip)
    {
        var text = new StringBuilder();
        text.AppendLine(ProcessingSlip.Organization + ": " + Dots[..30]).AppendLine();
        text.AppendLine(ProcessingSlip.Title);
        text.AppendLine(slip.Letter);
        if (slip.Subject is not null) text.AppendLine("Trích yếu: " + slip.Subject);
        text.AppendLine();
        text.AppendLine(ProcessingSlip.LeaderOpinion);
        foreach (var line in slip.InstructionLines) text.AppendLine("- " + line);
        text.AppendLine(ProcessingSlip.DateLine).AppendLine();
        text.AppendLine(ProcessingSlip.UnitLeaderOpinion).AppendLine(Dots).AppendLine(Dots);
        text.AppendLine(ProcessingSlip.DateLine).AppendLine();
        text.AppendLine(ProcessingSlip.HandlerProposal).AppendLine(Dots).AppendLine(Dots);
        text.AppendLine(ProcessingSlip.DateLine);
        return text.ToString();
    }
}
