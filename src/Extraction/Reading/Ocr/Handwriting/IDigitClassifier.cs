namespace Extraction.Reading.Ocr.Handwriting;

/// <summary>Reads one handwritten digit drawn as <see cref="DigitShape"/> draws it.</summary>
public interface IDigitClassifier
{
    /// <summary>The probability of each digit 0–9 for a 28 × 28 field of ink amounts (0 paper, 1 ink), rows top to bottom.</summary>
    float[] Probabilities(float[] field);
}
