using Extraction.Llm.Answers;
using Extraction.Llm.Client;
using Extraction.Llm.Configuration;
using Extraction.Llm.ModelExtraction;
using Extraction.Llm.Verification;
using Extraction.Records;
using Extraction.Segmentation;
using OpenAI.Chat;

namespace Extraction.Llm;

/// <summary>
/// The one door to the model for a run: verifies or extracts a letter, never throws for the model's
/// faults (the letter keeps its local record with a warning), stops asking an endpoint that is down,
/// logs each letter's model warnings, and keeps the run's totals. Safe to call from parallel workers.
/// </summary>
public sealed class LlmAssistant
{
    private readonly LetterVerifier _verifier;
    private readonly ModelRecordExtractor _extractor;
    private readonly EndpointBreaker _breaker;
    private readonly RunLog _log;
    private readonly Lock _totalsLock = new();
    private LlmUsage _usage;
    private readonly Dictionary<LlmStatus, int> _letters = [];

    public LlmAssistant(LlmSettings settings, TextWriter log) : this(settings, ChatClients.Create(settings), log) { }

    public LlmAssistant(LlmSettings settings, ChatClient client, TextWriter log)
    {
        _log = new RunLog(log, settings);
        var asker = new ModelAsker(new ResilientChat(client, settings), new AnswerCache(settings.CacheDirectory), settings, _log);
        _verifier = new LetterVerifier(asker, settings);
        _extractor = new ModelRecordExtractor(asker, settings);
        _breaker = new EndpointBreaker(settings.OutageLetters);
    }

    public LlmUsage Usage
    {
        get { lock (_totalsLock) return _usage; }
    }

    public int LetterCount(LlmStatus status)
    {
        lock (_totalsLock) return _letters.GetValueOrDefault(status);
    }

    public async Task<LlmResult> RunAsync(LlmMode mode, LetterRecord rules, SegmentedLetter letter, CancellationToken cancellation = default)
    {
        var result = _breaker.IsOpen
            ? LlmResult.LocalOnly(rules, LlmStatus.Skipped, new RecordWarning("llm-skipped",
                "The model was not asked: it could not be reached for earlier letters of this run; the record is the local extractors' own."), default, TimeSpan.Zero)
            : await Ask(mode, rules, letter, cancellation);
        // Only letters that contacted the endpoint say whether it is up; cached answers and letters with nothing to ask do not.
        if (result.Usage.Requests > 0 && _breaker.Record(reached: result.Status != LlmStatus.Unreachable, result.Misconfigured))
            _log.Info("the endpoint could not be reached for the last letters, or refused the settings; the rest of this run goes without the model.");
        foreach (var warning in result.Record.Warnings.Skip(rules.Warnings.Count).Where(w => w.Code.StartsWith("llm-", StringComparison.Ordinal) && w.Code != "llm-skipped"))
            _log.Warn(rules.Id, warning.Message);
        lock (_totalsLock)
        {
            _usage += result.Usage;
            _letters[result.Status] = _letters.GetValueOrDefault(result.Status) + 1;
        }
        return result;
    }

    /// <summary>One line for the end of a run: what was asked, answered from the cache, and what it cost.</summary>
    public string Summary()
    {
        var usage = Usage;
        var statuses = string.Join(", ", Enum.GetValues<LlmStatus>().Where(s => LetterCount(s) > 0).Select(s => $"{LetterCount(s)} {Describe(s)}"));
        return $"{statuses}; {usage.Requests} requests sent, {usage.CachedAnswers} answers from the cache, {usage.InputTokens} input and {usage.OutputTokens} output tokens.";
    }

    private static string Describe(LlmStatus status) => status switch
    {
        LlmStatus.NotAsked => "letters with nothing to ask",
        LlmStatus.Answered => "answered",
        LlmStatus.PartlyAnswered => "partly answered",
        LlmStatus.Unusable => "with unusable answers",
        LlmStatus.Unreachable => "not reached",
        _ => "skipped after an outage",
    };

    private Task<LlmResult> Ask(LlmMode mode, LetterRecord rules, SegmentedLetter letter, CancellationToken cancellation) => mode switch
    {
        LlmMode.Verify => _verifier.VerifyAsync(rules, letter, cancellation),
        _ => _extractor.ExtractAsync(rules, letter, cancellation),
    };
}
