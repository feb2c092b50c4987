using System.Text.RegularExpressions;
using Extraction.Records;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Fields;

/// <summary>Nơi nhận: one item per line, a wrapped line joined to its item, bullets and closing
/// punctuation removed, handwritten marks and scan specks dropped.</summary>
public sealed partial class DistributionExtractor : IFieldExtractor
{
    public void Extract(SegmentedLetter letter, LetterRecord record)
    {
        var lines = letter.In(Zone.Distribution);
        if (lines.Count == 0) return;
        Provenance.Note(record, "distribution", lines[0]);
        // In a bulleted list a line without a bullet continues the item above it, whatever its
        // punctuation; where OCR lost the bullets, only a line after an unfinished one does.
        var bulletedList = lines.Count(l => LineShapes.IsBullet(l.Text)) * 2 >= lines.Count - 1;
        var items = new List<string>();
        foreach (var line in lines)
        {
            var text = line.Text;
            var folded = VietnameseText.FoldLower(text);
            var startsItem = LineShapes.IsBullet(text);
            if (LineShapes.IsDistributionHeader(folded))
            {
                // "Nơi nhận: Như trên; UBND tỉnh (b/c); Lưu: VT, QLNS.": a list on the header's line.
                var parts = text[LineShapes.DistributionHeaderLength(folded)..].Split(';');
                items.AddRange(parts[..^1].Select(Clean).Where(p => p.Length > 0).Select(p => p + ";"));
                text = parts[^1];
                startsItem = true;
            }
            var item = Clean(text);
            if (item.Length == 0) continue;
            // The archive line ends every list, bullet or none (OCR drops a bullet now and then).
            startsItem |= ArchiveLine().IsMatch(folded);
            var previousEnded = items.Count == 0 || items[^1].EndsWith(';') || items[^1].EndsWith('.');
            // A capitalised line after an item closed with ";" is the next item whose bullet OCR lost, unless
            // that item lists a group's parts after a colon, which go on past a ";" ("- VP UBTP: CVP, các PCVP,
            // Các phòng: NNMT, KT; / Trung tâm TT, DL vs CNS TP;", hn-qd-2280-2026).
            var lostBullet = items.Count > 0 && items[^1].EndsWith(';') && !items[^1].Contains(':') && char.IsUpper(item[0]);
            if (!startsItem && items.Count > 0 && (bulletedList && !lostBullet || !previousEnded)) items[^1] += " " + item;
            else items.Add(item);
        }
        record.Distribution.AddRange(items.Select(i => i.TrimEndChars(";., ")).Where(IsItem));
    }

    /// <summary>The item as printed, bullet, group note and trailing specks removed, closing
    /// punctuation kept for joining.</summary>
    private static string Clean(string text)
    {
        var withoutNote = AdminLexicon.RepairKnownPhrases(AdminLexicon.RepairAbbreviations(GroupNoteAfterEnd().Replace(text, ";")));
        var item = ArchiveCopyOcrSlip().Replace(LineShapes.WithoutBullet(withoutNote), "${lead}VT,");
        var tail = TailAfterEnd().Match(item);
        return tail.Success && ScanDebris.IsDebris(tail.Groups["tail"].Value) ? item[..(tail.Index + 1)] : item;
    }

    private static bool IsItem(string item) => !ScanDebris.IsDebris(item);

    // "Lưu: VT" (the records office keeps a copy) opens every archive line; OCR reads it "Lưu: VI;".
    [GeneratedRegex(@"^(?<lead>Lưu\s*:?\s*)V[Il1|][;,]?(?=\s|$)")]
    private static partial Regex ArchiveCopyOcrSlip();

    [GeneratedRegex(@"^\W*luu\s*:")]
    private static partial Regex ArchiveLine();

    [GeneratedRegex(@"[;.]\s+(?<tail>\S.*)$")]
    private static partial Regex TailAfterEnd();

    // "- Thường trực Thành ủy;   (để b/c)": a note for a group of items, printed after the item's end.
    [GeneratedRegex(@";\s*\([^)]*\)\s*$")]
    private static partial Regex GroupNoteAfterEnd();
}
