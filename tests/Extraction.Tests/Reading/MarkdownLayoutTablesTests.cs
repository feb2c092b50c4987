using Extraction.Reading;

namespace Extraction.Tests.Reading;

/// <summary>Lines from made-blind3-kh-dongtien-45-2026.md, a commune plan as an OCR-to-markdown tool gives it.</summary>
public sealed class MarkdownLayoutTablesTests
{
    [Fact]
    public void A_header_set_as_a_table_is_read_left_column_then_right()
    {
        string[] lines =
        [
            "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
            "|---|---|",
            "| **XÃ ĐỒNG TIẾN** | **Độc lập - Tự do - Hạnh phúc** |",
            "| Số: 45/KH-UBND | *Đồng Tiến, ngày 23 tháng 02 năm 2026* |",
            "",
            "# KẾ HOẠCH",
        ];

        Assert.Equal(
            ["ỦY BAN NHÂN DÂN", "**XÃ ĐỒNG TIẾN**", "Số: 45/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "**Độc lập - Tự do - Hạnh phúc**", "*Đồng Tiến, ngày 23 tháng 02 năm 2026*", "", "# KẾ HOẠCH"],
            MarkdownLayoutTables.Unfold(lines));
    }

    [Fact]
    public void A_signer_block_set_as_a_table_gives_one_line_per_line_of_its_cells()
    {
        string[] lines =
        [
            "| *Nơi nhận:*<br>- UBND tỉnh Phú Thọ (b/c);<br>- Lưu: VT, KT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br><br><br><br>**Đinh Công Hưởng** |",
            "|---|---|",
        ];

        Assert.Equal(
            ["*Nơi nhận:*", "- UBND tỉnh Phú Thọ (b/c);", "- Lưu: VT, KT.", "**TM. ỦY BAN NHÂN DÂN**", "**CHỦ TỊCH**", "**Đinh Công Hưởng**"],
            MarkdownLayoutTables.Unfold(lines));
    }

    [Fact]
    public void A_table_of_figures_or_tasks_is_left_as_it_is()
    {
        string[] lines =
        [
            "| Chỉ tiêu | Năm 2025 |",
            "|---|---|",
            "| Tỷ lệ thu gom chất thải rắn | 88,6% |",
            "| TT | Nội dung | Đơn vị thực hiện | Thời hạn |",
        ];

        Assert.Equal(lines, MarkdownLayoutTables.Unfold(lines));
    }
}
