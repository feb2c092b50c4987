using Extraction.Exchange;
using Extraction.Pipeline;
using Extraction.Records;
using Extraction.Tests.Evaluation;

namespace Extraction.Tests.Exchange;

/// <summary>Every corpus letter's record exported as edXML with its letter attached: the message
/// fits the schema, and importing it gives back the header the record had.</summary>
[Collection(CorpusCollection.Name)]
public sealed class CorpusEdxmlTests(CorpusRun corpus) : IDisposable
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("extraction-edxml-");

    private IReadOnlyList<LetterRecord> Records => corpus.Outcomes.Select(o => o.Record).OfType<LetterRecord>().ToList();

    private ExportReport Export() => EdxmlExporter.Write(Records, _output.FullName,
        new EdxmlExportOptions { FindOriginal = new OriginalLetters(TestCorpus.Letters).Find });

    [Fact]
    public void Every_export_fits_the_schema_and_carries_its_letter()
    {
        var report = Export();
        Assert.True(report.Letters.Count >= 10, $"only {report.Letters.Count} corpus records");
        foreach (var letter in report.Letters)
        {
            Assert.Empty(EdxmlSchema.Errors(letter.Path));
            Assert.DoesNotContain(letter.Warnings, w => w.Code == ExportWarningCodes.NoAttachment);
        }
    }

    [Fact]
    public void Importing_an_export_gives_back_the_header_fields()
    {
        // Without OCR, as a clerk's machine may be: a scan's header comes from the envelope alone.
        var pipeline = new LetterPipeline();
        foreach (var (letter, original) in Export().Letters.Zip(Records))
        {
            var imported = pipeline.Process(letter.Path).Record;
            Assert.NotNull(imported);
            var bodyRead = !imported.Warnings.Any(w => w.Code == EdxmlLetterReader.AttachmentNotReadCode);
            Assert.True(bodyRead || original.Source.TextOrigin == TextOrigins.Ocr, $"{original.Id}: a digital letter's body must be read");
            Assert.Equal(HeaderOf(bodyRead ? original : AsTheEnvelopeHoldsIt(original, letter)), HeaderOf(imported));
            if (original.Subject is not null) Assert.Equal(EnvelopeFields.DecidedBy, imported.Provenance["subject"].DecidedBy);
        }
    }

    /// <summary>The envelope has no room for a partial date: the export says so, and only the letter's text could give it back.</summary>
    private static LetterRecord AsTheEnvelopeHoldsIt(LetterRecord original, ExportedLetter letter)
    {
        if (original.IssuedDate is null or { Length: 10 }) return original;
        Assert.Contains(letter.Warnings, w => w.Code == ExportWarningCodes.PartialDate);
        var copy = RecordJson.Deserialize(RecordJson.Serialize(original));
        copy.IssuedDate = null;
        return copy;
    }

    /// <summary>The fields an edXML header carries, as one comparable string per field.</summary>
    private static string[] HeaderOf(LetterRecord r) =>
    [
        $"issuer={r.Issuer}", $"issuerParent={r.IssuerParent}", $"number={r.Number}", $"notation={r.Notation}",
        $"place={r.Place}", $"issuedDate={r.IssuedDate}", $"documentType={r.DocumentType}", $"subject={r.Subject}",
        $"urgency={r.Urgency}", $"signer={r.Signer?.Name}|{r.Signer?.Position}|{r.Signer?.Authority}",
        $"recipients={string.Join("|", r.Recipients)}", $"distribution={string.Join("|", r.Distribution)}",
        $"responseFor={ResponseFor.Of(r)?.Code}",
    ];

    public void Dispose() => _output.Delete(recursive: true);
}
