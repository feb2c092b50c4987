using Extraction.Archive.Catalog;
using Extraction.Archive.Indexing;
using Extraction.Archive.Storage;

namespace Extraction.Archive;

/// <summary>The pieces of an open archive that its runs share.</summary>
internal sealed record ArchiveParts(ArchiveLayout Layout, OriginalStore Store, LetterCatalog Catalog, Quarantine Quarantine, IndexFeed? Index);
