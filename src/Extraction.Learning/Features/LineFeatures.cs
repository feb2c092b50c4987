using Extraction.Learning.Segmentation;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Learning.Features;

/// <summary>
/// The features of each line of a letter for the zone classifier: its words and character
/// trigrams, accent-folded (OCR loses and changes diacritics) and, for the first words, as
/// written; its case and punctuation shape; where it stands on its page and in the letter; the
/// section heading it stands under; the rules' zone of it and of the two lines before and after
/// it, with those lines' shapes and first words.
/// </summary>
public static class LineFeatures
{
    private const int MaxWords = 16;
    private const int MaxTrigramChars = 48;
    private const int MaxSectionWords = 4;
    private static readonly (int Offset, string Name)[] Neighbours = [(-2, "p2"), (-1, "p1"), (1, "n1"), (2, "n2")];

    public static IReadOnlyList<FeatureSet> Of(SegmentedLetter ruled) => Of(ruled, new RuleConflicts(ruled.Zones));

    public static IReadOnlyList<FeatureSet> Of(SegmentedLetter ruled, RuleConflicts conflicts)
    {
        var lines = ruled.Lines;
        var shapes = lines.Select(l => new LineShape(l)).ToArray();
        var rules = RuleZones(ruled.Zones, conflicts);
        var lastPage = lines.Count == 0 ? 0 : lines[^1].Page;
        var result = new FeatureSet[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var features = new FeatureSet();
            Own(features, lines[i], shapes[i]);
            Position(features, lines, i, lastPage);
            features.Add("rule", rules[i]);
            features.Add("rule-from", (i > 0 ? rules[i - 1] : "none") + ">" + rules[i]);
            features.Add("start-p1end", shapes[i].Start + (i > 0 ? shapes[i - 1].End : "none"));
            if (shapes[i].NamesBody) features.Add("names-body-p1end", i > 0 ? shapes[i - 1].End : "none");
            foreach (var (offset, name) in Neighbours)
            {
                var j = i + offset;
                if (j < 0 || j >= lines.Count) features.Add(name, "none");
                else Neighbour(features, name, shapes[j], rules[j]);
            }
            result[i] = features;
        }
        AddLandmarks(result, shapes);
        AddSections(result, shapes);
        return result;
    }

    /// <summary>The rules' zone of each line, marked where the rules contradict themselves: there the
    /// model has to judge the line by itself, and a contested zone seen in training (a handful of
    /// lines) says little of it.</summary>
    private static string[] RuleZones(IReadOnlyList<Zone> zones, RuleConflicts conflicts) =>
        zones.Select((zone, i) => conflicts.Concerns(i) ? "contested-" + zone : zone.ToString()).ToArray();

    private static void Own(FeatureSet features, Line line, LineShape shape)
    {
        var words = shape.Words;
        for (var w = 0; w < Math.Min(words.Length, MaxWords); w++) features.Add("w", words[w]);
        if (words.Length > 0)
        {
            features.Add("w0", words[0]);
            features.Add("wl", words[^1]);
            if (words.Length > 1) features.Add("w01", words[0] + " " + words[1]);
            if (words.Length > 2) features.Add("w012", words[0] + " " + words[1] + " " + words[2]);
        }
        // Who a numbered item or a "Giao ..." sentence is about: "2. Sở Tài chính:", "c) Văn phòng UBND".
        var after = shape.AfterLabel;
        if (after.Length > 1) features.Add("after-label", after[0] + " " + after[1]);
        if (after.Length > 0) features.Add("after-label1", after[0]);
        if (shape.NamesBody)
        {
            features.Add("names-body", "any");
            features.Add("names-body", shape.Start);
            features.Add("names-body-end", shape.Start + shape.End);
            if (shape.ColonAfterName) features.Add("names-body-colon", "yes");
        }
        if (shape.ColonAfterName) features.Add("colon-after-name", shape.Start);
        var written = line.Text.Trim().ToLowerInvariant().Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < Math.Min(written.Length, 3); w++) features.Add("a", written[w]);
        var padded = " " + (shape.Folded.Length > MaxTrigramChars ? shape.Folded[..MaxTrigramChars] : shape.Folded) + " ";
        for (var c = 0; c + 3 <= padded.Length; c++) features.Add("c", padded.AsSpan(c, 3));
        if (shape.Text.Length > 0) features.Add("lead", shape.Text.AsSpan(0, Math.Min(3, shape.Text.Length)));
        features.Add("case", shape.Case);
        features.Add("start", shape.Start);
        features.Add("end", shape.End);
        features.Add("len", shape.Length);
        features.Add("words", shape.WordCount);
        features.Add("case-len", shape.Case + shape.Length);
        features.Add("start-end", shape.Start + shape.End);
        if (shape.Text.Contains('/')) features.Add("has", "slash");
        if (shape.Text.Contains('%')) features.Add("has", "percent");
        if (shape.Text.Contains(':')) features.Add("has", "colon");
        features.Add("digits", LineShape.Bucket(shape.Text.Count(char.IsDigit)));
        features.Add("origin", line.Origin.ToString());
    }

    private static void Position(FeatureSet features, IReadOnlyList<Line> lines, int i, int lastPage)
    {
        var line = lines[i];
        features.Add("index", i < 16 ? i.ToString() : LineShape.Bucket(i));
        features.Add("to-end", lines.Count - 1 - i < 16 ? (lines.Count - 1 - i).ToString() : LineShape.Bucket(lines.Count - 1 - i));
        features.Add("tenth", (i * 10 / Math.Max(1, lines.Count)).ToString());
        features.Add("page", line.Page == 1 ? "first" : line.Page == lastPage ? "last" : "middle");
        features.Add("page-line", line.PageLine < 16 ? line.PageLine.ToString() : LineShape.Bucket(line.PageLine));
    }

    private static readonly string[] LandmarkKinds = ["salutation", "distribution", "subject", "title", "opener", "number", "motto"];

    /// <summary>How far above and below the nearest salutation, "Nơi nhận", "V/v", type title, number
    /// line, motto and body opener are: where a line stands in the letter's structure. One pass each
    /// way keeps the nearest of each kind, so a long letter costs no more per line than a short one.</summary>
    private static void AddLandmarks(FeatureSet[] features, LineShape[] shapes)
    {
        var nearest = new int[LandmarkKinds.Length];
        Array.Fill(nearest, -1);
        for (var i = 0; i < shapes.Length; i++)
        {
            for (var k = 0; k < LandmarkKinds.Length; k++)
                if (nearest[k] >= 0) features[i].Add("above-" + LandmarkKinds[k], Distance(i - nearest[k]));
            if (shapes[i].Landmark is { } own)
            {
                features[i].Add("landmark", own);
                nearest[Array.IndexOf(LandmarkKinds, own)] = i;
            }
        }
        Array.Fill(nearest, -1);
        for (var i = shapes.Length - 1; i >= 0; i--)
        {
            for (var k = 0; k < LandmarkKinds.Length; k++)
                if (nearest[k] >= 0 && nearest[k] - i <= 40) features[i].Add("below-" + LandmarkKinds[k], Distance(nearest[k] - i));
            if (shapes[i].Landmark is { } own) nearest[Array.IndexOf(LandmarkKinds, own)] = i;
        }
    }

    private static string Distance(int lines) => lines <= 3 ? lines.ToString() : LineShape.Bucket(lines);

    /// <summary>The words of the nearest section heading above ("III. TỔ CHỨC THỰC HIỆN", "1. Thành
    /// phần:", "Điều 2. Giao nhiệm vụ"): items under "tổ chức thực hiện" give work, those under
    /// "thành phần" or "mục đích" do not.</summary>
    private static void AddSections(FeatureSet[] features, LineShape[] shapes)
    {
        string[]? section = null;
        for (var i = 0; i < shapes.Length; i++)
        {
            if (section is not null)
                foreach (var word in section) features[i].Add("section", word);
            if (shapes[i].IsSectionHeading) section = shapes[i].AfterLabel.Take(MaxSectionWords).ToArray();
        }
    }

    private static void Neighbour(FeatureSet features, string name, LineShape shape, string rule)
    {
        features.Add(name + "rule", rule);
        features.Add(name + "case", shape.Case);
        features.Add(name + "start", shape.Start);
        features.Add(name + "end", shape.End);
        features.Add(name + "len", shape.Length);
        features.Add(name + "w0", shape.FirstWord);
    }
}
