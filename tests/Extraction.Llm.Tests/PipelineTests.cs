using Extraction.Llm.Configuration;
using Extraction.Llm.Tests.Fakes;
using Extraction.Pipeline;
using Extraction.Records;

namespace Extraction.Llm.Tests;

/// <summary>The decorator over the local pipeline, on corpus files read from disk.</summary>
public sealed class PipelineTests : FakeEndpointTest
{
    private readonly LetterPipeline _local = new();

    [Fact]
    public void AnUnreachableModelNeverFailsALetter()
    {
        // seed-001 has a blank number, an inferred issuer and a partial date: verify has something to ask.
        var path = TestLetters.PathOf("seed-001.txt");
        var local = _local.Process(path);
        Assert.Equal(["number", "issuer", "issuedDate"], VerificationOpen(local.Record!));
        for (var i = 0; i < 3; i++) Endpoint.Script(FakeReply.Drop());

        var outcome = new LlmAssistedPipeline(_local, Assistant(), LlmMode.Verify).Process(path);

        Assert.True(outcome.Succeeded);
        Assert.Equal(StripModelWarnings(outcome.Record!), RecordJson.Serialize(local.Record!));
        Assert.Equal("llm-unavailable", outcome.Record!.Warnings[^1].Code);
    }

    [Fact]
    public void ALetterTheLocalPipelineCannotReadKeepsItsOwnFailureAndIsNotSent()
    {
        var path = Path.Combine(CacheDirectory, "empty.txt");
        File.WriteAllText(path, "");

        var outcome = new LlmAssistedPipeline(_local, Assistant(), LlmMode.Verify).Process(path);

        Assert.False(outcome.Succeeded);
        Assert.Equal(_local.Process(path).Failure, outcome.Failure);
        Assert.Empty(Endpoint.Requests);
    }

    [Fact]
    public void AnOpenAICompatibleEndpointIsAskedAtChatCompletionsWithABearerKey()
    {
        var path = TestLetters.PathOf("seed-001.txt");
        Endpoint.Script(FakeReply.Answer(Answers.NoChanges));

        var outcome = new LlmAssistedPipeline(_local, Assistant(Settings(kind: EndpointKind.OpenAI)), LlmMode.Verify).Process(path);

        var request = Assert.Single(Endpoint.Requests);
        Assert.Equal("/chat/completions", request.Path);
        Assert.Equal($"Bearer {FakeChatEndpoint.Key}", request.Authorization);
        Assert.Equal(FakeChatEndpoint.Deployment, request.Body["model"]!.GetValue<string>());
        Assert.DoesNotContain(outcome.Record!.Warnings, w => w.Code.StartsWith("llm-"));
    }

    private static IEnumerable<string> VerificationOpen(LetterRecord record) =>
        Verification.VerifiableFields.All.Where(f => f.IsOpen(record)).Select(f => f.Name);

    private static string StripModelWarnings(LetterRecord record)
    {
        var copy = RecordJson.Deserialize(RecordJson.Serialize(record));
        copy.Warnings.RemoveAll(w => w.Code.StartsWith("llm-", StringComparison.Ordinal));
        return RecordJson.Serialize(copy);
    }
}
