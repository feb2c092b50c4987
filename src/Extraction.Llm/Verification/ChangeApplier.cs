using Extraction.Llm.Answers;
using Extraction.Fields;
using Extraction.Records;

namespace Extraction.Llm.Verification;

/// <summary>What became of a letter's proposed changes.</summary>
public sealed record AppliedChanges(IReadOnlyList<string> Applied, IReadOnlyList<string> Declined, IReadOnlyList<string> Invalid);

/// <summary>
/// Applies the model's proposals to the fields open to correction (<see cref="VerifiableField.IsOpen"/>)
/// and to no other: a proposal against a value the local extractors are sure of is declined and named in
/// a warning, since the disagreement is worth a clerk's look. A change that would break the record
/// contract is refused. Each applied change is written into the field's provenance: decided by "llm",
/// read from the line the model cited, with the previous value and the model's reason.
/// </summary>
public static class ChangeApplier
{
    public const string DecidedBy = "llm";

    public static AppliedChanges Apply(LetterRecord record, IEnumerable<ProposedChange> proposals)
    {
        var applied = new List<string>();
        var declined = new List<string>();
        var invalid = new List<string>();
        var baseline = ContractProblems(record);
        // Parts of a letter are asked in order; the first proposal for a field is the one judged.
        foreach (var change in proposals.DistinctBy(p => p.Field.Name))
        {
            var field = change.Field;
            var current = field.Get(record);
            if (VerifiableField.SameValue(current, change.Value)) continue;
            if (!field.IsOpen(record))
            {
                declined.Add(change.Describe(current));
                continue;
            }
            field.Set(record, change.Value);
            var problems = ContractProblems(record).Except(baseline).ToList();
            if (problems.Count > 0)
            {
                field.Set(record, current);
                invalid.Add($"{change.Describe(current)}: {string.Join("; ", problems)}");
                continue;
            }
            Provenance.Note(record, field.Name, change.Evidence, DecidedBy);
            record.Provenance[field.Name].Previous = current?.DeepClone();
            record.Provenance[field.Name].Reason = change.Reason;
            applied.Add(change.Describe(current));
        }
        return new AppliedChanges(applied, declined, invalid);
    }

    private static IReadOnlyList<string> ContractProblems(LetterRecord record) =>
        AnswerSchema.RecordContract.Validate(RecordJson.Serialize(record, indented: false));
}
