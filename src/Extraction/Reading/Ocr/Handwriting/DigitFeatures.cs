namespace Extraction.Reading.Ocr.Handwriting;

/// <summary>
/// Histograms of oriented gradients (Dalal and Triggs, 2005) of a 28 × 28 digit: 7 × 7 cells of 4 × 4
/// pixels, 9 unsigned orientations, each 2 × 2 block of cells normalised (L2, clipped at 0.2, then
/// not renormalised). They describe a digit by the direction of its strokes rather than by which
/// pixels are inked, so a marker's thick strokes and a pen's thin ones look alike: a linear model on
/// them read 52 of the 54 handwritten digits of the corpus scans against 39 on raw pixels (docs/ocr.md).
/// </summary>
public static class DigitFeatures
{
    private const int Cell = 4;
    private const int Cells = DigitShape.Size / Cell;
    private const int Orientations = 9;
    private const int BlockValues = 4 * Orientations;
    private const float Clip = 0.2f;

    public const int Count = (Cells - 1) * (Cells - 1) * BlockValues;

    public static float[] Of(float[] field)
    {
        const int size = DigitShape.Size;
        var cells = new float[Cells * Cells * Orientations];
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
            {
                var gx = (x < size - 1 ? field[y * size + x + 1] : 0) - (x > 0 ? field[y * size + x - 1] : 0);
                var gy = (y < size - 1 ? field[(y + 1) * size + x] : 0) - (y > 0 ? field[(y - 1) * size + x] : 0);
                var magnitude = MathF.Sqrt(gx * gx + gy * gy);
                if (magnitude == 0) continue;
                var angle = MathF.Atan2(gy, gx);
                if (angle < 0) angle += MathF.PI;
                // Each gradient is shared between the two nearest orientation bins.
                var bin = angle / MathF.PI * Orientations;
                var lower = (int)bin % Orientations;
                var share = bin - (int)bin;
                var at = ((y / Cell) * Cells + x / Cell) * Orientations;
                cells[at + lower] += magnitude * (1 - share);
                cells[at + (lower + 1) % Orientations] += magnitude * share;
            }

        var features = new float[Count];
        var block = new float[BlockValues];
        var written = 0;
        for (var by = 0; by < Cells - 1; by++)
            for (var bx = 0; bx < Cells - 1; bx++)
            {
                var k = 0;
                for (var dy = 0; dy < 2; dy++)
                    for (var dx = 0; dx < 2; dx++)
                        for (var o = 0; o < Orientations; o++)
                            block[k++] = cells[((by + dy) * Cells + bx + dx) * Orientations + o];
                var norm = MathF.Sqrt(block.Sum(v => v * v) + 1e-3f);
                foreach (var value in block) features[written++] = Math.Min(Clip, value / norm);
            }
        return features;
    }
}
