using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Extraction.Search.Tests.Fixtures;
using Extraction.Web.Tests.Fixtures;

namespace Extraction.Web.Tests;

public sealed class SearchApiTests(StaffSearchFactory site) : IClassFixture<StaffSearchFactory>
{
    private readonly HttpClient client = site.CreateClient();

    private async Task<JsonElement> Get(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static IEnumerable<string> Ids(JsonElement results) =>
        results.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!);

    [Fact]
    public async Task Search_ranks_letters_and_marks_the_matched_words()
    {
        var results = await Get("/api/search?q=" + Uri.EscapeDataString("hoa don dien tu"));

        var first = results.GetProperty("hits")[0];
        Assert.Equal("qn-ct-01-2021-scan", first.GetProperty("id").GetString());
        Assert.Equal("01/CT-UBND", first.GetProperty("code").GetString());
        Assert.Contains("<mark>hóa</mark> <mark>đơn</mark> <mark>điện</mark> <mark>tử</mark>", first.GetProperty("snippetHtml").GetString());
        Assert.True(results.GetProperty("facets").GetProperty("type").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Search_by_code_puts_the_letter_carrying_it_first()
    {
        var results = await Get("/api/search?q=" + Uri.EscapeDataString("2280/qđ-ubnd"));

        Assert.Equal("hn-qd-2280-2026", Ids(results).First());
    }

    [Fact]
    public async Task Filters_narrow_the_search_and_the_facets_follow()
    {
        var directives = GoldCorpus.Records().Where(r => r.DocumentType == "Chỉ thị").ToList();
        var results = await Get("/api/facets?type=" + Uri.EscapeDataString("Chỉ thị"));

        Assert.Equal(directives.Count, results.GetProperty("total").GetInt32());
        var years = results.GetProperty("facets").GetProperty("year").EnumerateArray().Select(y => y.GetProperty("value").GetString()).Order();
        Assert.Equal(directives.Select(r => r.IssuedDate![..4]).Distinct().Order(), years);
    }

    [Fact]
    public async Task A_date_that_is_not_one_is_a_bad_request_with_the_reason()
    {
        var response = await client.GetAsync("/api/search?from=hôm-qua");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("\"hôm-qua\" không phải là ngày", problem.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_letter_is_returned_as_its_record()
    {
        var record = await Get("/api/letters/seed-000");

        Assert.Equal("62", record.GetProperty("number").GetString());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("urgency").ValueKind);
        Assert.Equal(6, record.GetProperty("references").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_letter_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/letters/no-such-letter")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/van-ban/no-such-letter")).StatusCode);
    }

    [Fact]
    public async Task The_original_file_downloads_under_its_own_name()
    {
        var response = await client.GetAsync("/api/letters/qn-cv-507-2025/original");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("qn-cv-507-2025.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("%PDF"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Fact]
    public async Task A_scans_searchable_pdf_downloads_from_its_letter_page_and_a_digital_letter_offers_none()
    {
        // Written beside the records as `export --searchable-pdf DIR` writes it; here a stand-in with the same name.
        const string scan = "qn-ct-05-2020-scan";
        File.Copy(Path.Combine(GoldCorpus.LettersDirectory, scan + ".pdf"), Path.Combine(site.RecordsDirectory, scan + ".pdf"), overwrite: true);

        var page = await client.GetStringAsync($"/van-ban/{scan}");
        var response = await client.GetAsync($"/api/letters/{scan}/searchable-pdf");

        Assert.Contains($"href=\"/api/letters/{scan}/searchable-pdf\"", page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(scan + ".pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.DoesNotContain("searchable-pdf", await client.GetStringAsync("/van-ban/seed-000"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/letters/seed-000/searchable-pdf")).StatusCode);
    }

    [Fact]
    public async Task Deadlines_are_listed_by_assignee_and_date()
    {
        var results = await Get("/api/deadlines?assignee=" + Uri.EscapeDataString("so noi vu") + "&from=2025-01-01&to=2025-12-31");

        var listed = results.GetProperty("deadlines").EnumerateArray()
            .Select(d => (d.GetProperty("letterId").GetString()!, d.GetProperty("date").GetString()!, d.GetProperty("assignee").GetString()!))
            .Order().ToList();
        var inGold = GoldCorpus.Records()
            .SelectMany(r => r.Deadlines.Where(d => d.Assignee == "Sở Nội vụ" && string.CompareOrdinal(d.Date, "2025-01-01") >= 0
                                                    && string.CompareOrdinal(d.Date, "2025-12-31") <= 0)
                                        .Select(d => (r.Id, d.Date, d.Assignee!)))
            .Order().ToList();
        Assert.Contains(("qn-tb-11-2025", "2025-02-20", "Sở Nội vụ"), listed);
        Assert.Equal(inGold, listed);
    }

    [Fact]
    public async Task The_api_is_described_by_openapi()
    {
        var document = await Get("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Superset(new HashSet<string> { "/api/search", "/api/facets", "/api/letters/{id}", "/api/letters/{id}/original", "/api/deadlines" }, paths.ToHashSet());
        var parameters = document.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString());
        Assert.Contains("dueBefore", parameters);
    }
}
