using System.Globalization;
using Extraction.Records;

namespace Extraction.Registers;

/// <summary>How the registers and the processing slip name a letter, in the clerks' own words.</summary>
public static class LetterDescription
{
    private const string Official = "Công văn";

    /// <summary>Số, ký hiệu as printed: "62/BCĐCCHC&amp;CĐS"; "/UBND-NV" when the number is left blank.</summary>
    public static string Code(LetterRecord record) => (record.Number, record.Notation) switch
    {
        (null, null) => "",
        (var number, null) => number,
        (var number, var notation) => $"{number}/{notation}",
    };

    /// <summary>Tên loại và trích yếu: a công văn's subject follows "V/v" (về việc), other types' subjects follow the title.</summary>
    public static string TypeAndSubject(LetterRecord record) => (record.DocumentType, record.Subject) switch
    {
        (null, var subject) => subject ?? "",
        (var type, null) => type,
        (Official, var subject) => $"{Official} về việc {subject}",
        (var type, var subject) => $"{type} {subject}",
    };

    /// <summary>"Công văn số 62/BCĐCCHC&amp;CĐS ngày 25/05/2023 của Ban Chỉ đạo ...": the parts the letter has.</summary>
    public static string Identification(LetterRecord record)
    {
        var parts = new List<string> { record.DocumentType ?? "Văn bản" };
        if (Code(record) is { Length: > 0 } code) parts.Add("số " + code);
        if (record.IssuedDate is not null) parts.Add("ngày " + Date(record.IssuedDate));
        if (record.Issuer is not null) parts.Add("của " + record.Issuer);
        return string.Join(' ', parts);
    }

    /// <summary>dd/MM/yyyy, as the registers write dates; "05/2024" or "2023" for a partial date.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(string isoDate) => IsoDates.Full(isoDate) is { } date ? Date(date)
        : string.Join('/', isoDate.Split('-').Reverse());
}
