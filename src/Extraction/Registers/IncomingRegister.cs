namespace Extraction.Registers;

/// <summary>Sổ đăng ký văn bản đến (Decree 30/2020, Phụ lục IV): one row per letter in số đến order.
/// The columns a clerk fills when passing the letter on (người nhận, ngày chuyển, ký nhận) are
/// left blank.</summary>
public static class IncomingRegister
{
    public static readonly IReadOnlyList<RegisterColumn> Columns =
    [
        new("Ngày đến", 12),
        new("Số đến", 8),
        new("Tác giả", 30),
        new("Số, ký hiệu", 20),
        new("Ngày tháng", 12),
        new("Tên loại và trích yếu nội dung", 50),
        new("Đơn vị hoặc người nhận", 20),
        new("Ngày chuyển", 12),
        new("Ký nhận", 12),
        new("Ghi chú", 30),
    ];

    public static RegisterTable For(int year, IEnumerable<RegisteredLetter> letters) => new(
        "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", "Sổ đăng ký văn bản đến", year, Columns,
        letters.Where(l => l.Year == year).OrderBy(l => l.Number).Select(Row).ToList());

    private static IReadOnlyList<RegisterCell> Row(RegisteredLetter letter) =>
    [
        RegisterCell.Of(letter.ArrivalDate),
        RegisterCell.Of(letter.Number),
        RegisterCell.Of(letter.Record.Issuer),
        RegisterCell.Of(LetterDescription.Code(letter.Record)),
        RegisterCell.OfIsoDate(letter.Record.IssuedDate),
        RegisterCell.Of(LetterDescription.TypeAndSubject(letter.Record)),
        RegisterCell.Blank,
        RegisterCell.Blank,
        RegisterCell.Blank,
        RegisterCell.Of(RegisterNotes.Of(letter)),
    ];
}
