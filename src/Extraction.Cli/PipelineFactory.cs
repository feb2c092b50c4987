using Extraction.Learning.Models;
using Extraction.Pipeline;
using Extraction.Reading;
using Extraction.Reading.Ocr;

namespace Extraction.Cli;

/// <summary>Builds the pipeline the commands share, with what this machine offers: OCR through the
/// installed Tesseract (its engines start on the first scan and stay warm for the rest of the run),
/// and the learned models of models/ when they are there (docs/learning.md).</summary>
public static class PipelineFactory
{
    private static readonly Lazy<TesseractRecognizer> Recognizer = new(TesseractRecognizer.CreateDefault);
    private static readonly Lazy<(ModelSet? Models, string Status)> Models = new(LoadModels);

    public static LetterReaderOptions ReaderOptions => new() { Recognizer = Recognizer.Value };

    /// <param name="useModels">False for the rules alone, whatever models/ holds.</param>
    public static LetterPipeline Create(bool useModels = true) =>
        new(useModels && Models.Value.Models is { } models ? models.PipelineOptions(ReaderOptions) : new PipelineOptions { Reading = ReaderOptions });

    /// <summary>What <see cref="Create"/> uses, in a line for the terminal.</summary>
    public static string ModelStatus(bool useModels) => useModels ? Models.Value.Status : "models: off (rules only)";

    private static (ModelSet?, string) LoadModels()
    {
        var folder = ModelFolder.Locate();
        if (folder is null) return (null, $"models: none found ({ModelFolder.Searched}); rules only");
        var models = ModelSet.Load(folder, out var missing);
        return models is null ? (null, $"models: {missing} is missing; rules only") : (models, "models: " + models.Describe());
    }
}
