using System.Text.Json.Nodes;
using Extraction.Llm.Prompting;
using Extraction.Llm.Tests.Fakes;

namespace Extraction.Llm.Tests;

/// <summary>Mode extract: the model writes the whole record of seed-000 (a text letter, every line sure).</summary>
public sealed class ExtractModeTests : FakeEndpointTest
{
    private readonly LocalLetter _letter = TestLetters.Read("seed-000.txt");

    private JsonObject ModelRecord(string issuedDate = "2023-05-25") => new()
    {
        ["documentType"] = "Công văn", ["urgency"] = null, ["number"] = "62", ["notation"] = "BCĐCCHC&CĐS",
        ["issuer"] = "Ban Chỉ đạo Cải cách hành chính và Chuyển đổi số", ["issuerParent"] = "Ủy ban nhân dân thành phố Cần Thơ",
        ["place"] = "Cần Thơ", ["issuedDate"] = issuedDate,
        ["subject"] = "tăng cường triển khai thực hiện các nhiệm vụ, giải pháp để cải thiện các chỉ số đánh giá trong năm 2023",
        ["recipients"] = new JsonArray("Chủ tịch Ủy ban nhân dân quận, huyện"), ["ccRecipients"] = new JsonArray(),
        ["signer"] = new JsonObject { ["name"] = "Trần Việt Trường", ["position"] = "Trưởng ban", ["authority"] = null },
        ["distribution"] = new JsonArray("Như trên", "Báo Cần Thơ"),
        ["references"] = new JsonArray(new JsonObject { ["code"] = "13/TB-VPCP", ["type"] = "Thông báo", ["date"] = "2023-05-05", ["issuer"] = "Văn phòng Chính phủ" }),
        ["tasks"] = new JsonArray(), ["targets"] = new JsonArray(), ["deadlines"] = new JsonArray(),
        ["evidence"] = new JsonArray(new JsonObject { ["field"] = "number", ["page"] = _letter.LineOf("Số: 62").Page, ["line"] = _letter.LineOf("Số: 62").Line }),
    };

    [Fact]
    public async Task TheModelsRecordKeepsTheReadersIdentityAndCitesItsLines()
    {
        Endpoint.Script(FakeReply.Answer(ModelRecord()));

        var result = await Assistant().RunAsync(LlmMode.Extract, _letter.Record, _letter.Letter);

        Assert.Equal(LlmStatus.Answered, result.Status);
        var record = result.Record;
        Assert.Equal("seed-000", record.Id);
        Assert.Equal(_letter.Record.Source.Sha256, record.Source.Sha256);
        Assert.Equal("Ban Chỉ đạo Cải cách hành chính và Chuyển đổi số", record.Issuer);
        Assert.Equal("13/TB-VPCP", Assert.Single(record.References).Code);
        Assert.Equal("llm", record.Provenance["number"].DecidedBy);
        Assert.Equal(_letter.LineOf("Số: 62"), (record.Provenance["number"].Page, record.Provenance["number"].Line));
        Assert.Contains(record.Warnings, w => w.Code == "llm-extracted");
        Assert.Equal("extract_answer", Endpoint.Requests[0].Body["response_format"]!["json_schema"]!["name"]!.GetValue<string>());
        Assert.Equal(1200, result.Usage.InputTokens);
    }

    [Fact]
    public async Task AnAnswerThatBreaksTheRecordFormatIsAskedAgainThenTheLocalRecordStands()
    {
        Endpoint.Script(FakeReply.Answer(ModelRecord("25/05/2023")), FakeReply.Answer(ModelRecord("ngày 25")), FakeReply.Answer(ModelRecord("2023-5-25")));

        var result = await Assistant().RunAsync(LlmMode.Extract, _letter.Record, _letter.Letter);

        Assert.Equal(LlmStatus.Unusable, result.Status);
        Assert.Equal(_letter.Record.Issuer, result.Record.Issuer);
        Assert.Equal("llm-answer-unusable", result.Record.Warnings[^1].Code);
        Assert.Contains("issuedDate", Endpoint.Requests[1].MessagesText);
    }

    [Fact]
    public async Task ALongLetterIsSentInPartsAndTheAnswersJoined()
    {
        const int partTokens = 4_000;
        var settings = Settings(contextTokens: 1_000 + TokenEstimate.Of(Prompts.ExtractSystem) + partTokens);
        var parts = LetterChunker.Split(_letter.Letter, partTokens).Count;
        Assert.True(parts > 1, "seed-000 should not fit one part");
        var header = ModelRecord();
        header["signer"] = null;
        var rest = ModelRecord();
        foreach (var field in new[] { "documentType", "number", "notation", "issuer", "issuerParent", "place", "issuedDate", "subject" })
            rest[field] = null;
        rest["references"] = new JsonArray(new JsonObject { ["code"] = "13/TB-VPCP", ["type"] = null, ["date"] = null, ["issuer"] = null });
        rest["evidence"] = new JsonArray();
        Endpoint.Script(FakeReply.Answer(header));
        for (var i = 1; i < parts; i++) Endpoint.Script(FakeReply.Answer(rest));

        var result = await Assistant(settings).RunAsync(LlmMode.Extract, _letter.Record, _letter.Letter);

        Assert.Equal(LlmStatus.Answered, result.Status);
        Assert.Equal(parts, Endpoint.Requests.Count);
        Assert.Contains($"part 1 of {parts}:", Endpoint.Requests[0].MessagesText);
        Assert.Equal("62", result.Record.Number);
        Assert.Equal("Trần Việt Trường", result.Record.Signer!.Name);
        Assert.Equal("Thông báo", Assert.Single(result.Record.References).Type);
    }
}
