using Extraction.Llm.Verification;
using Extraction.Records;
using Extraction.Text;

namespace Extraction.Llm.ModelExtraction;

/// <summary>
/// Joins the records the model wrote for the parts of one long letter. A single field keeps the first
/// part's value (the header comes first; the signature block only in the last part, where the earlier
/// parts leave it null); lists are concatenated, an item repeated across parts kept once.
/// </summary>
public static class RecordMerge
{
    public static LetterRecord Merge(IReadOnlyList<LetterRecord> parts)
    {
        var merged = parts[0];
        foreach (var part in parts.Skip(1))
        {
            foreach (var field in VerifiableFields.All.Where(f => !f.IsList && !f.HasValue(merged) && f.HasValue(part)))
            {
                field.Set(merged, field.Get(part));
                if (part.Provenance.TryGetValue(field.Name, out var provenance)) merged.Provenance[field.Name] = provenance;
            }
            AddNew(merged.Recipients, part.Recipients, VietnameseText.FoldedKey);
            AddNew(merged.CcRecipients, part.CcRecipients, VietnameseText.FoldedKey);
            AddNew(merged.Distribution, part.Distribution, VietnameseText.FoldedKey);
            AddNew(merged.References, part.References, r => r.Code.Replace(" ", "").ToUpperInvariant());
            merged.Tasks.AddRange(part.Tasks);
            merged.Targets.AddRange(part.Targets);
            merged.Deadlines.AddRange(part.Deadlines);
        }
        return merged;
    }

    private static void AddNew<T>(List<T> into, IEnumerable<T> items, Func<T, string> key)
    {
        var seen = into.Select(key).ToHashSet();
        into.AddRange(items.Where(item => seen.Add(key(item))));
    }
}
