using Extraction.Learning.Models;

namespace Extraction.Cli;

/// <summary>Where the trained models are: $EXTRACTION_MODELS, else models/ in the current folder,
/// else the models/ of the checkout the tool was built in (how ./extraction finds them).</summary>
public static class ModelFolder
{
    public const string Variable = "EXTRACTION_MODELS";

    public static string Searched => $"${Variable}, ./models, and models/ above {AppContext.BaseDirectory}";

    public static string? Locate()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given) return given;
        if (HasManifest("models")) return Path.GetFullPath("models");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (HasManifest(Path.Combine(dir.FullName, "models"))) return Path.Combine(dir.FullName, "models");
        return null;
    }

    private static bool HasManifest(string folder) => File.Exists(Path.Combine(folder, ModelSet.ManifestFile));
}
