using Extraction.Segmentation;

namespace Extraction.Learning.Alignment;

/// <summary>
/// Finds and labels the closing from the gold signer and distribution: the signer's name and the
/// "Nơi nhận" line anchor it; it reaches back over the authority and position lines above the name
/// and forward over the distribution items. What follows is the annex when the gold notes one,
/// otherwise page debris.
/// </summary>
internal sealed class ClosingAligner(GoldLetter gold, IReadOnlyList<AlignedLine> lines)
{
    private const double Match = 0.6;

    /// <summary>Labels the closing and what follows it; returns its first line (the line count when the letter has none).</summary>
    public int Label(string[] labels)
    {
        var signer = FirstIndex(IsSignerName);
        var header = FirstIndex(IsDistributionHeader);
        if (signer < 0 && header < 0) return lines.Count;
        var start = Math.Min(header < 0 ? int.MaxValue : header, signer < 0 ? int.MaxValue : SignatureTop(signer));
        var end = Math.Max(signer, header < 0 ? -1 : DistributionEnd(header));
        Zone? previous = null;
        for (var i = start; i <= end; i++)
        {
            var zone = ZoneOf(lines[i], previous, InSignature(i, signer), header >= 0 && i > header);
            labels[i] = LineLabels.Of(zone);
            previous = zone;
        }
        for (var i = end + 1; i < lines.Count; i++) labels[i] = LineLabels.Of(gold.HasAnnex ? Zone.Annex : Zone.Noise);
        return start;
    }

    private int FirstIndex(Func<AlignedLine, bool> test)
    {
        for (var i = 0; i < lines.Count; i++) if (test(lines[i])) return i;
        return -1;
    }

    private Zone ZoneOf(AlignedLine line, Zone? previous, bool inSignature, bool underDistribution)
    {
        if (LineShapes.IsStamp(line.Folded)) return Zone.Noise;
        if (IsDistributionHeader(line)) return Zone.Distribution;
        if (LineShapes.AuthorityMarker(line.Text) is not null) return Zone.SignatureAuthority;
        if (IsPosition(line)) return Zone.SignaturePosition;
        if (IsSignerName(line)) return Zone.SignerName;
        if (IsDistributionItem(line)) return Zone.Distribution;
        // A second title between the authority and the name: "TRƯỞNG BAN / CHỦ TỊCH UBND THÀNH PHỐ".
        if (inSignature && line.UpperShare >= 0.8 && line.Words is >= 2 and <= 8 && line.Normalized.Length >= 8) return Zone.SignaturePosition;
        // Items OCR garbled past matching ("- Bệ Tài chính:", "- Lưu: VI; LhT.") still have their bullet,
        // and an item's wrapped end goes on in lower case.
        if (underDistribution && IsGarbledItem(line)) return Zone.Distribution;
        if (underDistribution && previous == Zone.Distribution && line.Text.Length > 0 && char.IsLower(line.Text[0])) return Zone.Distribution;
        return Zone.Noise;
    }

    private bool InSignature(int index, int signer)
    {
        if (signer < 0 || index >= signer) return false;
        for (var i = index - 1; i >= 0 && index - i <= 3; i--)
            if (LineShapes.AuthorityMarker(lines[i].Text) is not null || IsPosition(lines[i])) return true;
        return false;
    }

    /// <summary>The first authority or position line above the signer's name, over seal specks and notes.</summary>
    private int SignatureTop(int signer)
    {
        var top = signer;
        for (var i = signer - 1; i >= 0 && signer - i <= 12; i--)
        {
            var line = lines[i];
            if (LineShapes.AuthorityMarker(line.Text) is not null || IsPosition(line)) top = i;
            else if (!line.IsFragment && !IsDistributionItem(line) && !IsDistributionHeader(line)) break;
        }
        return top;
    }

    /// <summary>The last distribution item after "Nơi nhận", across signature lines and specks beside the list.</summary>
    private int DistributionEnd(int header)
    {
        var last = header;
        var misses = 0;
        for (var i = header + 1; i < lines.Count && misses < 3; i++)
        {
            var line = lines[i];
            if (IsDistributionItem(line) || IsGarbledItem(line)) (last, misses) = (i, 0);
            else if (LineShapes.AuthorityMarker(line.Text) is not null || IsPosition(line) || IsSignerName(line) || line.IsFragment) misses = 0;
            else misses++;
        }
        return last;
    }

    private static bool IsGarbledItem(AlignedLine line) =>
        line.Normalized.Length >= 4 && (LineShapes.IsBullet(line.Text) || line.Normalized.StartsWith("luu ", StringComparison.Ordinal));

    private static bool IsDistributionHeader(AlignedLine line) => line.Normalized.StartsWith("noi nhan", StringComparison.Ordinal);

    private bool IsDistributionItem(AlignedLine line) => !line.IsFragment && line.BestCoverage(gold.Distribution) >= Match
        || line.Normalized.Length >= 4 && gold.Distribution.Any(item => FuzzyText.Coverage(item.Grams, line.Grams) >= 0.8);

    private bool IsSignerName(AlignedLine line) =>
        gold.SignerName is { } name && line.Words <= name.Normalized.Split(' ').Length + 2 && line.Similarity(name) >= Match;

    private bool IsPosition(AlignedLine line) =>
        gold.SignerPosition is { } position && line.UpperShare >= 0.6 && line.Words <= 10 && line.Similarity(position) >= Match;
}
