using System.CommandLine;
using Extraction.Cli.Commands;

var root = new RootCommand("Extraction: Vietnamese official letters in, structured records out.");
foreach (var command in CliCommands.All()) root.Add(command);
return await root.Parse(args).InvokeAsync();
