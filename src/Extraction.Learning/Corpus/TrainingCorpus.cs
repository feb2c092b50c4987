using System.Security.Cryptography;
using System.Collections.Concurrent;
using Extraction.Learning.Alignment;
using Extraction.Reading;
using System.Text.Json;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Learning.Corpus;

/// <summary>Loads corpus folders (each with letters/, gold/ and optionally SOURCES.tsv): every letter
/// that has a gold record is read, segmented and aligned. Letters are returned in id order, so
/// everything trained from them is deterministic.</summary>
public static class TrainingCorpus
{
    public static IReadOnlyList<TrainingLetter> Load(IEnumerable<string> folders, Func<string, ReadDocument> read, TextWriter log)
    {
        var letters = new ConcurrentBag<TrainingLetter>();
        foreach (var folder in folders)
        {
            var families = LetterFamilies.Read(Path.Combine(folder, "SOURCES.tsv"));
            var gold = Directory.GetFiles(Path.Combine(folder, "gold"), "*.json")
                .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => f, StringComparer.Ordinal);
            var files = Directory.GetFiles(Path.Combine(folder, "letters")).Where(f => gold.ContainsKey(Path.GetFileNameWithoutExtension(f))).ToList();
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 2 }, file =>
            {
                var id = Path.GetFileNameWithoutExtension(file);
                try
                {
                    var document = read(file);
                    letters.Add(Prepare(id, LetterFamilies.Of(id, families), document, gold[id], file));
                }
                catch (LetterReadException e)
                {
                    lock (log) log.WriteLine($"{id}: not read ({e.Message}); left out of training");
                }
            });
        }
        return letters.OrderBy(l => l.Id, StringComparer.Ordinal).ToList();
    }

    private static string Hash(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    public static TrainingLetter Prepare(string id, string family, ReadDocument document, string goldFile, string letterFile)
    {
        var gold = GoldRecords.Load(goldFile);
        var rules = RuleSegmenter.Instance.Segment(TextNormalizer.Instance.Normalize(document));
        return new TrainingLetter(id, family, document, rules, gold, JsonDocument.Parse(File.ReadAllText(goldFile)).RootElement,
            ZoneAligner.Align(rules.Lines, gold), Hash(letterFile) + Hash(goldFile));
    }
}
