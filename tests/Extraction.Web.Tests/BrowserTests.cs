using System.Text.RegularExpressions;
using Extraction.Web.Tests.Fixtures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Extraction.Web.Tests;

/// <summary>What a person sees in a real browser: typing without diacritics, narrowing by a facet,
/// opening a letter.</summary>
/// <remarks>Waits are Playwright's polling assertions on what is shown (URL, text), not
/// <c>WaitForURLAsync</c>: that one waits for the page's load event, which a cold browser on a busy
/// machine was once seen to report before the navigation it belonged to, so the wait ran out.</remarks>
public sealed class BrowserTests : IClassFixture<LiveSite>
{
    private readonly LiveSite site;

    public BrowserTests(LiveSite site)
    {
        this.site = site;
        SetDefaultExpectTimeout(60_000);
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = site.BaseUrl, Locale = "vi-VN" });
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>How many letters the site's API finds: the page must show the same count.</summary>
    private async Task<int> TotalAsync(string path)
    {
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        using var results = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(path));
        return results.RootElement.GetProperty("total").GetInt32();
    }

    [Fact]
    public async Task A_query_typed_without_diacritics_narrowed_by_a_facet_opens_the_letter()
    {
        var found = await TotalAsync("/api/search?q=cai+cach+hanh+chinh");
        var foundInBienHoa = await TotalAsync("/api/search?q=cai+cach+hanh+chinh&place=" + Uri.EscapeDataString("Biên Hòa"));
        Assert.InRange(foundInBienHoa, 1, found - 1);
        var page = await OpenAsync("/");

        await page.GetByRole(AriaRole.Searchbox).FillAsync("cai cach hanh chinh");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/\?q="));
        await Expect(page.Locator(".total")).ToHaveTextAsync($"Tìm thấy {found} văn bản");
        // Diacritics the person did not type are found and marked in the snippet.
        Assert.Contains("cải cách hành chính", await page.Locator(".hit .snippet mark").AllInnerTextsAsync() is var marks ? string.Join(' ', marks) : "");

        await page.Locator("[data-facet=place] a", new PageLocatorOptions { HasText = "Biên Hòa" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("place="));
        await Expect(page.Locator(".total")).ToHaveTextAsync($"Tìm thấy {foundInBienHoa} văn bản");
        Assert.All(await page.Locator(".hit .meta").AllInnerTextsAsync(), meta => Assert.Contains("Biên Hòa", meta));
        Assert.Equal("Biên Hòa ✕", (await page.Locator("[data-facet=place] .selected").InnerTextAsync()).Trim());

        await page.Locator(".hit a.title").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/van-ban/"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Công văn 9063/UBND-THNC");
        var taskRow = page.Locator("table.tasks tr", new PageLocatorOptions { HasText = "Trưởng phòng Văn hóa và Thông tin" });
        Assert.Contains("chậm nhất 30/06/2024", await taskRow.InnerTextAsync());
        Assert.Contains("Ủy ban nhân dân thành phố Biên Hòa", await page.Locator("dl.fields").InnerTextAsync());
    }

    [Fact]
    public async Task The_letter_page_links_a_cited_code_and_offers_the_original()
    {
        var page = await OpenAsync("/van-ban/seed-000");

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Chỉ thị 05/CT-UBND" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/van-ban/qn-ct-05-2020-scan$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Chỉ thị 05/CT-UBND");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Tải bản gốc").ClickAsync());
        Assert.Equal("qn-ct-05-2020-scan.pdf", download.SuggestedFilename);
    }

    [Fact]
    public async Task The_deadlines_page_lists_an_assignees_deadlines_in_date_order()
    {
        var page = await OpenAsync("/han-xu-ly");

        await page.GetByLabel("Đơn vị").FillAsync("so thong tin va truyen thong");
        await page.GetByLabel("Từ ngày").FillAsync("1/6/2023");
        await page.GetByLabel("Đến ngày").FillAsync("30/9/2023");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Xem" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("assignee="));
        await Expect(page.Locator("table.deadlines tbody tr")).ToHaveCountAsync(6);

        var dates = (await page.Locator("table.deadlines tbody tr td:first-child").AllInnerTextsAsync()).ToList();
        Assert.Equal(["chậm nhất 15/06/2023", "chậm nhất 15/06/2023", "chậm nhất 30/06/2023", "chậm nhất 30/06/2023", "chậm nhất 30/09/2023", "chậm nhất 30/09/2023"], dates);
    }
}
