using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extraction.Pipeline;
using Extraction.Records;
using Extraction.Text;

namespace Extraction.Cli.Commands;

/// <summary>`text FILE [--json] [--zones]`: the text the pipeline read from a letter, in reading order,
/// "--- page N ---" between pages; --json adds each line's page, box, origin and confidence, --zones
/// the part of the letter each line was judged to be (a "*" where the learned model decided it).</summary>
public static class TextCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A letter (PDF, DOCX, image or text)." };
        var json = new Option<bool>("--json") { Description = "One JSON object per line: page, line, text, origin, confidence, box, zone." };
        var zones = new Option<bool>("--zones") { Description = "Prefix each line with its zone (header, subject, body, signature...)." };
        var models = ModelsOption.Create();
        var command = new Command("text", "Print the text read from a letter.") { file, json, zones, models };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(json), parse.GetValue(zones), ModelsOption.IsOn(parse, models)));
        return command;
    }

    private static int Run(string file, bool json, bool zones, bool useModels)
    {
        var pipeline = PipelineFactory.Create(useModels);
        var read = pipeline.Read(file);
        if (read.Failure is { } failure)
        {
            Console.Error.WriteLine($"{Path.GetFileName(file)}: [{failure.Code}] {failure.Reason}");
            return 1;
        }
        var letter = read.Letter!;
        if (json)
        {
            var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
            foreach (var line in letter.Lines)
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    line.Page, Line = line.PageLine, line.Text, Origin = OriginName(line), line.Confidence, line.Box, Zone = letter.ZoneOf(line).ToString(), DecidedBy = letter.DecidedByOf(line),
                }, options));
            return 0;
        }
        if (!zones)
        {
            Console.Write(LetterTextRenderer.Render(letter.Lines));
            return 0;
        }
        var page = 0;
        foreach (var line in letter.Lines)
        {
            if (line.Page != page && page != 0) Console.WriteLine($"--- page {line.Page} ---");
            page = line.Page;
            var zone = letter.ZoneOf(line) + (letter.DecidedByOf(line) == "rules" ? "" : "*");
            Console.WriteLine($"{zone,-19} {line.Text}");
        }
        return 0;
    }

    private static string OriginName(Line line) => line.Origin switch
    {
        Reading.LineOrigin.Ocr => TextOrigins.Ocr,
        Reading.LineOrigin.PdfText => TextOrigins.PdfText,
        _ => TextOrigins.Text,
    };
}
