namespace Extraction.Llm.Client;

/// <summary>The model could not be asked: the endpoint stayed unreachable or busy past the retries, or
/// refused the request. <see cref="Misconfigured"/> says the settings are wrong (401, 403, 404), so
/// asking again for the next letter is pointless. <see cref="Requests"/> counts the attempts made.</summary>
public sealed class ModelUnavailableException(string message, bool misconfigured, int requests) : Exception(message)
{
    public bool Misconfigured { get; } = misconfigured;
    public int Requests { get; } = requests;
}
