using Extraction.Reading.Ocr.Native;

namespace Extraction.Reading.Ocr.Handwriting;

/// <summary>What was read by hand in one blank: the digits, each with the model's probability.</summary>
internal sealed record HandwrittenReading(string Digits, IReadOnlyList<float> Probabilities, Box Box)
{
    public double Confidence => Probabilities.Count == 0 ? 0 : Probabilities.Min();
}

/// <summary>
/// Reads the handwritten number and date of a first page with the digit model and puts them into the
/// recognised lines in place of what Tesseract made of them. Where Tesseract read clean digits with
/// high confidence (a typed number) and the model reads others, the surer of the two is kept: printed
/// digits score 0.92-0.97 with Tesseract, but it also gave 0.93 to "445" for a handwritten "115".
/// </summary>
internal sealed class HandwrittenFieldReader(IDigitClassifier classifier)
{
    private const double PrintedDigitConfidence = 0.9;
    // A number is a few digits; more marks than this in the blank are a stamp or scribble, not a number.
    private const int LongestNumber = 6;

    public List<OcrLine> Read(Pix page, List<OcrLine> lines)
    {
        var replaced = new List<OcrLine>(lines);
        foreach (var lineBlanks in HandwrittenBlanks.Find(lines, page.Height).GroupBy(b => b.LineIndex))
        {
            var line = lines[lineBlanks.Key];
            var replacements = new List<(HandwrittenBlank Blank, OcrWord Word)>();
            foreach (var blank in lineBlanks)
            {
                if (ReadBlank(page, blank) is not { } reading || TesseractIsSurer(line, blank, reading)) continue;
                replacements.Add((blank, new OcrWord(reading.Digits, reading.Box, reading.Confidence)));
            }
            if (replacements.Count > 0) replaced[lineBlanks.Key] = Replace(line, replacements);
        }
        return replaced;
    }

    private static bool TesseractIsSurer(OcrLine line, HandwrittenBlank blank, HandwrittenReading reading)
    {
        var inside = HandwrittenBlanks.GlyphsOf(line).Skip(blank.FirstGlyph).Take(blank.EndGlyph - blank.FirstGlyph).ToList();
        if (inside.Count == 0 || !inside.All(g => g.Text.All(char.IsAsciiDigit))) return false;
        var confidence = line.Words.Where(w => w.Glyphs.Any(inside.Contains)).Min(w => w.Confidence);
        var read = string.Concat(inside.Select(g => g.Text));
        // Printed digits stand apart, so Tesseract and the segmenter count them alike; a count that
        // differs means Tesseract read handwriting (a "4" at 0.9 for a handwritten "01").
        if (confidence < PrintedDigitConfidence || read.Length != reading.Digits.Length) return false;
        return read == reading.Digits || confidence >= reading.Confidence;
    }

    private HandwrittenReading? ReadBlank(Pix page, HandwrittenBlank blank)
    {
        var height = blank.PrintedHeight;
        var left = (int)Math.Ceiling(blank.Left);
        var right = (int)Math.Floor(blank.Right);
        var top = Math.Max(0, (int)(blank.PrintedTop - height * 0.8));
        var bottom = Math.Min(page.Height, (int)Math.Ceiling(blank.PrintedBottom + height * 0.5));
        if (right - left < height * 0.3 || bottom <= top) return null;
        using var crop = page.Clip(left, top, right - left, bottom - top);
        var ink = InkImage.FromGrey(crop.CopyGreyPixels(), crop.Width, crop.Height);
        var read = DigitSegmenter.Segment(ink, blank.PrintedTop - top, blank.PrintedBottom - top).SelectMany(ReadMark).ToList();
        var scores = read.Select(r => r.Scores).ToList();
        if (Decode(blank.Kind, scores) is not { } digits) return null;
        var box = BoxGeometry.Union(read.Select(r => new Box(left + r.Mark.Box.Left, top + r.Mark.Box.Top, r.Mark.Box.Width, r.Mark.Box.Height)));
        return new HandwrittenReading(digits, [.. digits.Select((d, i) => scores[i][d - '0'])], box);
    }

    /// <summary>A mark as one digit, or, when it is wide enough to be two digits written touching, as two:
    /// always when it is too wide for one, else when the model is surer of each half than of the whole
    /// (a round "0" stays whole, "01" does not).</summary>
    private IEnumerable<(DigitMark Mark, float[] Scores)> ReadMark(DigitMark mark)
    {
        var whole = classifier.Probabilities(DigitShape.Normalise(mark.Ink));
        if (DigitSegmenter.Split(mark) is not { } halves) return [(mark, whole)];
        var parts = ReadMark(halves.Left).Concat(ReadMark(halves.Right)).ToList();
        return DigitSegmenter.IsSurelyTwoDigits(mark) || parts.Min(p => p.Scores.Max()) > whole.Max() ? parts : [(mark, whole)];
    }

    /// <summary>The most probable reading the blank allows: any digits for a number; for a day or month
    /// the most probable of the values it can take (1–31, 1–12), written with as many digits as there
    /// are marks ("4" or "04").</summary>
    internal static string? Decode(BlankKind kind, IReadOnlyList<float[]> marks)
    {
        if (marks.Count == 0) return null;
        if (kind == BlankKind.Number)
            return marks.Count > LongestNumber ? null : string.Concat(marks.Select(p => (char)('0' + Array.IndexOf(p, p.Max()))));
        if (marks.Count > 2) return null;
        var last = kind == BlankKind.Day ? 31 : 12;
        string? best = null;
        var bestProbability = -1f;
        for (var value = 1; value <= last; value++)
        {
            var written = value.ToString(marks.Count == 2 ? "00" : "0");
            if (written.Length != marks.Count) continue;
            var probability = 1f;
            for (var i = 0; i < written.Length; i++) probability *= marks[i][written[i] - '0'];
            if (probability > bestProbability) (best, bestProbability) = (written, probability);
        }
        return best;
    }

    /// <summary>The line with the glyphs of each blank replaced by the word read there; words cut by a
    /// blank keep their glyphs outside it.</summary>
    private static OcrLine Replace(OcrLine line, List<(HandwrittenBlank Blank, OcrWord Word)> replacements)
    {
        var words = new List<OcrWord>();
        var at = 0;
        foreach (var word in line.Words)
        {
            var kept = new List<OcrGlyph>();
            foreach (var glyph in word.Glyphs)
            {
                foreach (var (blank, read) in replacements.Where(r => r.Blank.FirstGlyph == at))
                {
                    Flush(word, kept, words);
                    words.Add(read);
                }
                if (!replacements.Any(r => at >= r.Blank.FirstGlyph && at < r.Blank.EndGlyph)) kept.Add(glyph);
                else Flush(word, kept, words);
                at++;
            }
            Flush(word, kept, words);
        }
        return new OcrLine(words, BoxGeometry.Union(words.Select(w => w.Box)));
    }

    private static void Flush(OcrWord word, List<OcrGlyph> kept, List<OcrWord> words)
    {
        if (kept.Count == 0) return;
        words.Add(kept.Count == word.Glyphs.Count ? word
            : new OcrWord(string.Concat(kept.Select(g => g.Text)), BoxGeometry.Union(kept.Select(g => g.Box)), word.Confidence) { Glyphs = [.. kept] });
        kept.Clear();
    }
}
