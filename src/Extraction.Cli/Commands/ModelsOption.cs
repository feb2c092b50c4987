using System.CommandLine;

namespace Extraction.Cli.Commands;

/// <summary>`--models on|off`: whether the learned models (models/) are used beside the rules.</summary>
public static class ModelsOption
{
    public static Option<string> Create() => new Option<string>("--models")
    {
        Description = "Use the learned models of models/ where the rules conflict (on), or the rules alone (off).",
        DefaultValueFactory = _ => "on",
    }.AcceptOnlyFromAmong("on", "off");

    public static bool IsOn(ParseResult parse, Option<string> option) => parse.GetValue(option) != "off";
}
