using Extraction.Llm.Configuration;

namespace Extraction.Llm.Tests.Configuration;

public sealed class LlmSettingsLoaderTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("extraction-llm-home-").FullName;
    private readonly Dictionary<string, string?> _environment = [];

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private (LlmSettings? Settings, string? Error) Load() => LlmSettingsLoader.Load(name => _environment.GetValueOrDefault(name), _home);

    private void WriteConfig(string json)
    {
        Directory.CreateDirectory(Path.Combine(_home, ".config", "extraction"));
        File.WriteAllText(Path.Combine(_home, ".config", "extraction", "llm.json"), json);
    }

    [Fact]
    public void NothingConfiguredSaysWhichVariablesToSet()
    {
        var (settings, error) = Load();
        Assert.Null(settings);
        Assert.Contains(LlmSettingsLoader.EndpointVariable, error);
        Assert.Contains(LlmSettingsLoader.DeploymentVariable, error);
        Assert.Contains(LlmSettingsLoader.KeyVariable, error);
    }

    [Fact]
    public void EnvironmentVariablesAlone()
    {
        _environment[LlmSettingsLoader.EndpointVariable] = "https://office.openai.azure.com/";
        _environment[LlmSettingsLoader.DeploymentVariable] = "gpt-4o";
        _environment[LlmSettingsLoader.KeyVariable] = "secret";

        var settings = Load().Settings!;

        Assert.Equal(EndpointKind.Azure, settings.Kind);
        Assert.Equal("gpt-4o", settings.Deployment);
        Assert.False(settings.Redact);
        Assert.Equal(Path.Combine(_home, ".cache", "extraction", "llm"), settings.CacheDirectory);
    }

    [Fact]
    public void TheConfigFileGivesTheRestAndTheEnvironmentOverridesIt()
    {
        WriteConfig("""
            {
              // the office's deployment
              "endpoint": "https://office.openai.azure.com/", "deployment": "gpt-4o", "apiKey": "from-file",
              "timeoutSeconds": 20, "contextTokens": 32000, "redact": true,
            }
            """);
        _environment[LlmSettingsLoader.DeploymentVariable] = "gpt-4o-mini";

        var settings = Load().Settings!;

        Assert.Equal("gpt-4o-mini", settings.Deployment);
        Assert.Equal("from-file", settings.ApiKey);
        Assert.Equal(TimeSpan.FromSeconds(20), settings.Timeout);
        Assert.Equal(32_000, settings.ContextTokens);
        Assert.True(settings.Redact);
    }

    [Fact]
    public void AnOpenAICompatibleServerNeedsNoKey()
    {
        _environment[LlmSettingsLoader.EndpointVariable] = "http://127.0.0.1:8000/v1/";
        _environment[LlmSettingsLoader.DeploymentVariable] = "qwen2.5-7b-instruct";
        _environment[LlmSettingsLoader.KindVariable] = "openai";

        Assert.Equal(EndpointKind.OpenAI, Load().Settings!.Kind);
    }

    [Theory]
    [InlineData("office.openai.azure.com", "not an http(s) address")]
    [InlineData("ftp://office.openai.azure.com/", "not an http(s) address")]
    public void ABadEndpointIsNamed(string endpoint, string message)
    {
        _environment[LlmSettingsLoader.EndpointVariable] = endpoint;
        _environment[LlmSettingsLoader.DeploymentVariable] = "gpt-4o";
        _environment[LlmSettingsLoader.KeyVariable] = "secret";
        Assert.Contains(message, Load().Error);
    }

    [Fact]
    public void ABrokenConfigFileIsNamedWithItsFault()
    {
        WriteConfig("{ \"endpoint\": ");
        Assert.Contains("llm.json could not be read", Load().Error);
    }

    [Fact]
    public void AConfigFileNamedButMissingIsAnError()
    {
        _environment[LlmSettingsLoader.ConfigVariable] = Path.Combine(_home, "nowhere.json");
        Assert.Contains("nowhere.json, which does not exist", Load().Error);
    }
}
