namespace Extraction.ScanGenerator;

/// <summary>How a printed page is turned into a scan. Names end up in file names ("-scan", "-scandeg").
/// <see cref="QuarterTurns"/> puts the page on the scanner turned clockwise (2: upside down).</summary>
public sealed record ScanProfile(
    string Name, int Dpi,
    double MaxRotationDegrees = 0, float BlurSigma = 0, int NoiseAmplitude = 0, int? JpegQuality = null,
    bool StampAndSignature = false, bool GreyPaper = false, bool Photo = false, int QuarterTurns = 0)
{
    /// <summary>A clean 300-DPI grey scan, stored as scanners store it (JPEG, visually lossless).</summary>
    public static readonly ScanProfile Clean = new("clean", 300, JpegQuality: 92);

    /// <summary>An ordinary office scan: tilted, soft, noisy, JPEG, grey paper, red seal and signature in colour.</summary>
    public static readonly ScanProfile Degraded = new("degraded", 300, MaxRotationDegrees: 2, BlurSigma: 1.0f,
        NoiseAmplitude: 24, JpegQuality: 50, StampAndSignature: true, GreyPaper: true);

    /// <summary>The same at 200 DPI, the common resolution of archive scanners.</summary>
    public static readonly ScanProfile Degraded200 = Degraded with { Name = "degraded200", Dpi = 200, BlurSigma = 0.7f };

    /// <summary>A fax-like 150-DPI scan.</summary>
    public static readonly ScanProfile LowResolution = new("150dpi", 150, MaxRotationDegrees: 1, BlurSigma: 0.4f, JpegQuality: 75);

    /// <summary>A phone photo of a page: perspective, light falling off to one side.</summary>
    public static readonly ScanProfile PhotoOfPage = new("photo", 200, MaxRotationDegrees: 1.5, BlurSigma: 0.8f,
        NoiseAmplitude: 10, JpegQuality: 70, GreyPaper: true, Photo: true);

    public bool Colour => StampAndSignature || Photo;
}
