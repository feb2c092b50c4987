using Extraction.Learning.Corpus;
using Extraction.Learning.Models;

namespace Extraction.Learning.Training;

/// <summary>The examples one letter gives a model, with the label each should get.</summary>
public delegate IEnumerable<FeatureRow> ExamplesOf(TrainingLetter letter);

/// <summary>k-fold cross-validation split by letter family: each fold's model is trained on the other
/// folds and scored on its own; the report pools every held-out prediction. The fold models are
/// kept, so the end-to-end effect can be measured on letters each model never saw.</summary>
public sealed class CrossValidation
{
    private CrossValidation(int[] foldOf, IReadOnlyList<LinearClassifier> models, ClassificationReport report)
    {
        FoldOf = foldOf;
        Models = models;
        Report = report;
    }

    /// <summary>The fold of each letter, in the order given.</summary>
    public int[] FoldOf { get; }
    public IReadOnlyList<LinearClassifier> Models { get; }
    public ClassificationReport Report { get; }

    /// <param name="foldOf">A split to reuse (so that several models are tested on the same folds); by default one balanced on this model's examples.</param>
    public static CrossValidation Run(IReadOnlyList<TrainingLetter> letters, ExamplesOf examplesOf, int folds, int seed,
        Regularization? regularization = null, int[]? foldOf = null)
    {
        var examples = letters.Select(l => examplesOf(l).ToList()).ToList();
        foldOf ??= FamilyFolds.Assign(letters, folds, seed, examples.Select(e => e.Count).ToList());
        var report = new ClassificationReport();
        var models = new List<LinearClassifier>();
        for (var fold = 0; fold < folds; fold++)
        {
            var training = examples.Where((_, i) => foldOf[i] != fold).SelectMany(e => e).ToList();
            var model = LinearClassifier.Train(training, seed, regularization);
            models.Add(model);
            for (var i = 0; i < letters.Count; i++)
            {
                if (foldOf[i] != fold) continue;
                foreach (var example in examples[i]) report.Add(example.Label, model.Predict(example.Features).Label);
            }
        }
        return new CrossValidation(foldOf, models, report);
    }
}
