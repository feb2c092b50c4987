using Extraction.Records;
using Extraction.Search.Letters;
using Extraction.Search.Querying;
using Extraction.Search.Tests.Fixtures;

namespace Extraction.Search.Tests;

public sealed class FolderLetterSourceTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_record_comes_with_its_text_when_the_batch_wrote_one()
    {
        GoldCorpus.WriteRecordsFolder(folder.Path);
        var source = new FolderLetterSource(folder.Path);

        Assert.StartsWith("ỦY BAN NHÂN DÂN", source.Find("hg-cv-454-2011")!.Text);
        Assert.Null(source.Find("qn-cv-507-2025")!.Text);
        Assert.Null(source.Find("no-such-letter"));
    }

    [Fact]
    public void The_original_is_found_by_the_records_file_name()
    {
        GoldCorpus.WriteRecordsFolder(folder.Path);
        var source = new FolderLetterSource(folder.Path, GoldCorpus.LettersDirectory);

        var original = source.FindOriginal("qn-cv-507-2025")!;
        using var stream = original.Open();

        Assert.Equal(("qn-cv-507-2025.pdf", "application/pdf"), (original.FileName, original.MediaType));
        Assert.Equal((byte)'%', stream.ReadByte());
    }

    [Theory]
    [InlineData("../records/seed-000")]
    [InlineData("..")]
    public void An_id_cannot_reach_outside_the_folder(string id)
    {
        GoldCorpus.WriteRecordsFolder(folder.Path);

        Assert.Null(new FolderLetterSource(folder.Path).Find(id));
    }

    [Fact]
    public void A_broken_record_is_reported_and_skipped_while_the_others_are_indexed()
    {
        File.WriteAllText(folder.Combine("good.json"), RecordJson.Serialize(new LetterRecord { Id = "good", Subject = "khiếu nại lần hai" }));
        File.WriteAllText(folder.Combine("broken.json"), "{ \"id\": \"broken\", \"subject\": ");
        using var index = LetterIndex.InMemory();

        var report = IndexBuilder.AddAll(new FolderLetterSource(folder.Path), index);
        index.Refresh();

        Assert.Equal(1, report.Indexed);
        var skipped = Assert.Single(report.Skipped);
        Assert.Equal("broken", skipped.LetterId);
        Assert.Contains("broken.json is not a valid record", skipped.Message);
        Assert.Equal(1, index.Searcher.Search(new SearchRequest { Query = "khieu nai" }).Total);
    }

    [Fact]
    public void A_missing_folder_is_a_clear_error()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() => new FolderLetterSource(folder.Combine("nowhere")));

        Assert.Contains("nowhere does not exist", error.Message);
    }

    [Fact]
    public void The_index_lives_beside_the_records_folder()
    {
        Assert.Equal(folder.Combine("records.index"), IndexBuilder.DefaultDirectoryFor(folder.Combine("records") + "/"));
    }
}
