namespace Extraction.Reading.Ocr;

internal static class BoxGeometry
{
    public static Box Union(IEnumerable<Box> boxes)
    {
        double left = double.MaxValue, top = double.MaxValue, right = double.MinValue, bottom = double.MinValue;
        foreach (var box in boxes)
        {
            left = Math.Min(left, box.Left);
            top = Math.Min(top, box.Top);
            right = Math.Max(right, box.Left + box.Width);
            bottom = Math.Max(bottom, box.Top + box.Height);
        }
        return left > right ? new Box(0, 0, 0, 0) : new Box(left, top, right - left, bottom - top);
    }
}
