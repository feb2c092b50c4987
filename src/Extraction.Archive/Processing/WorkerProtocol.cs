using System.Text.Json;
using Extraction.Pipeline;
using Extraction.Reading.Ocr;
using Extraction.Records;

namespace Extraction.Archive.Processing;

/// <summary>
/// One JSON line per request on the worker's standard input, one marked JSON line per reply on its
/// standard output. The marker lets the parent skip anything else a library prints there.
/// </summary>
internal static class WorkerProtocol
{
    public const string ReplyMarker = "@extraction-worker-reply ";

    /// <summary>Set in the worker's environment: the parent's process id, so the worker can exit when its parent dies.</summary>
    public const string ParentVariable = "EXTRACTION_WORKER_PARENT";

    public sealed record Request(string Path, long TimeoutMs);

    public sealed record Reply(LetterRecord? Record, string? Text, LetterFailure? Failure, long ElapsedMs, IReadOnlyList<OcrPage>? RecognisedPages = null);

    public static string Write(Request request) => JsonSerializer.Serialize(request, RecordJson.Compact);

    public static string Write(Reply reply) => ReplyMarker + JsonSerializer.Serialize(reply, RecordJson.Compact);

    public static Request ReadRequest(string line) =>
        JsonSerializer.Deserialize<Request>(line, RecordJson.Compact) ?? throw new JsonException("The request is JSON null.");

    public static bool IsReply(string line) => line.StartsWith(ReplyMarker, StringComparison.Ordinal);

    /// <summary>The reply on a marked line, or null when it is garbled (something else wrote into the middle of it).</summary>
    public static Reply? ReadReply(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<Reply>(line[ReplyMarker.Length..], RecordJson.Compact);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static Reply ToReply(LetterOutcome outcome) =>
        new(outcome.Record, outcome.Text, outcome.Failure, (long)outcome.Elapsed.TotalMilliseconds, outcome.RecognisedPages);

    public static LetterOutcome ToOutcome(string path, Reply reply) =>
        new(path, LetterIds.FromPath(path), reply.Record, reply.Record is null ? reply.Failure : null, TimeSpan.FromMilliseconds(reply.ElapsedMs), reply.Text,
            RecognisedPages: reply.RecognisedPages);
}
