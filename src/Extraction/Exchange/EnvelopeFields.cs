using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Extraction.Records;

namespace Extraction.Exchange;

/// <summary>Takes an edXML header's values as given over what was read from the attached letter.
/// A value the envelope leaves out or empty keeps the letter's reading, so nothing the letter says
/// is lost; where the envelope differs, the letter's reading stays in the provenance as
/// <c>previous</c>. Every value taken is marked <c>decidedBy: "edxml"</c>.</summary>
public static partial class EnvelopeFields
{
    public const string DecidedBy = "edxml";
    public const string Reason = "The edXML envelope the letter arrived in gives this value.";

    public static void Apply(EdxmlHeader header, LetterRecord record)
    {
        Take(record, "issuer", header.OrganName, record.Issuer, v => record.Issuer = v);
        Take(record, "issuerParent", header.OrganizationInCharge, record.IssuerParent, v => record.IssuerParent = v);
        TakeNumber(record, header.CodeNumber);
        Take(record, "notation", header.CodeNotation, record.Notation, v => record.Notation = v);
        Take(record, "place", header.Place, record.Place, v => record.Place = v);
        Take(record, "issuedDate", header.PromulgationDate is { } issued ? IsoDates.Format(issued) : null, record.IssuedDate, v => record.IssuedDate = v);
        Take(record, "documentType", header.TypeName, record.DocumentType, v => record.DocumentType = v);
        Take(record, "subject", header.Subject, record.Subject, v => record.Subject = v);
        Take(record, "recipients", header.To, record.Recipients, v => record.Recipients = [.. v]);
        Take(record, "distribution", header.ToPlaces, record.Distribution, v => record.Distribution = [.. v]);
        if (header.Priority is { } priority) TakeUrgency(record, UrgencyPriority.UrgencyOf(priority));
        if (header.Signer is { } signer) TakeSigner(record, signer);
        if (header.ResponseFor is { } response) TakeResponse(record, response);
    }

    private static void Take(LetterRecord record, string field, string? value, string? read, Action<string> set)
    {
        if (value is null) return;
        set(value);
        Decided(record, field, value == read ? null : Json(read));
    }

    private static void Take(LetterRecord record, string field, IReadOnlyList<string> value, IReadOnlyList<string> read, Action<IReadOnlyList<string>> set)
    {
        if (value.Count == 0) return;
        var previous = value.SequenceEqual(read) ? null : new JsonArray(read.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray());
        set(value);
        Decided(record, field, previous);
    }

    // The contract's number is digits with an optional letter ("62", "15a"); anything else would break it.
    private static void TakeNumber(LetterRecord record, string? number)
    {
        if (number is null || RecordNumber().IsMatch(number))
        {
            Take(record, "number", number, record.Number, v => record.Number = v);
            return;
        }
        record.Warnings.Add(new RecordWarning("edxml-number-not-a-number",
            $"The edXML envelope gives the number \"{number}\", which is not a letter number; the number read from the letter is kept."));
    }

    private static void TakeUrgency(LetterRecord record, string? urgency)
    {
        var read = record.Urgency;
        record.Urgency = urgency;
        if (urgency is null) record.Provenance.Remove("urgency");
        else Decided(record, "urgency", urgency == read ? null : Json(read));
    }

    private static void TakeSigner(LetterRecord record, EdxmlSigner signer)
    {
        var target = record.Signer ?? new Signer();
        Take(record, "signer.name", signer.FullName, target.Name, v => target.Name = v);
        Take(record, "signer.position", signer.Position, target.Position, v => target.Position = v);
        Take(record, "signer.authority", SignerCompetence.AuthorityOf(signer.Competence), target.Authority, v => target.Authority = v);
        if (target.Name is not null || target.Position is not null || target.Authority is not null) record.Signer = target;
    }

    private static void TakeResponse(LetterRecord record, EdxmlResponse response)
    {
        if (record.References.Any(r => r.Code == response.Code)) return;
        record.References.Add(new Reference
        {
            Code = response.Code,
            Date = response.PromulgationDate is { } date ? IsoDates.Format(date) : null,
            Text = "",
        });
    }

    /// <summary>Where the letter prints the value stays noted (page 0, line 0 when it does not); its
    /// OCR confidence does not, since the value was given, not recognised.</summary>
    private static void Decided(LetterRecord record, string field, JsonNode? previous)
    {
        if (!record.Provenance.TryGetValue(field, out var provenance))
            record.Provenance[field] = provenance = new FieldProvenance { Page = 0, Line = 0, Origin = TextOrigins.Text };
        provenance.DecidedBy = DecidedBy;
        provenance.Confidence = null;
        if (previous is null) return;
        provenance.Previous = previous;
        provenance.Reason = Reason;
    }

    private static JsonNode? Json(string? value) => value is null ? null : JsonValue.Create(value);

    [GeneratedRegex(@"^[0-9]+[a-zA-Z]?$")]
    private static partial Regex RecordNumber();
}
