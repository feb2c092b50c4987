namespace Extraction.Registers;

/// <summary>Enters arriving letters in the incoming register (Decree 30/2020, Article 22): số đến
/// runs from 1 each calendar year in the order letters arrived (letters that arrived at the same
/// moment keep the order they were given in), and a letter that repeats the (number, notation,
/// issuer) of an earlier arrival, in any year, is marked as its likely duplicate.</summary>
public static class IncomingBook
{
    public static IReadOnlyList<RegisteredLetter> Register(IEnumerable<Arrival> arrivals)
    {
        var ordered = arrivals.Select((arrival, index) => (arrival, index))
            .OrderBy(a => a.arrival.ArrivedAt).ThenBy(a => a.index)
            .Select(a => a.arrival);
        var lastNumber = new Dictionary<int, int>();
        var firstSeen = new Dictionary<DuplicateKey, RegisteredLetter>();
        var registered = new List<RegisteredLetter>();
        foreach (var arrival in ordered)
        {
            var year = arrival.ArrivedAt.Year;
            var number = lastNumber[year] = lastNumber.GetValueOrDefault(year) + 1;
            var key = DuplicateKey.Of(arrival.Record);
            var earlier = key is null ? null : firstSeen.GetValueOrDefault(key);
            var letter = new RegisteredLetter(number, arrival.ArrivedAt, arrival.Record, earlier);
            if (key is not null && earlier is null) firstSeen[key] = letter;
            registered.Add(letter);
        }
        return registered;
    }
}
