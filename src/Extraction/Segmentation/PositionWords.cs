using Extraction.Text;

namespace Extraction.Segmentation;

/// <summary>The titles of the people who sign letters: "CHỦ TỊCH", "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"...</summary>
public static class PositionWords
{
    private static readonly string[] Titles =
    [
        "chu tich", "giam doc", "truong ban", "chanh van phong", "thu tuong", "bo truong", "thu truong",
        "truong phong", "chanh thanh tra", "bi thu", "cuc truong", "vu truong", "hieu truong", "chu nhiem",
        "tong giam doc", "chi cuc truong", "truong doan", "thu ky", "vien truong", "tong cuc truong",
        "chanh an", "vien truong", "chi huy truong", "tong bi thu", "chu tich nuoc",
    ];

    /// <summary>True when the line names a signing title (folded match, so OCR that lost marks still counts).</summary>
    public static bool IsPosition(string line)
    {
        var folded = " " + VietnameseText.FoldLower(line) + " ";
        return Titles.Any(t => folded.Contains(" " + t + " ", StringComparison.Ordinal));
    }
}
