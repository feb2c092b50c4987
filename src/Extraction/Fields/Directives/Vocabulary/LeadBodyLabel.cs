namespace Extraction.Fields.Directives.Vocabulary;

/// <summary>How a plan labels who leads an activity, folded: "Đơn vị chủ trì", "Cơ quan thực hiện", a
/// school's "Người thực hiện", an office's "Bộ phận phụ trách". A task table's column and the line it
/// is unfolded into (<see cref="Outline.TaskTable"/>, <see cref="Tasks.AssigneeReader.FromLeadLine"/>)
/// must know the same labels.</summary>
internal static class LeadBodyLabel
{
    public const string Holder = "(?:don vi|co quan|bo phan|nguoi|ca nhan)";
    public const string Role = "(?:chu tri|thuc hien|phu trach)";
}
