using System.Text.RegularExpressions;
using Extraction.Fields.Directives.Outline;
using Extraction.Text;

namespace Extraction.Fields.Directives.Targets;

/// <summary>Cuts what a percentage measures out of its sentence. A letter puts the measure before
/// the number ("Tỷ lệ giải quyết TTHC đúng hạn đạt trên 90%"), after it ("50% hồ sơ TTHC được
/// ... thực hiện trực tuyến", "đạt tỷ lệ trên 99% hồ sơ đã giải quyết được số hóa"), or in the
/// clause before the goal verb ("thực hiện thanh toán trực tuyến ..., phấn đấu đạt tỷ lệ tối
/// thiểu 60%"); a base after the number ("... 90% kế hoạch", "so với ...") is kept with it.</summary>
internal static partial class TargetMetric
{
    /// <param name="text">The paragraph.</param>
    /// <param name="floor">Where the measure may start at the earliest: the sentence start or the previous target's end.</param>
    /// <param name="leadStart">Where "đạt tỷ lệ tối thiểu" before the number begins.</param>
    /// <param name="end">Just after the percentage and a "trở lên".</param>
    /// <summary>The measure cut for one percentage.</summary>
    /// <param name="Metric">What is measured.</param>
    /// <param name="End">Where the words it took end: the next target's floor.</param>
    /// <param name="Subject">The words before the number it used ("Tỷ lệ hồ sơ ... toàn trình"), which a
    /// following "và 40% đối với thủ tục cấp xã" shares.</param>
    /// <param name="Qualified">True when the words after the number only qualify a subject.</param>
    public sealed record Cut(string Metric, int End, string Subject, bool Qualified);

    /// <param name="end">Just after the percentage and a "trở lên".</param>
    public static Cut Read(FoldedText text, int floor, int leadStart, int end, bool saysRate)
    {
        var (after, afterIsBase, afterEnd) = After(text, end);
        var before = Before(text, floor, leadStart);
        if (after.Length > 0 && !afterIsBase)
        {
            var measure = (saysRate ? "tỷ lệ " : "") + after;
            var qualified = Qualifier().IsMatch(FoldedText.FoldChars(after));
            var joins = ForWhom().IsMatch(FoldedText.FoldChars(before)) || qualified;
            return new Cut(joins && before.Length > 0 ? before + " " + measure : measure, afterEnd, before, qualified && before.Length == 0);
        }
        if (after.Length == 0) return new Cut(before, end, before, false);
        if (before.Length == 0) return new Cut(after, afterEnd, before, false);
        var joined = FoldedText.FoldChars(after).StartsWith("so voi", StringComparison.Ordinal) ? before + " " + after : before + " so với " + after;
        return new Cut(joined, afterEnd, before, false);
    }

    /// <summary>The words after the number, up to a clause break, the next target, or a comma
    /// that opens a new verb ("..., cập nhật lên hệ thống").</summary>
    private static (string Text, bool IsBase, int End) After(FoldedText text, int end)
    {
        var folded = text.Folded;
        var stop = StopAfter().Match(folded, end) is { Success: true } m ? m.Index : folded.Length;
        var nextPercent = folded.IndexOf('%', end);
        if (nextPercent >= 0 && nextPercent < stop) stop = end + JointBeforeNextTarget(folded[end..nextPercent]);
        var after = Tidy(text.Original[end..stop]);
        return (after, BaseWords().IsMatch(FoldedText.FoldChars(after)), stop);
    }

    /// <summary>Where the next target's words begin: at the last joint when its number follows
    /// at once ("... cấp tỉnh, 50% ..."), else at the first ("99% và mức độ hài lòng ... đạt 85%").</summary>
    private static int JointBeforeNextTarget(string between)
    {
        var joints = Joint().Matches(between);
        if (joints.Count == 0) return 0;
        var last = joints[^1];
        return NumberLead().IsMatch(between[(last.Index + last.Length)..]) ? last.Index : joints[0].Index;
    }

    /// <summary>The last non-empty stretch between goal verbs in the clause before the number.</summary>
    private static string Before(FoldedText text, int floor, int leadStart)
    {
        var clauseStart = floor;
        for (var i = leadStart - 1; i >= floor; i--)
            if (text.Original[i] is ';' or '(' or ':') { clauseStart = i + 1; break; }
        var cuts = new List<int> { clauseStart };
        foreach (Match verb in GoalVerb().Matches(text.Lower[..leadStart], clauseStart))
        {
            cuts.Add(verb.Index);
            cuts.Add(verb.Index + verb.Length);
        }
        cuts.Add(leadStart);
        for (var i = cuts.Count - 2; i >= 0; i -= 2)
        {
            var piece = Tidy(StripLeadingVerb(text.Original[cuts[i]..cuts[i + 1]]));
            if (piece.Length > 0) return piece;
        }
        return "";
    }

    private static string StripLeadingVerb(string text)
    {
        var folded = FoldedText.FoldChars(text);
        var lead = LeadingVerb().Match(folded);
        return lead.Success ? text[lead.Length..] : text;
    }

    private static string Tidy(string text)
    {
        var trimmed = VietnameseText.CollapseSpaces(text).TrimChars(" ,;:.-()");
        var leading = Filler().Match(FoldedText.FoldChars(trimmed));
        trimmed = trimmed[leading.Length..];
        var trailing = TrailingFiller().Match(FoldedText.FoldChars(trimmed));
        return (trailing.Success ? trimmed[..trailing.Index] : trimmed).TrimChars(" ,;.");
    }

    [GeneratedRegex(@"[;.(]|,\s*(?=(?:phan dau|dam bao|bao dam|dong thoi|cap nhat|gui|bao cao|trong do|dat)\b)")]
    private static partial Regex StopAfter();

    [GeneratedRegex(@",\s*|\s+va\s+")]
    private static partial Regex Joint();

    // Only the lead of a number is left: "đạt tối thiểu 85", "50".
    [GeneratedRegex(@"^\s*(?:(?:dat|ty le|ti le|toi thieu|it nhat|tren|duoi|tu|khong qua|toi da)\s+)*[\d.,]+\s*$")]
    private static partial Regex NumberLead();

    // Goal verbs, on the toned lower-case text: "để" must not be read in "đề xuất", nor "đạt" in the
    // noun phrase "xã đạt chuẩn nông thôn mới".
    [GeneratedRegex(@"(?<![\p{L}])(?:phấn đấu|phân đấu|đảm bảo|bảo đảm|duy trì|nhằm|để|nâng|tăng|giảm|đạt(?! chuẩn))(?![\p{L}])")]
    private static partial Regex GoalVerb();

    [GeneratedRegex(@"^\s*(?:(?:thuc hien|kip thoi|tiep tuc|day manh|tang cuong|khan truong|cao)\s+)+")]
    private static partial Regex LeadingVerb();

    [GeneratedRegex(@"^(?:(?:va|cua|voi|thi|la|o|viec|den cuoi nam \d{4}|den cuoi nam|nam \d{4})\b[\s,]*)+")]
    private static partial Regex Filler();

    [GeneratedRegex(@"[\s,]*\b(?:dat|la|o muc|muc|ty le|ti le|xuong|xuong con|con)$")]
    private static partial Regex TrailingFiller();

    [GeneratedRegex(@"^(?:so voi|ke hoach|du toan|chi tieu)\b")]
    private static partial Regex BaseWords();

    [GeneratedRegex(@"\b(?:doi voi|cho)$")]
    private static partial Regex ForWhom();

    // After-words that qualify a measure named before the number: "... đạt 60% đối với thủ tục cấp tỉnh".
    [GeneratedRegex(@"^(?:doi voi|o|tai|cua|trong)\b")]
    private static partial Regex Qualifier();
}
