using Extraction.Text;

namespace Extraction.Segmentation;

/// <summary>The segment stage: gives every line of a letter its zone.</summary>
public interface ISegmenter
{
    SegmentedLetter Segment(LetterText text);
}
