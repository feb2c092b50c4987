using System.Text.Json;
using Extraction.Reading;
using Extraction.Records;
using Extraction.Segmentation;

namespace Extraction.Learning.Corpus;

/// <summary>A corpus letter as training sees it: read once, its lines as the segmenter splits them
/// (with the rules' zones beside, for comparison), its gold record (typed, and as written for the
/// scorer), the zone of each line aligned from it, and a hash of its letter and gold files.</summary>
public sealed record TrainingLetter(
    string Id, string Family, ReadDocument Document, SegmentedLetter Rules, LetterRecord Gold, JsonElement GoldJson, IReadOnlyList<string> Labels, string DataHash)
{
    public bool Scanned => Document.Pages.Any(p => p.Lines.Any(l => l.Origin == LineOrigin.Ocr));
}
