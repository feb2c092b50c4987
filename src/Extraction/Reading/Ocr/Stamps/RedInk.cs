namespace Extraction.Reading.Ocr.Stamps;

/// <summary>Where an RGB image is stamp red: red well above both green and blue. Black text, blue
/// signatures and grey paper are not; the red of a seal or an urgency stamp is.</summary>
internal static class RedInk
{
    private const int MinimumRed = 110;
    private const int MinimumLead = 50;

    /// <summary>Leptonica's 32-bit pixel: red, green and blue in the three high bytes.</summary>
    public static bool IsRed(int pixel)
    {
        int red = (pixel >> 24) & 0xFF, green = (pixel >> 16) & 0xFF, blue = (pixel >> 8) & 0xFF;
        return red >= MinimumRed && red - Math.Max(green, blue) >= MinimumLead;
    }

    /// <summary>The red pixels of a 32-bit image's words, row by row.</summary>
    public static bool[] Mask(int[] words, int wordsPerLine, int width, int height)
    {
        var mask = new bool[width * height];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                mask[y * width + x] = IsRed(words[y * wordsPerLine + x]);
        return mask;
    }
}
