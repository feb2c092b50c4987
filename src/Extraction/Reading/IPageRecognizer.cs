using Extraction.Reading.Ocr;

namespace Extraction.Reading;

/// <summary>
/// Optical character recognition of page images. Readers call it for pages without a usable
/// text layer; when OCR is not installed, <see cref="UnavailableReason"/> says why and readers
/// fail such pages with <see cref="ReadFailureKind.NeedsOcr"/>.
/// </summary>
public interface IPageRecognizer
{
    /// <summary>Null when recognition works; otherwise what is missing and the command that installs it.</summary>
    string? UnavailableReason { get; }

    /// <summary>Recognises the given 1-based pages of a PDF, in parallel where the machine allows, in page order.</summary>
    IReadOnlyList<OcrPage> RecognizePdf(string pdfPath, IReadOnlyList<int> pageNumbers, CancellationToken cancellation);

    /// <summary>Recognises every page of an image file (PNG, JPEG, multi-page TIFF), in page order.</summary>
    IReadOnlyList<OcrPage> RecognizeImage(string imagePath, CancellationToken cancellation);
}
