using Extraction.Text;

namespace Extraction.Segmentation;

/// <summary>
/// Labels lines by the conventions of Decree 30/2020/NĐ-CP layouts: a header (issuer, motto, number,
/// place and date, title, subject), the salutation and its addressees, the body, then the closing
/// (Nơi nhận list and signature block, in either order), then any annex. Works line by line on
/// shapes, so it does not depend on the two header columns coming out in a particular order.
/// </summary>
public sealed class RuleSegmenter : ISegmenter
{
    public static readonly RuleSegmenter Instance = new();

    /// <summary>Only the first lines can be header lines; later ones are never split.</summary>
    private const int HeaderSearchLines = 40;

    public SegmentedLetter Segment(LetterText text)
    {
        var lines = SplitMergedColumns(text.Lines);
        var folded = lines.Select(l => VietnameseText.FoldLower(l.Text)).ToArray();
        var zones = new Zone[lines.Count];
        Array.Fill(zones, Zone.Body);

        var bodyStart = LabelFrontMatter(lines, folded, zones);
        var closingStart = FindClosingStart(lines, folded, bodyStart);
        for (var i = bodyStart; i < closingStart; i++)
            zones[i] = LineShapes.IsStamp(folded[i]) ? Zone.Noise : Zone.Body;
        ClosingLabeler.Label(lines, folded, zones, closingStart);
        return new SegmentedLetter(lines, zones, folded: folded);
    }

    /// <summary>Lines that hold both columns of the header or of the closing become one line per column.</summary>
    private static List<Line> SplitMergedColumns(IReadOnlyList<Line> lines)
    {
        var result = new List<Line>(lines.Count + 4);
        var pieces = new List<string>();
        foreach (var line in lines)
        {
            pieces.Clear();
            if (line.Index < HeaderSearchLines)
                foreach (var column in HeaderLineSplitter.Split(line.Text)) pieces.AddRange(ClosingLineSplitter.Split(column));
            else pieces.AddRange(ClosingLineSplitter.Split(line.Text));
            if (pieces is [var whole] && whole == line.Text && line.Index == result.Count)
            {
                result.Add(line);
                continue;
            }
            foreach (var piece in pieces)
                result.Add(line with { Index = result.Count, Text = piece, Box = pieces.Count == 1 ? line.Box : null });
        }
        return result;
    }

    /// <summary>Labels the header, subject, salutation and addressees; returns the first body line.</summary>
    private static int LabelFrontMatter(IReadOnlyList<Line> lines, string[] folded, Zone[] zones)
    {
        var state = new FrontMatterState();
        for (var i = 0; i < lines.Count; i++)
        {
            var zone = FrontMatterZone(lines[i].Text, folded[i], state);
            if (zone is null) return i;
            zones[i] = zone.Value;
            state.Previous = zone.Value;
            state.PreviousText = lines[i].Text;
        }
        return lines.Count;
    }

    private sealed class FrontMatterState
    {
        public bool SeenTitle, SeenSubject, SeenSalutation, UnbulletedAddressees, BulletedAddressees;
        /// <summary>The subject may go on: its last line was a subject line, with only header lines of
        /// the other column (motto, number, place-date) in between.</summary>
        public bool SubjectOpen;
        /// <summary>The last line was an e-signature stamp's key whose value is on the next line.</summary>
        public bool StampValuePending;
        public int SubjectLines;
        public Zone? Previous;
        public string PreviousText = "";
    }

    /// <summary>The rest of a notation the number line broke after its dash ("Số: 2315/UBND-" / "KT").</summary>
    private static bool ContinuesNotation(string text, FrontMatterState s) =>
        s.Previous == Zone.Number && s.PreviousText.TrimEnd().EndsWith('-') && LineShapes.IsNotationRest(text);

    /// <summary>The zone of a front-matter line, or null when the body has begun.</summary>
    private static Zone? FrontMatterZone(string text, string folded, FrontMatterState s)
    {
        var stampValue = s.StampValuePending;
        s.StampValuePending = false;
        if (LineShapes.IsStamp(folded))
        {
            // "Cơ quan:" alone: the stamp's value is on the next line ("VĂN PHÒNG CHÍNH PHỦ"), not the issuer.
            s.StampValuePending = folded.TrimEnd().EndsWith(':');
            return Zone.Noise;
        }
        if (stampValue || LineShapes.IsUnderline(text) || LineShapes.IsDraftMark(folded)) return Zone.Noise;
        if (LineShapes.IsMotto(folded)) return Zone.Motto;
        if ((LineShapes.IsNumberLine(folded) || LineShapes.IsNotationFragment(text) || ContinuesNotation(text, s)) && !s.SeenSalutation) return Zone.Number;
        if (LineShapes.IsPlaceDate(folded) && folded.Length < 90) return Zone.PlaceDate;
        if (LineShapes.IsUrgency(folded)) return Zone.Urgency;
        var zone = ContentZone(text, folded, s);
        s.SubjectOpen = zone == Zone.Subject;
        return zone;
    }

    private static Zone? ContentZone(string text, string folded, FrontMatterState s)
    {
        if (LineShapes.IsSalutation(folded) || LineShapes.IsTelegramSalutation(text))
        {
            s.SeenSalutation = true;
            return Zone.Salutation;
        }
        if (s.SeenSalutation) return AddresseeZone(text, folded, s);
        if (!s.SeenTitle && !s.SeenSubject && LineShapes.TitleType(text) is not null)
        {
            s.SeenTitle = true;
            return Zone.Title;
        }
        if (!s.SeenSubject && LineShapes.IsSubjectStart(folded)) return SubjectLine(s);
        if (s.SubjectOpen && ContinuesSubject(text, folded, s)) return SubjectLine(s);
        if (s.SeenTitle && !s.SeenSubject && (ContinuesSubject(text, folded, s) || StartsLowerCase(text))) return SubjectLine(s);
        if (s.SeenTitle || s.SeenSubject) return null;
        // A handwritten mark beside the number ("TT#T22") is read as capitals too.
        if (VietnameseText.IsUpperCase(text) && text.Length < 80) return ScanDebris.IsDebris(text) ? Zone.Noise : Zone.Issuer;
        // Before any title or subject, a short line that is neither header nor prose is scan debris.
        if (text.Length < 60 && !StartsBody(text, folded)) return Zone.Noise;
        return null;
    }

    // Body sentences start with a capital; a title's subject often does not ("KẾ HOẠCH / thực hiện Kết luận số ...").
    private static bool StartsLowerCase(string text) => text.Length > 0 && char.IsLower(text[0]);

    private static Zone SubjectLine(FrontMatterState s)
    {
        s.SeenSubject = true;
        s.SubjectLines++;
        return Zone.Subject;
    }

    // A wrapped subject goes on for a few short lines; the body starts with a known opener, a
    // numbered item, an upper-case authority line, or a line long enough to be a paragraph.
    private static bool ContinuesSubject(string text, string folded, FrontMatterState s) =>
        s.SubjectLines < 7 && !StartsBody(text, folded) && !VietnameseText.IsUpperCase(text)
        && !s.PreviousText.EndsWith("./.", StringComparison.Ordinal) && !text.EndsWith("./.", StringComparison.Ordinal) && text.Length < 110;

    private static bool StartsBody(string text, string folded) =>
        LineShapes.IsBodyOpener(folded) || LineShapes.IsNarrativeOpener(text, folded) || LineShapes.IsNumberedItem(folded) || LineShapes.IsDistributionHeader(folded)
        || text.Length > 160;

    /// <summary>Addressees follow "Kính gửi": bulleted lines, an addressee wrapped onto the next line
    /// (it goes on in lower case), or, under a bare "Kính gửi:", a few short unbulleted lines. The first
    /// line that reads as prose starts the body.</summary>
    private static Zone? AddresseeZone(string text, string folded, FrontMatterState s)
    {
        if (LineShapes.IsBullet(text) && !LineShapes.IsBodyOpener(folded.TrimStartChars("- +•")))
        {
            s.BulletedAddressees = true;
            return Zone.Recipient;
        }
        if (StartsBody(text, folded)) return null;
        var previous = s.PreviousText.TrimEnd();
        var previousOpen = s.Previous is Zone.Recipient or Zone.Salutation && !previous.EndsWith(';') && !previous.EndsWith('.') && !previous.EndsWith(':');
        // The wrapped part of an addressee goes on in lower case, or, after a comma or in a bulleted list,
        // closes the item ("Công Thương, Y tế;", "- Chỉ huy trưởng Bộ Chỉ huy Bộ đội" / "Biên phòng tỉnh;").
        if (previousOpen && (char.IsLower(text[0]) || (previous.EndsWith(',') || s.BulletedAddressees) && ClosesAddressee(text))) return Zone.Recipient;
        var underBareSalutation = s.Previous == Zone.Salutation && previous.EndsWith(':')
            || s.Previous == Zone.Recipient && s.UnbulletedAddressees;
        if (underBareSalutation && char.IsUpper(text[0]) && text.Split(' ').Length <= 14)
        {
            s.UnbulletedAddressees = true;
            return Zone.Recipient;
        }
        return null;
    }

    private static bool ClosesAddressee(string text) => text.TrimEnd() is [.., ';' or '.'] && text.Split(' ').Length <= 14;

    /// <summary>The first line of the closing: "Nơi nhận", or a signature authority/position line after
    /// the body's last sentence.</summary>
    private static int FindClosingStart(IReadOnlyList<Line> lines, string[] folded, int bodyStart)
    {
        var bodyClosed = false;
        for (var i = bodyStart; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (LineShapes.IsDistributionHeader(folded[i])) return i;
            if (LineShapes.AuthorityMarker(text) is not null && text.Length < 60) return i;
            if (bodyClosed && ClosingLabeler.IsPositionLine(text)) return i;
            if (text.TrimEnd().EndsWith("./.", StringComparison.Ordinal) || text.TrimEnd().EndsWith("/.", StringComparison.Ordinal)) bodyClosed = true;
        }
        return lines.Count;
    }
}
