using System.CommandLine;
using Extraction.Search;
using Extraction.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Extraction.Web.Hosting;

namespace Extraction.Cli.Commands;

/// <summary><c>serve --records DIR [--port N]</c>: the staff search site and JSON API on 127.0.0.1.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var location = new IndexLocation();
        location.Records.Required = true;
        var originals = new Option<DirectoryInfo>("--originals") { Description = "Folder of the original files, by the records' source file names, for download." };
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1.", DefaultValueFactory = _ => StaffSearchOptions.DefaultPort };
        var noWatch = new Option<bool>("--no-watch") { Description = "Do not index records that appear in the folder while serving." };
        var command = new Command("serve", "Serve the staff search pages and JSON API on 127.0.0.1 (index built on first start).");
        location.AddTo(command);
        command.Add(originals);
        command.Add(port);
        command.Add(noWatch);
        command.SetAction((parse, cancel) => Run(new StaffSearchOptions
        {
            Records = parse.GetRequiredValue(location.Records).FullName,
            Index = location.IndexDirectory(parse),
            Originals = parse.GetValue(originals)?.FullName,
            Port = parse.GetValue(port),
            Watch = !parse.GetValue(noWatch),
        }, cancel));
        return command;
    }

    private static async Task<int> Run(StaffSearchOptions options, CancellationToken cancel)
    {
        if (!System.IO.Directory.Exists(options.Records))
        {
            Console.Error.WriteLine($"The records folder {options.Records} does not exist.");
            return 2;
        }
        try
        {
            await using var app = StaffSearchHost.Build([], options);
            // Open (or build) the index before listening, so a locked or unreadable index stops here.
            Console.WriteLine($"Opening the index {options.IndexDirectory} (built from the records if empty)...");
            var letters = app.Services.GetRequiredService<LetterIndex>().Searcher.Count();
            Console.WriteLine($"{letters} letters indexed.");
            await app.StartAsync(cancel);
            Console.WriteLine($"Serving {options.Records} at {string.Join(", ", app.Urls)} (Ctrl+C to stop).");
            await app.WaitForShutdownAsync(cancel);
            return 0;
        }
        catch (IndexInUseException inUse)
        {
            Console.Error.WriteLine(inUse.Message);
            return 2;
        }
        catch (IOException error) when (error.GetBaseException() is System.Net.Sockets.SocketException)
        {
            Console.Error.WriteLine($"Port {options.Port} on 127.0.0.1 is taken: choose another with --port.");
            return 2;
        }
    }
}
