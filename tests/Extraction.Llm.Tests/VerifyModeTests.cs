using System.Text.Json.Nodes;
using Extraction.Llm.Answers;
using Extraction.Llm.Tests.Fakes;
using Extraction.Llm.Verification;

namespace Extraction.Llm.Tests;

/// <summary>
/// Mode verify against the fake endpoint. The letter is seed-000 (Cần Thơ, 62/BCĐCCHC&amp;CĐS), read as OCR
/// with its issuer lines at 0.71 confidence, as a damaged scan gives them: the rules read the issuer
/// "... Chuyên đổi số" (OCR's slip for "Chuyển") and mark it low-confidence; every other line is sure.
/// </summary>
public sealed class VerifyModeTests : FakeEndpointTest
{
    private const string RightIssuer = "Ban Chỉ đạo Cải cách hành chính và Chuyển đổi số";

    internal static LocalLetter DamagedIssuer() =>
        TestLetters.Read("seed-000.txt", line => line.StartsWith("BAN CHỈ ĐẠO") || line.Contains("CHUYÊN ĐỔI SỐ") ? 0.71 : 0.97);

    private static JsonObject IssuerFix(LocalLetter letter) =>
        Answers.Change("issuer", RightIssuer, letter.LineOf("BAN CHỈ ĐẠO"), "OCR read \"Chuyển\" as \"Chuyên\".");

    [Fact]
    public void TheLocalExtractorsMarkTheDamagedIssuerAndNothingElse()
    {
        var letter = DamagedIssuer();
        Assert.True(letter.Record.Provenance["issuer"].LowConfidence);
        Assert.Equal(["issuer"], VerifiableFields.All.Where(f => f.IsOpen(letter.Record)).Select(f => f.Name));
    }

    [Fact]
    public async Task AppliesACorrectionToALowConfidenceFieldAndRecordsItInProvenance()
    {
        var letter = DamagedIssuer();
        var before = letter.Record.Issuer;
        Endpoint.Script(FakeReply.Answer(Answers.Verify(IssuerFix(letter))));

        var result = await Assistant().RunAsync(LlmMode.Verify, letter.Record, letter.Letter);

        Assert.Equal(LlmStatus.Answered, result.Status);
        Assert.Equal(RightIssuer, result.Record.Issuer);
        var provenance = result.Record.Provenance["issuer"];
        Assert.Equal("llm", provenance.DecidedBy);
        Assert.Equal(before, provenance.Previous!.GetValue<string>());
        Assert.Equal("OCR read \"Chuyển\" as \"Chuyên\".", provenance.Reason);
        Assert.Equal(letter.LineOf("BAN CHỈ ĐẠO"), (provenance.Page, provenance.Line));
        Assert.Equal(before, letter.Record.Issuer);
        Assert.Equal(1, result.ChangesApplied);
    }

    [Fact]
    public async Task DeclinesAChangeToAValueTheRulesAreSureOfAndSaysSo()
    {
        var letter = DamagedIssuer();
        Endpoint.Script(FakeReply.Answer(Answers.Verify(
            Answers.Change("number", "63", letter.LineOf("Số: 62"), "The number looks like 63."), IssuerFix(letter))));

        var result = await Assistant().RunAsync(LlmMode.Verify, letter.Record, letter.Letter);

        Assert.Equal("62", result.Record.Number);
        Assert.Equal("rules", result.Record.Provenance["number"].DecidedBy);
        Assert.Equal(RightIssuer, result.Record.Issuer);
        var warning = Assert.Single(result.Record.Warnings, w => w.Code == "llm-disagrees");
        Assert.Contains("number: \"62\" → \"63\"", warning.Message);
    }

    [Fact]
    public async Task RefusesAChangeThatBreaksTheRecordFormat()
    {
        var letter = TestLetters.Read("seed-000.txt", line => line.StartsWith("Cần Thơ, ngày") ? 0.6 : 0.97);
        Assert.True(letter.Record.Provenance["issuedDate"].LowConfidence);
        Endpoint.Script(FakeReply.Answer(Answers.Verify(
            Answers.Change("issuedDate", "25/5/2023", letter.LineOf("Cần Thơ, ngày"), "Dated 25 May 2023."))));

        var result = await Assistant().RunAsync(LlmMode.Verify, letter.Record, letter.Letter);

        Assert.Equal("2023-05-25", result.Record.IssuedDate);
        Assert.Contains(result.Record.Warnings, w => w.Code == "llm-change-refused" && w.Message.Contains("25/5/2023"));
    }

    [Fact]
    public async Task SendsTheLetterAsAzureOpenAIExpectsWithAStrictJsonSchema()
    {
        var letter = DamagedIssuer();
        Endpoint.Script(FakeReply.Answer(Answers.NoChanges));

        await Assistant().RunAsync(LlmMode.Verify, letter.Record, letter.Letter);

        var request = Assert.Single(Endpoint.Requests);
        Assert.Equal($"/openai/deployments/{FakeChatEndpoint.Deployment}/chat/completions", request.Path);
        Assert.Contains("api-version=", request.Query);
        Assert.Equal(FakeChatEndpoint.Key, request.ApiKey);
        var format = request.Body["response_format"]!;
        Assert.Equal("json_schema", format["type"]!.GetValue<string>());
        Assert.True(format["json_schema"]!["strict"]!.GetValue<bool>());
        Assert.Equal("verify_answer", format["json_schema"]!["name"]!.GetValue<string>());
        var (page, line) = letter.LineOf("BAN CHỈ ĐẠO");
        Assert.Contains($"{page}:{line} [Issuer] BAN CHỈ ĐẠO CẢI CÁCH HÀNH", request.MessagesText);
        Assert.Contains("\"open\":true", request.MessagesText);
    }

    [Fact]
    public async Task ALetterWithNothingInDoubtIsNotSent()
    {
        var letter = TestLetters.Read("seed-000.txt");

        var result = await Assistant().RunAsync(LlmMode.Verify, letter.Record, letter.Letter);

        Assert.Equal(LlmStatus.NotAsked, result.Status);
        Assert.Empty(Endpoint.Requests);
        Assert.Equal("", Log.ToString());
    }

    [Fact]
    public void TheAnswerSchemaNamesEveryVerifiableField()
    {
        var schema = JsonNode.Parse(AnswerSchema.Verify.Text)!;
        var names = schema["properties"]!["changes"]!["items"]!["properties"]!["field"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(VerifiableFields.All.Select(f => f.Name), names);
    }
}
