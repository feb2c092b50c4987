using Extraction.Records;
using Extraction.Text;

namespace Extraction.Learning.Alignment;

/// <summary>The values of a gold record that a line can be matched against, prepared once.</summary>
internal sealed class GoldLetter
{
    private static readonly GoldValue[] Mottos =
        [new("Cộng hòa xã hội chủ nghĩa Việt Nam"), new("Độc lập - Tự do - Hạnh phúc"), new("Đảng Cộng sản Việt Nam")];

    public GoldLetter(LetterRecord gold)
    {
        Issuers = GoldValue.All([gold.Issuer, gold.IssuerParent]);
        Notation = GoldValue.Of(gold.Notation);
        Place = GoldValue.Of(gold.Place);
        Year = gold.IssuedDate is { Length: >= 4 } date ? date[..4] : null;
        Urgency = GoldValue.Of(gold.Urgency);
        Title = gold.DocumentType is { } type && !type.Equals("Công văn", StringComparison.OrdinalIgnoreCase) ? FuzzyText.Normalize(type) : null;
        Subject = GoldValue.Of(gold.Subject);
        Recipients = GoldValue.All(gold.Recipients.Concat(gold.CcRecipients));
        SignerName = GoldValue.Of(gold.Signer?.Name);
        SignerPosition = GoldValue.Of(gold.Signer?.Position);
        Distribution = GoldValue.All(gold.Distribution);
        Tasks = gold.Tasks.Where(t => !string.IsNullOrWhiteSpace(t.Assignee)).ToList();
        HasAnnex = gold.Warnings.Any(w => w.Code == "has-annex");
    }

    public IReadOnlyList<GoldValue> MottoLines => Mottos;
    public List<GoldValue> Issuers { get; }
    public GoldValue? Notation { get; }
    public GoldValue? Place { get; }
    public string? Year { get; }
    public GoldValue? Urgency { get; }
    /// <summary>The type title as it is printed, normalised ("ke hoach"); null for a công văn, which has none.</summary>
    public string? Title { get; }
    public GoldValue? Subject { get; }
    public List<GoldValue> Recipients { get; }
    public GoldValue? SignerName { get; }
    public GoldValue? SignerPosition { get; }
    public List<GoldValue> Distribution { get; }
    public List<TaskItem> Tasks { get; }
    public bool HasAnnex { get; }

    /// <summary>A header line's trigrams with its abbreviations spelt out ("UBND" → "Ủy ban nhân dân"), as the gold issuer is.</summary>
    public static HashSet<string> ExpandedGrams(AlignedLine line) =>
        FuzzyText.Trigrams(FuzzyText.Normalize(AdminLexicon.ExpandAbbreviations(line.Text)));
}
