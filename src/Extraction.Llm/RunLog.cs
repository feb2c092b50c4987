using Extraction.Llm.Configuration;

namespace Extraction.Llm;

/// <summary>The run's log lines about the model, on the writer the host gives (standard error for the
/// CLI). Says once per run, before the first request, that letter text leaves the machine, and where to.</summary>
public sealed class RunLog(TextWriter writer, LlmSettings settings)
{
    private readonly TextWriter _writer = TextWriter.Synchronized(writer);
    private int _noticeGiven;

    public void DataLeavesMachine()
    {
        if (Interlocked.Exchange(ref _noticeGiven, 1) == 1) return;
        _writer.WriteLine($"llm: letter text and the fields read from it leave this machine for {settings.Destination}; " +
                          (settings.Redact ? "personal names, phone numbers and e-mail addresses are masked first."
                                           : "nothing is masked (use --redact to mask personal names and phone numbers)."));
    }

    public void Warn(string letterId, string message) => _writer.WriteLine($"llm: warning: {letterId}: {message}");

    public void Info(string message) => _writer.WriteLine($"llm: {message}");
}
