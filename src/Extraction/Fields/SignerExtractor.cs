using Extraction.Records;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Fields;

/// <summary>Người ký: the innermost authority marker ("TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG" → "KT."),
/// the position printed under it in sentence case ("Phó Chánh Văn phòng") and the name.</summary>
public sealed class SignerExtractor : IFieldExtractor
{
    public void Extract(SegmentedLetter letter, LetterRecord record)
    {
        var authorities = letter.In(Zone.SignatureAuthority);
        var positions = letter.In(Zone.SignaturePosition);
        var names = letter.In(Zone.SignerName);
        var lastAuthority = authorities.LastOrDefault();
        var position = positions.FirstOrDefault(p => lastAuthority is null || p.Index > lastAuthority.Index) ?? positions.FirstOrDefault();
        var name = names.LastOrDefault();
        if (lastAuthority is null && position is null && name is null) return;

        var authority = lastAuthority is null ? null : LineShapes.AuthorityMarker(lastAuthority.Text);
        // "Q. GIÁM ĐỐC" signs as acting director with no position line under it: the title is the position.
        if (position is null && authority == "Q.") position = lastAuthority;
        record.Signer = new Signer
        {
            Authority = authority,
            Position = position is null ? null : FormatPosition(position == lastAuthority ? LineShapes.WithoutAuthorityMarker(position.Text) : position.Text),
            Name = name is null ? null : PersonNames.TitleCase(PersonNames.WithoutTitle(name.Text).TrimEnd('.')),
        };
        if (lastAuthority is not null) Provenance.Note(record, "signer.authority", lastAuthority);
        if (position is not null) Provenance.Note(record, "signer.position", position);
        if (name is not null) Provenance.Note(record, "signer.name", name);
    }

    /// <summary>"PHÓ CHÁNH VĂN PHÒNG" → "Phó Chánh Văn phòng", "CHỦ TỊCH UBND" → "Chủ tịch UBND".</summary>
    public static string FormatPosition(string printed)
    {
        var repaired = AdminLexicon.RepairKnownPhrases(VietnameseText.CollapseSpaces(printed).Trim());
        var words = repaired.Split(' ');
        var output = new string[words.Length];
        var capitalizeNext = true;
        for (var i = 0; i < words.Length; i++)
        {
            var lower = words[i].ToLowerInvariant();
            output[i] = AdminLexicon.IsAbbreviation(words[i]) ? words[i]
                : capitalizeNext && lower.Length > 0 ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
            // "Phó Chủ tịch", "Chánh Văn phòng": the word after these titles starts the office's own name;
            // "Phó Chủ tịch Thường trực": the standing deputy's qualifier is capitalised too.
            capitalizeNext = lower is "phó" or "chánh" || i + 2 < words.Length && words[i + 1].ToLowerInvariant() == "thường" && words[i + 2].ToLowerInvariant() == "trực";
        }
        return string.Join(' ', output);
    }
}
