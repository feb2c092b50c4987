using Extraction.Text;

namespace Extraction.Tests.Text;

public class OrganizationNamesTests
{
    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Ủy ban nhân dân tỉnh Quảng Ngãi")]
    [InlineData("UBND THÀNH PHỐ CẦN THƠ", "Ủy ban nhân dân thành phố Cần Thơ")]
    [InlineData("BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH VÀ CHUYÊN ĐỔI SỐ", "Ban Chỉ đạo cải cách hành chính và chuyển đổi số")]
    [InlineData("SỞ NỘI VỤ", "Sở Nội vụ")]
    [InlineData("CHÍNH PHỦ", "Chính phủ")]
    [InlineData("BAN CHỈ ĐẠO 138", "Ban Chỉ đạo 138")]
    public void Formats_a_header_name_as_written_in_running_text(string printed, string written) =>
        Assert.Equal(written, OrganizationNames.Format(printed));

    [Theory]
    [InlineData("BAN CHỈ ĐẠO CẢI CÁCH HÀNH", true)]
    [InlineData("ỦY BAN NHÂN DÂN", true)]
    [InlineData("UBND TỈNH QUẢNG NGÃI", true)]
    [InlineData("TỈNH QUẢNG NGÃI", false)]        // continues "ỦY BAN NHÂN DÂN"
    [InlineData("CHÍNH VÀ CHUYÊN ĐỔI SỐ", false)]  // continues "BAN CHỈ ĐẠO CẢI CÁCH HÀNH"
    public void Knows_which_header_lines_start_a_new_body(string line, bool starts) =>
        Assert.Equal(starts, OrganizationNames.StartsBodyName(line));
}
