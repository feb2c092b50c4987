using Extraction.Records;
using Extraction.Registers.Slip;
using Extraction.Segmentation;

namespace Extraction.Fields;

/// <summary>Drafts the processing slip's instruction (<c>draftInstruction</c>) from the tasks the
/// extractors before it found; it reads no zone of its own.</summary>
public sealed class DraftInstructionExtractor : IFieldExtractor
{
    public void Extract(SegmentedLetter letter, LetterRecord record) => record.DraftInstruction = DraftInstructions.From(record);
}
