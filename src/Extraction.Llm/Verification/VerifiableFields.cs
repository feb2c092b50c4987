using System.Text.Json.Nodes;
using Extraction.Records;

namespace Extraction.Llm.Verification;

/// <summary>A record field the model may propose a change to, by its provenance name.</summary>
/// <param name="Expected">Every official letter has it (decree 30/2020 form), so its absence is a doubt
/// in itself; an urgency mark, a parent body or a "Đồng kính gửi" may rightly be missing.</param>
public sealed record VerifiableField(string Name, bool IsList, bool Expected, Func<LetterRecord, JsonNode?> Get, Action<LetterRecord, JsonNode?> Set)
{
    /// <summary>
    /// Open to correction when the local extractors say they doubt it: its provenance is marked
    /// low-confidence, or it has a value read from no line (inferred), or it is an expected field they
    /// did not find. Every other value stands, whatever the model says.
    /// </summary>
    public bool IsOpen(LetterRecord record)
    {
        if (record.Provenance.TryGetValue(Name, out var provenance)) return provenance.LowConfidence;
        return HasValue(record) || Expected;
    }

    public bool HasValue(LetterRecord record) => Get(record) is { } value && value.ToJsonString() is not ("[]" or "\"\"");

    public static bool SameValue(JsonNode? a, JsonNode? b) => JsonNode.DeepEquals(a, b);
}

/// <summary>The header, addressee, signature and distribution fields: the ones a clerk registers and
/// OCR damages. Tasks, deadlines and targets are structures the model is not asked to patch.</summary>
public static class VerifiableFields
{
    public static readonly IReadOnlyList<VerifiableField> All =
    [
        Scalar("documentType", true, r => r.DocumentType, (r, v) => r.DocumentType = v),
        Scalar("urgency", false, r => r.Urgency, (r, v) => r.Urgency = v),
        Scalar("number", true, r => r.Number, (r, v) => r.Number = v),
        Scalar("notation", true, r => r.Notation, (r, v) => r.Notation = v),
        Scalar("issuer", true, r => r.Issuer, (r, v) => r.Issuer = v),
        Scalar("issuerParent", false, r => r.IssuerParent, (r, v) => r.IssuerParent = v),
        Scalar("place", true, r => r.Place, (r, v) => r.Place = v),
        Scalar("issuedDate", true, r => r.IssuedDate, (r, v) => r.IssuedDate = v),
        Scalar("subject", true, r => r.Subject, (r, v) => r.Subject = v),
        Scalar("signer.name", true, r => r.Signer?.Name, (r, v) => SignerOf(r).Name = v),
        Scalar("signer.position", true, r => r.Signer?.Position, (r, v) => SignerOf(r).Position = v),
        Scalar("signer.authority", false, r => r.Signer?.Authority, (r, v) => SignerOf(r).Authority = v),
        List("recipients", false, r => r.Recipients, (r, v) => r.Recipients = v),
        List("ccRecipients", false, r => r.CcRecipients, (r, v) => r.CcRecipients = v),
        List("distribution", false, r => r.Distribution, (r, v) => r.Distribution = v),
    ];

    public static VerifiableField? Named(string name) => All.FirstOrDefault(f => f.Name == name);

    private static VerifiableField Scalar(string name, bool expected, Func<LetterRecord, string?> get, Action<LetterRecord, string?> set) =>
        new(name, false, expected, r => get(r) is { } value ? JsonValue.Create(value) : null, (r, v) => set(r, v?.GetValue<string>()));

    private static VerifiableField List(string name, bool expected, Func<LetterRecord, List<string>> get, Action<LetterRecord, List<string>> set) =>
        new(name, true, expected, r => new JsonArray(get(r).Select(item => (JsonNode?)JsonValue.Create(item)).ToArray()),
            (r, v) => set(r, v is JsonArray items ? items.Select(i => i!.GetValue<string>()).ToList() : []));

    private static Signer SignerOf(LetterRecord record) => record.Signer ??= new Signer();
}
