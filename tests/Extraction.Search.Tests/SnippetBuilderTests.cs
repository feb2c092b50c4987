using Extraction.Search.Snippets;

namespace Extraction.Search.Tests;

public sealed class SnippetBuilderTests
{
    private static readonly SnippetBuilder Builder = new(windowLength: 80);

    [Fact]
    public void Matched_words_are_marked_whatever_their_diacritics()
    {
        var snippet = Builder.Build("Tiếp tục đẩy mạnh cải cách hành chính", new HashSet<string> { "cai", "cach" });

        Assert.Equal("Tiếp tục đẩy mạnh <mark>cải</mark> <mark>cách</mark> hành chính", snippet.ToHtml());
    }

    [Fact]
    public void Letter_text_cannot_become_markup()
    {
        var snippet = Builder.Build("<script>alert(1)</script> khiếu nại & \"tố cáo\"", new HashSet<string> { "khieu" });

        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; <mark>khiếu</mark> nại &amp; &quot;tố cáo&quot;", snippet.ToHtml());
    }

    [Fact]
    public void The_window_is_where_the_most_distinct_words_meet()
    {
        var text = "Sở Tài chính tổng hợp báo cáo. " + new string('x', 200) + " Sở Nội vụ chủ trì về cải cách hành chính trong tháng 6 năm 2023.";

        var snippet = Builder.Build(text, new HashSet<string> { "cai", "cach", "hanh", "chinh" });

        Assert.StartsWith("… ", snippet.PlainText);
        Assert.Contains("cải cách hành chính", snippet.PlainText);
        Assert.Equal(["cải", "cách", "hành", "chính"], snippet.Parts.Where(p => p.Matched).Select(p => p.Text));
    }

    [Fact]
    public void Without_matches_the_snippet_is_the_beginning()
    {
        var snippet = Builder.Build("Kính gửi: Giám đốc Sở Văn hóa, Thể thao và Du lịch;\nGiám đốc Sở Thông tin và Truyền thông", new HashSet<string>());

        Assert.StartsWith("Kính gửi: Giám đốc Sở Văn hóa", snippet.PlainText);
        Assert.DoesNotContain("\n", snippet.PlainText);
        Assert.All(snippet.Parts, p => Assert.False(p.Matched));
    }
}
