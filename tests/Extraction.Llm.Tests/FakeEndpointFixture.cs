using Extraction.Llm.Configuration;
using Extraction.Llm.Tests.Fakes;

namespace Extraction.Llm.Tests;

/// <summary>
/// A fresh fake endpoint, an empty answer cache and a log per test, with settings that keep the tests
/// fast: 10 ms backoff, two transient retries, a 3 s timeout (room for a cold first request on a busy
/// machine; the timeout tests shorten it).
/// </summary>
public abstract class FakeEndpointTest : IAsyncLifetime
{
    protected FakeChatEndpoint Endpoint { get; private set; } = null!;
    protected StringWriter Log { get; } = new();
    protected string CacheDirectory { get; } = Directory.CreateTempSubdirectory("extraction-llm-cache-").FullName;

    public async Task InitializeAsync() => Endpoint = await FakeChatEndpoint.StartAsync();

    public async Task DisposeAsync()
    {
        await Endpoint.DisposeAsync();
        Directory.Delete(CacheDirectory, recursive: true);
    }

    protected LlmSettings Settings(EndpointKind kind = EndpointKind.Azure, string key = FakeChatEndpoint.Key, bool redact = false,
        int contextTokens = 16_000, double timeoutSeconds = 3) => new()
    {
        Endpoint = Endpoint.Address,
        Deployment = FakeChatEndpoint.Deployment,
        ApiKey = key,
        Kind = kind,
        Timeout = TimeSpan.FromSeconds(timeoutSeconds),
        TransientRetries = 2,
        BackoffBase = TimeSpan.FromMilliseconds(10),
        MaxRetryWait = TimeSpan.FromSeconds(5),
        AnswerAttempts = 3,
        OutageLetters = 2,
        ContextTokens = contextTokens,
        AnswerTokens = 1_000,
        CacheDirectory = CacheDirectory,
        Redact = redact,
    };

    protected LlmAssistant Assistant(LlmSettings? settings = null) => new(settings ?? Settings(), Log);
}
