using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Extraction.Search;
using Extraction.Search.Letters;
using Extraction.Search.Querying;
using Extraction.Web.Api;
using Extraction.Web.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Extraction.Web;

/// <summary>
/// Builds the staff search site: JSON API under /api (described at /openapi/v1.json), Vietnamese pages,
/// assets from the assembly. Listens on 127.0.0.1 only. Everything it serves comes through an
/// <see cref="ILetterSource"/> and a <see cref="LetterIndex"/>, resolved lazily so a test host can
/// replace either before the first request.
/// </summary>
public static class StaffSearchHost
{
    public static WebApplication Build(string[] args, StaffSearchOptions? options = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Pages are compiled into this assembly; name it even when another program (the CLI) hosts it.
            ApplicationName = typeof(StaffSearchHost).Assembly.GetName().Name,
        });

        // Request-by-request logs are noise for a staff tool; warnings and the listening address stay.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        if (options is null) builder.Services.AddOptions<StaffSearchOptions>().Bind(builder.Configuration);
        else builder.Services.AddSingleton(Options.Create(options));
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var port = options?.Port ?? context.Configuration.GetValue("Port", StaffSearchOptions.DefaultPort);
            kestrel.Listen(IPAddress.Loopback, port);
        });

        builder.Services.AddSingleton<ILetterSource>(services =>
        {
            var settings = services.GetRequiredService<IOptions<StaffSearchOptions>>().Value;
            return new FolderLetterSource(settings.RecordsDirectory, settings.Originals);
        });
        builder.Services.AddSingleton(OpenIndex);
        builder.Services.AddSingleton(services => services.GetRequiredService<LetterIndex>().Searcher);
        builder.Services.AddSingleton<DeadlineFinder>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<RecordsFolderWatcher>();
        builder.Services.AddRazorPages();
        // Vietnamese letters as themselves in the page source, not as &#x1EA1; entities.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddOpenApi();

        var app = builder.Build();
        app.UseStatusCodePages();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(StaffSearchHost).Assembly, "Extraction.Web.Assets"),
            RequestPath = "/assets",
        });
        app.MapOpenApi();
        app.MapStaffSearchApi();
        app.MapRazorPages();
        return app;
    }

    /// <summary>Opens the index beside the records, building it from them when it is empty.</summary>
    private static LetterIndex OpenIndex(IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<StaffSearchOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StaffSearchHost));
        var index = LetterIndex.Open(settings.IndexDirectory);
        if (index.Searcher.Count() > 0) return index;
        var report = IndexBuilder.AddAll(services.GetRequiredService<ILetterSource>(), index);
        index.Refresh();
        logger.LogInformation("Indexed {Count} letters into {Index} in {Seconds:0.0} s", report.Indexed, settings.IndexDirectory, report.Elapsed.TotalSeconds);
        foreach (var skipped in report.Skipped) logger.LogWarning("Skipped {Problem}", skipped.Message);
        return index;
    }
}
