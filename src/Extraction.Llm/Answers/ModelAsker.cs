using System.Text.Json.Nodes;
using Extraction.Llm.Client;
using Extraction.Llm.Configuration;
using Extraction.Llm.Prompting;
using OpenAI.Chat;

namespace Extraction.Llm.Answers;

/// <summary>One request's worth of asking: the messages, the schema the answer must meet, and the checks
/// a schema cannot express (a cited line must be one that was sent).</summary>
public sealed record Question(string LetterSha256, string SystemPrompt, string UserPrompt, AnswerSchema Schema, Func<JsonNode, IReadOnlyList<string>> Check);

public enum AnswerStatus
{
    Answered,
    /// <summary>Every answer failed to parse or broke the schema.</summary>
    Invalid,
    /// <summary>The endpoint could not be asked (see <see cref="Answer.Problem"/>).</summary>
    Unavailable,
}

public sealed record Answer(AnswerStatus Status, JsonNode? Value, LlmUsage Usage, string? Problem = null, bool Misconfigured = false);

/// <summary>
/// Asks one question: from the cache when it was asked before, else from the model. An answer that does
/// not parse or fails the checks is sent back with what is wrong, up to
/// <see cref="LlmSettings.AnswerAttempts"/> answers; then the question goes unanswered. Faults of the
/// endpoint come back as an <see cref="AnswerStatus.Unavailable"/> answer, never as an exception.
/// </summary>
public sealed class ModelAsker(ResilientChat chat, AnswerCache cache, LlmSettings settings, RunLog log)
{
    public async Task<Answer> AskAsync(Question question, CancellationToken cancellation)
    {
        var key = AnswerCache.KeyOf(settings.Deployment, Prompts.Version, question.Schema.Name, [question.SystemPrompt, question.UserPrompt]);
        if (cache.Get(question.LetterSha256, key) is { } cached) return new Answer(AnswerStatus.Answered, cached.Answer, new LlmUsage(0, 1, 0, 0));

        log.DataLeavesMachine();
        var messages = new List<ChatMessage> { new SystemChatMessage(question.SystemPrompt), new UserChatMessage(question.UserPrompt) };
        var options = new ChatCompletionOptions
        {
            ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat(question.Schema.Name, BinaryData.FromString(question.Schema.Text), jsonSchemaIsStrict: true),
        };
        var usage = default(LlmUsage);
        IReadOnlyList<string> problems = [];
        for (var attempt = 1; attempt <= settings.AnswerAttempts; attempt++)
        {
            ModelReply reply;
            try
            {
                reply = await chat.CompleteAsync(messages, options, cancellation);
            }
            catch (ModelUnavailableException e)
            {
                return new Answer(AnswerStatus.Unavailable, null, usage + new LlmUsage(e.Requests, 0, 0, 0), e.Message, e.Misconfigured);
            }
            usage += new LlmUsage(reply.Requests, 0, reply.InputTokens, reply.OutputTokens);
            var (answer, schemaProblems) = question.Schema.Parse(reply.Content);
            problems = answer is null ? schemaProblems : question.Check(answer);
            if (problems.Count == 0)
            {
                if (!cache.Put(question.LetterSha256, key, new CachedAnswer(answer!, reply.InputTokens, reply.OutputTokens)))
                    log.Info($"the answer cache {settings.CacheDirectory} cannot be written; answers will be asked for again next run.");
                return new Answer(AnswerStatus.Answered, answer, usage);
            }
            messages.Add(new AssistantChatMessage(reply.Content));
            messages.Add(new UserChatMessage($"That answer cannot be used: {string.Join("; ", problems.Take(5))}. Answer again, following the schema."));
        }
        return new Answer(AnswerStatus.Invalid, null, usage,
            $"{settings.AnswerAttempts} answers could not be used ({problems.FirstOrDefault()})");
    }
}
