using System.CommandLine;
using Extraction.Llm;
using Extraction.Llm.Configuration;
using Extraction.Pipeline;

namespace Extraction.Cli.Commands;

/// <summary>
/// The LLM options of <c>extract</c> (<c>--llm verify|extract</c>, <c>--redact</c>) and <c>eval</c>
/// (<c>--llm</c>, <c>--redact</c>). They choose whether and how the model is asked; where it is and the
/// key come only from the environment or the config file (docs/llm.md), never from the command line.
/// </summary>
public sealed class LlmOptions
{
    public Option<bool> Redact { get; } = new("--redact")
    {
        Description = "Mask personal names, phone numbers and e-mail addresses before anything is sent to the LLM.",
    };

    /// <summary>For extract: the mode, or none to stay local.</summary>
    public Option<LlmMode?> Mode { get; } = new("--llm")
    {
        Description = "Also ask the LLM configured in the environment (docs/llm.md): 'verify' checks the fields the local extractors doubt, 'extract' lets it write the whole record.",
    };

    /// <summary>For eval: compare rules, rules+verify and LLM-extract side by side.</summary>
    public Option<bool> Compare { get; } = new("--llm")
    {
        Description = "Score the local records, the LLM-verified ones and the LLM-extracted ones side by side, with time and tokens per letter (docs/llm.md).",
    };

    /// <summary>The assistant for this run, or null after saying on <paramref name="error"/> why the LLM cannot be used.</summary>
    public LlmAssistant? Assistant(ParseResult parse, TextWriter error)
    {
        var (settings, problem) = LlmSettingsLoader.FromEnvironment();
        if (settings is null)
        {
            error.WriteLine(problem);
            return null;
        }
        return new LlmAssistant(settings with { Redact = settings.Redact || parse.GetValue(Redact) }, error);
    }

    /// <summary>The local pipeline, wrapped when a mode was chosen; null when the LLM was asked for but cannot be used.</summary>
    public (ILetterProcessor? Processor, LlmAssistant? Assistant) Pipeline(ParseResult parse, TextWriter error, bool useModels = true)
    {
        var local = PipelineFactory.Create(useModels);
        if (parse.GetValue(Mode) is not { } chosen) return (local, null);
        var assistant = Assistant(parse, error);
        return assistant is null ? (null, null) : (new LlmAssistedPipeline(local, assistant, chosen), assistant);
    }
}
