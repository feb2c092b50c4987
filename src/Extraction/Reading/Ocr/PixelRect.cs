namespace Extraction.Reading.Ocr;

/// <summary>A rectangle of an image in whole pixels.</summary>
internal readonly record struct PixelRect(int Left, int Top, int Width, int Height)
{
    public int Right => Left + Width;
    public int Bottom => Top + Height;
}
