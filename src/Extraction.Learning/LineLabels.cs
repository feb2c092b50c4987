using Extraction.Segmentation;

namespace Extraction.Learning;

/// <summary>What the line classifier learns: the segmenter's zones, plus the body line that opens
/// a task (a numbered item or sentence naming who must do the work), which is body to the
/// segmenter and a label of its own to the classifier.</summary>
public static class LineLabels
{
    public const string TaskHeading = "TaskHeading";

    public static string Of(Zone zone) => zone.ToString();

    public static Zone ToZone(string label) => label == TaskHeading ? Zone.Body : Enum.Parse<Zone>(label);
}
