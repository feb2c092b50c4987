using Extraction.Records;

namespace Extraction.Registers;

/// <summary>A letter as it arrived: its record and when it was received (ingested or extracted).</summary>
public sealed record Arrival(LetterRecord Record, DateTime ArrivedAt);

/// <summary>A letter entered in the incoming register: its số đến within the year of arrival, and
/// the earlier letter it likely repeats, if any.</summary>
public sealed record RegisteredLetter(int Number, DateTime ArrivedAt, LetterRecord Record, RegisteredLetter? DuplicateOf)
{
    public int Year => ArrivedAt.Year;
    public DateOnly ArrivalDate => DateOnly.FromDateTime(ArrivedAt);
}
