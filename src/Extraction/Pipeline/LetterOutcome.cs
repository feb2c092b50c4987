using Extraction.Reading.Ocr;
using Extraction.Records;
using Extraction.Segmentation;

namespace Extraction.Pipeline;

/// <summary>Why a file did not become a record: a stable code and a sentence a person can act on.</summary>
public sealed record LetterFailure(string Code, string Reason);

/// <summary>What became of one file: a record (with the text and zoned lines it was read from, and the words of the
/// pages read by OCR with their boxes), or a failure with its reason.</summary>
public sealed record LetterOutcome(string Path, string Id, LetterRecord? Record, LetterFailure? Failure, TimeSpan Elapsed, string? Text = null,
    SegmentedLetter? Letter = null, IReadOnlyList<OcrPage>? RecognisedPages = null)
{
    public bool Succeeded => Record is not null;
}
