using Extraction.Records;

namespace Extraction.Registers;

/// <summary>Sổ theo dõi giải quyết văn bản đến (Decree 30/2020, Phụ lục IV): one row per letter in
/// số đến order, with the earliest deadline the letter sets as its thời hạn giải quyết. Who handles
/// it, the progress and the answer are the clerk's to write.</summary>
public static class FollowUpRegister
{
    public static readonly IReadOnlyList<RegisterColumn> Columns =
    [
        new("Số đến", 8),
        new("Tên loại, số, ký hiệu, ngày, tháng và cơ quan ban hành văn bản", 55),
        new("Đơn vị nhận", 22),
        new("Thời hạn giải quyết", 14),
        new("Tiến độ giải quyết", 22),
        new("Số, ký hiệu văn bản trả lời", 20),
        new("Ghi chú", 30),
    ];

    public static RegisterTable For(int year, IEnumerable<RegisteredLetter> letters) => new(
        "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN", "Sổ theo dõi giải quyết", year, Columns,
        letters.Where(l => l.Year == year).OrderBy(l => l.Number).Select(Row).ToList());

    private static IReadOnlyList<RegisterCell> Row(RegisteredLetter letter) =>
    [
        RegisterCell.Of(letter.Number),
        RegisterCell.Of(LetterDescription.Identification(letter.Record)),
        RegisterCell.Blank,
        IsoDates.EarliestDeadline(letter.Record) is { } due ? RegisterCell.Of(due) : RegisterCell.Blank,
        RegisterCell.Blank,
        RegisterCell.Blank,
        RegisterCell.Of(letter.DuplicateOf is { } earlier ? RegisterNotes.DuplicateNote(earlier) : null),
    ];
}
