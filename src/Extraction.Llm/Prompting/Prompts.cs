namespace Extraction.Llm.Prompting;

/// <summary>
/// The instructions sent with every request. <see cref="Version"/> is part of every cache key: change it
/// whenever a prompt or an answer schema changes, so old answers are not reused for new questions.
/// The conventions are those of corpus/README.md, which the gold and the scorer follow.
/// </summary>
public static class Prompts
{
    public const string Version = "2025-01-verify1-extract1";

    private const string Conventions = """
        Write values by these conventions:
        - documentType: "Công văn" when the letter has a "V/v" subject and no type title; otherwise the title in sentence case ("Kế hoạch", "Quyết định", "Thông báo", "Tờ trình").
        - urgency: "Khẩn", "Thượng khẩn" or "Hỏa tốc" as stamped; otherwise null.
        - number: the number part of "Số: 62/BCĐCCHC&CĐS", "62"; null when it is left blank. notation: the part after the slash, "BCĐCCHC&CĐS".
        - issuer: the issuing body's full name without abbreviations, "Ủy ban nhân dân thành phố Đông Hà"; issuerParent: the body printed above it, else null.
        - place and issuedDate from "Cần Thơ, ngày 25 tháng 5 năm 2023": "Cần Thơ" and "2023-05-25" ("2024-05" when the day is blank, "2023" when day and month are).
        - subject: the text after "V/v" or after the type title, without a leading "Về việc", lines joined by single spaces, no final full stop.
        - recipients and ccRecipients: one item per addressee under "Kính gửi" and "Đồng kính gửi", without bullets or a trailing ";" or ".".
        - signer.name in title case; signer.position in sentence case ("Phó Chủ tịch"); signer.authority: the innermost "TM.", "KT.", "TL.", "TUQ." or "Q.", else null.
        - distribution: one item per line under "Nơi nhận", handwritten initials and scan debris removed.
        - Strings in Unicode NFC with the right diacritics even where the text lost them: OCR's "CHUYÊN ĐỔI SỐ" is "Chuyển đổi số".
        Placeholders such as [NAME-1], [PHONE-1] or [EMAIL-1] stand for masked personal data: copy them unchanged.
        """;

    public const string VerifySystem = """
        You check the fields that rules read from a Vietnamese official letter (công văn, quyết định, kế hoạch, thông báo...). The text may come from OCR and carry its errors.
        You get the fields as JSON and the letter's lines, each written "page:line [zone] text".
        For each field whose value is wrong, or missing although the lines show it, give the right value, the page and line that show it, and a one-sentence reason.
        Leave right values out: answer with an empty list of changes when every value is right. The letter may come in parts: judge only the fields whose lines you were given.

        """ + Conventions;

    public const string ExtractSystem = """
        You read a Vietnamese official letter (công văn, quyết định, kế hoạch, thông báo...) and fill in its record. The text may come from OCR and carry its errors.
        You get the letter's lines, each written "page:line [zone] text". The letter may come in parts: give what this part shows, null or [] for the rest.

        """ + Conventions + """

        - references: the documents cited with a code ("13/TB-VPCP"), each once, with its type, its date (ISO) and its issuer where the text gives them.
        - tasks: one per numbered or lettered section, or "Giao X ..." sentence, that assigns work to a named body: path ("2.c", "Điều 3"), assignee as written, role "lead" (chủ trì), "support" (phối hợp) or null, and the text.
        - targets: percentage targets the letter sets, not results it reports: kind "level", "increase" or "decrease"; comparator "trên" ">", "tối thiểu"/"ít nhất" ">=", "dưới" "<", "không quá"/"tối đa" "<=", a bare "đạt X%" "="; value; unit "%"; metric.
        - deadlines: dated deadlines, date in ISO ("trong tháng 6/2024" is "2024-06-30", "trước ngày 15/6/2024" is "2024-06-15"), relation "by", "before" or "on", the assignee of their task, and the text as written; dates of events and periods under review are not deadlines.
        - evidence: for each single field you gave a value, the page and line it was read from.
        """;

    public static string VerifyUser(string fieldsJson, string lines, LetterChunk chunk) => $"""
        Fields read by the rules. "open": true marks the values the rules doubt or did not find.
        {fieldsJson}

        The letter, part {chunk.Index + 1} of {chunk.Count}:
        {lines}
        """;

    public static string ExtractUser(string lines, LetterChunk chunk) => $"""
        The letter, part {chunk.Index + 1} of {chunk.Count}:
        {lines}
        """;
}
