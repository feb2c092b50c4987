namespace Extraction.Reading.Ocr;

/// <summary>How pages are recognised. The defaults are the measured best (docs/ocr.md).</summary>
public sealed class OcrOptions
{
    /// <summary>Debian's tesseract-ocr-vie installs the Vietnamese model here.</summary>
    public const string DebianTessdata = "/usr/share/tesseract-ocr/5/tessdata";

    /// <summary>Folder holding &lt;language&gt;.traineddata and osd.traineddata.</summary>
    public string TessdataDirectory { get; init; } = DebianTessdata;
    /// <summary>"vie" alone: adding "eng" strips diacritics (đơn → don).</summary>
    public string Language { get; init; } = "vie";
    /// <summary>Warm engines kept, one per core: each recognises one page at a time on one thread.</summary>
    public int Engines { get; init; } = Environment.ProcessorCount;
    /// <summary>A page still being recognised after this long fails with a timeout.</summary>
    public TimeSpan PageTimeLimit { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Pages rasterised from PDFs (then reduced, see <see cref="ReduceAboveResolution"/>) and
    /// low-resolution scans after upscaling are at this resolution.</summary>
    public int WorkingResolution { get; init; } = 300;
    /// <summary>Scans below this resolution are upscaled to <see cref="WorkingResolution"/>. Measured:
    /// 150 DPI gains (CER 0.35 → 0.24 %), 200 DPI does not (0.28 → 0.37 %), so 200 DPI is read as it is.</summary>
    public int UpscaleBelowResolution { get; init; } = 200;
    /// <summary>Scans above this resolution are reduced to it before recognition (step
    /// <see cref="PreprocessingSteps.Reduce"/>): Tesseract scales every text line to its model's height
    /// anyway, while binarisation and layout analysis cost grows with the pixels (docs/ocr.md).</summary>
    public int ReduceAboveResolution { get; init; } = 200;
    public PreprocessingSteps Steps { get; init; } = PreprocessingSteps.Default;
    /// <summary>Reads the handwritten number and date of a first page (docs/ocr.md); null leaves them to Tesseract.</summary>
    public Handwriting.IDigitClassifier? HandwrittenDigits { get; init; } = Handwriting.LinearDigitModel.BuiltIn;
}

/// <summary>The image clean-up steps applied before recognition; each can be turned off to measure it.</summary>
[Flags]
public enum PreprocessingSteps
{
    None = 0,
    /// <summary>Grey from the brightest colour channel, so red seals and stamps turn pale before binarisation.</summary>
    RemoveStampColour = 1,
    Upscale = 2,
    Deskew = 4,
    /// <summary>Pages that read badly are checked for being upside down or sideways and turned.</summary>
    Orientation = 8,
    /// <summary>Even out uneven lighting before binarisation, on pages whose paper brightness varies (photographs).</summary>
    NormaliseBackground = 16,
    /// <summary>Find two-column zones (letterhead, signature block) and recognise their halves separately.</summary>
    ColumnLayout = 32,
    /// <summary>Reduce scans above <see cref="OcrOptions.ReduceAboveResolution"/> to it.</summary>
    Reduce = 64,
    Default = RemoveStampColour | Upscale | Deskew | Orientation | NormaliseBackground | ColumnLayout | Reduce,
}
