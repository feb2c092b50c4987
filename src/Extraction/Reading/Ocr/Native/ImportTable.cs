using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Extraction.Reading.Ocr.Native;

/// <summary>
/// The functions a loaded ELF shared library imports (its global offset table), so that one can be
/// pointed at another function for calls made from that library only. Used where a library we cannot
/// rebuild does measurable needless work through calls we can serve better (docs/ocr.md, speed).
/// </summary>
internal sealed class ImportTable
{
    private const uint SectionRela = 4;
    private const uint RelocationGlobalData = 6;
    private const uint RelocationJumpSlot = 7;
    private const int LinkMapRequest = 2; // RTLD_DI_LINKMAP
    private const int ProtectRead = 1, ProtectWrite = 2;

    private readonly nint loadBias;
    private readonly Dictionary<string, ulong> slotOffsets;

    private ImportTable(nint loadBias, Dictionary<string, ulong> slotOffsets)
    {
        this.loadBias = loadBias;
        this.slotOffsets = slotOffsets;
    }

    /// <summary>The import table of a library loaded with <see cref="NativeLibrary"/>; null off 64-bit Linux
    /// or when the library's file cannot be read as a 64-bit little-endian ELF.</summary>
    public static ImportTable? Of(IntPtr libraryHandle)
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess) return null;
        if (dlinfo(libraryHandle, LinkMapRequest, out var linkMap) != 0 || linkMap == IntPtr.Zero) return null;
        // struct link_map starts with l_addr (the load bias) and l_name (the file's path).
        var path = Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(linkMap, IntPtr.Size));
        if (string.IsNullOrEmpty(path) || !File.Exists(path)) return null;
        try
        {
            return ReadSlots(File.ReadAllBytes(path)) is { } slots ? new ImportTable(Marshal.ReadIntPtr(linkMap), slots) : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // section offsets past the end: not a file we understand
        }
    }

    public bool Imports(string symbol) => slotOffsets.ContainsKey(symbol);

    /// <summary>Points the library's import of <paramref name="symbol"/> at <paramref name="replacement"/>
    /// and returns the function it pointed to.</summary>
    public IntPtr Redirect(string symbol, IntPtr replacement)
    {
        var slot = loadBias + (nint)slotOffsets[symbol];
        var pageSize = Environment.SystemPageSize;
        var page = slot & ~(nint)(pageSize - 1);
        // With full RELRO the table is read-only once loaded: opened for the one write, closed again.
        var readOnly = ProtectionOf(page) is not { } protection || !protection.Contains('w');
        if (readOnly && mprotect(page, (nuint)pageSize, ProtectRead | ProtectWrite) != 0)
            throw new InvalidOperationException($"The import table holding {symbol} cannot be made writable.");
        var original = Interlocked.Exchange(ref SlotAt(slot), replacement);
        if (readOnly) mprotect(page, (nuint)pageSize, ProtectRead);
        return original;
    }

    private static unsafe ref IntPtr SlotAt(nint address) => ref *(IntPtr*)address;

    /// <summary>Each imported symbol's slot offset, from the relocations in the file's section headers.</summary>
    internal static Dictionary<string, ulong>? ReadSlots(ReadOnlySpan<byte> elf)
    {
        ReadOnlySpan<byte> magic = [0x7F, (byte)'E', (byte)'L', (byte)'F'];
        if (elf.Length < 64 || !elf[..4].SequenceEqual(magic) || elf[4] != 2 || elf[5] != 1) return null;
        var sectionTable = (int)BinaryPrimitives.ReadUInt64LittleEndian(elf[0x28..]);
        int sectionSize = BinaryPrimitives.ReadUInt16LittleEndian(elf[0x3A..]), sectionCount = BinaryPrimitives.ReadUInt16LittleEndian(elf[0x3C..]);
        var slots = new Dictionary<string, ulong>();
        for (var index = 0; index < sectionCount; index++)
        {
            var header = Section(elf, sectionTable, sectionSize, index);
            if (BinaryPrimitives.ReadUInt32LittleEndian(header[4..]) != SectionRela) continue;
            var symbols = Section(elf, sectionTable, sectionSize, (int)BinaryPrimitives.ReadUInt32LittleEndian(header[0x28..]));
            var names = Contents(elf, Section(elf, sectionTable, sectionSize, (int)BinaryPrimitives.ReadUInt32LittleEndian(symbols[0x28..])));
            var symbolTable = Contents(elf, symbols);
            var relocations = Contents(elf, header);
            for (var at = 0; at + 24 <= relocations.Length; at += 24)
            {
                var info = BinaryPrimitives.ReadUInt64LittleEndian(relocations[(at + 8)..]);
                if ((uint)info is not (RelocationJumpSlot or RelocationGlobalData) || info >> 32 == 0) continue;
                var nameStart = names[(int)BinaryPrimitives.ReadUInt32LittleEndian(symbolTable[((int)(info >> 32) * 24)..])..];
                var name = System.Text.Encoding.UTF8.GetString(nameStart[..nameStart.IndexOf((byte)0)]);
                slots.TryAdd(name, BinaryPrimitives.ReadUInt64LittleEndian(relocations[at..]));
            }
        }
        return slots;
    }

    private static ReadOnlySpan<byte> Section(ReadOnlySpan<byte> elf, int table, int size, int index) => elf.Slice(table + index * size, size);

    private static ReadOnlySpan<byte> Contents(ReadOnlySpan<byte> elf, ReadOnlySpan<byte> header) =>
        elf.Slice((int)BinaryPrimitives.ReadUInt64LittleEndian(header[0x18..]), (int)BinaryPrimitives.ReadUInt64LittleEndian(header[0x20..]));

    /// <summary>The permissions ("r--p", "rw-p") of the mapping holding an address, from /proc/self/maps.</summary>
    private static string? ProtectionOf(nint address)
    {
        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            var dash = line.IndexOf('-');
            var space = line.IndexOf(' ');
            if (dash < 0 || space < dash) continue;
            var start = Convert.ToUInt64(line[..dash], 16);
            var end = Convert.ToUInt64(line[(dash + 1)..space], 16);
            if ((ulong)address >= start && (ulong)address < end) return line.Substring(space + 1, 4);
        }
        return null;
    }

    [DllImport("libc")] private static extern int dlinfo(IntPtr handle, int request, out IntPtr info);
    [DllImport("libc")] private static extern int mprotect(IntPtr address, nuint length, int protection);
}
