using System.Runtime.InteropServices;

namespace Extraction.Reading.Ocr.Native;

internal static class LibC
{
    /// <summary>The process environment as native code sees it; <see cref="Environment.SetEnvironmentVariable(string, string)"/> does not reach it.</summary>
    [DllImport("libc", EntryPoint = "setenv")]
    public static extern int SetEnv([MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value, int overwrite);

    /// <summary>Gives the memory glibc holds free in its heaps back to the system.</summary>
    [DllImport("libc", EntryPoint = "malloc_trim")]
    public static extern int MallocTrim(nuint pad);
}
