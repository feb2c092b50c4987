using Extraction.Reading.Ocr.Native;

namespace Extraction.Reading.Ocr;

/// <summary>
/// Splits a letter page into regions recognised one after another, in reading order. A letterhead
/// (issuer left, motto right; "Số:" left, "Place, ngày" right) and a signature block ("Nơi nhận"
/// left, signer right) are two columns side by side; recognised as one block, Tesseract merges
/// them line by line. A two-column zone is a run of text rows that no row crosses at one vertical
/// white channel (a recursive XY cut limited to one level); its left half is read before its right.
/// </summary>
internal static class ColumnLayout
{
    private const double WordGapInches = 0.12;
    private const double MinimumChannelInches = 0.3;
    private const double CentredTolerance = 0.06;
    // A zone does not reach across a blank wider than this: the addressees under a letterhead are not its column.
    private const double MaximumZoneGapInches = 0.3;
    // A zone starts only at a full text row, not at a sliver of descenders or specks.
    private const double MinimumSeedHeightInches = 0.08;

    public static IReadOnlyList<PixelRect> Regions(Pix page, int resolution)
    {
        var whole = new PixelRect(0, 0, page.Width, page.Height);
        var ink = InkMask.OfPage(page, resolution);
        var maskResolution = resolution / ink.Scale;
        var bands = TextBands(ink, (int)Math.Ceiling(WordGapInches * maskResolution));
        if (bands.Count == 0) return [whole];

        var zones = FindZones(bands, new ZoneRules((int)(MinimumChannelInches * maskResolution),
            (int)Math.Ceiling(MinimumSeedHeightInches * maskResolution), (int)(MaximumZoneGapInches * maskResolution), ContentCentre(bands)));
        return ToRegions(bands, zones, ink.Height, ink.Scale, whole);
    }

    /// <summary>A horizontal run of rows with ink, and its ink split into segments at gaps wider than a word space.</summary>
    internal sealed record Band(int Top, int Bottom, IReadOnlyList<(int Start, int End)> Segments)
    {
        public int Left => Segments[0].Start;
        public int Right => Segments[^1].End;
        public double Centre => (Left + Right) / 2.0;

        /// <summary>The gaps between its segments, widest first.</summary>
        public IEnumerable<(int Start, int End)> InteriorGaps =>
            Segments.Zip(Segments.Skip(1), (a, b) => (a.End, b.Start)).OrderByDescending(g => g.Item2 - g.Item1);

        public bool Crosses((int Start, int End) channel) => Segments.Any(s => s.Start < channel.End && s.End > channel.Start);
    }

    private sealed record Zone(int FirstBand, int LastBand, (int Start, int End) Channel);

    private sealed record ZoneRules(int MinimumChannel, int MinimumSeedHeight, int MaximumGap, double Centre);

    private static List<Band> TextBands(InkMask ink, int wordGap)
    {
        var bands = new List<Band>();
        var top = -1;
        for (var y = 0; y <= ink.Height; y++)
        {
            var inked = y < ink.Height && ink.RowCount(y) >= 2;
            if (inked && top < 0) top = y;
            if (inked || top < 0) continue;
            var segments = ink.Segments(top, y, wordGap);
            if (segments.Count > 0) bands.Add(new Band(top, y, segments));
            top = -1;
        }
        return bands;
    }

    private static double ContentCentre(List<Band> bands)
    {
        var lefts = bands.Select(b => b.Left).Order().ToList();
        var rights = bands.Select(b => b.Right).Order().ToList();
        return (lefts[lefts.Count / 10] + rights[rights.Count * 9 / 10]) / 2.0;
    }

    private static List<Zone> FindZones(List<Band> bands, ZoneRules rules)
    {
        var zones = new List<Zone>();
        var next = 0;
        for (var seed = 0; seed < bands.Count; seed++)
        {
            if (seed < next || bands[seed].Bottom - bands[seed].Top < rules.MinimumSeedHeight) continue;
            var gap = bands[seed].InteriorGaps.FirstOrDefault();
            if (gap.End - gap.Start < rules.MinimumChannel) continue;
            var channel = gap;
            var first = seed;
            while (first > next && bands[first].Top - bands[first - 1].Bottom <= rules.MaximumGap
                   && Narrow(bands[first - 1], ref channel, rules)) first--;
            var last = seed;
            while (last + 1 < bands.Count && bands[last + 1].Top - bands[last].Bottom <= rules.MaximumGap
                   && Narrow(bands[last + 1], ref channel, rules)) last++;
            zones.Add(new Zone(first, last, channel));
            next = last + 1;
        }
        return zones;
    }

    // A row joins the zone when the channel, narrowed to the row's white space, stays wide enough.
    // A one-sided row centred on the page is a title under the letterhead, not part of a column.
    private static bool Narrow(Band band, ref (int Start, int End) channel, ZoneRules rules)
    {
        var oneSided = band.Right <= channel.Start || band.Left >= channel.End;
        var pageWidth = 2 * rules.Centre;
        if (oneSided && Math.Abs(band.Centre - rules.Centre) < CentredTolerance * pageWidth) return false;
        var narrowed = channel;
        foreach (var segment in band.Segments)
        {
            if (segment.End <= narrowed.Start || segment.Start >= narrowed.End) continue;
            // The segment overlaps the channel: keep the wider free side.
            var leftPart = (narrowed.Start, Math.Min(narrowed.End, segment.Start));
            var rightPart = (Math.Max(narrowed.Start, segment.End), narrowed.End);
            narrowed = leftPart.Item2 - leftPart.Item1 >= rightPart.Item2 - rightPart.Item1 ? leftPart : rightPart;
        }
        if (narrowed.End - narrowed.Start < rules.MinimumChannel) return false;
        channel = narrowed;
        return true;
    }

    private static List<PixelRect> ToRegions(List<Band> bands, List<Zone> zones, int height, double scale, PixelRect whole)
    {
        var regions = new List<PixelRect>();
        int Boundary(int band) => band <= 0 ? 0 : band >= bands.Count ? height : (bands[band - 1].Bottom + bands[band].Top) / 2;
        PixelRect Rows(int fromBand, int toBand, int left, int right)
        {
            var top = (int)(Boundary(fromBand) * scale);
            var bottom = Math.Min(whole.Height, (int)Math.Ceiling(Boundary(toBand + 1) * scale));
            return new PixelRect(left, top, right - left, bottom - top);
        }

        var nextBand = 0;
        foreach (var zone in zones)
        {
            if (zone.FirstBand > nextBand) regions.Add(Rows(nextBand, zone.FirstBand - 1, 0, whole.Width));
            var split = (int)((zone.Channel.Start + zone.Channel.End) / 2.0 * scale);
            regions.Add(Rows(zone.FirstBand, zone.LastBand, 0, split));
            regions.Add(Rows(zone.FirstBand, zone.LastBand, split, whole.Width));
            nextBand = zone.LastBand + 1;
        }
        if (nextBand < bands.Count) regions.Add(Rows(nextBand, bands.Count - 1, 0, whole.Width));
        return regions.Where(r => r.Width > 0 && r.Height > 0).ToList();
    }
}
