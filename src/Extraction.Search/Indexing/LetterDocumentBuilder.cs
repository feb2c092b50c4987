using System.Globalization;
using Extraction.Records;
using Extraction.Search.Analysis;
using Extraction.Search.Facets;
using Extraction.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Extraction.Search.Indexing;

/// <summary>Turns a record and its letter's text into the Lucene document the index holds.</summary>
public static class LetterDocumentBuilder
{
    public static Document Build(LetterRecord record, string? text)
    {
        var document = new Document
        {
            new StringField(LetterFields.Id, record.Id, Field.Store.YES),
            new StoredField(LetterFields.Record, RecordJson.Serialize(record, indented: false)),
        };

        var body = text is null ? null : VietnameseText.Nfc(text);
        AddText(document, LetterFields.Body, body, store: true, folded: false);
        AddText(document, LetterFields.Subject, record.Subject, store: false);
        foreach (var value in HeaderValues(record)) AddText(document, LetterFields.Header, value, store: false);
        foreach (var value in HeaderValues(record).Prepend(record.Subject).Prepend(body))
        {
            if (!string.IsNullOrWhiteSpace(value)) document.Add(new Field(TextForms.Field(LetterFields.Words, TextForm.Folded), value, TermsOnly));
        }

        AddFolded(document, LetterFields.Issuer, record.Issuer);
        AddFolded(document, LetterFields.IssuerParent, record.IssuerParent);
        AddFolded(document, LetterFields.Place, record.Place);
        AddFolded(document, LetterFields.DocumentType, record.DocumentType);
        AddFolded(document, LetterFields.Signer, record.Signer?.Name);
        foreach (var recipient in record.Recipients.Concat(record.CcRecipients)) AddFolded(document, LetterFields.Recipient, recipient);
        foreach (var assignee in Assignees(record)) AddFolded(document, LetterFields.Assignee, assignee);
        foreach (var target in record.Targets) AddFolded(document, LetterFields.TargetValue, TargetText(target));

        var code = DocumentCode.Of(record);
        if (code is not null) document.Add(new StringField(LetterFields.Code, DocumentCode.Key(code), Field.Store.NO));
        var references = record.References.Select(r => DocumentCode.Key(r.Code)).ToHashSet();
        foreach (var reference in references) document.Add(new StringField(LetterFields.ReferencedCode, reference, Field.Store.NO));
        var mentioned = text is null ? [] : DocumentCode.FindIn(text).Select(m => DocumentCode.Key(m.Value)).ToHashSet();
        foreach (var mention in mentioned.Where(m => !references.Contains(m)))
        {
            document.Add(new StringField(LetterFields.MentionedCode, mention, Field.Store.NO));
        }

        var issued = IndexDate.FirstDay(record.IssuedDate);
        if (issued is { } day)
        {
            document.Add(new Int32Field(LetterFields.Issued, IndexDate.ToInt(day), Field.Store.NO));
            document.Add(new NumericDocValuesField(LetterFields.Issued, IndexDate.ToInt(day)));
            var year = day.Year.ToString(CultureInfo.InvariantCulture);
            document.Add(new StringField(LetterFields.Year, year, Field.Store.NO));
            AddFacet(document, FacetDimensions.Year, year);
        }
        foreach (var deadline in DeadlineDates(record))
        {
            document.Add(new Int32Field(LetterFields.Deadline, IndexDate.ToInt(deadline), Field.Store.NO));
        }

        AddFacet(document, FacetDimensions.Issuer, record.Issuer);
        AddFacet(document, FacetDimensions.Place, record.Place);
        AddFacet(document, FacetDimensions.DocumentType, record.DocumentType);
        foreach (var assignee in Assignees(record)) AddFacet(document, FacetDimensions.Assignee, assignee);
        return document;
    }

    /// <summary>Each body a task names: the split list where the extractor made one, else the heading as written.</summary>
    public static IEnumerable<string> Assignees(LetterRecord record) => record.Tasks
        .SelectMany(t => t.Assignees.Count > 0 ? t.Assignees : [t.Assignee])
        .Where(a => !string.IsNullOrWhiteSpace(a))
        .Distinct(StringComparer.Ordinal);

    private static IEnumerable<string?> HeaderValues(LetterRecord record) =>
        new[] { record.DocumentType, record.Issuer, record.IssuerParent, record.Place, record.Signer?.Name, record.Signer?.Position }
            .Concat(record.Recipients).Concat(record.CcRecipients).Concat(Assignees(record))
            .Concat(record.Targets.Select(TargetText));

    private static string TargetText(Target target) =>
        $"{target.Metric} {target.Comparator} {target.Value.ToString(CultureInfo.InvariantCulture)}{target.Unit}";

    private static IEnumerable<DateOnly> DeadlineDates(LetterRecord record) => record.Deadlines.Select(d => d.Date)
        .Concat(record.Tasks.SelectMany(t => t.Deadlines).Select(d => d.Date))
        .Select(IndexDate.FirstDay).OfType<DateOnly>().Distinct();

    // Phrases run on the folded form of the short fields only; every other form is matched term by
    // term, so it keeps no positions (smaller postings, faster indexing).
    private static readonly FieldType TermsOnly = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });
    private static readonly FieldType StoredTermsOnly = Frozen(new FieldType(TextField.TYPE_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static void AddText(Document document, string field, string? value, bool store, bool folded = true)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        document.Add(new Field(field, value, store ? StoredTermsOnly : TermsOnly));
        if (folded) document.Add(new TextField(TextForms.Field(field, TextForm.Folded), value, Field.Store.NO));
        document.Add(new Field(TextForms.Field(field, TextForm.FoldedBigrams), value, TermsOnly));
    }

    private static void AddFolded(Document document, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        document.Add(new TextField(TextForms.Field(field, TextForm.Folded), value, Field.Store.NO));
    }

    private static void AddFacet(Document document, string dimension, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        document.Add(new SortedSetDocValuesField(LetterFields.Facet(dimension), new BytesRef(VietnameseText.Nfc(value.Trim()))));
    }
}
