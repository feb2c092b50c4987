using System.Diagnostics;
using System.Security.Cryptography;
using Extraction.Checks;
using Extraction.Exchange;
using Extraction.Fields;
using Extraction.Reading;
using Extraction.Records;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Pipeline;

public sealed class PipelineOptions
{
    public LetterReaderOptions Reading { get; init; } = new();
    public ISegmenter Segmenter { get; init; } = RuleSegmenter.Instance;
    public IReadOnlyList<IFieldExtractor> Extractors { get; init; } = FieldExtractors.Default;
}

/// <summary>file → read → normalise → segment → extract → check → record. Each stage is its own class;
/// this one only wires them and turns a failure into an outcome with its reason.</summary>
public sealed class LetterPipeline(PipelineOptions? options = null) : ILetterProcessor
{
    private readonly PipelineOptions _options = options ?? new PipelineOptions();
    private readonly LetterReader _reader = new((options ?? new PipelineOptions()).Reading);

    public LetterOutcome Process(string path, CancellationToken cancellation = default)
    {
        var watch = Stopwatch.StartNew();
        var id = LetterIds.FromPath(path);
        try
        {
            var document = _reader.Read(path, cancellation);
            cancellation.ThrowIfCancellationRequested();
            var source = new SourceInfo { FileName = Path.GetFileName(path), Sha256 = Sha256Of(path) };
            var record = Extract(document, id, source, out var segmented);
            if (document.Envelope is null && !LetterShape.LooksLikeLetter(segmented))
                return Failed(ReadFailureKind.NotALetter,
                    "No part of an official letter was found (no number, date, issuer, type, addressee or signature); check that this is the right file.");
            return new LetterOutcome(path, id, record, null, watch.Elapsed, LetterTextRenderer.Render(segmented.Lines), segmented,
                [.. document.RecognisedPages.Select(TextNormalizer.Instance.Normalize)]);
        }
        catch (LetterReadException e)
        {
            return Failed(e.Kind, e.Message);
        }
        catch (OperationCanceledException)
        {
            return Failed(ReadFailureKind.Timeout, "Reading the letter took longer than the per-file time limit; the file may be damaged or very large.");
        }
        catch (IOException e)
        {
            return Failed(ReadFailureKind.Unreadable, $"The file could not be read: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return Failed(ReadFailureKind.Unreadable, $"The file could not be opened (permissions): {e.Message}");
        }
        // A fault in one of the stages must not stop the batch or lose the letter: it is reported with
        // where it happened, for the file to be sent with the report.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var at = new System.Diagnostics.StackTrace(e).GetFrames().Select(f => f.GetMethod()).FirstOrDefault(m => m?.DeclaringType is not null);
            return Failed(ReadFailureKind.InternalError,
                $"The pipeline failed on this letter ({e.GetType().Name} in {at?.DeclaringType?.Name}.{at?.Name}: {e.Message}). The original is unchanged; report this file with this message so the fault can be fixed.");
        }

        LetterOutcome Failed(ReadFailureKind kind, string reason) =>
            new(path, id, null, new LetterFailure(LetterReadException.CodeOf(kind), reason), watch.Elapsed);
    }

    /// <summary>The read, normalise and segment stages only: what the letter says and how it is laid out.</summary>
    public (SegmentedLetter? Letter, LetterFailure? Failure) Read(string path, CancellationToken cancellation = default)
    {
        try
        {
            var text = TextNormalizer.Instance.Normalize(_reader.Read(path, cancellation));
            return (_options.Segmenter.Segment(text), null);
        }
        catch (LetterReadException e)
        {
            return (null, new LetterFailure(LetterReadException.CodeOf(e.Kind), e.Message));
        }
    }

    /// <summary>The stages after reading, for a document already read (tests, imports).</summary>
    public LetterRecord Extract(ReadDocument document, string id, SourceInfo source) => Extract(document, id, source, out _);

    public LetterRecord Extract(ReadDocument document, string id, SourceInfo source, out SegmentedLetter segmented)
    {
        var text = TextNormalizer.Instance.Normalize(document);
        var record = new LetterRecord { Id = id, Source = Describe(source, document) };
        record.DigitalSignatures.AddRange(document.EmbeddedSignatures);
        record.Warnings.AddRange(document.Notes);
        segmented = _options.Segmenter.Segment(text);
        foreach (var extractor in _options.Extractors) extractor.Extract(segmented, record);
        Provenance.MarkSegmentation(segmented, record);
        if (document.Envelope is { } envelope) EnvelopeFields.Apply(envelope, record);
        RecordChecks.Instance.Check(record);
        FieldConfidence.Instance.Mark(record);
        return record;
    }

    private static SourceInfo Describe(SourceInfo source, ReadDocument document)
    {
        var origins = document.Pages.Where(p => p.Lines.Count > 0).Select(p => p.Origin).Distinct().ToList();
        var confidences = document.Pages.SelectMany(p => p.Lines).Where(l => l.Origin == LineOrigin.Ocr && l.Confidence is not null)
            .Select(l => l.Confidence!.Value).ToList();
        return new SourceInfo
        {
            FileName = source.FileName,
            Sha256 = source.Sha256,
            MediaType = document.MediaType,
            Pages = document.Pages.Count,
            TextOrigin = origins switch
            {
                [LineOrigin.Ocr] => TextOrigins.Ocr,
                [LineOrigin.PdfText] => TextOrigins.PdfText,
                [] or [LineOrigin.Text] => TextOrigins.Text,
                _ when origins.Contains(LineOrigin.Ocr) => TextOrigins.Mixed,
                _ => TextOrigins.PdfText,
            },
            OcrConfidence = confidences.Count > 0 ? Math.Round(confidences.Average(), 4) : null,
        };
    }

    private static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

public static class LetterIds
{
    /// <summary>The contract's id: the input file's name without its extension.</summary>
    public static string FromPath(string path) => Path.GetFileNameWithoutExtension(path);
}
