using System.Runtime.InteropServices;

namespace Extraction.Reading.Ocr.Native;

/// <summary>The parts of libtesseract's C API (tesseract/capi.h, Tesseract 5) this project calls.</summary>
internal static class TesseractApi
{
    public const string Library = "libtesseract.so.5";

    /// <summary>Page segmentation modes (tesseract::PageSegMode).</summary>
    public const int PsmAuto = 3;
    public const int PsmSingleBlock = 6;
    public const int PsmOsdOnly = 0;

    /// <summary>Result iterator levels (tesseract::PageIteratorLevel).</summary>
    public const int LevelTextLine = 2;
    public const int LevelWord = 3;
    public const int LevelSymbol = 4;

    /// <summary>OEM_LSTM_ONLY for text; OSD needs the legacy engine, which osd.traineddata holds.</summary>
    public const int OemLstmOnly = 1;
    public const int OemTesseractOnly = 0;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    [return: MarshalAs(UnmanagedType.I1)]
    public delegate bool CancelFunc(IntPtr cancelThis, int words);

    [DllImport(Library)] public static extern IntPtr TessBaseAPICreate();
    [DllImport(Library)] public static extern void TessBaseAPIDelete(IntPtr handle);
    [DllImport(Library)] public static extern void TessBaseAPIEnd(IntPtr handle);
    [DllImport(Library)] public static extern void TessBaseAPIClear(IntPtr handle);

    [DllImport(Library)]
    public static extern int TessBaseAPIInit2(IntPtr handle,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string dataPath,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string language, int oem);

    [DllImport(Library)]
    [return: MarshalAs(UnmanagedType.I1)]
    public static extern bool TessBaseAPISetVariable(IntPtr handle,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value);

    [DllImport(Library)] public static extern void TessBaseAPISetPageSegMode(IntPtr handle, int mode);
    [DllImport(Library)] public static extern void TessBaseAPISetImage2(IntPtr handle, IntPtr pix);
    [DllImport(Library)] public static extern void TessBaseAPISetSourceResolution(IntPtr handle, int ppi);
    [DllImport(Library)] public static extern int TessBaseAPIRecognize(IntPtr handle, IntPtr monitor);
    [DllImport(Library)] public static extern IntPtr TessBaseAPIGetIterator(IntPtr handle);
    [DllImport(Library)] public static extern IntPtr TessBaseAPIGetUTF8Text(IntPtr handle);
    [DllImport(Library)] public static extern int TessBaseAPIMeanTextConf(IntPtr handle);

    [DllImport(Library)]
    [return: MarshalAs(UnmanagedType.I1)]
    public static extern bool TessBaseAPIDetectOrientationScript(IntPtr handle, out int orientationDegrees,
        out float orientationConfidence, out IntPtr scriptName, out float scriptConfidence);

    [DllImport(Library)] public static extern IntPtr TessMonitorCreate();
    [DllImport(Library)] public static extern void TessMonitorDelete(IntPtr monitor);
    [DllImport(Library)] public static extern void TessMonitorSetCancelFunc(IntPtr monitor, CancelFunc cancel);

    [DllImport(Library)] public static extern void TessResultIteratorDelete(IntPtr iterator);
    [DllImport(Library)] public static extern IntPtr TessResultIteratorCopy(IntPtr iterator);
    [DllImport(Library)] public static extern IntPtr TessResultIteratorGetPageIterator(IntPtr iterator);

    [DllImport(Library)]
    [return: MarshalAs(UnmanagedType.I1)]
    public static extern bool TessResultIteratorNext(IntPtr iterator, int level);

    [DllImport(Library)] public static extern IntPtr TessResultIteratorGetUTF8Text(IntPtr iterator, int level);
    [DllImport(Library)] public static extern float TessResultIteratorConfidence(IntPtr iterator, int level);

    [DllImport(Library)]
    [return: MarshalAs(UnmanagedType.I1)]
    public static extern bool TessPageIteratorIsAtBeginningOf(IntPtr pageIterator, int level);

    [DllImport(Library)]
    [return: MarshalAs(UnmanagedType.I1)]
    public static extern bool TessPageIteratorIsAtFinalElement(IntPtr pageIterator, int level, int element);

    [DllImport(Library)]
    [return: MarshalAs(UnmanagedType.I1)]
    public static extern bool TessPageIteratorBoundingBox(IntPtr pageIterator, int level,
        out int left, out int top, out int right, out int bottom);

    [DllImport(Library)] public static extern void TessDeleteText(IntPtr text);

    // Tesseract's own renderers, which the archival-copies benchmark measures against this project's writers.
    [DllImport(Library)] public static extern void TessBaseAPISetInputName(IntPtr handle, [MarshalAs(UnmanagedType.LPUTF8Str)] string name);
    [DllImport(Library)] public static extern IntPtr TessPDFRendererCreate([MarshalAs(UnmanagedType.LPUTF8Str)] string outputBase,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string dataDirectory, [MarshalAs(UnmanagedType.I1)] bool textOnly);
    [DllImport(Library)] public static extern IntPtr TessAltoRendererCreate([MarshalAs(UnmanagedType.LPUTF8Str)] string outputBase);

    [DllImport(Library)]
    [return: MarshalAs(UnmanagedType.I1)]
    public static extern bool TessResultRendererBeginDocument(IntPtr renderer, [MarshalAs(UnmanagedType.LPUTF8Str)] string title);

    [DllImport(Library)]
    [return: MarshalAs(UnmanagedType.I1)]
    public static extern bool TessResultRendererAddImage(IntPtr renderer, IntPtr api);

    [DllImport(Library)]
    [return: MarshalAs(UnmanagedType.I1)]
    public static extern bool TessResultRendererEndDocument(IntPtr renderer);

    [DllImport(Library)] public static extern void TessDeleteResultRenderer(IntPtr renderer);

    /// <summary>Copies a UTF-8 string Tesseract allocated and frees it.</summary>
    public static string TakeText(IntPtr text)
    {
        if (text == IntPtr.Zero) return "";
        try { return Marshal.PtrToStringUTF8(text) ?? ""; }
        finally { TessDeleteText(text); }
    }
}
