using Extraction.Reading.Ocr;
using Extraction.Reading.Ocr.Handwriting;

namespace Extraction.Tests.Ocr.Handwriting;

/// <summary>The steps between a blank's pixels and its digits: cutting the ink into digits, choosing a
/// reading the blank allows, and the built-in model.</summary>
public sealed class DigitReadingTests
{
    [Fact]
    public void A_day_is_read_as_the_likeliest_day_there_is()
    {
        // The model prefers "4" then "1" for the first mark and "5" for the second: "45" is no day.
        float[][] marks = [Probabilities((4, 0.6f), (1, 0.4f)), Probabilities((5, 0.9f), (6, 0.1f))];

        Assert.Equal("15", HandwrittenFieldReader.Decode(BlankKind.Day, marks));
        Assert.Equal("45", HandwrittenFieldReader.Decode(BlankKind.Number, marks));
    }

    [Fact]
    public void A_month_keeps_its_leading_zero_and_stays_within_the_year()
    {
        Assert.Equal("04", HandwrittenFieldReader.Decode(BlankKind.Month, [Probabilities((0, 1f)), Probabilities((4, 1f))]));
        Assert.Equal("12", HandwrittenFieldReader.Decode(BlankKind.Month, [Probabilities((1, 1f)), Probabilities((7, 0.7f), (2, 0.3f))]));
        Assert.Equal("9", HandwrittenFieldReader.Decode(BlankKind.Month, [Probabilities((9, 1f))]));
    }

    [Fact]
    public void Too_many_marks_for_the_blank_give_no_reading()
    {
        var three = Enumerable.Repeat(Probabilities((1, 1f)), 3).ToList();
        Assert.Null(HandwrittenFieldReader.Decode(BlankKind.Day, three));
        Assert.Null(HandwrittenFieldReader.Decode(BlankKind.Number, Enumerable.Repeat(Probabilities((1, 1f)), 7).ToList()));
        Assert.Null(HandwrittenFieldReader.Decode(BlankKind.Number, []));
    }

    [Fact]
    public void The_segmenter_keeps_digits_and_drops_specks_rules_and_cut_letters()
    {
        // A 120 × 60 blank, printed band rows 20..50: two digit strokes, a rule above the line, a
        // speck, and the sliver of a printed letter at the left edge.
        var image = Canvas(120, 60);
        Fill(image, 30, 22, 8, 26);     // "1"
        Fill(image, 60, 22, 18, 4);     // a "7": its bar and, overlapping it, its stem
        Fill(image, 72, 22, 5, 26);
        Fill(image, 5, 2, 110, 2);      // the rule under the letterhead
        Fill(image, 100, 40, 1, 1);     // speck
        Fill(image, 0, 25, 3, 20);      // end of a printed letter

        var marks = DigitSegmenter.Segment(image, 20, 50);

        Assert.Equal([30, 60], marks.Select(m => m.Box.Left));
        Assert.All(marks, m => Assert.Equal(26, m.Box.Height));
    }

    [Fact]
    public void Two_digits_written_touching_are_cut_apart_where_the_ink_is_thinnest()
    {
        var image = Canvas(120, 60);
        Fill(image, 20, 22, 20, 26);    // two digit-sized blocks
        Fill(image, 40, 40, 4, 3);      // and the thin stroke that joins them
        Fill(image, 44, 22, 20, 26);

        var mark = Assert.Single(DigitSegmenter.Segment(image, 20, 50));
        var (left, right) = DigitSegmenter.Split(mark) ?? throw new Xunit.Sdk.XunitException("a mark 44 wide and 26 tall is split");

        Assert.Equal((20, 40), (left.Box.Left, left.Box.Left + left.Box.Width));
        Assert.Equal(26, left.Box.Height);
        Assert.True(right.Box.Left >= 40 && right.Box.Left + right.Box.Width == 64);
        Assert.Null(DigitSegmenter.Split(left));
    }

    [Fact]
    public void A_wide_digit_is_not_cut_into_a_flat_bar_and_the_rest()
    {
        // A "5" written wide: its bar runs far right of the bowl, so the thinnest column cuts off only bar.
        var image = Canvas(120, 60);
        Fill(image, 20, 22, 40, 4);     // the bar
        Fill(image, 20, 22, 4, 14);     // the stem down to the bowl
        Fill(image, 20, 34, 20, 14);    // the bowl, filled for the test

        var mark = Assert.Single(DigitSegmenter.Segment(image, 20, 50));

        Assert.True(mark.Box.Width > mark.Box.Height * 1.15);
        Assert.Null(DigitSegmenter.Split(mark));
    }

    [Fact]
    public void A_digit_is_drawn_centred_in_a_28_pixel_field_like_the_training_digits()
    {
        var image = Canvas(30, 60);
        Fill(image, 0, 0, 30, 60);

        var field = DigitShape.Normalise(new InkImage(30, 60, image.Ink));

        // 60 tall → 20 tall, 30 wide → 10 wide, centred: rows 4..23, columns 9..18.
        Assert.Equal(200, field.Sum(), 1);
        Assert.Equal(0, field[3 * 28 + 14]);
        Assert.Equal(1, field[4 * 28 + 14], 3);
        Assert.Equal(0, field[14 * 28 + 8]);
        Assert.Equal(1, field[14 * 28 + 9], 3);
    }

    [Fact]
    public void The_built_in_model_is_there_and_says_how_well_it_read_digits_it_never_saw()
    {
        var model = LinearDigitModel.BuiltIn;

        Assert.NotNull(model);
        Assert.Equal(10_000, model.Facts.TestDigits);
        Assert.True(model.Facts.TestAccuracy >= 0.97, $"MNIST test accuracy {model.Facts.TestAccuracy}");
        Assert.Same(model, new OcrOptions().HandwrittenDigits);
    }

    [Fact]
    public void A_model_file_reads_back_to_the_same_probabilities()
    {
        var model = LinearDigitModel.BuiltIn!;
        var field = new float[28 * 28];
        for (var y = 4; y < 24; y++) field[y * 28 + 14] = 1;   // a "1"
        using var file = new MemoryStream();

        model.Write(file);
        file.Position = 0;
        var again = LinearDigitModel.Read(file);

        Assert.Equal(model.Probabilities(field), again.Probabilities(field));
        Assert.Equal(1, Array.IndexOf(again.Probabilities(field), again.Probabilities(field).Max()));
    }

    [Fact]
    public void A_model_trained_on_other_features_is_refused_with_the_command_that_retrains_it()
    {
        using var file = new MemoryStream();
        LinearDigitModel.BuiltIn!.Write(file);
        var text = System.Text.Encoding.UTF8.GetString(file.ToArray()).Replace("\"features\": \"hog", "\"features\": \"pixels");

        var error = Assert.Throws<InvalidDataException>(() => LinearDigitModel.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))));
        Assert.Contains("train-digits", error.Message);
    }

    private static float[] Probabilities(params (int Digit, float Probability)[] values)
    {
        var probabilities = new float[10];
        foreach (var (digit, probability) in values) probabilities[digit] = probability;
        return probabilities;
    }

    private static InkImage Canvas(int width, int height) => new(width, height, new float[width * height]);

    private static void Fill(InkImage image, int left, int top, int width, int height)
    {
        for (var y = top; y < top + height; y++)
            for (var x = left; x < left + width; x++) image.Ink[y * image.Width + x] = 1;
    }
}
