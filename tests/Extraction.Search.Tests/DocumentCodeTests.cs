using Extraction.Search.Analysis;

namespace Extraction.Search.Tests;

public sealed class DocumentCodeTests
{
    [Theory]
    [InlineData("45/2020/NĐ-CP", "45/2020/nd-cp")]
    [InlineData("45 / 2020 / nđ - cp", "45/2020/nd-cp")]
    [InlineData("62/BCĐCCHC&CĐS", "62/bcdcchc&cds")]
    [InlineData("05/CT-TTg", "05/ct-ttg")]
    public void Key_ignores_case_spaces_and_đ(string code, string key)
    {
        Assert.Equal(key, DocumentCode.Key(code));
    }

    [Theory]
    [InlineData("công văn 1010/UBND-KSTT", "1010/UBND-KSTT")]
    [InlineData("theo Chỉ thị số 05 / CT-TTg của Thủ tướng", "05 / CT-TTg")]
    [InlineData("Nghị định 45/2020/NĐ-CP", "45/2020/NĐ-CP")]
    [InlineData("Số: /UBND-NV", "/UBND-NV")]
    [InlineData("Quyết định số 04/QĐ-BCĐ138", "04/QĐ-BCĐ138")]
    public void Codes_are_found_in_a_query(string query, string code)
    {
        Assert.Equal([code], DocumentCode.FindIn(query).Select(m => m.Value.Trim()));
    }

    [Theory]
    [InlineData("hạn ngày 15/6/2023")]
    [InlineData("cải cách hành chính")]
    public void Dates_and_words_are_not_codes(string query)
    {
        Assert.Empty(DocumentCode.FindIn(query));
    }
}
