using System.Globalization;
using Extraction.Search.Facets;

namespace Extraction.Web.Pages;

/// <summary>How values read on the staff pages: Vietnamese dates and labels.</summary>
public static class Display
{
    private static readonly Dictionary<string, string> FacetTitles = new()
    {
        [FacetDimensions.Issuer] = "Cơ quan ban hành",
        [FacetDimensions.Place] = "Nơi ban hành",
        [FacetDimensions.DocumentType] = "Loại văn bản",
        [FacetDimensions.Year] = "Năm ban hành",
        [FacetDimensions.Assignee] = "Đơn vị được giao",
    };

    private static readonly Dictionary<string, string> Relations = new()
    {
        ["by"] = "chậm nhất",
        ["before"] = "trước ngày",
        ["on"] = "đúng ngày",
    };

    public static string FacetTitle(string dimension) => FacetTitles.GetValueOrDefault(dimension, dimension);

    public static string Relation(string relation) => Relations.GetValueOrDefault(relation, relation);

    /// <summary>"2023-05-25" → "25/05/2023", "2024-05" → "05/2024", "2023" → "2023".</summary>
    public static string Date(string? iso)
    {
        if (string.IsNullOrEmpty(iso)) return "";
        var parts = iso.Split('-');
        return string.Join('/', parts.Reverse());
    }

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Number(double value) => value.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"));
}
