using Extraction.Records;
using Extraction.Text;

namespace Extraction.Exchange;

/// <summary>The cited document a letter answers: one cited right after "trả lời" or "phúc đáp"
/// ("Phúc đáp Công văn số 1010/UBND-KSTT ngày 29/3/2023 ..."). A document cited as a basis
/// ("Căn cứ", "Thực hiện") is not answered.</summary>
public static class ResponseFor
{
    private const int LeadIn = 40;
    private static readonly string[] AnswerWords = ["tra loi", "phuc dap"];

    public static Reference? Of(LetterRecord record) => record.References.FirstOrDefault(Answers);

    private static bool Answers(Reference reference)
    {
        var at = reference.Text.IndexOf(reference.Code, StringComparison.Ordinal);
        if (at < 0) return false;
        var before = VietnameseText.FoldLower(reference.Text[Math.Max(0, at - LeadIn)..at]);
        return AnswerWords.Any(word => before.Contains(word, StringComparison.Ordinal));
    }
}
