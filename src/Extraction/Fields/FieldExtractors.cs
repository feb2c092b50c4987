namespace Extraction.Fields;

public static class FieldExtractors
{
    /// <summary>The extractors in the order they must run: the number and place-date first (issuer
    /// inference uses them), the type after the number (a notation can name it), references after
    /// the number (a letter does not cite itself), a partial issued date and a misread issuer checked
    /// against the e-signatures once they are read, the slip's draft instruction after the tasks.</summary>
    public static readonly IReadOnlyList<IFieldExtractor> Default =
    [
        new DocumentNumberExtractor(),
        new PlaceDateExtractor(),
        new DocumentTypeExtractor(),
        new SubjectExtractor(),
        new RecipientsExtractor(),
        new SignerExtractor(),
        new IssuerExtractor(),
        new DistributionExtractor(),
        new ReferencesExtractor(),
        new DigitalSignatureExtractor(),
        new IssuedDayFromSignature(),
        new IssuerSpellingFromSignature(),
        new Directives.DirectivesExtractor(),
        new DraftInstructionExtractor(),
    ];

    /// <summary>The default extractors, with the directive finders asking <paramref name="judge"/> for their last word.</summary>
    public static IReadOnlyList<IFieldExtractor> WithJudge(Directives.IMentionJudge judge) =>
        Default.Select(e => e is Directives.DirectivesExtractor ? new Directives.DirectivesExtractor(judge) : e).ToList();
}
