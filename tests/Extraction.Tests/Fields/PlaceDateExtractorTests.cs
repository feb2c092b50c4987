using Extraction.Fields;

namespace Extraction.Tests.Fields;

public class PlaceDateExtractorTests
{
    [Theory]
    [InlineData("Cần Thơ, ngày 25 tháng 5 năm 2023", "Cần Thơ", "2023-05-25")]
    [InlineData("Đông Hà, ngày tháng 5 năm 2024", "Đông Hà", "2024-05")]          // day left blank
    [InlineData("Biên Hòa, ngày 04 tháng 5 năm 2024", "Biên Hòa", "2024-05-04")]
    [InlineData("Vị Thanh, ngày 6 tháng 4 năm 2011", "Vị Thanh", "2011-04-06")]
    [InlineData("Quảng Ngãi, ngày 24 tháng 01 năm 2025", "Quảng Ngãi", "2025-01-24")]
    [InlineData("Hà Nội, ngày      tháng      năm 2026", "Hà Nội", "2026")]        // day and month blank
    [InlineData("Hung Yên, ngày 3 tháng 7 năm 2024", "Hưng Yên", "2024-07-03")]   // OCR lost the horn
    [InlineData("Quang Ngai, ngay 08 thang 01 nam 2025", "Quảng Ngãi", "2025-01-08")]
    [InlineData("Hà Nội, ngày 31 tháng 2 năm 2026", "Hà Nội", "2026-02")]          // no such day: kept partial, not invented
    [InlineData("Quảng Ngãi, ngày⁄|5 tháng 01 năm 2025", "Quảng Ngãi", "2025-01-15")] // qn-cv-299 scan: the 1 read as a stroke
    [InlineData("Quảng Ngãi, ngày@¿ tháng 1] năm 2024", "Quảng Ngãi", "2024-11")]     // qn-bc-280 scan: handwritten day, 11 read as "1]"
    [InlineData("Quảng Ngãi, ngày 4T tháng 0I năm 2025", "Quảng Ngãi", "2025-01")]    // qn-qd-47 scan: "4T" is a misread day, not the 4th
    public void Parses_place_and_date(string line, string place, string date) =>
        Assert.Equal((place, date), PlaceDateExtractor.Parse(line));
}
