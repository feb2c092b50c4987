using Extraction.Records;
using Extraction.Registers;

namespace Extraction.Tests.Registers;

/// <summary>Số đến and duplicates, on header values of corpus letters.</summary>
public class IncomingBookTests
{
    // qn-qd-47-2025-scan: "Số: 47/QĐ-UBND" of Ủy ban nhân dân tỉnh Quảng Ngãi.
    private static LetterRecord Letter(string id, string? number = "47", string notation = "QĐ-UBND", string issuer = "Ủy ban nhân dân tỉnh Quảng Ngãi") =>
        new() { Id = id, Number = number, Notation = notation, Issuer = issuer };

    [Fact]
    public void Numbers_restart_each_calendar_year_in_arrival_order()
    {
        var registered = IncomingBook.Register(
        [
            new(Letter("b", "2"), new DateTime(2025, 1, 3)),
            new(Letter("a", "1"), new DateTime(2024, 12, 31, 16, 30, 0)),
            new(Letter("c", "3"), new DateTime(2025, 1, 2)),
        ]);
        Assert.Equal(["a 2024/1", "c 2025/1", "b 2025/2"], registered.Select(l => $"{l.Record.Id} {l.Year}/{l.Number}"));
    }

    [Theory]
    // A scan that lost diacritics, a zero-padded number, old-style tone placement: the same letter.
    [InlineData("47", "QD-UBND", "Ủy ban nhân dân tỉnh Quảng Ngãi")]
    [InlineData("047", "QĐ-UBND", "Ủy ban nhân dân tỉnh Quảng Ngãi")]
    [InlineData("47", "QĐ - UBND", "Uỷ ban nhân dân tỉnh  Quảng Ngãi")]
    public void The_same_number_notation_and_issuer_is_a_likely_duplicate(string number, string notation, string issuer)
    {
        var registered = IncomingBook.Register(
        [
            new(Letter("first"), new DateTime(2025, 1, 10)),
            new(Letter("again", number, notation, issuer), new DateTime(2025, 2, 1)),
        ]);
        Assert.Null(registered[0].DuplicateOf);
        Assert.Same(registered[0], registered[1].DuplicateOf);
    }

    [Theory]
    // Another number, another notation, another issuer, or a number left blank: not the same letter.
    [InlineData("48", "QĐ-UBND", "Ủy ban nhân dân tỉnh Quảng Ngãi")]
    [InlineData("47", "TB-UBND", "Ủy ban nhân dân tỉnh Quảng Ngãi")]
    [InlineData("47", "QĐ-UBND", "Ủy ban nhân dân thành phố Quảng Ngãi")]
    [InlineData(null, "QĐ-UBND", "Ủy ban nhân dân tỉnh Quảng Ngãi")]
    public void A_different_or_incomplete_triple_is_not_a_duplicate(string? number, string notation, string issuer)
    {
        var registered = IncomingBook.Register(
        [
            new(Letter("first", number), new DateTime(2025, 1, 10)),
            new(Letter("other", number is null ? null : "47", notation, issuer), new DateTime(2025, 2, 1)),
        ]);
        Assert.All(registered, l => Assert.Null(l.DuplicateOf));
    }

    [Fact]
    public void A_duplicate_across_years_names_the_earlier_year()
    {
        var registered = IncomingBook.Register(
        [
            new(Letter("first"), new DateTime(2024, 12, 30)),
            new(Letter("again"), new DateTime(2025, 1, 6)),
        ]);
        Assert.StartsWith("Có thể trùng văn bản đến số 1 năm 2024 (ngày đến 30/12/2024)", RegisterNotes.Of(registered[1]));
    }
}
