namespace Extraction.Reading;

/// <summary>Why a file could not become a letter record. The codes are stable: catalog rows and
/// quarantine reasons carry them.</summary>
public enum ReadFailureKind
{
    Empty,
    UnsupportedType,
    Corrupt,
    Encrypted,
    NeedsOcr,
    NotALetter,
    TooLarge,
    Timeout,
    Unreadable,
    /// <summary>A fault in the pipeline itself, not in the file.</summary>
    InternalError,
}

/// <summary>A file the pipeline cannot read, with a reason a person can act on.</summary>
public sealed class LetterReadException(ReadFailureKind kind, string reason, Exception? inner = null)
    : Exception(reason, inner)
{
    public ReadFailureKind Kind { get; } = kind;

    public static string CodeOf(ReadFailureKind kind) => kind switch
    {
        ReadFailureKind.Empty => "empty",
        ReadFailureKind.UnsupportedType => "unsupported-type",
        ReadFailureKind.Corrupt => "corrupt",
        ReadFailureKind.Encrypted => "encrypted",
        ReadFailureKind.NeedsOcr => "needs-ocr",
        ReadFailureKind.NotALetter => "not-a-letter",
        ReadFailureKind.TooLarge => "too-large",
        ReadFailureKind.Timeout => "timeout",
        ReadFailureKind.InternalError => "internal-error",
        _ => "unreadable",
    };
}
