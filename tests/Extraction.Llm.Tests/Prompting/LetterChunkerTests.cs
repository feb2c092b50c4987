using Extraction.Llm.Prompting;

namespace Extraction.Llm.Tests.Prompting;

public sealed class LetterChunkerTests
{
    private readonly LocalLetter _letter = TestLetters.Read("seed-000.txt");

    [Fact]
    public void AShortLetterIsOnePart()
    {
        var parts = LetterChunker.Split(_letter.Letter, 100_000);
        Assert.Equal(_letter.Letter.Lines, Assert.Single(parts).Lines);
    }

    [Theory]
    [InlineData(1_500)]
    [InlineData(4_000)]
    public void PartsFitTheBudgetKeepEveryLineInOrderAndCutBetweenZones(int budget)
    {
        var parts = LetterChunker.Split(_letter.Letter, budget);

        Assert.True(parts.Count > 1);
        Assert.Equal(_letter.Letter.Lines, parts.SelectMany(p => p.Lines));
        Assert.All(parts, p => Assert.True(p.Lines.Sum(l => TokenEstimate.Of(LetterLines.Format(l, _letter.Letter.ZoneOf(l))) + 1) <= budget));
        // A cut falls between two zones unless one zone alone is longer than the budget.
        foreach (var (before, after) in parts.Zip(parts.Skip(1)))
        {
            var zone = _letter.Letter.ZoneOf(after.Lines[0]);
            if (_letter.Letter.ZoneOf(before.Lines[^1]) != zone) continue;
            var zoneCost = _letter.Letter.Lines.Where(l => _letter.Letter.ZoneOf(l) == zone)
                .Sum(l => TokenEstimate.Of(LetterLines.Format(l, zone)) + 1);
            Assert.True(zoneCost > budget, $"part {before.Index + 1} ends inside {zone}, which would fit a part");
        }
    }

    [Fact]
    public void TheHeaderStaysInOnePart()
    {
        var parts = LetterChunker.Split(_letter.Letter, 1_500);
        var header = _letter.Letter.Lines.Where(l => _letter.Letter.ZoneOf(l) is Segmentation.Zone.Issuer or Segmentation.Zone.Number or Segmentation.Zone.PlaceDate);
        Assert.Single(parts, p => p.Lines.Intersect(header).Any());
    }
}
