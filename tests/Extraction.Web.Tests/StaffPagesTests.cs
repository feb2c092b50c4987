using System.Net;
using Extraction.Records;
using Extraction.Web.Tests.Fixtures;

namespace Extraction.Web.Tests;

/// <summary>The pages' HTML as the server sends it; what a person sees in a browser is in <see cref="BrowserTests"/>.</summary>
public sealed class StaffPagesTests(StaffSearchFactory site) : IClassFixture<StaffSearchFactory>
{
    private readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task The_letter_page_links_cited_codes_to_letters_in_the_archive()
    {
        var html = await client.GetStringAsync("/van-ban/seed-000");

        // seed-000 cites Chỉ thị 05/CT-UBND, which the archive holds as qn-ct-05-2020-scan.
        Assert.Contains("<a href=\"/van-ban/qn-ct-05-2020-scan\">Chỉ thị 05/CT-UBND</a>", html);
        Assert.Contains("<span>Nghị định 45/2020/NĐ-CP</span>", html);
        Assert.Contains("chậm nhất 15/06/2023", html);
    }

    [Fact]
    public async Task The_letter_page_offers_the_printable_processing_slip_drafted_from_its_tasks()
    {
        var page = await client.GetStringAsync("/van-ban/seed-000");
        Assert.Contains("href=\"/api/letters/seed-000/slip\"", page);

        var response = await client.GetAsync("/api/letters/seed-000/slip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var slip = await response.Content.ReadAsStringAsync();
        Assert.Contains("PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN", slip);
        // The site's records are the gold records, whose tasks carry no deadlines of their own.
        Assert.Contains("<li>Giao Sở Tài chính chủ trì thực hiện nội dung mục 2.c", slip);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/letters/no-such-letter/slip")).StatusCode);
    }

    [Fact]
    public async Task The_deadlines_page_starts_from_today()
    {
        var html = await client.GetStringAsync("/han-xu-ly?assignee=" + Uri.EscapeDataString("So Thong tin va Truyen thong"));

        // Today is 1 July 2024: the 2023 deadlines of seed-000 are past, the 2025 one of qn-cv-507-2025 is ahead.
        Assert.Contains("value=\"01/07/2024\"", html);
        Assert.Contains("chậm nhất 10/02/2025", html);
        Assert.Contains("<a href=\"/van-ban/qn-cv-507-2025\">507/UBND-KGVX</a>", html);
        Assert.DoesNotContain("/2023", html[html.IndexOf("<table", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task A_record_written_while_serving_is_searchable_and_its_text_stays_text()
    {
        var record = new LetterRecord
        {
            Id = "injected",
            DocumentType = "Công văn",
            Subject = "<script>alert('x')</script> rà soát thủ tục hành chính",
        };
        await File.WriteAllTextAsync(Path.Combine(site.RecordsDirectory, "injected.json"), RecordJson.Serialize(record));

        var html = "";
        for (var attempt = 0; attempt < 50 && !html.Contains("/van-ban/injected"); attempt++)
        {
            await Task.Delay(100);
            html = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("ra soat thu tuc"));
        }

        Assert.Contains("/van-ban/injected", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>rà</mark> <mark>soát</mark>", html);
    }

    [Fact]
    public async Task Stylesheet_is_served_from_the_assembly()
    {
        var response = await client.GetAsync("/assets/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }
}
