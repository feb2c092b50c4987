#:project ../../src/Extraction/Extraction.csproj
#:package DocumentFormat.OpenXml
// Writes the letter variants made here (corpus/SOURCES.tsv: "made here") and their gold records:
// two Word letters laid out with header tables, one TCVN3-encoded and one VNI-encoded text letter.
// They are variants of real letters of the corpus (hg-cv-454-2011, seed-002) with other issuers,
// places, numbers, dates and signers. Run from the repository root:  dotnet run corpus/tools/make-variants.cs
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Extraction.Text.Legacy;

var corpus = args.Length > 0 ? args[0] : "corpus";
foreach (var letter in Variants.All)
{
    var path = Path.Combine(corpus, "letters", letter.Id + letter.Extension);
    switch (letter.Extension)
    {
        case ".docx": WordLetter.Write(letter, path); break;
        case ".txt": File.WriteAllBytes(path, Encoding.Latin1.GetBytes(LegacyCodeTable.For(letter.Legacy!.Value).Encode(PlainLetter.Text(letter)))); break;
    }
    File.WriteAllText(Path.Combine(corpus, "gold", letter.Id + ".json"), Gold.Json(letter) + "\n");
    Console.WriteLine($"wrote {path}");
}

sealed record Letter(
    string Id, string Extension, LegacyEncoding? Legacy,
    string ParentLine, string IssuerLine, string Number, string Notation, string Place, (int Day, int Month, int Year) Date,
    string Subject, string[] Recipients, string[] Body, string[] Distribution, string[] SignatureBlock, string SignerName,
    JsonObject GoldFields);

static class Variants
{
    public static readonly Letter[] All =
    [
        new("made-docx-svhttdl-317-2024", ".docx", null,
            "UBND TỈNH SÓC TRĂNG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "317", "SVHTTDL-NV", "Sóc Trăng", (12, 3, 2024),
            "tiếp tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế giới",
            ["Giám đốc Đài Phát thanh - Truyền hình Sóc Trăng", "Trưởng phòng Văn hóa và Thông tin các huyện, thị xã, thành phố"],
            ["Sở Văn hóa, Thể thao và Du lịch nhận được Công văn số 1025/UBND-VX ngày 05 tháng 3 năm 2024 của UBND tỉnh Sóc Trăng về việc tiếp tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế giới, Sở có ý kiến như sau:",
             "Đề nghị Giám đốc Đài Phát thanh - Truyền hình Sóc Trăng tiếp tục tuyên truyền và phát động trong toàn thể cán bộ, công chức, viên chức, người lao động và nhân dân trên địa bàn tỉnh tham gia bầu chọn theo yêu cầu tại Công văn nêu trên./."],
            ["Như trên", "UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Lưu: VT, NV"],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lâm Thị Hồng Nhung",
            new JsonObject
            {
                ["documentType"] = "Công văn", ["issuer"] = "Sở Văn hóa, Thể thao và Du lịch",
                ["issuerParent"] = "Ủy ban nhân dân tỉnh Sóc Trăng",
                ["signer"] = new JsonObject { ["name"] = "Lâm Thị Hồng Nhung", ["position"] = "Phó Giám đốc", ["authority"] = "KT." },
                ["references"] = new JsonArray(new JsonObject { ["code"] = "1025/UBND-VX", ["type"] = "Công văn", ["date"] = "2024-03-05" }),
                ["tasks"] = new JsonArray(new JsonObject { ["path"] = null, ["assignee"] = "Giám đốc Đài Phát thanh - Truyền hình Sóc Trăng" }),
            }),
        new("made-docx-ubnd-4471-2024", ".docx", null,
            "", "ỦY BAN NHÂN DÂN\nHUYỆN LONG THÀNH", "4471", "UBND-VP", "Long Thành", (18, 6, 2024),
            "triển khai các giải pháp cải thiện chỉ số cải cách hành chính cấp tỉnh, chỉ số hài lòng của người dân năm 2024",
            ["Thủ trưởng các cơ quan chuyên môn", "Thủ trưởng các đơn vị sự nghiệp công lập", "Chủ tịch UBND các xã, thị trấn"],
            ["Thực hiện Văn bản số 5586/UBND-HCC ngày 20/5/2024 của Chủ tịch UBND tỉnh về việc triển khai các giải pháp cải thiện chỉ số cải cách hành chính cấp tỉnh, chỉ số hài lòng của người dân năm 2024, Chủ tịch UBND huyện Long Thành có ý kiến như sau:",
             "Giao Trưởng phòng Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị rà soát, công khai, niêm yết và tổ chức thực hiện các Bộ TTHC sau khi được công bố, kịp thời theo đúng quy định./."],
            ["Như trên", "Chủ tịch, các PCT UBND huyện", "Lưu: VT, VP"],
            ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], "Nguyễn Văn Hùng",
            new JsonObject
            {
                ["documentType"] = "Công văn", ["issuer"] = "Ủy ban nhân dân huyện Long Thành", ["issuerParent"] = null,
                ["signer"] = new JsonObject { ["name"] = "Nguyễn Văn Hùng", ["position"] = "Chánh Văn phòng", ["authority"] = "TL." },
                ["references"] = new JsonArray(new JsonObject { ["code"] = "5586/UBND-HCC", ["type"] = "Công văn", ["date"] = "2024-05-20" }),
                ["tasks"] = new JsonArray(new JsonObject { ["path"] = null, ["assignee"] = "Trưởng phòng Nội vụ" }),
            }),
        new("made-tcvn3-cv-512-2012", ".txt", LegacyEncoding.Tcvn3,
            "", "ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU", "512", "UBND-VX", "Bạc Liêu", (18, 5, 2012),
            "tiếp tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế giới",
            ["Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Giám đốc Sở Thông tin và Truyền thông", "Chủ tịch UBND huyện, thành phố"],
            ["Ủy ban nhân dân tỉnh nhận được Công văn số 847/UBND-VX1 ngày 22 tháng 3 năm 2011 của UBND tỉnh Quảng Ninh về việc tiếp tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế giới, Chủ tịch UBND tỉnh có ý kiến như sau:",
             "Giao Giám đốc Sở Văn hóa, Thể thao và Du lịch phối hợp với các sở, ban, ngành, đoàn thể tỉnh tiếp tục tuyên truyền và phát động trong toàn thể cán bộ, công chức, viên chức tham gia bầu chọn theo yêu cầu tại Công văn nêu trên./."],
            ["Như trên", "TT. HĐND, UBND tỉnh", "Lưu: VT, VX"],
            ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lê Minh Chiến",
            new JsonObject
            {
                ["documentType"] = "Công văn", ["issuer"] = "Ủy ban nhân dân tỉnh Bạc Liêu", ["issuerParent"] = null,
                ["signer"] = new JsonObject { ["name"] = "Lê Minh Chiến", ["position"] = "Phó Chủ tịch", ["authority"] = "KT." },
                ["references"] = new JsonArray(new JsonObject { ["code"] = "847/UBND-VX1", ["type"] = "Công văn", ["date"] = "2011-03-22" }),
                ["tasks"] = new JsonArray(new JsonObject { ["path"] = null, ["assignee"] = "Giám đốc Sở Văn hóa, Thể thao và Du lịch" }),
            }),
        new("made-vni-cv-208-2013", ".txt", LegacyEncoding.Vni,
            "", "ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH", "208", "UBND-NC", "Trà Vinh", (9, 4, 2013),
            "tiếp tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế giới",
            ["Giám đốc Sở Thông tin và Truyền thông", "Giám đốc Đài Phát thanh - Truyền hình Trà Vinh"],
            ["Ủy ban nhân dân tỉnh nhận được Công văn số 847/UBND-VX1 ngày 22 tháng 3 năm 2011 của UBND tỉnh Quảng Ninh về việc tiếp tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế giới, Chủ tịch UBND tỉnh có ý kiến như sau:",
             "Giao Giám đốc Sở Thông tin và Truyền thông phối hợp với Đài Phát thanh - Truyền hình Trà Vinh tiếp tục tuyên truyền và phát động nhân dân trên địa bàn tỉnh tham gia bầu chọn theo yêu cầu tại Công văn nêu trên./."],
            ["Như trên", "CT, các PCT UBND tỉnh", "Lưu: VT, NC"],
            ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], "Trần Văn Dũng",
            new JsonObject
            {
                ["documentType"] = "Công văn", ["issuer"] = "Ủy ban nhân dân tỉnh Trà Vinh", ["issuerParent"] = null,
                ["signer"] = new JsonObject { ["name"] = "Trần Văn Dũng", ["position"] = "Chánh Văn phòng", ["authority"] = "TL." },
                ["references"] = new JsonArray(new JsonObject { ["code"] = "847/UBND-VX1", ["type"] = "Công văn", ["date"] = "2011-03-22" }),
                ["tasks"] = new JsonArray(new JsonObject { ["path"] = null, ["assignee"] = "Giám đốc Sở Thông tin và Truyền thông" }),
            }),
    ];
}

static class PlainLetter
{
    public static string DateLine(Letter l) => $"{l.Place}, ngày {l.Date.Day:00} tháng {l.Date.Month:00} năm {l.Date.Year}";

    public static string[] IssuerLines(Letter l) => [.. (l.ParentLine.Length > 0 ? [l.ParentLine] : Array.Empty<string>()), .. l.IssuerLine.Split('\n')];

    // The header as a plain-text export of a header table gives it: left column, then right column.
    public static string Text(Letter l) => string.Join("\r\n", [
        .. IssuerLines(l), $"Số: {l.Number}/{l.Notation}", $"V/v {l.Subject}", "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", DateLine(l), "",
        "Kính gửi:", .. l.Recipients.Select((r, i) => $"- {r}{(i == l.Recipients.Length - 1 ? "." : ";")}"), "",
        .. l.Body, "",
        "Nơi nhận:", .. l.Distribution.Select((d, i) => $"- {d}{(i == l.Distribution.Length - 1 ? "." : ";")}"), "",
        .. l.SignatureBlock, "", "", l.SignerName, ""]);
}

static class WordLetter
{
    public static void Write(Letter l, string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body(
            Table(
                [[.. PlainLetter.IssuerLines(l).Select(t => P(t, bold: true)), P($"Số: {l.Number}/{l.Notation}"), P($"V/v {l.Subject}", italic: true)],
                 [P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true), P("Độc lập - Tự do - Hạnh phúc", bold: true), P(PlainLetter.DateLine(l), italic: true)]]),
            P(""),
            P("Kính gửi:"));
        foreach (var (r, i) in l.Recipients.Select((r, i) => (r, i))) body.Append(P($"- {r}{(i == l.Recipients.Length - 1 ? "." : ";")}"));
        foreach (var paragraph in l.Body) body.Append(P(paragraph));
        body.Append(Table(
            [[P("Nơi nhận:", bold: true, italic: true), .. l.Distribution.Select((d, i) => P($"- {d}{(i == l.Distribution.Length - 1 ? "." : ";")}"))],
             [.. l.SignatureBlock.Select(t => P(t, bold: true)), P(""), P(""), P(l.SignerName, bold: true)]]));
        // A page header that repeats on every page; it is not part of the letter.
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(P($"{l.IssuerLine.Replace('\n', ' ')} - văn bản điện tử"));
        body.Append(new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Paragraph P(string text, bool bold = false, bool italic = false)
    {
        var properties = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" });
        if (bold) properties.Append(new Bold());
        if (italic) properties.Append(new Italic());
        return new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    // One row, two cells: the borderless header (or signature) table of an official letter.
    private static Table Table(Paragraph[][] cells) =>
        new(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }),
            new TableRow(cells.Select(c => new TableCell(c))));
}

static class Gold
{
    public static string Json(Letter l)
    {
        var gold = new JsonObject
        {
            ["id"] = l.Id, ["input"] = l.Id + l.Extension, ["urgency"] = null,
            ["number"] = l.Number, ["notation"] = l.Notation, ["place"] = l.Place,
            ["issuedDate"] = $"{l.Date.Year:0000}-{l.Date.Month:00}-{l.Date.Day:00}", ["subject"] = l.Subject,
            ["recipients"] = new JsonArray([.. l.Recipients.Select(r => JsonValue.Create(r))]), ["ccRecipients"] = new JsonArray(),
            ["distribution"] = new JsonArray([.. l.Distribution.Select(d => JsonValue.Create(d))]),
            ["targets"] = new JsonArray(), ["deadlines"] = new JsonArray(), ["recurring"] = new JsonArray(),
            ["warnings"] = new JsonArray(),
        };
        foreach (var (key, value) in l.GoldFields) gold[key] = value?.DeepClone();
        return gold.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
