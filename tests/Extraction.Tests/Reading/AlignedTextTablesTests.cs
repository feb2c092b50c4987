using Extraction.Reading;

namespace Extraction.Tests.Reading;

/// <summary>Lines from made-blind6-kh-thoibinh-38-2026.txt, a commune plan as `pdftotext -layout` gives it.</summary>
public sealed class AlignedTextTablesTests
{
    private static readonly string[] Table =
    [
        "    III. PHÂN CÔNG THỰC HIỆN",
        "",
        "  TT    Nội dung                      Đơn vị chủ trì      Đơn vị phối hợp        Thời gian",
        "                                                                                 hoàn thành",
        "  1     Kiện toàn Ban Chỉ đạo         Phòng Văn hóa -     Trạm Y tế xã           Trước ngày",
        "        phòng, chống dịch bệnh xã     Xã hội                                     15/3/2026",
        "  2     Chiến dịch diệt lăng quăng,   Trạm Y tế xã        Trưởng các ấp; Đoàn    Tháng 4/2026",
        "        bọ gậy đợt 1                                      Thanh niên xã",
        "",
        "    IV. TỔ CHỨC THỰC HIỆN",
        "    1. Trạm Y tế xã là cơ quan thường trực, tham mưu Ban Chỉ đạo phòng, chống dịch bệnh",
    ];

    [Fact]
    public void Each_row_with_its_wrapped_lines_becomes_one_markdown_row()
    {
        Assert.Equal(
            [
                "    III. PHÂN CÔNG THỰC HIỆN",
                "",
                "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |",
                "| 1 | Kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh xã | Phòng Văn hóa - Xã hội | Trạm Y tế xã | Trước ngày 15/3/2026 |",
                "| 2 | Chiến dịch diệt lăng quăng, bọ gậy đợt 1 | Trạm Y tế xã | Trưởng các ấp; Đoàn Thanh niên xã | Tháng 4/2026 |",
                "",
                "    IV. TỔ CHỨC THỰC HIỆN",
                "    1. Trạm Y tế xã là cơ quan thường trực, tham mưu Ban Chỉ đạo phòng, chống dịch bệnh",
            ],
            AlignedTextTables.Unfold(Table));
    }

    [Fact]
    public void A_two_column_header_and_prose_are_left_as_they_are()
    {
        string[] lines =
        [
            "       ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "      Số: 38/KH-UBND                      Thới Bình, ngày 02 tháng 3 năm 2026",
            "TT  một dòng văn xuôi  bắt đầu bằng chữ TT",
            "    Căn cứ Quyết định số 415/QĐ-BYT ngày 12 tháng 02 năm 2025 của Bộ Y tế ban hành",
        ];

        Assert.Equal(lines, AlignedTextTables.Unfold(lines));
    }
}
