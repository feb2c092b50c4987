using Extraction.Records;

namespace Extraction.Search.Tests.Fixtures;

/// <summary>Small records for ranking tests; their lines are taken from corpus letters.</summary>
public static class Letters
{
    public static LetterRecord Record(string id, string? subject = null, string? issuer = null, string? type = "Công văn",
        string? issued = "2024-05-04", string? place = null) => new()
    {
        Id = id,
        Subject = subject,
        Issuer = issuer,
        DocumentType = type,
        IssuedDate = issued,
        Place = place,
    };
}
