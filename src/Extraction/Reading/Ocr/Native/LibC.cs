using System.Runtime.InteropServices;

namespace Extraction.Reading.Ocr.Native;

internal static class LibC
{
    /// <summary>The process environment as native code sees it; <see cref="Environment.SetEnvironmentVariable(string, string)"/> does not reach it.</summary>
    [DllImport("libc", EntryPoint = "setenv")]
    public static extern int SetEnv([MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value, int overwrite);

    /// <summary>glibc's malloc settings (malloc.h): M_TRIM_THRESHOLD, M_MMAP_THRESHOLD, M_ARENA_MAX.</summary>
    public const int TrimThreshold = -1;
    public const int MmapThreshold = -3;
    public const int ArenaMax = -8;

    /// <summary>Sets one of glibc's malloc parameters for the whole process; 1 when it was accepted.</summary>
    [DllImport("libc", EntryPoint = "mallopt")]
    public static extern int MallOpt(int parameter, int value);
}
