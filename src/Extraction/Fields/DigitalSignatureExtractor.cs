using System.Globalization;
using System.Text.RegularExpressions;
using Extraction.Records;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Fields;

/// <summary>
/// E-signature stamps printed on the page: "Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi / Cơ quan: Tỉnh
/// Quảng Ngãi / Thời gian ký: 15/01/2025 17:10:17", and the portal stamp "TRUNG TÂM CÔNG BÁO VÀ TIN
/// HỌC / email / 16.01.2025 07:46:10 +07:00". A value may wrap over several short lines.
/// </summary>
public sealed partial class DigitalSignatureExtractor : IFieldExtractor
{
    private const int MaxStampLines = 10;

    public void Extract(SegmentedLetter letter, LetterRecord record)
    {
        var lines = letter.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var folded = letter.Folded(lines[i]);
            var portal = folded.StartsWith("trung tam cong", StringComparison.Ordinal);
            if (!portal && !SignerKey().IsMatch(folded)) continue;
            var (signature, used) = ReadStamp(lines, i, portal);
            if (signature is null) continue;
            record.DigitalSignatures.Add(signature);
            i += used - 1;
        }
    }

    private static (DigitalSignature? Signature, int Used) ReadStamp(IReadOnlyList<Text.Line> lines, int start, bool portal)
    {
        var fields = new Dictionary<string, string> { ["signer"] = "" };
        var current = "signer";
        var end = Math.Min(lines.Count, start + MaxStampLines);
        for (var i = start; i < end; i++)
        {
            var text = lines[i].Text;
            var folded = VietnameseText.FoldLower(text);
            if (i > start && SignerKey().IsMatch(folded)) return (Build(fields, portal), i - start);
            var key = KeyOf(folded, out var valueStart);
            if (key is not null) current = key;
            else if (Timestamp().IsMatch(folded)) current = "time";
            else if (folded.Contains('@')) current = "email";
            fields[current] = (fields.GetValueOrDefault(current, "") + " " + text[valueStart..]).Trim();
            if (current == "time" && TryParseTime(fields["time"]) is not null && !NextIsOffset(lines, i)) return (Build(fields, portal), i - start + 1);
        }
        return (Build(fields, portal), end - start);
    }

    private static bool NextIsOffset(IReadOnlyList<Text.Line> lines, int i) =>
        i + 1 < lines.Count && lines[i + 1].Text.Trim().StartsWith("+0", StringComparison.Ordinal);

    private static string? KeyOf(string folded, out int valueStart)
    {
        var m = Key().Match(folded);
        valueStart = m.Success ? m.Length : 0;
        if (!m.Success) return null;
        return m.Groups["key"].Value switch
        {
            var k when k.StartsWith("ky boi", StringComparison.Ordinal) || k.StartsWith("nguoi ky", StringComparison.Ordinal) => "signer",
            var k when k.StartsWith("co quan", StringComparison.Ordinal) || k.StartsWith("to chuc", StringComparison.Ordinal) => "organization",
            var k when k.StartsWith("email", StringComparison.Ordinal) => "email",
            _ => "time",
        };
    }

    private static DigitalSignature? Build(Dictionary<string, string> fields, bool portal)
    {
        var time = fields.TryGetValue("time", out var t) ? TryParseTime(t) : null;
        var signer = fields["signer"];
        if (portal) signer = OrganizationNames.Format(signer);
        // A portal stamp is only a stamp when it carries its time; "TRUNG TÂM CÔNG NGHỆ..." may be an issuer.
        if (time is null && (portal || signer.Length == 0)) return null;
        return new DigitalSignature
        {
            Signer = signer.Length == 0 ? null : signer,
            Organization = fields.TryGetValue("organization", out var o) && o.Length > 0 ? o : null,
            Time = time,
            Origin = "page-stamp",
        };
    }

    /// <summary>"15/01/2025 17:10:17" or "16.04.2020 07:37:07 +07:00" → ISO 8601 with offset (Vietnam time when none is printed).</summary>
    public static string? TryParseTime(string text)
    {
        var m = Timestamp().Match(text);
        if (!m.Success) return null;
        var offset = m.Groups["offset"].Success ? m.Groups["offset"].Value : "+07:00";
        var value = $"{m.Groups["d"].Value.PadLeft(2, '0')}/{m.Groups["mo"].Value.PadLeft(2, '0')}/{m.Groups["y"].Value} {m.Groups["time"].Value}";
        return DateTime.TryParseExact(value, ["dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? $"{local:yyyy-MM-ddTHH:mm:ss}{offset}"
            : null;
    }

    [GeneratedRegex(@"^(?:ky boi|nguoi ky)\s*:")]
    private static partial Regex SignerKey();

    [GeneratedRegex(@"^(?<key>ky boi|nguoi ky|co quan|to chuc|email|thoi gian ky|ngay ky)\s*:?\s*")]
    private static partial Regex Key();

    [GeneratedRegex(@"(?<d>\d{1,2})[./](?<mo>\d{1,2})[./](?<y>\d{4})\s+(?<time>\d{1,2}:\d{2}(?::\d{2})?)(?:\s*(?<offset>[+-]\d{2}:\d{2}))?")]
    private static partial Regex Timestamp();
}
