using Extraction.Records;

namespace Extraction.Llm;

internal static class LetterRecords
{
    /// <summary>A deep copy, so the local extractors' record stays as it was beside the model's.</summary>
    public static LetterRecord Copy(LetterRecord record) => RecordJson.Deserialize(RecordJson.Serialize(record, indented: false));

    public static void Warn(LetterRecord record, string code, string message) => record.Warnings.Add(new RecordWarning(code, message));
}
