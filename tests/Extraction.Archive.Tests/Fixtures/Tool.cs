using System.Diagnostics;

namespace Extraction.Archive.Tests.Fixtures;

/// <summary>What a run of the command-line tool printed and returned.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Errors)
{
    public string All => Output + Errors;
}

/// <summary>Runs the command-line tool as a separate process, as a person or a service would.</summary>
internal static class Tool
{
    public static ToolRun Run(params string[] arguments) => Start("dotnet", [TestFiles.Cli, .. arguments]);

    /// <summary>Runs a shell script in its own user and mount namespace (no root needed), where it may mount
    /// a small tmpfs or a read-only view; $CLI in the script runs the tool. Mounts vanish with the script.</summary>
    public static ToolRun InNamespace(string script, params string[] arguments) =>
        Start("unshare", ["-Urm", "sh", "-ec", $"CLI=\"dotnet {TestFiles.Cli}\"\n{script}", "sh", .. arguments]);

    public static Process Launch(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { TestFiles.Cli }.Concat(arguments)) info.ArgumentList.Add(argument);
        return Process.Start(info)!;
    }

    // A guard against a hung tool, not a speed test: the corpus ingest OCRs every scan and must not
    // fail on a machine that is busy with other work.
    private static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(12);

    private static ToolRun Start(string program, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(HangLimit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in {HangLimit.TotalMinutes} minutes.");
        }
        return new ToolRun(process.ExitCode, output.Result, errors.Result);
    }
}
