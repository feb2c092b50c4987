namespace Extraction.Llm.Configuration;

/// <summary>Which protocol the endpoint speaks: Azure OpenAI's deployments, or any server that speaks
/// OpenAI's own chat-completions API (OpenAI, vLLM, Ollama, LM Studio...).</summary>
public enum EndpointKind
{
    Azure,
    OpenAI,
}

/// <summary>Where the model is and how patiently to talk to it. Comes from environment variables or a
/// config file (<see cref="LlmSettingsLoader"/>), never from the command line, so a key never lands in a
/// shell's history.</summary>
public sealed record LlmSettings
{
    public required Uri Endpoint { get; init; }
    /// <summary>The Azure deployment name, or the model name for an OpenAI-compatible endpoint.</summary>
    public required string Deployment { get; init; }
    public required string ApiKey { get; init; }
    public EndpointKind Kind { get; init; } = EndpointKind.Azure;

    /// <summary>How long one request may take before it counts as a timeout.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Further attempts after a timeout, 429, 5xx or dropped connection.</summary>
    public int TransientRetries { get; init; } = 4;
    /// <summary>The first backoff wait; it doubles with each attempt.</summary>
    public TimeSpan BackoffBase { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>The longest wait the endpoint may ask for (Retry-After) or backoff may reach; asked for more, the letter goes without.</summary>
    public TimeSpan MaxRetryWait { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Requests per letter part when answers do not parse or break the answer schema.</summary>
    public int AnswerAttempts { get; init; } = 3;
    /// <summary>Consecutive letters the endpoint could not be reached for before the run stops asking it.</summary>
    public int OutageLetters { get; init; } = 3;

    /// <summary>The model's context window, in tokens; letters longer than it allows are sent in parts.</summary>
    public int ContextTokens { get; init; } = 16_000;
    /// <summary>Tokens kept free in the window for the answer.</summary>
    public int AnswerTokens { get; init; } = 2_000;

    public required string CacheDirectory { get; init; }
    /// <summary>Mask personal names, phone numbers and e-mail addresses before anything is sent.</summary>
    public bool Redact { get; init; }

    /// <summary>Where the data goes, for the notice that it leaves the machine.</summary>
    public string Destination => $"{Endpoint.GetLeftPart(UriPartial.Authority)} ({(Kind == EndpointKind.Azure ? "Azure OpenAI deployment" : "model")} \"{Deployment}\")";
}
