using Extraction.Pipeline;
using Extraction.Reading.Ocr;

namespace Extraction.Archive.Catalog;

/// <summary>Where an original is on its way: taken in, being read, recorded, or failed with a reason.</summary>
public enum LetterState { Received, Processing, Done, Failed }

/// <summary>How a file came in: as a new original, as bytes already kept, or not at all (with the reason).</summary>
public enum ArrivalKind { Original, Duplicate, Refused }

/// <summary>An original claimed for processing by one worker.</summary>
public sealed record LetterClaim(long Row, string LetterId, string Sha256, string FileName);

/// <summary>What recording an outcome did: the state, and for a done letter its version among the done letters
/// with the same number, notation, issuer and year (version 1 of 1 when it has no such key), and which of them
/// is now the current one. Versions are numbered in order of arrival, whatever order they finish in.</summary>
public sealed record CompletedLetter(LetterState State, int Version, int VersionCount, string? CurrentVersion);

/// <summary>One original as status and export see it.</summary>
public sealed record LetterEntry(
    long Row, string LetterId, string Sha256, string FileName, long Size, LetterState State, int Attempts,
    DateTimeOffset ReceivedAt, TimeSpan? Elapsed, LetterFailure? Failure, int? Version, bool Superseded);

/// <summary>One arrival of a file: under which name and path, when, and how it came in.</summary>
public sealed record ArrivalEntry(string Name, string SourcePath, DateTimeOffset ArrivedAt, ArrivalKind Kind, string? LetterId, LetterFailure? Failure);

internal static class CatalogText
{
    public static string Of(LetterState state) => state switch
    {
        LetterState.Received => "received",
        LetterState.Processing => "processing",
        LetterState.Done => "done",
        _ => "failed",
    };

    public static LetterState State(string text) => text switch
    {
        "received" => LetterState.Received,
        "processing" => LetterState.Processing,
        "done" => LetterState.Done,
        _ => LetterState.Failed,
    };

    public static string Of(ArrivalKind kind) => kind switch
    {
        ArrivalKind.Original => "original",
        ArrivalKind.Duplicate => "duplicate",
        _ => "refused",
    };

    public static ArrivalKind Kind(string text) => text switch
    {
        "original" => ArrivalKind.Original,
        "duplicate" => ArrivalKind.Duplicate,
        _ => ArrivalKind.Refused,
    };

    public static string Now() => DateTimeOffset.UtcNow.ToString("O");

    public static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A done letter read by OCR: its id, the name it arrived under, its original's hash and the pages the recognition pass read.</summary>
public sealed record ScannedLetter(string LetterId, string FileName, string Sha256, IReadOnlyList<OcrPage> RecognisedPages);
