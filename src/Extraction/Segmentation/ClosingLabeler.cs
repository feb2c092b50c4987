using Extraction.Text;

namespace Extraction.Segmentation;

/// <summary>
/// Labels the closing of a letter: the "Nơi nhận" list and the signature block, which sit side by
/// side on the page and so come out in either order, then anything attached after them (annex).
/// </summary>
internal static class ClosingLabeler
{
    public static void Label(IReadOnlyList<Line> lines, string[] folded, Zone[] zones, int start)
    {
        var inDistribution = false;
        var signerFound = false;
        var signatureSeen = false;
        var lastClosingPage = start < lines.Count ? lines[start].Page : 0;
        for (var i = start; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (signerFound && StartsAnnex(lines[i], folded[i], lastClosingPage))
            {
                for (var j = i; j < lines.Count; j++) zones[j] = Zone.Annex;
                return;
            }
            var zone = ZoneOf(text, folded[i], ref inDistribution, signerFound, signatureSeen);
            if (zone == Zone.SignerName) signerFound = true;
            if (zone is Zone.SignatureAuthority or Zone.SignaturePosition) signatureSeen = true;
            if (zone != Zone.Noise) lastClosingPage = lines[i].Page;
            zones[i] = zone;
        }
    }

    private static Zone ZoneOf(string text, string folded, ref bool inDistribution, bool signerFound, bool signatureSeen)
    {
        if (LineShapes.IsStamp(folded) || IsSignatureNote(folded)) return Zone.Noise;
        if (LineShapes.IsDistributionHeader(folded))
        {
            inDistribution = true;
            return Zone.Distribution;
        }
        if (LineShapes.AuthorityMarker(text) is not null) return Zone.SignatureAuthority;
        if (inDistribution && LineShapes.IsBullet(text)) return Zone.Distribution;
        if (IsPositionLine(text)) return Zone.SignaturePosition;
        if (PersonNames.IsPersonName(text) || signatureSeen && !signerFound && !LineShapes.IsBullet(text) && PersonNames.LooksLikeName(text))
            return Zone.SignerName;
        // A wrapped distribution item ("Các phòng: NNMT, TH, ĐT;") goes on without a bullet.
        if (inDistribution && !signerFound && text.Length > 2 && text.Any(char.IsLetter) && !IsInitials(text)) return Zone.Distribution;
        return Zone.Noise;
    }

    /// <summary>An upper-case line of a few words in the closing: "PHÓ CHỦ TỊCH", "TRƯỞNG BAN".</summary>
    public static bool IsPositionLine(string text)
    {
        if (!VietnameseText.IsUpperCase(text) || text.Length > 60) return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 8 && words.Count(w => w.Any(char.IsLetter)) >= 1 && text.Count(char.IsLetter) >= 4
               && !text.Contains('/') && !text.Any(char.IsDigit);
    }

    // "(Đã ký)", "(ký, đóng dấu)", "Đã ký" printed in place of a signature; OCR adds a stamp's edge ("| ĐÃ KÝ").
    public static bool IsSignatureNote(string folded) =>
        folded.TrimChars("() .|[]") is "da ky" or "ky, dong dau" or "ky ten, dong dau" or "ky" or "ky, ghi ro ho ten";

    // A handwritten initial or a scan speck read as one or two letters.
    private static bool IsInitials(string text) => text.Count(char.IsLetter) <= 3;

    private static bool StartsAnnex(Line line, string folded, int lastClosingPage) =>
        line.Page > lastClosingPage || LineShapes.IsMotto(folded) || LineShapes.TitleType(line.Text) is not null
        || folded.StartsWith("phu luc", StringComparison.Ordinal);
}
