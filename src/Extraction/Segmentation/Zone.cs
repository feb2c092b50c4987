namespace Extraction.Segmentation;

/// <summary>The part of a letter a line belongs to. The labels are those the learned line
/// classifier predicts too, so rules and model can be compared line by line.</summary>
public enum Zone
{
    /// <summary>Page furniture and junk: e-signature stamp text, scan specks, file paths.</summary>
    Noise,
    /// <summary>The issuing body and its parent, top left.</summary>
    Issuer,
    /// <summary>"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc".</summary>
    Motto,
    /// <summary>"HỎA TỐC", "KHẨN", "THƯỢNG KHẨN".</summary>
    Urgency,
    /// <summary>"Số: 62/BCĐCCHC&amp;CĐS".</summary>
    Number,
    /// <summary>"Cần Thơ, ngày 25 tháng 5 năm 2023".</summary>
    PlaceDate,
    /// <summary>The document type title: "QUYẾT ĐỊNH", "KẾ HOẠCH".</summary>
    Title,
    /// <summary>Trích yếu: "V/v ..." or the lines under the title.</summary>
    Subject,
    /// <summary>"Kính gửi:" and "Đồng kính gửi:" lines.</summary>
    Salutation,
    /// <summary>An addressee line under "Kính gửi".</summary>
    Recipient,
    Body,
    /// <summary>"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH".</summary>
    SignatureAuthority,
    /// <summary>"PHÓ CHỦ TỊCH".</summary>
    SignaturePosition,
    SignerName,
    /// <summary>"Nơi nhận:" and its items.</summary>
    Distribution,
    /// <summary>Plans, annexes and tables attached after the signature.</summary>
    Annex,
}
