using Extraction.Search.Analysis;
using Extraction.Search.Facets;
using Extraction.Search.Indexing;
using Extraction.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using static Extraction.Search.Tests.Fixtures.Letters;

namespace Extraction.Search.Tests;

/// <summary>A search cut into ranges of every segment, one per core, must give what one pass gives.</summary>
public sealed class SplitScoringTests : IDisposable
{
    // Lines of corpus letters, so the scores differ the way real texts make them differ.
    private static readonly string[] Bodies =
    [
        "Đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh",
        "cải cách; hành vi; chính quyền; cải thiện hành chính và cách làm",
        "Kế hoạch phòng chống thiên tai và tìm kiếm cứu nạn năm 2025",
        "Ban Chỉ đạo Cải cách hành chính và Chuyển đổi số tỉnh",
        "thủ tục hành chính trên Cổng Dịch vụ công quốc gia, cải cách thủ tục",
    ];
    private static readonly string[] Places = ["Quảng Ngãi", "Cần Thơ", "Hà Nội"];

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;

    public SplitScoringTests()
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.Version, VietnameseAnalyzer.Instance)))
        {
            for (var i = 0; i < 700; i++)
            {
                var record = Record($"letter-{i}", subject: Bodies[(i * 3) % Bodies.Length], place: Places[i % Places.Length]);
                writer.AddDocument(LetterDocumentBuilder.Build(record, string.Join(". ", Enumerable.Repeat(Bodies[i % Bodies.Length], 1 + i % 4))));
                if (i % 170 == 0) writer.Commit();
            }
            writer.DeleteDocuments(new Term(LetterFields.Id, "letter-8"));
        }
        reader = DirectoryReader.Open(directory);
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    [Theory]
    [InlineData("cai cach hanh chinh")]
    [InlineData("cải cách thủ tục")]
    public void Scoring_in_parts_gives_the_hits_scores_totals_and_facets_of_one_pass(string typed)
    {
        var searcher = new IndexSearcher(reader);
        var query = new LetterQueryBuilder().Build(new SearchRequest { Query = typed }).Query;
        Assert.True(reader.Leaves.Count > 1, "the index should have several segments");

        var lucene = searcher.Search(query, 60);
        var onePassFacets = new FacetCollector(FacetDimensions.All);
        var onePass = SplitScoring.TopScored(searcher, query, 60, onePassFacets, parts: 1);
        var splitFacets = new FacetCollector(FacetDimensions.All);
        var split = SplitScoring.TopScored(searcher, query, 60, splitFacets, parts: 3);

        Assert.InRange(lucene.TotalHits, 61, 699);
        Assert.Equal(lucene.TotalHits, onePass.TotalHits);
        Assert.Equal(lucene.TotalHits, split.TotalHits);
        Assert.Equal(lucene.ScoreDocs.Select(d => (d.Doc, d.Score)), onePass.ScoreDocs.Select(d => (d.Doc, d.Score)));
        Assert.Equal(lucene.ScoreDocs.Select(d => (d.Doc, d.Score)), split.ScoreDocs.Select(d => (d.Doc, d.Score)));
        var expected = onePassFacets.Result(10)[FacetDimensions.Place];
        Assert.Equal(lucene.TotalHits, expected.Sum(v => v.Count));
        Assert.Equal(expected, splitFacets.Result(10)[FacetDimensions.Place]);
    }
}
