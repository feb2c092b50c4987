namespace Extraction.Exchange;

/// <summary>The MessageHeader of an edXML envelope, as far as a letter record fills it. A null value
/// (or an empty list) is an element left out or left empty.</summary>
public sealed class EdxmlHeader
{
    /// <summary>From/OrganName: the issuing body.</summary>
    public string? OrganName { get; init; }
    /// <summary>From/OrganizationInCharge: the body above the issuer (cơ quan chủ quản).</summary>
    public string? OrganizationInCharge { get; init; }
    /// <summary>To/OrganName, one per addressee (Kính gửi).</summary>
    public IReadOnlyList<string> To { get; init; } = [];
    public string? CodeNumber { get; init; }
    public string? CodeNotation { get; init; }
    public string? Place { get; init; }
    public DateOnly? PromulgationDate { get; init; }
    public string? TypeName { get; init; }
    public string? Subject { get; init; }
    public EdxmlSigner? Signer { get; init; }
    /// <summary>The earliest deadline the letter sets.</summary>
    public DateOnly? DueDate { get; init; }
    /// <summary>ToPlaces/Place: the distribution list (Nơi nhận).</summary>
    public IReadOnlyList<string> ToPlaces { get; init; } = [];
    /// <summary>OtherInfo/Priority, 0 (thường) to 4 (hỏa tốc hẹn giờ); see <see cref="UrgencyPriority"/>.</summary>
    public int? Priority { get; init; }
    public int? PageAmount { get; init; }
    public IReadOnlyList<string> Appendixes { get; init; } = [];
    /// <summary>The cited document this letter answers.</summary>
    public EdxmlResponse? ResponseFor { get; init; }
}

/// <summary>SignerInfo: Competence is the authority marker with the body it acts for ("TM. Ủy ban
/// nhân dân tỉnh", "KT. Chủ tịch").</summary>
public sealed record EdxmlSigner(string? Competence, string? Position, string? FullName);

public sealed record EdxmlResponse(string Code, DateOnly? PromulgationDate);
