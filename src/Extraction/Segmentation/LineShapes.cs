using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Segmentation;

/// <summary>
/// What a line looks like, judged on its accent-folded lower-case form so that OCR output that lost
/// or changed diacritics ("CONG HOA XA HOI", "Kinh gửi") still matches. Shared by the segmenter and
/// the extractors that need to recognise the same shapes.
/// </summary>
public static partial class LineShapes
{
    /// <summary>The national motto, or the Party's ("ĐẢNG CỘNG SẢN VIỆT NAM") printed in its place.</summary>
    public static bool IsMotto(string folded) =>
        folded.Contains("cong hoa xa hoi") || folded.Contains("chu nghia viet nam") || folded.Contains("dang cong san viet nam") ||
        (folded.Contains("doc lap") && (folded.Contains("tu do") || folded.Contains("hanh phuc"))) ||
        (folded.Contains("hanh phuc") && folded.Length < 40);

    public static bool IsNumberLine(string folded) => NumberLine().IsMatch(folded);

    /// <summary>"/QĐ-UBND" on a line of its own: the notation of a "Số:" line cut off by a gap left
    /// for a handwritten number.</summary>
    public static bool IsNotationFragment(string text) => NotationFragment().IsMatch(text);

    /// <summary>A notation's last part alone on a line: "KT", "NC-TH".</summary>
    public static bool IsNotationRest(string text) => NotationRest().IsMatch(text);

    /// <summary>"Cần Thơ, ngày 25 tháng 5 năm 2023", with the day or month possibly blank.</summary>
    public static bool IsPlaceDate(string folded) =>
        folded.Contains("ngay") && PlaceDatePattern().IsMatch(folded) && !DatedSentence().IsMatch(folded) && !CitingSentence().IsMatch(folded);

    public static bool IsSubjectStart(string folded) => SubjectStart().IsMatch(folded);

    public static bool IsSalutation(string folded) => Salutation().IsMatch(folded);

    public static bool IsCcSalutation(string folded) => CcSalutation().IsMatch(folded);

    /// <summary>A Công điện's "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:": its addressees follow, as they
    /// follow "Kính gửi:" in other letters.</summary>
    public static bool IsTelegramSalutation(string text)
    {
        var m = TelegramSalutation().Match(VietnameseText.FoldLower(text));
        return m.Success && VietnameseText.IsUpperCase(text[..m.Groups["sender"].Length]);
    }

    public static bool IsDistributionHeader(string folded) => DistributionHeader().IsMatch(folded);

    /// <summary>How much of the line the "Nơi nhận:" heading takes, colon and spaces included (0 when none).</summary>
    public static int DistributionHeaderLength(string folded) => DistributionHeader().Match(folded) is { Success: true } m ? m.Length : 0;

    public static bool IsBullet(string text) => Bullet().IsMatch(text);

    /// <summary>"- Như trên;" → "Như trên;" (dashes, pluses, dots and OCR's "~" as bullets).</summary>
    public static string WithoutBullet(string text) => Bullet().Replace(text, "").Trim();

    public static bool IsBodyOpener(string folded) => BodyOpener().IsMatch(folded);

    /// <summary>A sentence opening on what happened lately ("Thời gian qua, ...", "Những năm gần đây"): a
    /// directive's body starts so. Only with its capital: a subject wraps as "... trong\nthời gian qua".</summary>
    public static bool IsNarrativeOpener(string text, string folded) => text.Length > 0 && char.IsUpper(text[0]) && NarrativeOpener().IsMatch(folded);

    public static bool IsNumberedItem(string folded) => NumberedItem().IsMatch(folded);

    public static bool IsUnderline(string text) => Underline().IsMatch(text);

    /// <summary>Text of an e-signature stamp or a portal stamp printed on the page, or a file path
    /// a word processor printed in the margin ("d:\2011\CV\SVH\T4\...").</summary>
    public static bool IsStamp(string folded) =>
        folded.Length < 90 && (StampLine().IsMatch(folded) || StampInside().IsMatch(folded)
                               || folded.Contains('@') && Email().IsMatch(folded)
                               || folded.Contains('\\') && FilePath().IsMatch(folded));

    /// <summary>"TM.", "KT.", "TL.", "TUQ." or "Q." when the line starts with a signature authority marker.</summary>
    public static string? AuthorityMarker(string text)
    {
        var m = Authority().Match(VietnameseText.FoldLower(text));
        if (!m.Success || !VietnameseText.IsUpperCase(text[m.Length..])) return null;
        return m.Groups["marker"].Value.Replace(".", "").Replace("/", "").Replace(" ", "").ToUpperInvariant() switch
        {
            "TM" => "TM.",
            "KT" => "KT.",
            "TL" => "TL.",
            "TUQ" => "TUQ.",
            "Q" => "Q.",
            _ => null,
        };
    }

    /// <summary>A line's text after its authority marker: "KT. CHỦ TỊCH" → "CHỦ TỊCH".</summary>
    public static string WithoutAuthorityMarker(string text)
    {
        var m = Authority().Match(VietnameseText.FoldLower(text));
        return m.Success ? text[m.Length..].Trim() : text;
    }

    public static bool IsUrgency(string folded) => Urgency().IsMatch(folded);

    /// <summary>"DỰ THẢO", "Dự thảo lần 2": a draft's mark, not part of its header.</summary>
    public static bool IsDraftMark(string folded) => DraftMark().IsMatch(folded);

    /// <summary>The canonical document type when the line is a type title ("QUYẾT ĐỊNH" → "Quyết định").</summary>
    public static string? TitleType(string text)
    {
        if (!VietnameseText.IsUpperCase(text)) return null;
        // OCR turns a speck before or after a centred title into "_ TỜ TRÌNH" or "THÔNG BÁO.".
        var folded = VietnameseText.FoldLower(text).Trim().TrimChars(":._-,'`").Trim();
        return DocumentTypes.ByFoldedTitle.GetValueOrDefault(folded);
    }

    /// <summary>Official letter text: "Số: 62 /BCĐ" but not "Số hồ sơ" in a sentence.</summary>
    [GeneratedRegex(@"^s[o0]\s*(?:[:;.]|\s+(?=\d|/))\s*")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^\s*/\s*\p{Lu}[\p{L}\d&.]*(?:-[\p{L}\d&.]+)*\s*$")]
    private static partial Regex NotationFragment();

    [GeneratedRegex(@"^\s*\p{Lu}[\p{Lu}\d&.]{0,11}(?:-[\p{Lu}\d&.]{1,12}){0,2}\s*$")]
    private static partial Regex NotationRest();

    // A body sentence that opens on its date: "Ngày 15 tháng 5 năm 2026, tại trụ sở Chính phủ, ...".
    [GeneratedRegex(@"^ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}\s*,\s*\p{L}")]
    private static partial Regex DatedSentence();

    // A basis citing a dated document: "Căn cứ Quyết định số 415/QĐ-BYT ngày 12 tháng 02 năm 2025 của Bộ Y tế ban hành".
    [GeneratedRegex(@"^(?:can cu|thuc hien|tiep theo|theo|xet)\b")]
    private static partial Regex CitingSentence();

    // OCR reads a handwritten day as letters or specks ("ngày Z tháng 4", "ngày@&0 tháng 12").
    [GeneratedRegex(@"\bngay.{0,12}?thang.{0,12}?nam\s*(?:19|20)\d{2}")]
    private static partial Regex PlaceDatePattern();

    [GeneratedRegex(@"^[^a-z]{0,12}(?:v\s*[/.]\s*[vy]\b|v[ea]\s*viec\b)")]
    private static partial Regex SubjectStart();

    [GeneratedRegex(@"^(?:dong\s+)?kinh\s*gui\b")]
    private static partial Regex Salutation();

    [GeneratedRegex(@"^dong\s+kinh\s*gui\b")]
    private static partial Regex CcSalutation();

    [GeneratedRegex(@"^(?<sender>[^:]{6,90}?)\s+dien\s*:\s*$")]
    private static partial Regex TelegramSalutation();

    // OCR reads the N as "4W" or "W" ("4Wơi nhận:"); such a heading must have its colon, so that
    // "với nhận thức" opening a sentence is not taken for one.
    [GeneratedRegex(@"^(?:noi\s*nhan\b|[^\sv]{1,2}oi\s*nhan(?=\s*:))\s*[:;.]?\s*")]
    private static partial Regex DistributionHeader();

    [GeneratedRegex(@"^\s*[-–—+•*·~]+\s*")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?:can cu|thuc hien|theo (?:de nghi|chi dao|y kien|quy dinh|to trinh|bao cao|cong van|van ban)|de (?:dam bao|thuc hien|trien khai|kip thoi|nang cao|chuan bi|phuc vu|tiep tuc|co co so)|nham |ngay \d|xet |sau khi|tren co so|vua qua|qua |hien nay|nay,|tiep (?:theo|tuc)|trong (?:thoi gian|nam|qua trinh)|(?:uy ban nhan dan|ubnd) (?:tinh|thanh pho|huyen|quan|xa|phuong|thi xa) (?:nhan duoc|co y kien|yeu cau|de nghi|giao))")]
    private static partial Regex BodyOpener();

    [GeneratedRegex(@"^(?:trong nhung nam|thoi gian (?:qua|vua qua|gan day)|nhung nam (?:qua|gan day))\b")]
    private static partial Regex NarrativeOpener();

    [GeneratedRegex(@"^(?:[ivxlc]+\s*[.)]|\d{1,2}\s*[.)]|[a-zđ]\s*\)|dieu\s+\d+)\s*")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^[\s_\-–—=.*~]{3,}$")]
    private static partial Regex Underline();

    [GeneratedRegex(@"^(?:ky boi|nguoi ky|co quan\s*:|thoi gian ky|email\s*:|ngay ky|trung tam cong(?: bao)?$|trung tam cong bao\b|(?:bao )?va tin hoc$|\+07:00$|\d{1,2}[./]\d{1,2}[./]\d{4}\s+\d{1,2}:\d{2}|cong thong tin dien tu chinh phu$)")]
    private static partial Regex StampLine();

    // Stamp text OCR has prefixed with specks: "“tmn trung tam cong bao", "x4 05.02.2025 15:35:18 +07:00".
    [GeneratedRegex(@"trung tam cong bao|\d{1,2}[./]\d{1,2}[./]\d{4}\s+\d{1,2}:\d{2}|\+07:00|\b(?:ky boi|thoi gian ky|nguoi ky)\s*:")]
    private static partial Regex StampInside();

    // Kept apart from StampInside and tried only on lines with an "@": "\S+@" tries every start.
    [GeneratedRegex(@"\S+@\S+\.(?:vn|com|gov|net|org)\b")]
    private static partial Regex Email();

    [GeneratedRegex(@"^[a-z]:\\|\\[^\s\\]+\\")]
    private static partial Regex FilePath();

    // "TM.", "KT.", "TL.", "TUQ.", "Q.", and the Party's "T/M", "K/T", "T/L".
    [GeneratedRegex(@"^(?:(?<marker>t\s*\.?\s*m|k\s*\.?\s*t|t\s*\.?\s*l|t\s*\.?\s*u\s*\.?\s*q|q)\s*\.|(?<marker>t\s*/\s*m|k\s*/\s*t|t\s*/\s*l)\.?)\s*")]
    private static partial Regex Authority();

    [GeneratedRegex(@"^du thao(?: lan \d+)?\s*$")]
    private static partial Regex DraftMark();

    [GeneratedRegex(@"^(?:hoa toc|thuong khan|khan)(?:\s*[-–]\s*hen gio.*)?\s*$")]
    private static partial Regex Urgency();
}
