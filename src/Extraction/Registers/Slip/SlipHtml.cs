using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Extraction.Registers.Slip;

/// <summary>The processing slip as a printable A4 page (one HTML document, its style inline), for the
/// web interface to serve beside the letter.</summary>
public static class SlipHtml
{
    private const string Style = """
        @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
        body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.4; max-width: 165mm; margin: 0 auto; }
        .organization { font-weight: bold; text-transform: uppercase; }
        h1 { font-size: 14pt; text-align: center; margin: 12pt 0 4pt; }
        .letter { text-align: center; font-style: italic; margin: 0 0 12pt; }
        h2 { font-size: 13pt; margin: 12pt 0 4pt; }
        ul { margin: 0; padding-left: 1.2em; }
        .blank { border-bottom: 1px dotted #000; height: 1.4em; }
        .fill { display: inline-block; width: 70mm; border-bottom: 1px dotted #000; }
        .date { text-align: right; font-style: italic; margin-top: 6pt; }
        .draft { font-size: 10pt; color: #555; }
        @media print { .draft { display: none; } }
        """;

    public static string Render(ProcessingSlip slip)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>").Append(Encode($"{ProcessingSlip.Title} – {slip.LetterId}")).Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n")
            .Append("<p class=\"organization\">").Append(Encode(ProcessingSlip.Organization)).Append(": <span class=\"fill\">&nbsp;</span></p>\n")
            .Append("<h1>").Append(Encode(ProcessingSlip.Title)).Append("</h1>\n")
            .Append("<p class=\"letter\">").Append(Encode(slip.Letter));
        if (slip.Subject is not null) html.Append("<br>Trích yếu: ").Append(Encode(slip.Subject));
        html.Append("</p>\n");

        html.Append("<h2>").Append(Encode(ProcessingSlip.LeaderOpinion)).Append("</h2>\n")
            .Append("<p class=\"draft\">Dự thảo từ các nhiệm vụ trong văn bản; lãnh đạo xem lại trước khi ký.</p>\n<ul>\n");
        foreach (var line in slip.InstructionLines) html.Append("<li>").Append(Encode(line)).Append("</li>\n");
        html.Append("</ul>\n");
        AppendDate(html);
        AppendBlankSection(html, ProcessingSlip.UnitLeaderOpinion);
        AppendBlankSection(html, ProcessingSlip.HandlerProposal);
        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void AppendBlankSection(StringBuilder html, string heading)
    {
        html.Append("<h2>").Append(Encode(heading)).Append("</h2>\n");
        for (var i = 0; i < 3; i++) html.Append("<div class=\"blank\"></div>\n");
        AppendDate(html);
    }

    private static void AppendDate(StringBuilder html) =>
        html.Append("<p class=\"date\">").Append(Encode(ProcessingSlip.DateLine)).Append("</p>\n");

    // Vietnamese letters stay as they are; only markup characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);
}
