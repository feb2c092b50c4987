using System.Text.Json.Nodes;
using Extraction.Llm.Tests.Fakes;

namespace Extraction.Llm.Tests;

/// <summary>
/// Every fault of the endpoint or the model leaves the letter with a correct record from the local
/// extractors and a warning; a fault that clears within the retries does not show at all. The letter is
/// seed-000 with its issuer in doubt (<see cref="VerifyModeTests"/>); settings: two transient retries,
/// three answers per question.
/// </summary>
public sealed class FaultTests : FakeEndpointTest
{
    private const string RightIssuer = "Ban Chỉ đạo Cải cách hành chính và Chuyển đổi số";

    private readonly LocalLetter _letter = VerifyModeTests.DamagedIssuer();

    private FakeReply ValidFix => FakeReply.Answer(Answers.Verify(
        Answers.Change("issuer", RightIssuer, _letter.LineOf("BAN CHỈ ĐẠO"), "OCR read \"Chuyển\" as \"Chuyên\".")));

    private async Task<LlmResult> Verify(double timeoutSeconds = 3) =>
        await Assistant(Settings(timeoutSeconds: timeoutSeconds)).RunAsync(LlmMode.Verify, _letter.Record, _letter.Letter);

    /// <summary>The local record, untouched but for one warning with the given code.</summary>
    private void AssertLocalRecordWithWarning(LlmResult result, string code)
    {
        Assert.Equal(_letter.Record.Issuer, result.Record.Issuer);
        Assert.Equal("rules", result.Record.Provenance["issuer"].DecidedBy);
        Assert.Equal(_letter.Record.Warnings.Select(w => w.Code).Append(code), result.Record.Warnings.Select(w => w.Code));
        Assert.Contains($"llm: warning: seed-000:", Log.ToString());
    }

    [Fact]
    public async Task MalformedJsonIsAskedAgainWithWhatWasWrong()
    {
        Endpoint.Script(FakeReply.Answer("{\"changes\": [ {\"field\": \"issuer\""), ValidFix);

        var result = await Verify();

        Assert.Equal(RightIssuer, result.Record.Issuer);
        Assert.Equal(2, Endpoint.Requests.Count);
        Assert.Contains("not valid JSON", Endpoint.Requests[1].MessagesText);
        Assert.Equal(2, result.Usage.Requests);
    }

    [Fact]
    public async Task MalformedJsonEveryTimeLeavesTheLocalRecordAndAWarning()
    {
        Endpoint.Script(FakeReply.Answer("Tôi không chắc."), FakeReply.Answer("{"), FakeReply.Answer("```json\n{}\n```"));

        var result = await Verify();

        Assert.Equal(LlmStatus.Unusable, result.Status);
        AssertLocalRecordWithWarning(result, "llm-answer-unusable");
        Assert.Equal(3, Endpoint.Requests.Count);
    }

    [Fact]
    public async Task SchemaViolationsAreAskedAgainThenIgnoredWithAWarning()
    {
        Endpoint.Script(
            FakeReply.Answer("""{"changes":[{"field":"issuer","value":"X"}]}"""),
            FakeReply.Answer("""{"changes":[{"field":"headline","value":"X","page":1,"line":2,"reason":"r"}]}"""),
            FakeReply.Answer(Answers.Verify(Answers.Change("issuer", new JsonArray("Ban Chỉ đạo"), _letter.LineOf("BAN CHỈ ĐẠO"), "A list for a single field."))));

        var result = await Verify();

        AssertLocalRecordWithWarning(result, "llm-answer-unusable");
        Assert.Equal(3, Endpoint.Requests.Count);
        Assert.Contains("issuer takes a string or null", result.Record.Warnings[^1].Message);
    }

    [Fact]
    public async Task AChangeCitingALineThatWasNotSentIsASchemaViolation()
    {
        Endpoint.Script(FakeReply.Answer(Answers.Verify(Answers.Change("issuer", RightIssuer, (4, 1), "Page 4 says so."))), ValidFix);

        var result = await Verify();

        Assert.Equal(RightIssuer, result.Record.Issuer);
        Assert.Contains("cites line 4:1, which is not among the lines given", Endpoint.Requests[1].MessagesText);
    }

    [Fact]
    public async Task A429IsRetriedAfterTheWaitItAsksFor()
    {
        Endpoint.Script(FakeReply.Status(429, ("Retry-After", "1")), ValidFix);

        var result = await Verify();

        Assert.Equal(RightIssuer, result.Record.Issuer);
        var requests = Endpoint.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(950), $"waited {(requests[1].At - requests[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A429AskingForMoreThanTheLongestWaitEndsWithTheLocalRecord()
    {
        Endpoint.Script(FakeReply.Status(429, ("Retry-After", "120")));

        var result = await Verify();

        Assert.Equal(LlmStatus.Unreachable, result.Status);
        AssertLocalRecordWithWarning(result, "llm-unavailable");
        Assert.Contains("asks to wait 120 s", result.Record.Warnings[^1].Message);
        Assert.Single(Endpoint.Requests);
    }

    [Fact]
    public async Task ServerErrorsAreRetriedWithBackoff()
    {
        Endpoint.Script(FakeReply.Status(500), FakeReply.Status(503, ("retry-after-ms", "20")), ValidFix);

        var result = await Verify();

        Assert.Equal(RightIssuer, result.Record.Issuer);
        Assert.Equal(3, Endpoint.Requests.Count);
    }

    [Fact]
    public async Task AnOutageLongerThanTheRetriesLeavesTheLocalRecordAndAWarning()
    {
        Endpoint.Script(FakeReply.Status(500), FakeReply.Status(502), FakeReply.Status(500));

        var result = await Verify();

        Assert.Equal(LlmStatus.Unreachable, result.Status);
        AssertLocalRecordWithWarning(result, "llm-unavailable");
        Assert.Contains("HTTP 500", result.Record.Warnings[^1].Message);
        Assert.Equal(3, Endpoint.Requests.Count);
        Assert.Equal(3, result.Usage.Requests);
    }

    [Fact]
    public async Task AnAnswerSlowerThanTheTimeoutIsAbandonedAndAskedAgain()
    {
        Endpoint.Script(FakeReply.Slow(TimeSpan.FromSeconds(30), ValidFix), ValidFix);

        var result = await Verify(timeoutSeconds: 1);

        Assert.Equal(RightIssuer, result.Record.Issuer);
        Assert.Equal(2, Endpoint.Requests.Count);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(10), $"took {result.Elapsed}");
    }

    [Fact]
    public async Task AnEndpointThatNeverAnswersInTimeLeavesTheLocalRecord()
    {
        var slow = FakeReply.Slow(TimeSpan.FromSeconds(30), ValidFix);
        Endpoint.Script(slow, slow, slow);

        var result = await Verify(timeoutSeconds: 0.5);

        AssertLocalRecordWithWarning(result, "llm-unavailable");
        Assert.Contains("no answer within 0.5 s", result.Record.Warnings[^1].Message);
        await Endpoint.WaitForRequestsAsync(3, TimeSpan.FromSeconds(5));
        Assert.Equal(3, Endpoint.Requests.Count);
    }

    [Fact]
    public async Task ADroppedConnectionIsRetried()
    {
        Endpoint.Script(FakeReply.Drop(), ValidFix);

        var result = await Verify();

        Assert.Equal(RightIssuer, result.Record.Issuer);
        Assert.Equal(2, Endpoint.Requests.Count);
    }

    [Fact]
    public async Task ConnectionsDroppedEveryTimeLeaveTheLocalRecord()
    {
        Endpoint.Script(FakeReply.Drop(), FakeReply.Drop(), FakeReply.Drop());

        var result = await Verify();

        AssertLocalRecordWithWarning(result, "llm-unavailable");
        Assert.Contains("connection failed", result.Record.Warnings[^1].Message);
    }

    [Fact]
    public async Task AWrongKeyStopsTheRunAskingAfterTheFirstLetter()
    {
        var assistant = Assistant(Settings(key: "wrong-key"));

        var first = await assistant.RunAsync(LlmMode.Verify, _letter.Record, _letter.Letter);
        var second = await assistant.RunAsync(LlmMode.Verify, _letter.Record, _letter.Letter);

        Assert.True(first.Misconfigured);
        Assert.Contains("HTTP 401", first.Record.Warnings[^1].Message);
        Assert.Equal(LlmStatus.Skipped, second.Status);
        Assert.Equal("llm-skipped", second.Record.Warnings[^1].Code);
        Assert.Single(Endpoint.Requests);
    }

    [Fact]
    public async Task AnEndpointDownForSeveralLettersIsNotAskedForTheRest()
    {
        var assistant = Assistant();
        for (var i = 0; i < 6; i++) Endpoint.Script(FakeReply.Status(503));

        var results = new List<LlmResult>();
        for (var i = 0; i < 3; i++) results.Add(await assistant.RunAsync(LlmMode.Verify, _letter.Record, _letter.Letter));

        Assert.Equal([LlmStatus.Unreachable, LlmStatus.Unreachable, LlmStatus.Skipped], results.Select(r => r.Status));
        Assert.Equal(6, Endpoint.Requests.Count);
        Assert.All(results, r => Assert.Equal(_letter.Record.Issuer, r.Record.Issuer));
    }

    [Fact]
    public async Task ALetterWithNothingToAskDoesNotCountAsTheEndpointBeingUp()
    {
        var assistant = Assistant();
        var sure = TestLetters.Read("seed-000.txt");
        for (var i = 0; i < 6; i++) Endpoint.Script(FakeReply.Status(503));

        var statuses = new List<LlmStatus>();
        foreach (var letter in new[] { _letter, sure, _letter, _letter })
            statuses.Add((await assistant.RunAsync(LlmMode.Verify, letter.Record, letter.Letter)).Status);

        Assert.Equal([LlmStatus.Unreachable, LlmStatus.NotAsked, LlmStatus.Unreachable, LlmStatus.Skipped], statuses);
    }
}
