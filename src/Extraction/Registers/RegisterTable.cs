using System.Globalization;

namespace Extraction.Registers;

/// <summary>A column of a register: its heading and its printed width in characters.</summary>
public sealed record RegisterColumn(string Heading, double Width);

/// <summary>One cell: the text a person reads, and the date or number it stands for when it is one,
/// so a spreadsheet can sort and format it. Dates, numbers and partial dates are centred.</summary>
public sealed record RegisterCell(string Text, DateOnly? Date = null, int? Number = null)
{
    public static readonly RegisterCell Blank = new("");

    public bool Centered { get; init; }

    public static RegisterCell Of(string? text) => text is null ? Blank : new(text);

    public static RegisterCell Of(DateOnly date) => new(LetterDescription.Date(date), Date: date);

    public static RegisterCell Of(int number) => new(number.ToString(CultureInfo.InvariantCulture), Number: number);

    /// <summary>A letter's ISO date: a date cell when whole, its text ("05/2024") when partial.</summary>
    public static RegisterCell OfIsoDate(string? isoDate) => isoDate is null ? Blank
        : Records.IsoDates.Full(isoDate) is { } date ? Of(date) : new(LetterDescription.Date(isoDate)) { Centered = true };
}

/// <summary>A register for one year: title, columns and rows, ready to print or save.</summary>
public sealed record RegisterTable(string Title, string SheetName, int Year, IReadOnlyList<RegisterColumn> Columns, IReadOnlyList<IReadOnlyList<RegisterCell>> Rows);
