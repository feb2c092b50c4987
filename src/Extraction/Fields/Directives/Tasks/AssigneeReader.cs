using System.Text.RegularExpressions;
using Extraction.Fields.Directives.Outline;
using Extraction.Fields.Directives.Vocabulary;
using Extraction.Text;

namespace Extraction.Fields.Directives.Tasks;

/// <summary>A responsible body found in a text: its name as written (request word and bracketed
/// role removed) and where the work it is given begins.</summary>
/// <param name="Request">The folded request word before the body ("de nghi", "giao"), if any.</param>
internal sealed record AssigneeMatch(string Assignee, int Start, int PredicateStart, string? Role = null, string? Request = null);

/// <summary>Reads who is responsible from the three shapes a letter uses: a heading ("a) Sở Tư
/// pháp: chủ trì ...", "1. Cục Thuế tỉnh"), a sentence that opens with the body ("Sở Tài chính
/// chủ trì, ...") and an order clause ("..., giao Sở Nội vụ tổng hợp ...").</summary>
internal static partial class AssigneeReader
{
    // Words before the body that are not part of it: "Đề nghị", "Mời", "Kiến nghị", "Giao (cho)",
    // "Yêu cầu", "Đối với", "Về phía", "Trách nhiệm của".
    private static readonly PhraseList RequestWords = new(
        ["đề nghị", "kính đề nghị", "kiến nghị", "mời", "giao", "giao cho", "cho", "yêu cầu", "đối với", "kính trình",
         "về phía", "trách nhiệm của", "nhiệm vụ của"]);

    // What a letter asks of a higher body, never a task: "Đề nghị Thường trực HĐND tỉnh xem xét".
    private static readonly PhraseList ApprovalVerbs = new(
        ["xem xét", "cho ý kiến", "chấp thuận", "phê duyệt", "thông qua", "quyết định", "có ý kiến"]);

    /// <summary>A labelled item's heading. A heading with neither colon nor verb names a body only
    /// when <paramref name="wholeHeadingMayBeName"/> (a numbered item, not a bullet).</summary>
    public static AssigneeMatch? FromHeading(FoldedText text, bool wholeHeadingMayBeName) =>
        Read(text, 0, text.Original.Length, wholeHeadingMayBeName);

    /// <summary>A sentence or clause in [start, end) that opens with a body and its verb.</summary>
    public static AssigneeMatch? FromSubject(FoldedText text, int start, int end) => Read(text, start, end, false);

    /// <summary>The first order in [start, end): "giao", "đề nghị" or "yêu cầu", then a body and
    /// its verb, opening a clause or following the body that gives the order ("..., giao Sở Tài
    /// chính chủ trì", "Chủ tịch UBND tỉnh giao Sở Thông tin và Truyền thông chủ trì").</summary>
    public static AssigneeMatch? FromOrder(FoldedText text, int start, int end)
    {
        foreach (var order in OrderWord().EnumerateMatches(text.Folded.AsSpan(0, end), start))
        {
            if (!OpensClause(text, order.Index)) continue;
            var found = Read(text, order.Index + order.Length, end, false, text.Folded.Substring(order.Index, order.Length));
            if (found is not null) return found;
        }
        return null;
    }

    /// <summary>A plan's "Đơn vị chủ trì: Sở Nội vụ" line; a school's or an office's "Người thực hiện:
    /// Giáo viên chủ nhiệm", "Bộ phận phụ trách: ...".</summary>
    public static AssigneeMatch? FromLeadLine(FoldedText text)
    {
        var match = LeadLine().Match(text.Folded);
        if (!match.Success) return null;
        var end = text.Original.IndexOfAny([';', '.'], match.Length);
        var name = Clean(text.Original[match.Length..(end < 0 ? text.Original.Length : end)]);
        var role = match.Value.Contains("chu tri", StringComparison.Ordinal) ? "lead" : null;
        return name.Length > 1 ? new AssigneeMatch(name, match.Length, text.Original.Length, role) : null;
    }

    private static AssigneeMatch? Read(FoldedText text, int start, int end, bool wholeHeadingMayBeName, string? orderWord = null)
    {
        var at = SkipSpaces(text.Original, start);
        var request = RequestWords.MatchAt(text, at);
        var requestWord = request > 0 ? text.Folded.Substring(at, request) : orderWord;
        if (request > 0) at = SkipSpaces(text.Original, at + request);
        var head = BodyNames.HeadAt(text, at);
        if (head == 0) return null;
        var verb = PredicateWords.Find(text, at + head, end);
        var colon = HeadingColon(text, at + head, end, verb?.Position);
        int nameEnd, predicate;
        if (colon >= 0) (nameEnd, predicate) = (colon, colon + 1);
        else if (verb is { } v) (nameEnd, predicate) = (v.Position, v.Position);
        else if (wholeHeadingMayBeName && Sentences.Starts(text.Original[at..end]).Count == 1) (nameEnd, predicate) = (end, end);
        else return null;
        // "Trạm Y tế xã là cơ quan thường trực, tham mưu ...": the role after "là" is said of the body, not part of
        // its name; with no work after it ("Sở Tài chính là cơ quan thường trực của Tổ công tác.") there is no task.
        if (RoleAfterName().Match(text.Folded, at, end - at) is { Success: true } role && role.Index <= nameEnd)
        {
            var comma = text.Original.IndexOf(',', role.Index, end - role.Index);
            if (comma < 0 || PredicateWords.Find(text, comma + 1, end) is null) return null;
            (nameEnd, predicate) = (role.Index, role.Index);
        }
        var name = Clean(text.Original[at..nameEnd]);
        predicate = SkipSpaces(text.Original, predicate);
        // A heading that names the addressees again ("1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên:")
        // gives them the points under it; elsewhere "các đơn vị nêu trên" closes the letter.
        var headingName = colon >= 0 && colon == nameEnd && SkipSpaces(text.Original, colon + 1) >= end;
        if (!IsPlausibleName(name, allowBackReference: headingName) || AsksHigherBody(text, requestWord, predicate)) return null;
        return new AssigneeMatch(name, at, predicate, Request: requestWord);
    }

    /// <summary>The colon that ends a heading's name, or -1. A colon inside a name ("Giám đốc các
    /// Sở: Tài chính, ...") is followed by more names and then the verb.</summary>
    private static int HeadingColon(FoldedText text, int from, int end, int? verb)
    {
        var colon = -1;
        for (var i = from; i < (verb ?? end); i++)
            if (text.Original[i] == ':' && !InsideBrackets(text.Original, i)) { colon = i; break; }
        if (colon < 0) return verb is { } v ? ColonAfterNameWord(text, v, end) : -1;
        var after = SkipSpaces(text.Original, colon + 1);
        if (after >= end) return colon;
        if (char.IsLower(text.Original[after]) || PredicateWords.StartsAt(text, after)) return colon;
        // "Lãnh đạo các sở, ngành: Sở Kế hoạch và Đầu tư, ..." lists bodies; a name goes on to a verb.
        return verb is null && !BodyNames.StartsWithHead(text, after) ? colon : -1;
    }

    /// <summary>A name holding a verb-looking word ("Phòng Cảnh sát quản lý hành chính về trật tự xã
    /// hội (PC06): phối hợp ..."): the colon that follows it in the same clause, with the work opening
    /// with a verb after it, ends the name; -1 when there is none.</summary>
    private static int ColonAfterNameWord(FoldedText text, int verb, int end)
    {
        for (var i = verb; i < end; i++)
        {
            if (InsideBrackets(text.Original, i)) continue;
            if (text.Original[i] is ',' or ';' or '.') return -1;
            if (text.Original[i] != ':') continue;
            var after = SkipSpaces(text.Original, i + 1);
            return after < end && PredicateWords.StartsAt(text, after) ? i : -1;
        }
        return -1;
    }

    // "Kính trình" and "kính đề nghị" are said only to a body above ("UBND tỉnh kính đề nghị Bộ ... quan tâm hỗ trợ").
    private static bool AsksHigherBody(FoldedText text, string? requestWord, int predicate) =>
        requestWord is "kinh trinh" or "kinh de nghi"
        || (requestWord is "de nghi" or "kien nghi" && ApprovalVerbs.MatchAt(text, predicate) > 0);

    private static bool IsPlausibleName(string name, bool allowBackReference)
    {
        if (name.Length < 2) return false;
        if (name.AsSpan().Count(' ') >= 70) return false;
        var folded = " " + FoldedText.FoldChars(name) + " ";
        return (allowBackReference || !BackReference().IsMatch(folded))
               && !NotInName().IsMatch(folded) && !NotInNameToned().IsMatch(VietnameseText.LowerChars(name));
    }

    /// <summary>The order word opens its clause, or follows the body that gives the order ("Chủ
    /// tịch UBND tỉnh giao ..."), but is not "đã giao", "chuyển giao", "bàn giao", "theo đề nghị".</summary>
    private static bool OpensClause(FoldedText text, int order)
    {
        var clause = Sentences.ClauseStart(text.Original, order);
        var before = text.Original[clause..order].Trim();
        if (before.Length == 0) return true;
        if (PastOrCompound().IsMatch(VietnameseText.LowerChars(before))) return false;
        return BodyNames.StartsWithHead(text, SkipSpaces(text.Original, clause)) && before.Split(' ').Length <= 12;
    }

    /// <summary>The name without a bracketed role, leading "và" or trailing punctuation.</summary>
    public static string Clean(string name)
    {
        var withoutBrackets = Brackets().Replace(name, " ");
        return VietnameseText.CollapseSpaces(withoutBrackets).TrimChars(" ,;:.-–/");
    }

    private static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position])) position++;
        return position;
    }

    private static bool InsideBrackets(string text, int position)
    {
        var depth = 0;
        for (var i = 0; i < position; i++)
            depth += text[i] == '(' ? 1 : text[i] == ')' && depth > 0 ? -1 : 0;
        return depth > 0;
    }

    [GeneratedRegex(@"\b(?:giao|(?:kinh\s+)?de nghi|yeu cau)\b")]
    private static partial Regex OrderWord();

    [GeneratedRegex(@"^\s*(?:[-–+•]\s*)?" + LeadBodyLabel.Holder + " " + LeadBodyLabel.Role + @"(?: chinh)?\s*:\s*")]
    private static partial Regex LeadLine();

    // A back-reference: "các đơn vị nêu trên".
    [GeneratedRegex(@" (?:neu tren|noi tren|tren day) $")]
    private static partial Regex BackReference();

    // "các đơn vị này", or a clause that is not a name (a date, a document).
    [GeneratedRegex(@" nay $| so \d| ngay \d| v/v | ve viec | nhan duoc | co y kien | kinh gui | de nghi | yeu cau | kinh trinh ")]
    private static partial Regex NotInName();

    // On the toned text, words no name holds: "đã" (not "Đà Nẵng"), "để" (not "đề").
    [GeneratedRegex(@"(?<!\p{L})(?:đã|để)(?!\p{L})")]
    private static partial Regex NotInNameToned();

    // On the toned text, the words before an order word that make it no order: "đã giao", "bàn giao".
    [GeneratedRegex(@"(?<!\p{L})(?:đã|được|vừa|chuyển|bàn|nhiệm vụ|dự toán|việc|theo|xét)$")]
    private static partial Regex PastOrCompound();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"(?<= )la (?:co quan|don vi|bo phan|dau moi|thuong truc)\b")]
    private static partial Regex RoleAfterName();
}
