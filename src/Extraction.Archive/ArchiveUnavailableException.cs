namespace Extraction.Archive;

/// <summary>The archive as a whole cannot be used (in use by another process, read-only, catalog from a
/// newer version, disk full). The message says what to do; no file was touched.</summary>
public sealed class ArchiveUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
