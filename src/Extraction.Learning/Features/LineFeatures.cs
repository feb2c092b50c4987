using Extraction.Text;

namespace Extraction.Learning.Features;

/// <summary>
/// The features of each line of a letter for the zone classifier: its words and character
/// trigrams, accent-folded (OCR loses and changes diacritics) and, for the first words, as
/// written; its case and punctuation shape; where it stands on its page and in the letter; and
/// the shapes and first words of the two lines before and after it.
/// </summary>
public static class LineFeatures
{
    private const int MaxWords = 16;
    private const int MaxTrigramChars = 48;
    private static readonly (int Offset, string Name)[] Neighbours = [(-2, "p2"), (-1, "p1"), (1, "n1"), (2, "n2")];

    public static IReadOnlyList<FeatureSet> Of(IReadOnlyList<Line> lines)
    {
        var shapes = lines.Select(l => new LineShape(l)).ToArray();
        var lastPage = lines.Count == 0 ? 0 : lines[^1].Page;
        var result = new FeatureSet[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var features = new FeatureSet();
            Own(features, lines[i], shapes[i]);
            Position(features, lines, i, lastPage);
            foreach (var (offset, name) in Neighbours)
            {
                var j = i + offset;
                if (j < 0 || j >= lines.Count) features.Add(name, "none");
                else Neighbour(features, name, shapes[j]);
            }
            result[i] = features;
        }
        AddLandmarks(result, shapes);
        return result;
    }

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
            features.Add("names-body", shape.Start);
            features.Add("names-body-end", shape.Start + shape.End);
        }
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

    private static void Neighbour(FeatureSet features, string name, LineShape shape)
    {
        features.Add(name + "case", shape.Case);
        features.Add(name + "start", shape.Start);
        features.Add(name + "end", shape.End);
        features.Add(name + "len", shape.Length);
        features.Add(name + "w0", shape.FirstWord);
    }
}
