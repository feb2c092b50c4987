using System.Text.Json.Nodes;

namespace Extraction.Records;

/// <summary>
/// One ingested letter as downstream systems receive it (see CONTRACT.md). Field names are the
/// contract: add, never rename or drop without a new <see cref="SchemaVersion"/>.
/// Extractors fill it in place; a value the letter does not have stays null or an empty list.
/// </summary>
public sealed class LetterRecord
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;
    public string Id { get; set; } = "";
    public SourceInfo Source { get; set; } = new();
    public string? DocumentType { get; set; }
    public string? Urgency { get; set; }
    public string? Number { get; set; }
    public string? Notation { get; set; }
    public string? Issuer { get; set; }
    public string? IssuerParent { get; set; }
    public string? Place { get; set; }
    /// <summary>ISO 8601, partial ("2024-05", "2023") where the letter leaves parts blank.</summary>
    public string? IssuedDate { get; set; }
    public string? Subject { get; set; }
    public List<string> Recipients { get; set; } = [];
    public List<string> CcRecipients { get; set; } = [];
    public Signer? Signer { get; set; }
    public List<string> Distribution { get; set; } = [];
    public List<Reference> References { get; set; } = [];
    public List<TaskItem> Tasks { get; set; } = [];
    public List<Target> Targets { get; set; } = [];
    public List<Deadline> Deadlines { get; set; } = [];
    public List<RecurringDuty> Recurring { get; set; } = [];
    public List<DigitalSignature> DigitalSignatures { get; set; } = [];
    public List<RecordWarning> Warnings { get; set; } = [];
    /// <summary>The leader's instruction for the processing slip (Phiếu giải quyết văn bản đến), drafted
    /// from the tasks; null when the letter assigns no work to a named unit.</summary>
    public DraftInstruction? DraftInstruction { get; set; }
    /// <summary>Where each extracted value was read, keyed by field name ("number", "signer.name").</summary>
    public Dictionary<string, FieldProvenance> Provenance { get; set; } = [];
}

public sealed class SourceInfo
{
    public string FileName { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public string MediaType { get; set; } = "";
    public int Pages { get; set; }
    /// <summary>"text", "pdf-text", "ocr" or "mixed".</summary>
    public string TextOrigin { get; set; } = TextOrigins.Text;
    /// <summary>Mean OCR confidence 0..1 over recognised pages, null when nothing was recognised.</summary>
    public double? OcrConfidence { get; set; }
}

public static class TextOrigins
{
    public const string Text = "text";
    public const string PdfText = "pdf-text";
    public const string Ocr = "ocr";
    public const string Mixed = "mixed";
}

public sealed class Signer
{
    public string? Name { get; set; }
    public string? Position { get; set; }
    /// <summary>Innermost authority marker: "TM.", "KT.", "TL.", "TUQ.", "Q." or null.</summary>
    public string? Authority { get; set; }
}

public sealed class Reference
{
    public string Code { get; set; } = "";
    public string? Type { get; set; }
    public string? Date { get; set; }
    public string? Issuer { get; set; }
    public string Text { get; set; } = "";
}

public sealed class TaskItem
{
    /// <summary>"2.c", "I.1", "Điều 3" or null for an unnumbered sentence.</summary>
    public string? Path { get; set; }
    public string Assignee { get; set; } = "";
    public List<string> Assignees { get; set; } = [];
    /// <summary>"lead" (chủ trì), "support" (phối hợp) or null; see <see cref="TaskRoles"/>.</summary>
    public string? Role { get; set; }
    public string Text { get; set; } = "";
    public List<TaskDeadline> Deadlines { get; set; } = [];
    public List<Target> Targets { get; set; } = [];
}

public sealed class TaskDeadline
{
    public string Date { get; set; } = "";
    /// <summary>"by", "before" or "on".</summary>
    public string Relation { get; set; } = DeadlineRelations.By;
    public string Text { get; set; } = "";
}

public sealed class Deadline
{
    public string Date { get; set; } = "";
    public string Relation { get; set; } = DeadlineRelations.By;
    public string? Assignee { get; set; }
    public string Text { get; set; } = "";
    public string? TaskPath { get; set; }
}

public static class DeadlineRelations
{
    public const string By = "by";
    public const string Before = "before";
    public const string On = "on";
}

public sealed class Target
{
    /// <summary>"level", "increase" or "decrease".</summary>
    public string Kind { get; set; } = "level";
    /// <summary>">", ">=", "<", "<=" or "=".</summary>
    public string Comparator { get; set; } = "=";
    public double Value { get; set; }
    public string Unit { get; set; } = "%";
    public string Metric { get; set; } = "";
    public string Text { get; set; } = "";
    public string? TaskPath { get; set; }
}

public sealed class RecurringDuty
{
    /// <summary>"monthly", "quarterly" or "yearly".</summary>
    public string Rule { get; set; } = "";
    public int? Day { get; set; }
    public string? Assignee { get; set; }
    public string Text { get; set; } = "";
    public string? TaskPath { get; set; }
}

public sealed class DigitalSignature
{
    public string? Signer { get; set; }
    public string? Organization { get; set; }
    /// <summary>ISO 8601 with offset, as stamped.</summary>
    public string? Time { get; set; }
    /// <summary>"page-stamp" (printed on the page) or "pdf-signature" (a signature dictionary).</summary>
    public string Origin { get; set; } = "page-stamp";
}

public sealed class RecordWarning
{
    public string Code { get; set; } = "";
    public string Message { get; set; } = "";

    public RecordWarning() { }
    public RecordWarning(string code, string message) => (Code, Message) = (code, message);
}

/// <summary>Where a value was read, so a clerk can check it on the page.</summary>
public sealed class FieldProvenance
{
    public int Page { get; set; }
    /// <summary>1-based line number within the page, in reading order.</summary>
    public int Line { get; set; }
    /// <summary>"text", "pdf-text" or "ocr".</summary>
    public string Origin { get; set; } = TextOrigins.Text;
    public double? Confidence { get; set; }
    /// <summary>Which component decided the value: "rules", "model", "llm", "edxml". A value taken from
    /// an edXML envelope keeps the page and line where the letter prints it, or 0 and 0 when it does not.</summary>
    public string DecidedBy { get; set; } = "rules";
    /// <summary>True when the component that decided the value doubts it (see <see cref="Doubts"/>). Only
    /// such values, and values no line was read for, may be corrected by an assistant such as an LLM.</summary>
    public bool LowConfidence { get; set; }
    /// <summary>Why the value is doubted: "ocr-confidence", "warning:&lt;code&gt;", "disagrees:&lt;other source&gt;".</summary>
    public List<string> Doubts { get; set; } = [];
    /// <summary>The value before a later component replaced it (a string, a list of strings or null); null when it was not replaced.</summary>
    public JsonNode? Previous { get; set; }
    /// <summary>Why a later component replaced the value, in its own words; null when it was not replaced.</summary>
    public string? Reason { get; set; }
}
