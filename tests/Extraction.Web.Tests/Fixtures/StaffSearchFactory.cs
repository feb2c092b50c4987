using Extraction.Search.Tests.Fixtures;
using Extraction.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Extraction.Web.Tests.Fixtures;

/// <summary>The site in the ASP.NET Core test host, over a records folder of the corpus's gold records,
/// with its index in a temp folder and "today" fixed at 1 July 2024.</summary>
public sealed class StaffSearchFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Today = new(2024, 7, 1, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly TempFolder folder = new();

    public StaffSearchFactory() => GoldCorpus.WriteRecordsFolder(RecordsDirectory);

    public string RecordsDirectory => folder.Combine("records");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Records", RecordsDirectory);
        builder.UseSetting("Originals", GoldCorpus.LettersDirectory);
        builder.UseSetting("Index", folder.Combine("index"));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Today)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) folder.Dispose();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");
    }
}
