using Extraction.Fields;

namespace Extraction.Tests.Fields;

/// <summary>Header fields read from whole real letters and from real lines.</summary>
public class HeaderFieldsTests
{
    [Fact]
    public void Seed000_a_công_văn_with_parent_body_and_a_cc()
    {
        var r = Pipeline.ExtractFromCorpus("seed-000.txt");
        Assert.Equal("Công văn", r.DocumentType);
        Assert.Equal("Ban Chỉ đạo cải cách hành chính và chuyển đổi số", r.Issuer);
        Assert.Equal("Ủy ban nhân dân thành phố Cần Thơ", r.IssuerParent);
        Assert.Equal("tăng cường triển khai thực hiện các nhiệm vụ, giải pháp để cải thiện các chỉ số đánh giá trong năm 2023", r.Subject);
        Assert.Equal(4, r.Recipients.Count);
        Assert.Equal("Chủ tịch Ủy ban nhân dân xã, phường thị trấn", r.Recipients[3]);
        Assert.Equal(["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"], r.CcRecipients);
        Assert.Equal(("Trần Việt Trường", "Trưởng ban", (string?)null), (r.Signer!.Name, r.Signer.Position, r.Signer.Authority));
        Assert.Equal("Lưu: VT, LhT", r.Distribution[^1]);
    }

    [Fact]
    public void Seed001_has_no_header_so_the_issuer_is_inferred()
    {
        var r = Pipeline.ExtractFromCorpus("seed-001.txt");
        // "Số: /UBND-NV", "TM. ỦY BAN NHÂN DÂN", "UBND thành phố yêu cầu", place Đông Hà.
        Assert.Equal("Ủy ban nhân dân thành phố Đông Hà", r.Issuer);
        Assert.Null(r.IssuerParent);
        Assert.Null(r.Number);
        Assert.Equal("2024-05", r.IssuedDate);
        Assert.Contains(r.Warnings, w => w.Code == "issuer-inferred");
        Assert.Contains(r.Warnings, w => w.Code == "number-blank");
        Assert.Equal(("Hồ Sỹ Trung", "Chủ tịch", "TM."), (r.Signer!.Name, r.Signer.Position, r.Signer.Authority));
    }

    [Fact]
    public void Hg454_columns_merged_on_one_line_are_split()
    {
        var r = Pipeline.ExtractFromCorpus("hg-cv-454-2011.txt");
        Assert.Equal("Ủy ban nhân dân tỉnh Hậu Giang", r.Issuer);
        Assert.Equal(("454", "UBND-NCTH"), (r.Number, r.Notation));
        Assert.Equal(("Vị Thanh", "2011-04-06"), (r.Place, r.IssuedDate));
        Assert.Equal(("Trần Thành Lập", "Phó Chủ tịch", "KT."), (r.Signer!.Name, r.Signer.Position, r.Signer.Authority));
        Assert.DoesNotContain(r.Distribution, d => d.Contains(@"d:\2011"));   // a file path printed under the list is not an item
    }

    [Theory]
    [InlineData("V/v tăng cường triển khai thực hiện các nhiệm vụ.", "tăng cường triển khai thực hiện các nhiệm vụ")]
    [InlineData("Về việc tham dự Hội nghị đánh giá Chương trình", "tham dự Hội nghị đánh giá Chương trình")]
    [InlineData("V/V nâng cao chỉ số CHUYÊN ĐỔI SỐ", "nâng cao chỉ số CHUYỂN ĐỔI SỐ")]
    [InlineData("Phê duyệt Kế hoạch Bảo đảm thoát nước", "Phê duyệt Kế hoạch Bảo đảm thoát nước")]
    public void Subject_is_cleaned_of_its_lead_and_closing_stop(string joined, string subject) =>
        Assert.Equal(subject, SubjectExtractor.Clean(joined));

    [Theory]
    [InlineData("PHÓ CHÁNH VĂN PHÒNG", "Phó Chánh Văn phòng")]
    [InlineData("PHÓ CHỦ TỊCH", "Phó Chủ tịch")]
    [InlineData("TRƯỞNG BAN", "Trưởng ban")]
    [InlineData("PHÓ THỦ TƯỚNG", "Phó Thủ tướng")]
    [InlineData("CHỦ TỊCH UBND THÀNH PHỐ", "Chủ tịch UBND thành phố")]
    public void Signer_position_in_sentence_case(string printed, string written) =>
        Assert.Equal(written, SignerExtractor.FormatPosition(printed));

    [Fact]
    public void Innermost_authority_of_a_three_level_block()
    {
        var r = Pipeline.ExtractFromText("Số: 507 /UBND-KGVX\nV/v góp ý dự thảo\nKính gửi: Sở Thông tin và Truyền thông\nTheo đề nghị của Bộ.\nthực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, KGVX(bnt).\nTL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nPhùng Tô Long");
        Assert.Equal(("Phùng Tô Long", "Phó Chánh Văn phòng", "KT."), (r.Signer!.Name, r.Signer.Position, r.Signer.Authority));
        Assert.Equal(["Sở Thông tin và Truyền thông"], r.Recipients);
        Assert.Equal(["Như trên", "Lưu: VT, KGVX(bnt)"], r.Distribution);
    }

    [Fact]
    public void The_archive_line_is_its_own_item_when_OCR_lost_its_bullet()
    {
        // cp-nq-115-2026-scan: the scan's "- Lưu: VT, NN (2b)." came out without its dash, under a wrapped item.
        var r = Pipeline.ExtractFromText("QUYẾT ĐỊNH\nPhê duyệt\nĐiều 1. Phê duyệt./.\nNơi nhận:\n- Văn phòng Quốc hội;\n- VPCP: BTCN, các PCN, Trợ lý TTg, các Vụ, Cục, đơn vị\ntrực thuộc, Công báo;\nLưu: VT, NN (2b).");
        Assert.Equal(["Văn phòng Quốc hội", "VPCP: BTCN, các PCN, Trợ lý TTg, các Vụ, Cục, đơn vị trực thuộc, Công báo", "Lưu: VT, NN (2b)"], r.Distribution);
    }

    [Fact]
    public void Distribution_item_wrapped_over_lines_is_one_item()
    {
        // hn-qd-2280-2026: "- VP UBTP: CVP, các PCVP," goes on for two lines without bullets.
        var r = Pipeline.ExtractFromText("QUYẾT ĐỊNH\nPhê duyệt\nĐiều 1. Phê duyệt./.\nNơi nhận:\n- Thường trực Thành ủy;           (để b/c)\n- VP UBTP: CVP, các PCVP,\nCác phòng: NNMT, TH, ĐT, KGVX, KT;\nTrung tâm TT, DL vs CNS TP;\n- Lưu: VT, ĐTDG");
        Assert.Equal(["Thường trực Thành ủy", "VP UBTP: CVP, các PCVP, Các phòng: NNMT, TH, ĐT, KGVX, KT; Trung tâm TT, DL vs CNS TP", "Lưu: VT, ĐTDG"], r.Distribution);
    }

    [Fact]
    public void A_notation_broken_after_its_dash_and_a_stamped_signature_note_are_read()
    {
        // made-blind4-cv-tuyenquang-2315-2026, raw OCR of a scanned page.
        var r = Pipeline.ExtractFromText("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSô: 2315/UBND-\nKT\nV/v thúc đẩy xuất khẩu nông sản\nKinh gửi: Các sở\nĐề nghị thực hiện./.\nNơi nhận:\n- Như trên;\n- Luu: VT, KT.\nKT. CHỦ TỊCH\n| ĐÃ KÝ\nPHÓ CHỦ TỊCH\n|\nHoàng Văn Thắm");
        Assert.Equal(("2315", "UBND-KT"), (r.Number, r.Notation));
        Assert.Equal(("Hoàng Văn Thắm", "Phó Chủ tịch", "KT."), (r.Signer!.Name, r.Signer.Position, r.Signer.Authority));
    }

    [Fact]
    public void An_issuer_line_run_into_the_motto_is_completed_from_the_place_and_says_so()
    {
        // seed-000-scan: "CẦN THƠ" printed into "CỘNG HÒA", read as one word.
        var r = Pipeline.ExtractFromText("UBND THÀNH PHỐ CẦN THỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN CHỈ ĐẠO CẢI CÁCH HÀNH\nCHÍNH VÀ CHUYÊN ĐỔI SỐ\nSố: 62 /BCĐCCHC&CĐS\nV/v tăng cường triển khai\nĐộc lập - Tự do - Hạnh phúc\nCần Thơ, ngày 25 tháng 5 năm 2023\nKính gửi: Sở Nội vụ\nĐề nghị thực hiện./.");
        Assert.Equal("Ủy ban nhân dân thành phố Cần Thơ", r.IssuerParent);
        Assert.Contains(r.Warnings, w => w.Code == "issuer-name-completed");
    }

    [Fact]
    public void A_distribution_item_whose_bullet_OCR_lost_is_its_own_item()
    {
        // hg-cv-454-2011-scandeg200 as OCR reads it: the dash before "UBMTTQVN" is gone.
        var r = Pipeline.ExtractFromText("V/v thử\nKính gửi: Sở Nội vụ\nĐề nghị thực hiện./.\nNơi nhận:\n- Như trên;\n- VP. Tỉnh ủy;\n- Ban TG Tỉnh ủy;\nUBMTTQVN và các đoàn thể tỉnh;\n- Sở, ban, ngành tỉnh;\n- Lưu: VT, NCTH.HH");
        Assert.Equal(["Như trên", "VP. Tỉnh ủy", "Ban TG Tỉnh ủy", "UBMTTQVN và các đoàn thể tỉnh", "Sở, ban, ngành tỉnh", "Lưu: VT, NCTH.HH"], r.Distribution);
    }

    [Fact]
    public void Private_addressee_is_named_without_the_address()
    {
        var r = Pipeline.ExtractFromText("THÔNG BÁO\nThụ lý giải quyết khiếu nại lần hai\nKính gửi: Bà Huỳnh Thị Gái, ông Trần Ngọc Vinh (địa chỉ: thôn Trung An, xã Nghĩa Hiệp)\nNgày 10/01/2025, Chủ tịch UBND tỉnh nhận được đơn.");
        Assert.Equal(["Bà Huỳnh Thị Gái, ông Trần Ngọc Vinh"], r.Recipients);
        Assert.Equal("Thông báo", r.DocumentType);
    }

    [Fact]
    public void Addressees_on_one_line_are_one_item_each()
    {
        // made-blind-cv-kimson-356-2025.
        var r = Pipeline.ExtractFromText("V/v đẩy mạnh cấp giấy chứng nhận\nKính gửi: Phòng Kinh tế; Văn phòng HĐND và UBND xã; Trưởng các thôn, xóm.\nThực hiện Kế hoạch số 145/KH-UBND ngày 15/8/2025 của UBND tỉnh Ninh Bình.");
        Assert.Equal(["Phòng Kinh tế", "Văn phòng HĐND và UBND xã", "Trưởng các thôn, xóm"], r.Recipients);
    }

    [Fact]
    public void A_telegrams_addressees_are_its_recipients()
    {
        // made-blind-cd-quangbinh-12-2024: the first addressee wraps after a comma.
        var r = Pipeline.ExtractFromText("CÔNG ĐIỆN\nVề việc tập trung ứng phó với bão số 4 và mưa lũ\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n- Giám đốc các Sở: Nông nghiệp và Phát triển nông thôn, Giao thông vận tải,\nCông Thương, Y tế;\n- Giám đốc Công an tỉnh.\nThực hiện Công điện số 95/CĐ-TTg ngày 17/9/2024 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh yêu cầu:");
        Assert.Equal("tập trung ứng phó với bão số 4 và mưa lũ", r.Subject);
        Assert.Equal(["Giám đốc các Sở: Nông nghiệp và Phát triển nông thôn, Giao thông vận tải, Công Thương, Y tế", "Giám đốc Công an tỉnh"], r.Recipients);
    }

    [Fact]
    public void Urgency_mark_in_the_header()
    {
        var r = Pipeline.ExtractFromText("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nHỎA TỐC\nSố: 299/UBND-TTHC\nV/v công bố Danh mục TTHC");
        Assert.Equal("Hỏa tốc", r.Urgency);
        Assert.Equal("Ủy ban nhân dân tỉnh Quảng Ngãi", r.Issuer);
    }

    [Fact]
    public void Values_say_where_they_were_read()
    {
        var r = Pipeline.ExtractFromCorpus("seed-000.txt");
        var number = r.Provenance["number"];
        Assert.Equal((1, "text", "rules"), (number.Page, number.Origin, number.DecidedBy));
        var lines = File.ReadAllLines(TestCorpus.Letter("seed-000.txt")).Where(l => l.Trim().Length > 0).ToList();
        Assert.StartsWith("Số: 62", lines[number.Line - 1]);
    }

    [Fact]
    public void Party_letter_with_its_own_motto_and_a_T_M_signature()
    {
        // made-kh-tu-53-2023: "ĐẢNG CỘNG SẢN VIỆT NAM" stands where the national motto would, the subject
        // under "KẾ HOẠCH" starts in lower case, and "T/M BAN THƯỜNG VỤ" sits beside "Nơi nhận".
        var r = Pipeline.ExtractFromCorpus("made-kh-tu-53-2023.txt");
        Assert.Equal("Tỉnh ủy Thanh Hóa", r.Issuer);
        Assert.Equal(("53", "KH/TU"), (r.Number, r.Notation));
        Assert.StartsWith("thực hiện Kết luận số 21-KL/TW", r.Subject);
        Assert.Equal(("Lê Quang Hưng", "Phó Bí thư Thường trực", "TM."), (r.Signer!.Name, r.Signer.Position, r.Signer.Authority));
        Assert.Equal("Lưu Văn phòng Tỉnh ủy", r.Distribution[^1]);
    }

    [Fact]
    public void Draft_mark_is_not_the_issuer_and_an_acting_signer_keeps_the_title()
    {
        var draft = Pipeline.ExtractFromCorpus("made-cv-lucngan-blank-2024.txt");
        Assert.Equal("Ủy ban nhân dân huyện Lục Ngạn", draft.Issuer);
        Assert.Equal("UBND các xã, thị trấn", draft.Recipients[^1]);
        var acting = Pipeline.ExtractFromCorpus("made-bc-sxd-215-2024.txt");
        Assert.Equal(("Giám đốc", "Q."), (acting.Signer!.Position, acting.Signer.Authority));
    }

    [Fact]
    public void Names_of_every_people_of_Vietnam_under_a_signature()
    {
        var r = Pipeline.ExtractFromText("QUYẾT ĐỊNH\nVề việc phê duyệt\nĐiều 1. Phê duyệt./.\nNơi nhận:\n- Lưu: VT, TNMT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nH'Mai Kbuôr");
        Assert.Equal("H'Mai Kbuôr", r.Signer!.Name);
        Assert.Equal(["Lưu: VT, TNMT"], r.Distribution);
    }

    [Fact]
    public void A_rank_or_academic_title_before_the_signers_name_is_not_part_of_it()
    {
        // made-blind2-kh-cathaibinh-215-2025 (police rank) and made-blind2-qd-dhvinh-2745-2024 (academic title).
        var police = Pipeline.ExtractFromText("KẾ HOẠCH\nBảo đảm trật tự, an toàn giao thông năm 2025\nI. MỤC ĐÍCH\nNơi nhận:\n- Lưu: VT, PC08.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nĐại tá Nguyễn Văn Thắng");
        Assert.Equal(("Nguyễn Văn Thắng", "Phó Giám đốc"), (police.Signer!.Name, police.Signer.Position));
        var rector = Pipeline.ExtractFromText("QUYẾT ĐỊNH\nVề việc phê duyệt\nĐiều 1. Phê duyệt./.\nNơi nhận:\n- Lưu: HCTH, ĐT.\nHIỆU TRƯỞNG\nPGS.TS. Lê Thị Hoa");
        Assert.Equal("Lê Thị Hoa", rector.Signer!.Name);
    }

    [Theory]
    // made-blind2-gm-thcsleqd-58-2024
    [InlineData("PHÒNG GD&ĐT THÀNH PHỐ HẢI DƯƠNG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n   TRƯỜNG THCS LÊ QUÝ ĐÔN                   Độc lập - Tự do - Hạnh phúc\nSố: 58/GM-THCSLQĐ                  Hải Dương, ngày 12 tháng 9 năm 2024\nGIẤY MỜI\nHọp cha mẹ học sinh",
        "Trường Trung học cơ sở Lê Quý Đôn", "Phòng Giáo dục và Đào tạo thành phố Hải Dương")]
    // made-blind2-tb-hpnthanhhoa-126-2025
    [InlineData("  HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n   HỘI LHPN TỈNH THANH HÓA                    Độc lập - Tự do - Hạnh phúc\n     Số: 126/TB-HPN                        Thanh Hóa, ngày 04 tháng 8 năm 2025\nTHÔNG BÁO\nVề việc tổ chức Hội thi",
        "Hội Liên hiệp Phụ nữ tỉnh Thanh Hóa", "Hội Liên hiệp Phụ nữ Việt Nam")]
    public void A_school_and_a_mass_organisation_are_named_in_full(string header, string issuer, string parent)
    {
        var r = Pipeline.ExtractFromText(header);
        // The abbreviations are expanded; a proper name printed in capitals outside the gazetteer
        // keeps sentence case ("Lê quý đôn"), which the scorer forgives.
        Assert.Equal(issuer, r.Issuer, ignoreCase: true);
        Assert.Equal(parent, r.IssuerParent, ignoreCase: true);
    }

    [Fact]
    public void A_distribution_list_on_the_header_line_is_one_item_per_semicolon()
    {
        // made-blind2-cv-stckhanhhoa-3418-2025, copied from a PDF.
        var r = Pipeline.ExtractFromText("V/v triển khai xây dựng dự toán\nKính gửi: Các sở, ban, ngành.\nĐề nghị các đơn vị thực hiện./.\nNơi nhận: Như trên; UBND tỉnh (b/c); Giám đốc, các PGĐ Sở; Lưu: VT, QLNS.\nGIÁM ĐỐC\nTrần Văn Dũng");
        Assert.Equal(["Như trên", "UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Lưu: VT, QLNS"], r.Distribution);
    }

    [Fact]
    public void A_distribution_heading_whose_N_the_scan_blurred_still_ends_the_body()
    {
        // qn-cv-575-2025-scan read at 200 DPI: "Nơi nhận" came out "4Wơi nhận" and the list ran into the body.
        var r = Pipeline.ExtractFromText("Kính gửi: Sở Tài chính\nChủ tịch UBND tỉnh có ý kiến như sau:\nSở Tài chính chủ trì, phối hợp với các cơ quan, đơn vị và địa phương\ntham gia góp ý dự thảo các Nghị định của Chính phủ./.\n4Wơi nhận:\n~ Như trên;\n- CT, PCT UBND tỉnh;\n- Lưu: VT.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNguyễn Văn A");
        Assert.Equal(["Như trên", "CT, PCT UBND tỉnh", "Lưu: VT"], r.Distribution);
        Assert.Equal(["Sở Tài chính"], r.Tasks.Select(t => t.Assignee));
    }

    [Fact]
    public void A_sentence_opening_with_voi_nhan_is_no_distribution_heading()
    {
        var r = Pipeline.ExtractFromText("Kính gửi: Sở Tài chính\nVới nhận thức đó, Sở Tài chính chủ trì triển khai./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Văn Dũng");
        Assert.Equal(["Như trên", "Lưu: VT"], r.Distribution);
    }

    [Fact]
    public void Closing_columns_on_one_line_of_a_plain_text_letter()
    {
        // made-gm-stc-112-2025, laid out like pdftotext -layout: "Nơi nhận: TL. GIÁM ĐỐC".
        var r = Pipeline.ExtractFromCorpus("made-gm-stc-112-2025.txt");
        Assert.Equal(("Võ Thị Thanh Hương", "Chánh Văn phòng", "TL."), (r.Signer!.Name, r.Signer.Position, r.Signer.Authority));
        Assert.Equal(["Như thành phần mời", "Giám đốc, các PGĐ Sở (b/c)", "Lưu: VT, QLNS"], r.Distribution);
    }

    [Fact]
    public void The_records_office_copy_misread_by_ocr_is_still_VT()
    {
        // seed-000-scan.pdf's last distribution line as OCR reads it ("Lưu: VT, LhT." printed).
        var r = Pipeline.ExtractFromText("UBND THÀNH PHỐ CẦN THƠ\nSố: 62 /BCĐCCHC&CĐS\nCần Thơ, ngày 25 tháng 5 năm 2023\nV/v tăng cường triển khai\nKính gửi: Sở Nội vụ\nĐề nghị Sở Nội vụ thực hiện.\nNơi nhận:\n- Như trên;\n- Lưu: VI; LhT.\nTRƯỞNG BAN\nTrần Việt Trường");
        Assert.Equal(["Như trên", "Lưu: VT, LhT"], r.Distribution);
    }
}
