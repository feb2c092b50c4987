using System.Text.Json;
using Extraction.Reading.Ocr;
using Extraction.Records;

namespace Extraction.Archive.Catalog;

/// <summary>The recognised pages of a letter as the catalog keeps them: JSON, null for a letter read without OCR.</summary>
internal static class RecognisedPagesJson
{
    public static string? Serialize(IReadOnlyList<OcrPage>? pages) =>
        pages is null || pages.Count == 0 ? null : JsonSerializer.Serialize(pages, RecordJson.Compact);

    public static IReadOnlyList<OcrPage> Deserialize(string json) =>
        JsonSerializer.Deserialize<List<OcrPage>>(json, RecordJson.Compact) ?? throw new JsonException("The recognised pages are JSON null.");
}
