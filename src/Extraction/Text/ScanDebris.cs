namespace Extraction.Text;

/// <summary>Marks a scan leaves that OCR reads as characters: seal rims, signature strokes,
/// handwritten initials ("ÀG -ˆ “2 „", "s", "J¬").</summary>
public static class ScanDebris
{
    /// <summary>True when the text holds fewer than three letters in words of two letters or more.</summary>
    public static bool IsDebris(string text)
    {
        var letters = 0;
        var run = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c) || char.IsLower(c))
            {
                run++;
                continue;
            }
            if (run >= 2) letters += run;
            run = 0;
        }
        if (run >= 2) letters += run;
        return letters < 3;
    }
}
