using Extraction.Text;

namespace Extraction.Exchange;

/// <summary>The mức độ khẩn mark and edXML's OtherInfo/Priority: 0 thường, 1 khẩn, 2 thượng khẩn,
/// 3 hỏa tốc, 4 hỏa tốc hẹn giờ.</summary>
public static class UrgencyPriority
{
    public const int Lowest = 0;
    public const int Highest = 4;

    /// <summary>The priority of an urgency mark; 0 when there is none, null when the mark is not one of the standard's.</summary>
    public static int? Of(string? urgency) => urgency is null ? Lowest : VietnameseText.FoldLower(urgency).Trim() switch
    {
        "khan" => 1,
        "thuong khan" => 2,
        "hoa toc" => 3,
        "hoa toc hen gio" => 4,
        _ => null,
    };

    /// <summary>The record's urgency for a priority. The record knows no "hẹn giờ" mark, so 4 reads as "Hỏa tốc".</summary>
    public static string? UrgencyOf(int priority) => priority switch
    {
        1 => "Khẩn",
        2 => "Thượng khẩn",
        3 or 4 => "Hỏa tốc",
        _ => null,
    };
}
