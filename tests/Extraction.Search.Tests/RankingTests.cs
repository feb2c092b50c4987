using Extraction.Search.Querying;
using static Extraction.Search.Tests.Fixtures.Letters;

namespace Extraction.Search.Tests;

public sealed class RankingTests : IDisposable
{
    private readonly LetterIndex index = LetterIndex.InMemory();

    public void Dispose() => index.Dispose();

    private IReadOnlyList<string> Ranked(string query)
    {
        index.Refresh();
        return index.Searcher.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Record.Id).ToList();
    }

    [Fact]
    public void A_query_without_diacritics_finds_text_with_them()
    {
        index.Add(Record("a"), "Đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân");

        Assert.Equal(["a"], Ranked("cai cach hanh chinh"));
    }

    [Fact]
    public void An_exact_diacritics_match_ranks_above_a_folded_one()
    {
        // Both fold to "duong": the person typed "đường", so the letter with that word comes first.
        index.Add(Record("duong"), "phát triển kinh tế - xã hội vùng dương");
        index.Add(Record("đuong"), "phát triển kinh tế - xã hội vùng đường");

        Assert.Equal(["đuong", "duong"], Ranked("vùng đường"));
        Assert.Equal(["duong", "đuong"], Ranked("vùng dương"));
    }

    [Fact]
    public void Adjacent_syllables_outrank_the_same_syllables_scattered()
    {
        index.Add(Record("scattered"), "Sở Tài chính chủ trì tổng hợp; cải thiện điều hành ngân sách; cách làm mới về hành vi và chính quyền");
        index.Add(Record("adjacent"), "Sở Tài chính chủ trì tổng hợp; tiếp tục đẩy mạnh cải cách hành chính trên địa bàn");

        Assert.Equal(["adjacent", "scattered"], Ranked("cai cach hanh chinh"));
    }

    [Fact]
    public void Every_syllable_of_a_short_query_is_required()
    {
        index.Add(Record("both"), "triển khai sử dụng hóa đơn điện tử trên địa bàn tỉnh");
        index.Add(Record("one"), "triển khai sử dụng chữ ký số trên địa bàn tỉnh");

        Assert.Equal(["both"], Ranked("hoa don"));
    }

    [Fact]
    public void Old_and_new_tone_placement_find_each_other()
    {
        index.Add(Record("old"), "Ủy ban nhân dân thành phố Biên Hoà");

        Assert.Equal(["old"], Ranked("Biên Hòa"));
        Assert.Equal(["old"], Ranked("Uỷ ban"));
    }

    [Fact]
    public void A_subject_match_outranks_a_body_match()
    {
        index.Add(Record("body"), "ý kiến về việc thụ lý giải quyết khiếu nại lần hai của công dân");
        index.Add(Record("subject", subject: "thụ lý giải quyết khiếu nại lần hai"), "Ủy ban nhân dân tỉnh thông báo");

        Assert.Equal(["subject", "body"], Ranked("khieu nai lan hai"));
    }

    [Fact]
    public void A_letter_added_again_replaces_the_first_version()
    {
        index.Add(Record("a"), "hóa đơn điện tử");
        index.Add(Record("a"), "nộp thuế điện tử");

        Assert.Empty(Ranked("hoa don"));
        Assert.Equal(["a"], Ranked("nop thue"));
    }

    [Fact]
    public void An_empty_query_lists_newest_letters_first()
    {
        index.Add(Record("old", issued: "2011-04-06"), null);
        index.Add(Record("new", issued: "2025-01-24"), null);
        index.Add(Record("mid", issued: "2024-05"), null);

        Assert.Equal(["new", "mid", "old"], Ranked(""));
    }

    /// <summary>The whole query ranks the best candidates with the scores a single pass over every hit gives them.</summary>
    [Fact]
    public void The_ranking_window_gives_the_single_pass_scores_to_its_candidates()
    {
        index.Add(Record("scattered"), "cải cách; hành vi; chính quyền; cải thiện hành chính và cách làm");
        index.Add(Record("adjacent"), "Đẩy mạnh cải cách hành chính");
        index.Add(Record("unrelated"), "Kế hoạch phòng chống thiên tai");
        index.Refresh();
        var request = new SearchRequest { Query = "cải cách hành chính" };

        var single = index.Searcher.WithRankingWindow(0).Search(request).Hits;
        var windowed = index.Searcher.WithRankingWindow(LetterSearcher.DefaultRankingWindow).Search(request);

        Assert.Equal(2, windowed.Total);
        Assert.Equal(single.Select(h => (h.Record.Id, h.Score)), windowed.Hits.Select(h => (h.Record.Id, h.Score)));
        Assert.Equal("adjacent", single[0].Record.Id);
    }
}
