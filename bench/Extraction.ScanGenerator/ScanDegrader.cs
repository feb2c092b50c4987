using SkiaSharp;

namespace Extraction.ScanGenerator;

/// <summary>Turns a clean rendered page into what a scanner or a phone would make of it. Seeded: the same
/// page and seed give the same scan.</summary>
public sealed class ScanDegrader(int seed)
{
    private static readonly SKColor Paper = new(232, 228, 218);
    private static readonly SKColor SealRed = new(210, 35, 45, 210);
    private static readonly SKColor PenBlue = new(25, 35, 125);

    public SKBitmap Degrade(RenderedPage page, ScanProfile profile, int pageIndex)
    {
        var random = new Random(seed * 1000 + pageIndex);
        var clean = page.Bitmap;
        using var marked = clean.Copy();
        if (profile.StampAndSignature && page.SignatureArea is { } area)
        {
            using var canvas = new SKCanvas(marked);
            DrawSignature(canvas, area, random);
            DrawSeal(canvas, area, profile.Dpi);
        }

        var result = new SKBitmap(clean.Width, clean.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using (var canvas = new SKCanvas(result))
        {
            canvas.Clear(profile.GreyPaper ? Paper : SKColors.White);
            var angle = (float)((random.NextDouble() * 2 - 1) * profile.MaxRotationDegrees);
            var transform = SKMatrix.CreateRotationDegrees(angle, clean.Width / 2f, clean.Height / 2f);
            if (profile.Photo) transform = transform.PostConcat(Perspective(clean.Width, clean.Height));
            canvas.SetMatrix(transform);
            using var paint = new SKPaint { BlendMode = profile.GreyPaper ? SKBlendMode.Multiply : SKBlendMode.SrcOver };
            if (profile.BlurSigma > 0) paint.ImageFilter = SKImageFilter.CreateBlur(profile.BlurSigma, profile.BlurSigma);
            using var image = SKImage.FromBitmap(marked);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear), paint);
            canvas.ResetMatrix();
            if (profile.Photo) DrawUnevenLight(canvas, clean.Width, clean.Height);
        }
        if (profile.NoiseAmplitude > 0) AddNoise(result, profile.NoiseAmplitude, random);
        return profile.QuarterTurns % 4 == 0 ? result : Turn(result, profile.QuarterTurns);
    }

    private static SKBitmap Turn(SKBitmap page, int quarterTurns)
    {
        var sideways = quarterTurns % 2 == 1;
        var turned = new SKBitmap(sideways ? page.Height : page.Width, sideways ? page.Width : page.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using (var canvas = new SKCanvas(turned))
        using (var image = SKImage.FromBitmap(page))
        {
            canvas.Translate(turned.Width / 2f, turned.Height / 2f);
            canvas.RotateDegrees(90 * quarterTurns);
            canvas.Translate(-page.Width / 2f, -page.Height / 2f);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        }
        page.Dispose();
        return turned;
    }

    private static void DrawSignature(SKCanvas canvas, SKRect area, Random random)
    {
        using var pen = new SKPaint { Color = PenBlue, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = area.Height / 45 };
        using var path = new SKPathBuilder();
        var x = area.Left + area.Width * 0.25f;
        var y = area.MidY;
        path.MoveTo(x, y);
        for (var stroke = 0; stroke < 6; stroke++)
        {
            float Next(float span) => (float)(random.NextDouble() * span);
            var endX = x + area.Width * 0.1f;
            path.CubicTo(x + Next(area.Width * 0.2f), y - Next(area.Height * 0.5f),
                         x - Next(area.Width * 0.1f), y + Next(area.Height * 0.4f), endX, y + Next(area.Height * 0.2f) - area.Height * 0.1f);
            x = endX;
        }
        using var scrawl = path.Detach();
        canvas.DrawPath(scrawl, pen);
    }

    // A round seal overlapping the left of the signature, as signed letters carry it.
    private static void DrawSeal(SKCanvas canvas, SKRect area, int dpi)
    {
        var radius = 0.7f * dpi;
        var centre = new SKPoint(area.Left + radius * 0.3f, area.MidY);
        using var ink = new SKPaint { Color = SealRed, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = dpi / 60f };
        canvas.DrawCircle(centre, radius, ink);
        canvas.DrawCircle(centre, radius * 0.72f, ink);
        using var typeface = SKTypeface.FromFile("/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf");
        using var font = new SKFont(typeface, radius * 0.2f);
        using var text = new SKPaint { Color = SealRed, IsAntialias = true };
        using var ringBuilder = new SKPathBuilder();
        ringBuilder.AddCircle(centre.X, centre.Y, radius * 0.8f);
        using var ring = ringBuilder.Detach();
        canvas.DrawTextOnPath("ỦY BAN NHÂN DÂN ★ TỈNH QUẢNG NGÃI ★", ring, new SKPoint(0, 0), SKTextAlign.Left, font, text);
        using var starBuilder = new SKPathBuilder();
        for (var i = 0; i < 10; i++)
        {
            var r = i % 2 == 0 ? radius * 0.35f : radius * 0.14f;
            var a = Math.PI / 5 * i - Math.PI / 2;
            var point = new SKPoint(centre.X + r * (float)Math.Cos(a), centre.Y + r * (float)Math.Sin(a));
            if (i == 0) starBuilder.MoveTo(point); else starBuilder.LineTo(point);
        }
        starBuilder.Close();
        using var star = starBuilder.Detach();
        canvas.DrawPath(star, text);
    }

    private static SKMatrix Perspective(int width, int height)
    {
        // The top edge a little narrower than the bottom, as when a phone is held below the page.
        var shrink = SKMatrix.CreateScale(0.92f, 0.92f, width / 2f, height / 2f);
        var tilt = new SKMatrix(1, 0, 0, 0, 1, 0, 0, -0.025f / height, 1);
        var recentre = SKMatrix.CreateTranslation(width * 0.0f, height * 0.02f);
        return shrink.PostConcat(tilt).PostConcat(recentre);
    }

    private static void DrawUnevenLight(SKCanvas canvas, int width, int height)
    {
        using var shade = new SKPaint
        {
            BlendMode = SKBlendMode.Multiply,
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
                [SKColors.White, new SKColor(150, 145, 135)], SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, 0, width, height, shade);
    }

    private static void AddNoise(SKBitmap bitmap, int amplitude, Random random)
    {
        var pixels = bitmap.GetPixelSpan().ToArray();
        for (var i = 0; i < pixels.Length; i += 4)
        {
            var delta = random.Next(-amplitude, amplitude + 1);
            for (var c = 0; c < 3; c++) pixels[i + c] = (byte)Math.Clamp(pixels[i + c] + delta, 0, 255);
        }
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
    }
}
