using System.ClientModel;
using Extraction.Llm.Configuration;
using OpenAI.Chat;

namespace Extraction.Llm.Client;

/// <summary>One answer from the model. Token counts are the endpoint's own.</summary>
public sealed record ModelReply(string Content, int InputTokens, int OutputTokens, int Requests);

/// <summary>
/// Sends one chat request and waits out what can be waited out: a timeout, a 429 (after the wait the
/// endpoint asks for), a 5xx or a dropped connection is retried with exponential backoff up to
/// <see cref="LlmSettings.TransientRetries"/> times. What cannot be waited out ends in a
/// <see cref="ModelUnavailableException"/>, which the caller turns into a warning on the letter.
/// </summary>
public sealed class ResilientChat(ChatClient client, LlmSettings settings)
{
    public async Task<ModelReply> CompleteAsync(IReadOnlyList<ChatMessage> messages, ChatCompletionOptions options, CancellationToken cancellation)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (reply, problem) = await TryOnceAsync(messages, options, cancellation);
            var requests = attempt + 1;
            if (reply is not null) return reply with { Requests = requests };
            if (problem!.Kind == FaultKind.Misconfigured)
                throw new ModelUnavailableException($"the endpoint refused the request ({problem.Description}): check the endpoint, deployment and key", true, requests);
            if (problem.Kind == FaultKind.Refused)
                throw new ModelUnavailableException($"the endpoint refused the request ({problem.Description})", false, requests);
            if (attempt >= settings.TransientRetries)
                throw new ModelUnavailableException($"{problem.Description}, still after {requests} attempts", false, requests);
            var wait = problem.RetryAfter ?? Backoff(attempt);
            if (wait > settings.MaxRetryWait)
                throw new ModelUnavailableException($"{problem.Description}; the endpoint asks to wait {wait.TotalSeconds:0} s, longer than the {settings.MaxRetryWait.TotalSeconds:0} s allowed", false, requests);
            await Task.Delay(wait, cancellation);
        }
    }

    private async Task<(ModelReply? Reply, ModelFault? Fault)> TryOnceAsync(IReadOnlyList<ChatMessage> messages, ChatCompletionOptions options, CancellationToken cancellation)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(settings.Timeout);
        try
        {
            ChatCompletion completion = await client.CompleteChatAsync(messages, options, limit.Token);
            var text = string.Concat(completion.Content.Select(part => part.Text));
            if (text.Length == 0 && completion.Refusal is { Length: > 0 } refusal) text = refusal;
            return (new ModelReply(text, completion.Usage?.InputTokenCount ?? 0, completion.Usage?.OutputTokenCount ?? 0, 1), null);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return (null, ModelFault.Timeout(settings.Timeout));
        }
        catch (ClientResultException e)
        {
            return (null, ModelFault.From(e));
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return (null, ModelFault.ConnectionLost(e));
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var jitter = 0.8 + Random.Shared.NextDouble() * 0.4;
        var wait = settings.BackoffBase * Math.Pow(2, attempt) * jitter;
        return wait < settings.MaxRetryWait ? wait : settings.MaxRetryWait;
    }
}
