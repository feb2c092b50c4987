namespace Extraction.Registers;

/// <summary>The Ghi chú column: the urgency mark, and the earlier arrival a letter likely repeats.</summary>
public static class RegisterNotes
{
    public static string Of(RegisteredLetter letter)
    {
        var notes = new List<string>();
        if (letter.Record.Urgency is { } urgency) notes.Add(urgency);
        if (letter.DuplicateOf is { } earlier) notes.Add(DuplicateNote(earlier));
        return string.Join("; ", notes);
    }

    public static string DuplicateNote(RegisteredLetter earlier) =>
        $"Có thể trùng văn bản đến số {earlier.Number} năm {earlier.Year} (ngày đến {LetterDescription.Date(earlier.ArrivalDate)}): cùng số, ký hiệu và tác giả";
}
