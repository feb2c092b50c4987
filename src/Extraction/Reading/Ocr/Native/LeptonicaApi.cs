using System.Runtime.InteropServices;

namespace Extraction.Reading.Ocr.Native;

/// <summary>The parts of Leptonica (liblept.so.5, 1.82) used to decode and prepare page images.</summary>
internal static class LeptonicaApi
{
    public const string Library = "liblept.so.5";

    public const int ChooseMax = 2;         // L_CHOOSE_MAX for pixConvertRGBToGrayMinMax

    [DllImport(Library)] public static extern IntPtr pixReadMem(byte[] data, nuint size);
    [DllImport(Library)] public static extern void lept_free(IntPtr data);
    [DllImport(Library)] public static extern IntPtr pixReadMemFromMultipageTiff(byte[] data, nuint size, ref nuint offset);
    [DllImport(Library)] public static extern IntPtr pixCreate(int width, int height, int depth);
    [DllImport(Library)] public static extern void pixDestroy(ref IntPtr pix);
    [DllImport(Library)] public static extern IntPtr pixClone(IntPtr pix);

    [DllImport(Library)] public static extern int pixGetWidth(IntPtr pix);
    [DllImport(Library)] public static extern int pixGetHeight(IntPtr pix);
    [DllImport(Library)] public static extern int pixGetDepth(IntPtr pix);
    [DllImport(Library)] public static extern int pixGetXRes(IntPtr pix);
    [DllImport(Library)] public static extern int pixGetWpl(IntPtr pix);
    [DllImport(Library)] public static extern IntPtr pixGetData(IntPtr pix);
    [DllImport(Library)] public static extern IntPtr pixGetColormap(IntPtr pix);
    [DllImport(Library)] public static extern int pixSetResolution(IntPtr pix, int xres, int yres);

    [DllImport(Library)] public static extern IntPtr pixRemoveColormap(IntPtr pix, int type);
    [DllImport(Library)] public static extern IntPtr pixConvertTo8(IntPtr pix, int colormapFlag);
    [DllImport(Library)] public static extern IntPtr pixConvertRGBToLuminance(IntPtr pix);
    [DllImport(Library)] public static extern IntPtr pixConvertRGBToGrayMinMax(IntPtr pix, int type);

    [DllImport(Library)] public static extern IntPtr pixScale(IntPtr pix, float scaleX, float scaleY);
    [DllImport(Library)] public static extern IntPtr pixFindSkewAndDeskew(IntPtr pix, int reduction, out float angle, out float confidence);
    [DllImport(Library)] public static extern IntPtr pixRotateOrth(IntPtr pix, int quads);
    [DllImport(Library)] public static extern IntPtr boxCreate(int x, int y, int width, int height);
    [DllImport(Library)] public static extern void boxDestroy(ref IntPtr box);
    [DllImport(Library)] public static extern IntPtr pixClipRectangle(IntPtr pix, IntPtr box, IntPtr boxClipped);
    [DllImport(Library)] public static extern IntPtr pixBackgroundNormSimple(IntPtr pix, IntPtr mask, IntPtr grey);
}
