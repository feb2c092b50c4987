namespace Extraction.Archival;

/// <summary>The size and colour components of a JPEG, read from its start-of-frame marker without decoding it
/// (ITU-T T.81, B.2.2).</summary>
internal readonly record struct JpegHeader(int Width, int Height, int Components)
{
    public static JpegHeader Read(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8) throw new InvalidDataException("Not a JPEG: no start-of-image marker.");
        var at = 2;
        while (at + 4 <= jpeg.Length)
        {
            if (jpeg[at] != 0xFF) throw new InvalidDataException($"Damaged JPEG: no marker at byte {at}.");
            var marker = jpeg[at + 1];
            if (marker == 0xFF) { at++; continue; } // fill byte
            var length = jpeg[at + 2] << 8 | jpeg[at + 3];
            // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), carry the frame header.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC && at + 10 <= jpeg.Length)
                return new JpegHeader(jpeg[at + 7] << 8 | jpeg[at + 8], jpeg[at + 5] << 8 | jpeg[at + 6], jpeg[at + 9]);
            at += 2 + length;
        }
        throw new InvalidDataException("Damaged JPEG: no frame header.");
    }
}
