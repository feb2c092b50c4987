using Extraction.Records;
using Extraction.Search.Analysis;
using Extraction.Search.Indexing;
using Extraction.Text;

namespace Extraction.Search.Querying;

/// <summary>One deadline a letter sets, with the letter it comes from.</summary>
public sealed record DeadlineEntry(
    string LetterId, string? Code, string? Subject, string? Issuer,
    DateOnly Date, string Relation, string? Assignee, string Text, string? TaskPath);

/// <summary>Whose deadlines, between which days (inclusive). Without an assignee, everyone's.</summary>
public sealed record DeadlineQuery(string? Assignee, DateOnly? From, DateOnly? To, int Limit = 200);

/// <summary>
/// Deadlines by assignee and date. The index narrows to letters that have both a deadline in the
/// range and the assignee somewhere; the stored records then say which deadline belongs to whom,
/// which separate index fields cannot.
/// </summary>
public sealed class DeadlineFinder(LetterSearcher searcher)
{
    private const int MaxLetters = 5000;

    public IReadOnlyList<DeadlineEntry> Find(DeadlineQuery query)
    {
        var filters = new SearchFilters { Assignee = query.Assignee, DueAfter = query.From, DueBefore = query.To };
        var filter = FilterQueries.Build(filters, VietnameseAnalyzer.Instance)
            ?? NumericAny(LetterFields.Deadline);
        var wanted = string.IsNullOrWhiteSpace(query.Assignee) ? null : VietnameseText.FoldedKey(query.Assignee);
        return searcher.Records(filter, MaxLetters)
            .SelectMany(record => DeadlinesOf(record, wanted, query))
            .OrderBy(e => e.Date).ThenBy(e => e.LetterId, StringComparer.Ordinal)
            .Take(query.Limit)
            .ToList();
    }

    private static IEnumerable<DeadlineEntry> DeadlinesOf(LetterRecord record, string? wantedAssignee, DeadlineQuery query)
    {
        foreach (var deadline in record.Deadlines)
        {
            if (IndexDate.FirstDay(deadline.Date) is not { } date) continue;
            if (date < query.From || date > query.To) continue;
            if (wantedAssignee is not null &&
                (deadline.Assignee is null || !VietnameseText.FoldedKey(deadline.Assignee).Contains(wantedAssignee, StringComparison.Ordinal)))
            {
                continue;
            }
            yield return new DeadlineEntry(record.Id, DocumentCode.Of(record), record.Subject, record.Issuer,
                date, deadline.Relation, deadline.Assignee, deadline.Text, deadline.TaskPath);
        }
    }

    private static Lucene.Net.Search.Query NumericAny(string field) =>
        Lucene.Net.Search.NumericRangeQuery.NewInt32Range(field, null, null, true, true);
}
