using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Extraction.Llm.Tests.Fakes;

/// <summary>A request the fake endpoint received.</summary>
public sealed record ReceivedRequest(string Path, string Query, string? ApiKey, string? Authorization, JsonNode Body, DateTimeOffset At)
{
    /// <summary>The text of every message sent, joined.</summary>
    public string MessagesText => string.Join("\n", Body["messages"]!.AsArray().Select(m => m!["content"]!.ToString()));
}

/// <summary>
/// A chat-completions endpoint on 127.0.0.1 (Kestrel, a free port) that answers as Azure OpenAI does
/// (POST /openai/deployments/{deployment}/chat/completions?api-version=..., api-key header) and as
/// OpenAI-compatible servers do (POST /chat/completions, bearer token). Each request takes the next
/// scripted <see cref="FakeReply"/>; with none left it answers 500, so a test that asks more than it
/// scripted sees it.
/// </summary>
public sealed class FakeChatEndpoint : IAsyncDisposable
{
    public const string Key = "test-key";
    public const string Deployment = "gpt-4o-test";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeReply> _script = new();
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();

    private FakeChatEndpoint(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public IReadOnlyList<ReceivedRequest> Requests => _received.ToList();

    public static async Task<FakeChatEndpoint> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var endpoint = new FakeChatEndpoint(app);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", endpoint.HandleAsync);
        app.MapPost("/chat/completions", endpoint.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        endpoint.Address = new Uri(address.Replace("[::]", "127.0.0.1") + "/");
        return endpoint;
    }

    public void Script(params FakeReply[] replies)
    {
        foreach (var reply in replies) _script.Enqueue(reply);
    }

    /// <summary>Waits until <paramref name="count"/> requests have come in, or the time is up: a client that
    /// gave up waiting may have sent its last request before the server got round to it.</summary>
    public async Task WaitForRequestsAsync(int count, TimeSpan limit)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (_received.Count < count && clock.Elapsed < limit) await Task.Delay(20);
    }

    private async Task HandleAsync(HttpContext context)
    {
        JsonNode body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) ?? new JsonObject();
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            // The client gave up before its body was read: the request still came.
            body = new JsonObject();
        }
        _received.Enqueue(new ReceivedRequest(context.Request.Path, context.Request.QueryString.Value ?? "",
            context.Request.Headers["api-key"].FirstOrDefault(), context.Request.Headers.Authorization.FirstOrDefault(), body, DateTimeOffset.UtcNow));
        var keyGiven = context.Request.Headers["api-key"].FirstOrDefault() ?? context.Request.Headers.Authorization.FirstOrDefault()?.Replace("Bearer ", "");
        if (keyGiven != Key)
        {
            await FakeReply.Status(401).WriteAsync(context);
            return;
        }
        await (_script.TryDequeue(out var reply) ? reply : FakeReply.Status(500)).WriteAsync(context);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
