using System.Text.RegularExpressions;
using Extraction.Records;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Fields;

/// <summary>Kính gửi and Đồng kính gửi: one item per addressee, without bullets, closing ";" or ".",
/// and without a private person's address.</summary>
public sealed partial class RecipientsExtractor : IFieldExtractor
{
    public void Extract(SegmentedLetter letter, LetterRecord record)
    {
        List<string>? target = null;
        var previousOpen = false;
        for (var i = 0; i < letter.Lines.Count; i++)
        {
            var line = letter.Lines[i];
            var zone = letter.Zones[i];
            if (zone == Zone.Salutation)
            {
                var cc = LineShapes.IsCcSalutation(letter.Folded(line));
                target = cc ? record.CcRecipients : record.Recipients;
                Provenance.Note(record, cc ? "ccRecipients" : "recipients", line);
                var inline = line.Text[Salutation().Match(letter.Folded(line)).Length..].Trim();
                previousOpen = AddItems(target, inline, continueLast: false);
            }
            else if (zone == Zone.Recipient && target is not null)
            {
                var bulleted = LineShapes.IsBullet(line.Text);
                previousOpen = AddItems(target, line.Text, continueLast: !bulleted && previousOpen);
            }
        }
        TrimCommas(record.Recipients);
        TrimCommas(record.CcRecipients);
    }

    // A wrapped addressee keeps its comma for the line that goes on ("…, Giao thông vận tải," + "Công Thương, Y tế;").
    private static void TrimCommas(List<string> items)
    {
        for (var i = 0; i < items.Count; i++) items[i] = items[i].TrimEndChars(", ");
    }

    /// <summary>Adds the addressees on one line; returns whether the last one may continue on the next line.</summary>
    private static bool AddItems(List<string> target, string text, bool continueLast)
    {
        var cleaned = WithoutAddress(text);
        var stripped = LineShapes.WithoutBullet(cleaned);
        if (stripped.Length == 0) return false;
        var open = !stripped.EndsWith(';') && !stripped.EndsWith('.');
        // "Kính gửi: Phòng Kinh tế; Văn phòng HĐND và UBND xã; Trưởng các thôn, xóm.": one item each.
        foreach (var piece in stripped.Split(';'))
        {
            var item = piece.TrimEndChars(";. ").Trim();
            if (item.Length == 0) continue;
            if (continueLast && target.Count > 0) target[^1] = target[^1] + " " + item;
            else target.Add(item);
            continueLast = false;
        }
        return open;
    }

    // "Bà Huỳnh Thị Gái (Địa chỉ: thôn ...)": Kính gửi to private persons names them without their address.
    private static string WithoutAddress(string text)
    {
        var m = Address().Match(VietnameseText.FoldLower(text));
        return m.Success ? text[..m.Index].Trim() : text;
    }

    // "Kính gửi:", "Đồng kính gửi:", and a Công điện's "CHỦ TỊCH ... điện:" (its addressees are on the next lines).
    [GeneratedRegex(@"^\s*(?:(?:dong\s+)?kinh\s*gui\s*:?|[^:]*\bdien\s*:)\s*")]
    private static partial Regex Salutation();


    [GeneratedRegex(@"\s*[(,;]?\s*(?:dia chi|tru tai|thuong tru|cu tru)\b")]
    private static partial Regex Address();
}
