using Extraction.Records;

namespace Extraction.Exchange;

/// <summary>SignerInfo/Competence: the authority marker of the signature block with the body or
/// office it acts for. "TM." signs for the collective body (the issuer), "KT." for the head whose
/// deputy signs ("KT. Chủ tịch" above "Phó Chủ tịch"), "Q." for the office held ad interim. For
/// "TL." and "TUQ." the record does not say whose authority, so the marker stands alone.</summary>
public static class SignerCompetence
{
    private static readonly string[] Markers = ["TM.", "KT.", "TL.", "TUQ.", "Q."];
    private const string Deputy = "Phó ";

    public static string? Of(Signer signer, string? issuer) => signer.Authority switch
    {
        null => null,
        "TM." => Join("TM.", issuer),
        "KT." => Join("KT.", HeadOfDeputy(signer.Position)),
        "Q." => Join("Q.", signer.Position),
        var marker => marker,
    };

    /// <summary>The record's authority marker from a Competence written by any sender ("TM. UBND", "KT CHỦ TỊCH").</summary>
    public static string? AuthorityOf(string? competence)
    {
        var first = competence?.Trim().Split(' ', 2)[0].ToUpperInvariant();
        if (string.IsNullOrEmpty(first)) return null;
        var marker = first.EndsWith('.') ? first : first + ".";
        return Markers.Contains(marker) ? marker : null;
    }

    private static string? HeadOfDeputy(string? position)
    {
        if (position is null || !position.StartsWith(Deputy, StringComparison.OrdinalIgnoreCase)) return null;
        var head = position[Deputy.Length..].Trim();
        return head.Length == 0 ? null : char.ToUpperInvariant(head[0]) + head[1..];
    }

    private static string Join(string marker, string? body) => string.IsNullOrWhiteSpace(body) ? marker : marker + " " + body;
}
