using Extraction.Reading.Ocr.Native;

namespace Extraction.Reading.Ocr;

/// <summary>
/// Work Debian's libtesseract does for nothing in this pipeline, skipped by pointing its imports
/// elsewhere (docs/ocr.md, speed): PNG compression of every line image, and libgomp's team for every
/// OpenMP region of an engine that runs on one thread. Recognition reads the same either way, only
/// slower without; each shortcut is installed only when its check passes.
/// </summary>
internal static class TesseractShortcuts
{
    private static readonly List<(string Shortcut, ImportTable Table, string Symbol, IntPtr Replacement, IntPtr Original)> redirected = [];
    // Recognition holds it shared; switching takes it alone, since a region opened through one OpenMP
    // and continued through the other would lose its sections.
    private static readonly ReaderWriterLockSlim switching = new(LockRecursionPolicy.SupportsRecursion);
    private static bool inUse;

    /// <summary>The shortcuts installed: "uncompressed line images", "serial OpenMP".</summary>
    public static IReadOnlyList<string> Installed => [.. redirected.Select(r => r.Shortcut).Distinct()];

    public static void Install(IntPtr tesseract, IntPtr leptonica)
    {
        if (ImportTable.Of(tesseract) is not { } imports) return;
        Add("uncompressed line images", imports, UncompressedLineImages.Replacements(imports, leptonica));
        Add("serial OpenMP", imports, SerialOpenMp.Replacements(imports));
        inUse = true;
    }

    /// <summary>Puts libtesseract's own imports back (false) or the shortcuts again (true), so a benchmark
    /// can measure both in one process; waits until no recognition holds them.</summary>
    public static void Use(bool use)
    {
        switching.EnterWriteLock();
        try
        {
            if (use == inUse) return;
            foreach (var (_, table, symbol, replacement, original) in redirected) table.Redirect(symbol, use ? replacement : original);
            inUse = use;
        }
        finally
        {
            switching.ExitWriteLock();
        }
    }

    /// <summary>Keeps the imports as they are until disposed, on the thread that recognises.</summary>
    public static IDisposable Hold()
    {
        switching.EnterReadLock();
        return new Holding();
    }

    private sealed class Holding : IDisposable
    {
        public void Dispose() => switching.ExitReadLock();
    }

    // All of a shortcut's imports or none: half of the OpenMP entry points swapped would lose sections.
    private static void Add(string shortcut, ImportTable imports, IReadOnlyList<(string Symbol, IntPtr Replacement)>? replacements)
    {
        var done = new List<(string, ImportTable, string, IntPtr, IntPtr)>();
        try
        {
            foreach (var (symbol, replacement) in replacements ?? [])
                done.Add((shortcut, imports, symbol, replacement, imports.Redirect(symbol, replacement)));
            redirected.AddRange(done);
        }
        catch (InvalidOperationException)
        {
            foreach (var (_, table, symbol, _, original) in done) table.Redirect(symbol, original);
        }
    }
}
