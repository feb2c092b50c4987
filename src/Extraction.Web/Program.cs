namespace Extraction.Web;

/// <summary>Runs the staff search site on its own: <c>dotnet run --project src/Extraction.Web -- --Records DIR</c>.
/// The test host starts the site through this entry point.</summary>
public sealed class Program
{
    private Program() { }

    public static Task Main(string[] args) => StaffSearchHost.Build(args).RunAsync();
}
