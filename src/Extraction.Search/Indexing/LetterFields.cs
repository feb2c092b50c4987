namespace Extraction.Search.Indexing;

/// <summary>The names of the index's fields. Text fields also exist in their other
/// <see cref="Analysis.TextForm"/>s under suffixed names.</summary>
public static class LetterFields
{
    public const string Id = "id";
    /// <summary>The record as JSON, stored so a hit needs no second read of the source.</summary>
    public const string Record = "record";

    // Text searched by the free-text query, in three forms each (the body without its folded form:
    // that lives in Words).
    public const string Body = "text";
    public const string Subject = "subject";
    /// <summary>Every short header value in one field (type, issuer, parent, place, signer, recipients,
    /// assignees, target metrics), so a query word is looked for in one place rather than eight.</summary>
    public const string Header = "header";

    /// <summary>Every word of the body, the subject and the header in one folded field without positions:
    /// a letter matches a query when each syllable is here, so matching is one term per syllable rather
    /// than a disjunction over three fields.</summary>
    public const string Words = "words";

    // The same header values one by one, folded, for filters ("--issuer", "--assignee").
    public const string Issuer = "issuer";
    public const string IssuerParent = "issuerParent";
    public const string Place = "place";
    public const string DocumentType = "type";
    public const string Recipient = "recipient";
    public const string Assignee = "assignee";
    public const string Signer = "signer";
    public const string TargetValue = "target";

    // Keywords.
    public const string Code = "code";
    public const string ReferencedCode = "referencedCode";
    /// <summary>Codes written in the body that the extractor did not list as references.</summary>
    public const string MentionedCode = "mentionedCode";
    public const string Year = "year";

    // Numbers (yyyymmdd).
    public const string Issued = "issued";
    public const string Deadline = "deadline";

    /// <summary>Facet dimensions, counted from sorted-set doc values named "facet.&lt;dimension&gt;".</summary>
    public static string Facet(string dimension) => "facet." + dimension;
}
