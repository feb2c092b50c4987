using Extraction.Records;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Fields;

/// <summary>Tên loại văn bản and mức độ khẩn: the type title when printed ("QUYẾT ĐỊNH"), "Công văn"
/// for a letter with a "V/v" subject, else the type its notation names ("TB-UBND" → Thông báo).</summary>
public sealed class DocumentTypeExtractor : IFieldExtractor
{
    public void Extract(SegmentedLetter letter, LetterRecord record)
    {
        ExtractType(letter, record);
        ExtractUrgency(letter, record);
    }

    private static void ExtractType(SegmentedLetter letter, LetterRecord record)
    {
        var title = letter.In(Zone.Title).FirstOrDefault();
        if (title is not null)
        {
            record.DocumentType = LineShapes.TitleType(title.Text);
            Provenance.Note(record, "documentType", title);
            return;
        }
        var subject = letter.In(Zone.Subject).FirstOrDefault();
        if (subject is not null && LineShapes.IsSubjectStart(letter.Folded(subject)))
        {
            record.DocumentType = DocumentTypes.OfficialLetter;
            Provenance.Note(record, "documentType", subject);
            return;
        }
        if (record.Notation is not null)
            record.DocumentType = DocumentTypes.FromNotation(record.Notation) ?? DocumentTypes.OfficialLetter;
    }

    private static void ExtractUrgency(SegmentedLetter letter, LetterRecord record)
    {
        var line = letter.In(Zone.Urgency).FirstOrDefault();
        if (line is null) return;
        var folded = VietnameseText.FoldLower(line.Text);
        record.Urgency = folded.StartsWith("hoa toc", StringComparison.Ordinal) ? "Hỏa tốc" : folded.StartsWith("thuong khan", StringComparison.Ordinal) ? "Thượng khẩn" : "Khẩn";
        Provenance.Note(record, "urgency", line);
    }
}
