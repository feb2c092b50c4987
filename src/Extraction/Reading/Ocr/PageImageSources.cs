using Extraction.Reading.Ocr.Native;

namespace Extraction.Reading.Ocr;

/// <summary>A decoded page image and the resolution its file declares (0 when unknown).</summary>
internal sealed class SourcePage(int number, Pix image, int declaredResolution) : IDisposable
{
    public int Number { get; } = number;
    public Pix Image { get; } = image;
    public int DeclaredResolution { get; } = declaredResolution;

    public void Dispose() => Image.Dispose();
}

/// <summary>Hands out a file's page images one at a time, in page order; never called from two threads at once.</summary>
internal interface IPageImageSource : IDisposable
{
    /// <summary>The next page, or null after the last.</summary>
    SourcePage? Next();
}

/// <summary>Pages of a PNG, JPEG or (multi-page) TIFF file, decoded by Leptonica.</summary>
internal sealed class ImageFileSource(string path) : IPageImageSource
{
    private readonly byte[] bytes = File.ReadAllBytes(path);
    private readonly bool isTiff = FileSniffer.Detect(path) == FileKind.Tiff;
    private nuint tiffOffset;
    private int pagesRead;
    private bool finished;

    public SourcePage? Next()
    {
        if (finished) return null;
        var pointer = isTiff
            ? LeptonicaApi.pixReadMemFromMultipageTiff(bytes, (nuint)bytes.Length, ref tiffOffset)
            : LeptonicaApi.pixReadMem(bytes, (nuint)bytes.Length);
        // Leptonica sets the offset to 0 after a TIFF's last page.
        finished = !isTiff || tiffOffset == 0;
        var image = Pix.Own(pointer);
        if (image is null)
        {
            if (pagesRead > 0) return null;
            throw new LetterReadException(ReadFailureKind.Corrupt,
                $"The image {Path.GetFileName(path)} could not be decoded: it is damaged or truncated. Scan or export it again.");
        }
        pagesRead++;
        return new SourcePage(pagesRead, image, image.Resolution);
    }

    public void Dispose() { }
}
