using Extraction.Llm.Configuration;
using Extraction.Llm.Tests.Fakes;

namespace Extraction.Llm.Tests;

/// <summary>What a run costs the second time, and what leaves the machine.</summary>
public sealed class CacheAndPrivacyTests : FakeEndpointTest
{
    private readonly LocalLetter _letter = VerifyModeTests.DamagedIssuer();

    private FakeReply Fix(string issuer = "Ban Chỉ đạo Cải cách hành chính và Chuyển đổi số") =>
        FakeReply.Answer(Answers.Verify(Answers.Change("issuer", issuer, _letter.LineOf("BAN CHỈ ĐẠO"), "OCR slip.")));

    [Fact]
    public async Task ASecondRunSendsNoRequestAndGivesTheSameRecord()
    {
        Endpoint.Script(Fix());
        var first = await Assistant().RunAsync(LlmMode.Verify, _letter.Record, _letter.Letter);
        Assert.Single(Endpoint.Requests);

        var secondRun = Assistant();
        var second = await secondRun.RunAsync(LlmMode.Verify, _letter.Record, _letter.Letter);

        Assert.Single(Endpoint.Requests);
        Assert.Equal(first.Record.Issuer, second.Record.Issuer);
        Assert.Equal(new LlmUsage(0, 1, 0, 0), second.Usage);
        Assert.Equal(Records.RecordJson.Serialize(first.Record), Records.RecordJson.Serialize(second.Record));
    }

    [Fact]
    public async Task AnotherModelOrAChangedRecordIsAskedAfresh()
    {
        Endpoint.Script(Fix(), Fix(), Fix());
        await Assistant().RunAsync(LlmMode.Verify, _letter.Record, _letter.Letter);

        var otherModel = Settings();
        await Assistant(new LlmSettings
        {
            Endpoint = otherModel.Endpoint, Deployment = "gpt-4o-mini-test", ApiKey = otherModel.ApiKey, CacheDirectory = otherModel.CacheDirectory,
            Timeout = otherModel.Timeout,
        }).RunAsync(LlmMode.Verify, _letter.Record, _letter.Letter);
        var changed = VerifyModeTests.DamagedIssuer();
        changed.Record.Subject = "tăng cường triển khai";
        await Assistant().RunAsync(LlmMode.Verify, changed.Record, changed.Letter);

        Assert.Equal(3, Endpoint.Requests.Count);
    }

    [Fact]
    public async Task FaultsAreNotCached()
    {
        Endpoint.Script(FakeReply.Status(500), FakeReply.Status(500), FakeReply.Status(500), Fix());
        await Assistant().RunAsync(LlmMode.Verify, _letter.Record, _letter.Letter);

        var second = await Assistant().RunAsync(LlmMode.Verify, _letter.Record, _letter.Letter);

        Assert.Equal(LlmStatus.Answered, second.Status);
        Assert.Equal(4, Endpoint.Requests.Count);
    }

    [Fact]
    public async Task TheLogSaysOncePerRunThatDataLeavesTheMachine()
    {
        Endpoint.Script(Fix(), Fix());
        var assistant = Assistant();
        var other = TestLetters.Read("seed-000.txt", line => line.StartsWith("BAN CHỈ ĐẠO") ? 0.5 : 0.97);

        await assistant.RunAsync(LlmMode.Verify, _letter.Record, _letter.Letter);
        await assistant.RunAsync(LlmMode.Verify, other.Record, other.Letter);

        var notices = Log.ToString().Split('\n').Where(l => l.Contains("leave this machine")).ToList();
        var notice = Assert.Single(notices);
        Assert.Contains(Endpoint.Address.GetLeftPart(UriPartial.Authority), notice);
        Assert.Contains("nothing is masked", notice);
    }

    [Fact]
    public async Task NothingIsSaidWhenEverythingComesFromTheCache()
    {
        Endpoint.Script(Fix());
        await Assistant().RunAsync(LlmMode.Verify, _letter.Record, _letter.Letter);
        Log.GetStringBuilder().Clear();

        await Assistant().RunAsync(LlmMode.Verify, _letter.Record, _letter.Letter);

        Assert.DoesNotContain("leave this machine", Log.ToString());
    }

    [Fact]
    public async Task RedactionMasksTheSignersNameAndTheAnswerGetsItBack()
    {
        // seed-000 is signed "TRƯỞNG BAN / CHỦ TỊCH UBND THÀNH PHỐ / Trần Việt Trường"; the position line is in doubt.
        var letter = TestLetters.Read("seed-000.txt", line => line == "TRƯỞNG BAN" ? 0.55 : 0.97);
        Assert.True(letter.Record.Provenance["signer.position"].LowConfidence);
        Endpoint.Script(FakeReply.Answer(Answers.Verify(Answers.Change("signer.position", "Chủ tịch Ủy ban nhân dân thành phố",
            letter.LineOf("CHỦ TỊCH UBND"), "The line above [NAME-1] gives the post."))));

        var result = await Assistant(Settings(redact: true)).RunAsync(LlmMode.Verify, letter.Record, letter.Letter);

        var sent = Assert.Single(Endpoint.Requests).MessagesText;
        Assert.DoesNotContain("Trần Việt Trường", sent);
        Assert.Contains("[NAME-1]", sent);
        Assert.Contains("Cần Thơ", sent);
        Assert.Equal("Trần Việt Trường", result.Record.Signer!.Name);
        Assert.Equal("The line above Trần Việt Trường gives the post.", result.Record.Provenance["signer.position"].Reason);
        Assert.Contains("are masked first", Log.ToString());
    }
}
