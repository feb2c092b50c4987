namespace Extraction.Llm.Client;

/// <summary>
/// Stops asking an endpoint that is down, so a batch does not wait out the retries letter after letter:
/// after <c>outageLetters</c> letters in a row could not reach it, or at once when it says the settings
/// are wrong (401, 403, 404), the rest of the run goes without the model.
/// </summary>
public sealed class EndpointBreaker(int outageLetters)
{
    private int _consecutiveOutages;
    private int _open;

    public bool IsOpen => Volatile.Read(ref _open) == 1;

    /// <summary>True when this outcome is the one that opened the breaker.</summary>
    public bool Record(bool reached, bool misconfigured)
    {
        if (reached)
        {
            Interlocked.Exchange(ref _consecutiveOutages, 0);
            return false;
        }
        var outages = Interlocked.Increment(ref _consecutiveOutages);
        if (!misconfigured && outages < outageLetters) return false;
        return Interlocked.Exchange(ref _open, 1) == 0;
    }
}
