using System.ClientModel;
using System.Globalization;

namespace Extraction.Llm.Client;

/// <summary>What went wrong with one request, and whether trying again can help.</summary>
internal sealed record ModelFault(string Description, FaultKind Kind, TimeSpan? RetryAfter = null)
{
    public static ModelFault Timeout(TimeSpan limit) => new($"no answer within {limit.TotalSeconds:0.#} s", FaultKind.Transient);

    public static ModelFault ConnectionLost(Exception e) => new($"connection failed ({e.Message})", FaultKind.Transient);

    public static ModelFault From(ClientResultException e)
    {
        var response = e.GetRawResponse();
        if (e.Status == 0 || response is null) return ConnectionLost(e.InnerException ?? e);
        var kind = e.Status switch
        {
            408 or 429 or >= 500 => FaultKind.Transient,
            401 or 403 or 404 => FaultKind.Misconfigured,
            _ => FaultKind.Refused,
        };
        return new ModelFault($"HTTP {e.Status} {response.ReasonPhrase}".TrimEnd(), kind, RetryAfterOf(response.Headers));
    }

    /// <summary>Azure OpenAI says how long to wait in milliseconds (retry-after-ms, x-ms-retry-after-ms)
    /// and in seconds (Retry-After, which may also be an HTTP date); the finest one wins.</summary>
    private static TimeSpan? RetryAfterOf(System.ClientModel.Primitives.PipelineResponseHeaders headers)
    {
        foreach (var name in new[] { "retry-after-ms", "x-ms-retry-after-ms" })
            if (headers.TryGetValue(name, out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
                return TimeSpan.FromMilliseconds(millis);
        if (!headers.TryGetValue("Retry-After", out var value) || value is null) return null;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            return TimeSpan.FromSeconds(seconds);
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? Max(at - DateTimeOffset.UtcNow, TimeSpan.Zero) : null;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

internal enum FaultKind
{
    /// <summary>Timeouts, 408, 429, 5xx, dropped connections: worth another try after a wait.</summary>
    Transient,
    /// <summary>The endpoint refused this request (400: too long, filtered): another try gets the same answer.</summary>
    Refused,
    /// <summary>Wrong key, deployment or address (401, 403, 404): no request will succeed.</summary>
    Misconfigured,
}
