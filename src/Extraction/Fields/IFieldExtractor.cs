using Extraction.Records;
using Extraction.Segmentation;

namespace Extraction.Fields;

/// <summary>One field family: reads the zones it knows and fills its fields of the record.
/// Extractors run in a fixed order, so a later one may use what an earlier one found
/// (deadlines need the issue date; issuer inference uses the notation).</summary>
public interface IFieldExtractor
{
    void Extract(SegmentedLetter letter, LetterRecord record);
}
