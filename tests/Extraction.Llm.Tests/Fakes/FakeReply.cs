using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Extraction.Llm.Tests.Fakes;

/// <summary>One scripted behaviour of the fake endpoint for one request.</summary>
public abstract record FakeReply
{
    public abstract Task WriteAsync(HttpContext context);

    /// <summary>A chat completion whose message content is <paramref name="content"/>, as Azure OpenAI sends it.</summary>
    public static FakeReply Answer(string content, int promptTokens = 1200, int completionTokens = 80) => new Completion(content, promptTokens, completionTokens);

    public static FakeReply Answer(JsonNode content) => Answer(content.ToJsonString());

    public static FakeReply Status(int status, params (string Name, string Value)[] headers) => new HttpStatus(status, headers);

    /// <summary>Answers only after <paramref name="delay"/>, unless the client hangs up first.</summary>
    public static FakeReply Slow(TimeSpan delay, FakeReply then) => new Delayed(delay, then);

    /// <summary>Closes the connection without a response.</summary>
    public static FakeReply Drop() => new Dropped();

    private sealed record Completion(string Content, int PromptTokens, int CompletionTokens) : FakeReply
    {
        public override Task WriteAsync(HttpContext context)
        {
            var body = new JsonObject
            {
                ["id"] = "chatcmpl-fake",
                ["object"] = "chat.completion",
                ["created"] = 1735689600,
                ["model"] = "gpt-4o-2024-08-06",
                ["system_fingerprint"] = "fp_fake",
                ["prompt_filter_results"] = new JsonArray(),
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["finish_reason"] = "stop",
                    ["logprobs"] = null,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = Content, ["refusal"] = null },
                    ["content_filter_results"] = new JsonObject(),
                }),
                ["usage"] = new JsonObject
                {
                    ["prompt_tokens"] = PromptTokens, ["completion_tokens"] = CompletionTokens, ["total_tokens"] = PromptTokens + CompletionTokens,
                },
            };
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(body.ToJsonString());
        }
    }

    private sealed record HttpStatus(int Code, (string Name, string Value)[] Headers) : FakeReply
    {
        public override Task WriteAsync(HttpContext context)
        {
            context.Response.StatusCode = Code;
            foreach (var (name, value) in Headers) context.Response.Headers[name] = value;
            context.Response.ContentType = "application/json";
            var error = new JsonObject { ["error"] = new JsonObject { ["code"] = Code.ToString(), ["message"] = $"scripted status {Code}" } };
            return context.Response.WriteAsync(error.ToJsonString());
        }
    }

    private sealed record Delayed(TimeSpan Delay, FakeReply Then) : FakeReply
    {
        public override async Task WriteAsync(HttpContext context)
        {
            try
            {
                await Task.Delay(Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await Then.WriteAsync(context);
        }
    }

    private sealed record Dropped : FakeReply
    {
        public override Task WriteAsync(HttpContext context)
        {
            context.Abort();
            return Task.CompletedTask;
        }
    }
}
