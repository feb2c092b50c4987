using Extraction.Records;
using Extraction.Search.Analysis;
using Extraction.Search.Tests.Fixtures;
using Extraction.Text;

namespace Extraction.Benchmarks.Search;

/// <summary>
/// A large archive made from the corpus: each letter takes a gold record as its template and gets a
/// new number, date, place (and issuer named after it) and a body recombined from lines of the corpus
/// texts, so the index sees realistic Vietnamese in realistic amounts. Deterministic for a seed.
/// </summary>
public sealed class GeneratedArchive
{
    private static readonly string[] Provinces =
    [
        "Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Quảng Ngãi", "Quảng Ninh", "Thừa Thiên Huế", "Khánh Hòa",
        "Đồng Nai", "Bình Dương", "Nghệ An", "Thanh Hóa", "Hậu Giang", "Quảng Trị", "Lâm Đồng", "Đắk Lắk",
        "An Giang", "Bắc Ninh", "Hòa Bình", "Tây Ninh", "Vĩnh Long", "Phú Thọ", "Gia Lai", "Bình Định",
    ];

    private readonly IReadOnlyList<LetterRecord> templates;
    private readonly IReadOnlyList<string> lines;

    public GeneratedArchive(string corpusDirectory)
    {
        templates = Directory.EnumerateFiles(Path.Combine(corpusDirectory, "gold"), "*.json").Order(StringComparer.Ordinal)
            .Select(GoldCorpus.Read).ToList();
        lines = Directory.EnumerateFiles(Path.Combine(corpusDirectory, "letters"), "*.txt")
            .SelectMany(path => LetterText.FromString(File.ReadAllText(path)).Lines.Select(l => l.Text))
            .Concat(templates.SelectMany(t => t.Tasks.Select(task => task.Text)))
            .Concat(templates.Select(t => t.Subject ?? ""))
            .Where(line => line.Length > 20)
            .Distinct()
            .ToList();
    }

    public IReadOnlyList<LetterRecord> Templates => templates;

    public IEnumerable<(LetterRecord Record, string Text)> Letters(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++) yield return Letter(i, random);
    }

    private (LetterRecord Record, string Text) Letter(int i, Random random)
    {
        var template = templates[i % templates.Count];
        var record = RecordJson.Deserialize(RecordJson.Serialize(template, indented: false));
        var place = Provinces[random.Next(Provinces.Length)];
        var issued = new DateOnly(2015, 1, 1).AddDays(random.Next(12 * 365));
        record.Id = $"gen-{i:D6}";
        record.Number = random.Next(1, 10000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        record.IssuedDate = issued.ToString("yyyy-MM-dd");
        record.Place = place;
        if (random.Next(2) == 0) record.Issuer = $"Ủy ban nhân dân tỉnh {place}";
        foreach (var deadline in record.Deadlines) deadline.Date = issued.AddDays(random.Next(10, 120)).ToString("yyyy-MM-dd");

        var body = new List<string> { $"{record.Issuer}", $"Số: {DocumentCode.Of(record)}", $"{place}, ngày {issued:dd} tháng {issued:MM} năm {issued:yyyy}", $"V/v {record.Subject}" };
        var bodyLines = random.Next(15, 40);
        for (var l = 0; l < bodyLines; l++) body.Add(lines[random.Next(lines.Count)]);
        return (record, string.Join('\n', body));
    }
}
