using Extraction.Reading;
using Extraction.Records;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Fields;

/// <summary>Records where a field's value was read, so a clerk can find it on the page.</summary>
public static class Provenance
{
    public static void Note(LetterRecord record, string field, Line line, string decidedBy = "rules") =>
        record.Provenance[field] = new FieldProvenance
        {
            Page = line.Page,
            Line = line.PageLine,
            Origin = line.Origin switch
            {
                LineOrigin.Ocr => TextOrigins.Ocr,
                LineOrigin.PdfText => TextOrigins.PdfText,
                _ => TextOrigins.Text,
            },
            Confidence = line.Confidence,
            DecidedBy = decidedBy,
        };

    /// <summary>A value read from a line whose zone a learned segmenter decided is marked so: the
    /// model, not the rules, said which part of the letter the line is.</summary>
    public static void MarkSegmentation(SegmentedLetter letter, LetterRecord record)
    {
        if (letter.DecidedBy == "rules") return;
        var byModel = letter.Lines.Where(l => letter.DecidedByOf(l) != "rules").Select(l => (l.Page, l.PageLine)).ToHashSet();
        foreach (var provenance in record.Provenance.Values)
            if (provenance.DecidedBy == "rules" && byModel.Contains((provenance.Page, provenance.Line))) provenance.DecidedBy = letter.DecidedBy;
    }
}
