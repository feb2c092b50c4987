using System.Text.RegularExpressions;
using Extraction.Records;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Fields;

/// <summary>
/// Cơ quan ban hành and its superior body, from the header's top-left block: each line that starts
/// with a body's head noun ("ỦY BAN", "SỞ", "BAN") begins a new name, other lines continue it; the
/// last name is the issuer, the one above it the parent. When the header is missing (drafts, scans
/// cut at the top) the issuer is inferred from the signature block, the notation, the body's
/// references to itself and the place.
/// </summary>
public sealed partial class IssuerExtractor : IFieldExtractor
{
    public void Extract(SegmentedLetter letter, LetterRecord record)
    {
        var names = BodyNames(letter.In(Zone.Issuer));
        if (names.Count > 0)
        {
            record.Issuer = CompletedFromPlace(OrganizationNames.Format(names[^1].Text), record);
            Provenance.Note(record, "issuer", names[^1].First);
            if (names.Count > 1)
            {
                record.IssuerParent = CompletedFromPlace(OrganizationNames.Format(names[^2].Text), record);
                Provenance.Note(record, "issuerParent", names[^2].First);
            }
            return;
        }
        var inferred = Infer(letter, record);
        if (inferred is not null)
        {
            record.Issuer = inferred;
            record.Warnings.Add(new RecordWarning("issuer-inferred",
                $"The letter has no printed issuer; \"{inferred}\" was inferred from the notation, signature block, body and place."));
        }
    }

    /// <summary>A name whose place was cut short where the header ran into the motto ("Ủy ban nhân dân thành
    /// phố Cần" beside "Cần Thơ, ngày ..."): completed with the place the letter is dated from, and said so.</summary>
    private static string CompletedFromPlace(string name, LetterRecord record)
    {
        if (record.Place is not { } place) return name;
        var placeWords = place.Split(' ');
        var nameWords = name.Split(' ');
        for (var cut = Math.Min(placeWords.Length - 1, nameWords.Length - 1); cut >= 1; cut--)
        {
            if (!string.Equals(VietnameseText.FoldLower(string.Join(' ', nameWords[^cut..])), VietnameseText.FoldLower(string.Join(' ', placeWords[..cut])), StringComparison.Ordinal))
                continue;
            var completed = string.Join(' ', nameWords[..^cut].Concat(placeWords));
            record.Warnings.Add(new RecordWarning("issuer-name-completed",
                $"The printed name \"{name}\" stops inside a place name; \"{completed}\" was completed from the place the letter is dated from."));
            return completed;
        }
        return name;
    }

    private sealed record BodyName(Line First, string Text);

    private static List<BodyName> BodyNames(IReadOnlyList<Line> lines)
    {
        var names = new List<BodyName>();
        foreach (var line in lines)
        {
            if (names.Count == 0 || OrganizationNames.StartsBodyName(line.Text)) names.Add(new BodyName(line, line.Text));
            else names[^1] = names[^1] with { Text = names[^1].Text + " " + line.Text };
        }
        return names;
    }

    private static string? Infer(SegmentedLetter letter, LetterRecord record)
    {
        var body = CollectiveBody(letter) ?? BodyFromNotation(record.Notation);
        if (body is null) return null;
        var level = SelfReferenceLevel(letter, body);
        var place = record.Place;
        return level is not null && place is not null ? $"{body} {level} {place}" : body;
    }

    /// <summary>"TM. ỦY BAN NHÂN DÂN" signs for the collective body itself.</summary>
    private static string? CollectiveBody(SegmentedLetter letter) => letter.In(Zone.SignatureAuthority)
        .Where(l => LineShapes.AuthorityMarker(l.Text) == "TM.")
        .Select(l => OrganizationNames.Format(LineShapes.WithoutAuthorityMarker(l.Text)))
        .FirstOrDefault();

    /// <summary>A công văn's notation starts with its issuer's abbreviation: "UBND-NV" → Ủy ban nhân dân.</summary>
    private static string? BodyFromNotation(string? notation)
    {
        if (notation is null) return null;
        foreach (var part in notation.Split(['-', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (DocumentTypes.FromNotation(part) is not null || part.All(char.IsDigit)) continue;
            var expanded = AdminLexicon.ExpandAbbreviations(part);
            return expanded == part ? null : OrganizationNames.Format(expanded);
        }
        return null;
    }

    /// <summary>The level the body gives itself in the text: "UBND thành phố yêu cầu" → "thành phố".</summary>
    private static string? SelfReferenceLevel(SegmentedLetter letter, string body)
    {
        var foldedBody = VietnameseText.FoldLower(body);
        foreach (var line in letter.In(Zone.Body))
        {
            var folded = VietnameseText.FoldLower(AdminLexicon.ExpandAbbreviations(line.Text));
            foreach (Match m in SelfReference().Matches(folded))
                if (m.Groups["body"].Value == foldedBody) return LevelWords[m.Groups["level"].Value];
        }
        return null;
    }

    private static readonly Dictionary<string, string> LevelWords = new()
    {
        ["tinh"] = "tỉnh", ["thanh pho"] = "thành phố", ["huyen"] = "huyện", ["quan"] = "quận",
        ["thi xa"] = "thị xã", ["xa"] = "xã", ["phuong"] = "phường", ["thi tran"] = "thị trấn",
    };

    [GeneratedRegex(@"(?<body>uy ban nhan dan|hoi dong nhan dan) (?<level>tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong) (?:yeu cau|de nghi|co y kien|chi dao|giao|thong bao|ban hanh)")]
    private static partial Regex SelfReference();
}
