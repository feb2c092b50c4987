using Spectre.Console;
using Spectre.Console.Rendering;

namespace Extraction.Cli.Commands;

/// <summary>The progress bar's speed, in letters per second.</summary>
internal sealed class LettersPerSecondColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Spectre.Console.Text(task.Speed is { } speed ? $"{speed:0.0} letters/s" : "- letters/s", new Style(Color.Grey));
}
