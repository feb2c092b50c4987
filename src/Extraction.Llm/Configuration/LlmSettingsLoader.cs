using System.Text.Json;

namespace Extraction.Llm.Configuration;

/// <summary>
/// Reads <see cref="LlmSettings"/> from a JSON config file and environment variables; a variable
/// overrides the file. The file is <c>$EXTRACTION_LLM_CONFIG</c>, else
/// <c>~/.config/extraction/llm.json</c> when it exists. Nothing here reads the command line.
/// </summary>
public static class LlmSettingsLoader
{
    public const string EndpointVariable = "EXTRACTION_LLM_ENDPOINT";
    public const string DeploymentVariable = "EXTRACTION_LLM_DEPLOYMENT";
    public const string KeyVariable = "EXTRACTION_LLM_API_KEY";
    public const string KindVariable = "EXTRACTION_LLM_KIND";
    public const string CacheVariable = "EXTRACTION_LLM_CACHE";
    public const string RedactVariable = "EXTRACTION_LLM_REDACT";
    public const string ConfigVariable = "EXTRACTION_LLM_CONFIG";

    /// <summary>The settings, or a sentence saying what is missing or wrong and how to set it.</summary>
    public static (LlmSettings? Settings, string? Error) Load(Func<string, string?> environment, string home)
    {
        if (environment(ConfigVariable) is { } named && !File.Exists(named))
            return (null, $"{ConfigVariable} names {named}, which does not exist.");
        var configPath = environment(ConfigVariable) ?? Path.Combine(home, ".config", "extraction", "llm.json");
        SettingsFile file;
        try
        {
            file = File.Exists(configPath) ? ReadFile(configPath) : new SettingsFile();
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return (null, $"The LLM config file {configPath} could not be read: {e.Message}");
        }

        var endpoint = environment(EndpointVariable) ?? file.Endpoint;
        var deployment = environment(DeploymentVariable) ?? file.Deployment;
        var key = environment(KeyVariable) ?? file.ApiKey;
        var kindText = environment(KindVariable) ?? file.Kind ?? "azure";
        if (!Enum.TryParse<EndpointKind>(kindText, ignoreCase: true, out var kind))
            return (null, $"{KindVariable} (or \"kind\" in {configPath}) is \"{kindText}\"; say \"azure\" or \"openai\".");
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(endpoint)) missing.Add($"{EndpointVariable} (\"endpoint\")");
        if (string.IsNullOrWhiteSpace(deployment)) missing.Add($"{DeploymentVariable} (\"deployment\")");
        // A local OpenAI-compatible server often takes no key; Azure always does.
        if (string.IsNullOrWhiteSpace(key) && kind == EndpointKind.Azure) missing.Add($"{KeyVariable} (\"apiKey\")");
        if (missing.Count > 0)
            return (null, $"The LLM is not configured: set {string.Join(", ", missing)} in the environment or in {configPath}. See docs/llm.md.");
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            return (null, $"The LLM endpoint \"{endpoint}\" is not an http(s) address, e.g. https://NAME.openai.azure.com/.");

        var settings = new LlmSettings
        {
            Endpoint = uri,
            Deployment = deployment!,
            ApiKey = string.IsNullOrWhiteSpace(key) ? "none" : key,
            Kind = kind,
            CacheDirectory = environment(CacheVariable) ?? file.CacheDirectory ?? DefaultCache(environment, home),
            Redact = IsTrue(environment(RedactVariable)) || file.Redact == true,
        };
        return (settings with
        {
            Timeout = file.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : settings.Timeout,
            TransientRetries = file.TransientRetries ?? settings.TransientRetries,
            BackoffBase = file.BackoffSeconds is { } backoff ? TimeSpan.FromSeconds(backoff) : settings.BackoffBase,
            MaxRetryWait = file.MaxRetryWaitSeconds is { } longest ? TimeSpan.FromSeconds(longest) : settings.MaxRetryWait,
            AnswerAttempts = file.AnswerAttempts ?? settings.AnswerAttempts,
            OutageLetters = file.OutageLetters ?? settings.OutageLetters,
            ContextTokens = file.ContextTokens ?? settings.ContextTokens,
            AnswerTokens = file.AnswerTokens ?? settings.AnswerTokens,
        }, null);
    }

    /// <summary>The settings from this process's environment and the user's home.</summary>
    public static (LlmSettings? Settings, string? Error) FromEnvironment() =>
        Load(Environment.GetEnvironmentVariable, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    private static string DefaultCache(Func<string, string?> environment, string home) =>
        Path.Combine(environment("XDG_CACHE_HOME") ?? Path.Combine(home, ".cache"), "extraction", "llm");

    private static bool IsTrue(string? value) => value is "1" or "true" or "yes";

    private static SettingsFile ReadFile(string path) =>
        JsonSerializer.Deserialize<SettingsFile>(File.ReadAllText(path), new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true,
        }) ?? new SettingsFile();

    private sealed class SettingsFile
    {
        public string? Endpoint { get; init; }
        public string? Deployment { get; init; }
        public string? ApiKey { get; init; }
        public string? Kind { get; init; }
        public double? TimeoutSeconds { get; init; }
        public int? TransientRetries { get; init; }
        public double? BackoffSeconds { get; init; }
        public double? MaxRetryWaitSeconds { get; init; }
        public int? AnswerAttempts { get; init; }
        public int? OutageLetters { get; init; }
        public int? ContextTokens { get; init; }
        public int? AnswerTokens { get; init; }
        public string? CacheDirectory { get; init; }
        public bool? Redact { get; init; }
    }
}
