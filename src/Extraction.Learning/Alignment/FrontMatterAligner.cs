using Extraction.Segmentation;

namespace Extraction.Learning.Alignment;

/// <summary>
/// Labels the lines before the body from the gold header: issuer, motto, number, place and date,
/// urgency, title, subject, salutation and addressees, and noise (stamps, specks, handwritten
/// marks) in between. The two header columns may come out interleaved in any order, so each line
/// is matched against every header value; the body starts at the first line that matches none once
/// the gold header has been found in full, or at the first line of prose before that.
/// </summary>
internal sealed class FrontMatterAligner(GoldLetter gold, IReadOnlyList<AlignedLine> lines)
{
    private const double Match = 0.6;
    private readonly Dictionary<Zone, int> _counts = [];
    private readonly HashSet<string> _subjectSeen = new(StringComparer.Ordinal);
    private readonly bool[] _recipientSeen = new bool[gold.Recipients.Count];
    private Zone? _previous;

    /// <summary>Labels lines from the first up to <paramref name="limit"/>; returns the first body line.</summary>
    public int Label(string[] labels, int limit)
    {
        for (var i = 0; i < limit; i++)
        {
            var zone = ZoneOf(lines[i]);
            if (zone is null) return i;
            labels[i] = LineLabels.Of(zone.Value);
            _counts[zone.Value] = Count(zone.Value) + 1;
            _previous = zone;
        }
        return limit;
    }

    private Zone? ZoneOf(AlignedLine line)
    {
        if (LineShapes.IsStamp(line.Folded) || LineShapes.IsUnderline(line.Text) || LineShapes.IsDraftMark(line.Folded)) return Zone.Noise;
        if (IsSalutation(line)) return Zone.Salutation;
        if (IsRecipient(line)) return Zone.Recipient;
        var complete = Complete;
        if (Count(Zone.Motto) < 2 && line.Words <= 12 && line.BestCoverage(gold.MottoLines) >= Match) return Zone.Motto;
        if (Count(Zone.Number) == 0 && IsNumber(line)) return Zone.Number;
        if (Count(Zone.PlaceDate) == 0 && IsPlaceDate(line)) return Zone.PlaceDate;
        if (Count(Zone.Urgency) == 0 && line.Words <= 5 && line.Similarity(gold.Urgency) >= Match) return Zone.Urgency;
        if (Count(Zone.Title) == 0 && IsTitle(line)) return Zone.Title;
        if ((!complete || Count(Zone.Issuer) == 0) && IsIssuer(line)) return Zone.Issuer;
        if ((!complete || _previous == Zone.Subject) && IsSubject(line, complete)) return Zone.Subject;
        if (complete) return null;
        if (line.Words <= 6) return Zone.Noise;
        // A line holding both header columns that the splitter could not cut (OCR ran "CẦN THƠ" into "CỘNG HÒA"): the larger part decides.
        if (line.Words <= 14 && Count(Zone.Subject) == 0)
        {
            var motto = line.BestCoverage(gold.MottoLines);
            var issuer = IssuerCoverage(line);
            if (Math.Max(motto, issuer) >= 0.4) return motto > issuer ? Zone.Motto : Zone.Issuer;
        }
        return null;
    }

    private int Count(Zone zone) => _counts.GetValueOrDefault(zone);

    /// <summary>Every header value the gold holds has been seen: the subject (most of it), the title, the addressees.</summary>
    private bool Complete =>
        (gold.Subject is null || SubjectCovered >= 0.8)
        && (gold.Title is null || Count(Zone.Title) > 0)
        && _recipientSeen.All(seen => seen)
        && (gold.Recipients.Count == 0 || Count(Zone.Salutation) > 0);

    private double SubjectCovered => gold.Subject is null ? 1
        : (double)gold.Subject.Grams.Count(_subjectSeen.Contains) / gold.Subject.Grams.Count;

    private bool IsSalutation(AlignedLine line)
    {
        if (!line.Normalized.StartsWith("kinh gui", StringComparison.Ordinal) && !line.Normalized.StartsWith("dong kinh gui", StringComparison.Ordinal))
            return false;
        MarkRecipients(line); // "Đồng kính gửi: Ủy ban Mặt trận Tổ quốc" names its addressee on the same line.
        return true;
    }

    private bool IsRecipient(AlignedLine line)
    {
        if (Count(Zone.Salutation) == 0 || _previous is not (Zone.Salutation or Zone.Recipient or Zone.Noise)) return false;
        if (line.BestCoverage(gold.Recipients) < Match) return false;
        MarkRecipients(line);
        return true;
    }

    private void MarkRecipients(AlignedLine line)
    {
        for (var r = 0; r < gold.Recipients.Count; r++)
            if (FuzzyText.Coverage(gold.Recipients[r].Grams, line.Grams) >= 0.5 || line.Coverage(gold.Recipients[r]) >= 0.8)
                _recipientSeen[r] = true;
    }

    private bool IsNumber(AlignedLine line)
    {
        var startsSo = line.Normalized.StartsWith("so ", StringComparison.Ordinal) || line.Normalized.StartsWith("s0 ", StringComparison.Ordinal);
        if (gold.Notation is null) return startsSo && line.Words <= 6;
        var notationCovered = FuzzyText.Coverage(gold.Notation.Grams, line.Grams);
        // "/QĐ-UBND" alone: the "Số:" line cut by the gap left for a handwritten number.
        return startsSo && notationCovered >= 0.5 || line.Words <= 4 && notationCovered >= 0.7 && line.Coverage(gold.Notation) >= 0.7;
    }

    private bool IsPlaceDate(AlignedLine line)
    {
        if (line.Words > 16 || !line.Normalized.Contains("ngay") && !line.Normalized.Contains("thang")) return false;
        if (gold.Year is not null && !line.Normalized.Contains(gold.Year)) return false;
        return gold.Place is null || FuzzyText.Coverage(gold.Place.Grams, line.Grams) >= Match;
    }

    private bool IsTitle(AlignedLine line)
    {
        if (gold.Title is null || line.UpperShare < 0.5) return false;
        var titleWords = gold.Title.Split(' ').Length;
        return line.Words <= titleWords + 1 && FuzzyText.Similarity(line.Grams, FuzzyText.Trigrams(gold.Title)) >= 0.7;
    }

    private bool IsIssuer(AlignedLine line) => line.UpperShare >= 0.6 && line.Words <= 14 && IssuerCoverage(line) >= Match;

    private double IssuerCoverage(AlignedLine line)
    {
        var expanded = GoldLetter.ExpandedGrams(line);
        return gold.Issuers.Select(issuer => FuzzyText.Coverage(expanded, issuer.Grams)).DefaultIfEmpty(0).Max();
    }

    /// <summary>A subject starts with "V/v" or under the title; it goes on over the lines of the other
    /// header column, and past the point where most of it has been seen only line after line, with
    /// words not seen yet (a body that repeats the subject does not continue it).</summary>
    private bool IsSubject(AlignedLine line, bool complete)
    {
        if (gold.Subject is null || line.Words > 45) return false;
        var text = line.Normalized;
        var lead = ((string[])["v v ", "ve viec ", "v y ", "vv "]).FirstOrDefault(l => text.StartsWith(l, StringComparison.Ordinal));
        if (lead is not null) text = text[lead.Length..];
        if (Count(Zone.Subject) == 0 && lead is null && Count(Zone.Title) == 0) return false;
        // A subject is written in sentence case; the capitals after it are the body's authority line ("ỦY BAN NHÂN DÂN TỈNH").
        if (Count(Zone.Subject) > 0 && line.UpperShare >= 0.6 && IssuerCoverage(line) >= Match) return false;
        var grams = FuzzyText.Trigrams(text);
        if (FuzzyText.Coverage(grams, gold.Subject.Grams) < (line.Words > 25 ? 0.75 : Match)) return false;
        if (complete && grams.Count(g => !_subjectSeen.Contains(g)) < grams.Count / 3) return false;
        _subjectSeen.UnionWith(grams);
        return true;
    }
}
