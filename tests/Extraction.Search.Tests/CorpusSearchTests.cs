using Extraction.Search.Analysis;
using Extraction.Search.Querying;
using Extraction.Search.Tests.Fixtures;

namespace Extraction.Search.Tests;

/// <summary>The done-when checks on the corpus: every letter first by its code, and in the
/// top 3 by a short description of its subject typed without diacritics.</summary>
public sealed class CorpusSearchTests(CorpusIndex corpus) : IClassFixture<CorpusIndex>
{
    [Fact]
    public void Every_gold_record_is_indexed()
    {
        Assert.Empty(corpus.Report.Skipped);
        Assert.Equal(GoldCorpus.Records().Count, corpus.Index.Searcher.Count());
    }

    public static TheoryData<string> Ids() => new(GoldCorpus.Records().Select(r => r.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_letter_is_found_first_by_its_code(string id)
    {
        var code = DocumentCode.Of(GoldCorpus.Records().Single(r => r.Id == id))!;

        var hits = corpus.Index.Searcher.Search(new SearchRequest { Query = code }).Hits;

        // Scans and their text twins share a code: the letter must be among those carrying it,
        // and they must all rank above any letter that only cites it.
        var carrying = hits.TakeWhile(h => DocumentCode.Key(DocumentCode.Of(h.Record) ?? "") == DocumentCode.Key(code)).ToList();
        Assert.Contains(carrying, h => h.Record.Id == id);
        Assert.Equal(hits[0].Record.Id, carrying[0].Record.Id);
    }

    [Theory]
    [InlineData("cp-nq-115-2026-scan", "chuyen giao vuon quoc gia ba vi")]
    // Six letters share this subject word for word; the place tells them apart (Hậu Giang's three are one letter and its scans).
    [InlineData("hg-cv-454-2011", "binh chon vinh ha long hau giang")]
    [InlineData("hg-cv-454-2011-scan", "binh chon vinh ha long hau giang")]
    [InlineData("hg-cv-454-2011-scandeg200", "binh chon vinh ha long hau giang")]
    [InlineData("made-docx-svhttdl-317-2024", "binh chon vinh ha long soc trang")]
    [InlineData("made-tcvn3-cv-512-2012", "binh chon vinh ha long bac lieu")]
    [InlineData("made-vni-cv-208-2013", "binh chon vinh ha long tra vinh")]
    [InlineData("made-bc-sxd-215-2024", "quan ly nha nuoc ve xay dung")]
    [InlineData("made-ct-cchc-03-2024", "nang cao chat luong phuc vu nguoi dan dien ban")]
    [InlineData("made-ct-laocai-08-2024", "phong chay chua chay rung")]
    [InlineData("made-cv-btttt-2876-2024", "dich vu cong truc tuyen toan trinh")]
    [InlineData("made-cv-lucngan-blank-2024", "tieu thu vai thieu")]
    [InlineData("made-cv-syt-3120-2024", "phong chong sot xuat huyet")]
    [InlineData("made-cv-thon-926-2021", "sap xep thon to dan pho")]
    [InlineData("made-cv-vpcp-6234-2024", "sat lo bo song bo bien")]
    [InlineData("made-docx-ubnd-4471-2024", "chi so hai long cua nguoi dan 2024")]
    [InlineData("made-gm-stc-112-2025", "hop quyet toan ngan sach")]
    [InlineData("made-kh-cds-1875-2024", "chuyen doi so phu ninh")]
    [InlineData("made-kh-modu-412-2025", "y te du phong suc khoe nhan dan")]
    [InlineData("made-kh-sgddt-1250-2024", "chuyen doi so trong co so giao duc")]
    [InlineData("made-kh-tu-53-2023", "chinh don dang")]
    [InlineData("made-qd-krongpac-2456-2024", "thu gom chat thai ran sinh hoat")]
    [InlineData("made-tb-haichau-87-2025", "chuan bi khai giang nam hoc")]
    [InlineData("made-ttr-thachthat-95-2024", "nang cap duong truc xa binh yen")]
    [InlineData("made-blind-bc-tanhoa-142-2024", "kinh te xa hoi xa tan hoa")]
    [InlineData("made-blind-cd-quangbinh-12-2024", "ung pho bao so 4")]
    [InlineData("made-blind-ct-ttg-18-2025", "chung cu mini")]
    [InlineData("made-blind-cv-hutamdao-412-2024", "dai hoi chi bo")]
    [InlineData("made-blind-cv-kimson-356-2025", "cap giay chung nhan quyen su dung dat lan dau")]
    [InlineData("made-blind-cv-qlcs-1520-2025", "quan ly su dung tai san cong")]
    [InlineData("made-blind-cv-skhcn-lamdong-412-2025", "nghi quyet 57 khoa hoc cong nghe")]
    [InlineData("made-blind-gm-bqlkcn-98-2024", "doi thoai doanh nghiep khu cong nghiep")]
    [InlineData("made-blind-hd-sgddt-1045-2025", "tuyen sinh lop 10")]
    [InlineData("made-blind-kh-huongthuy-215-2024", "dinh danh xac thuc dien tu")]
    [InlineData("made-blind-kh-snnangiang-86-2024", "dich benh dong vat tren can")]
    [InlineData("made-blind-qd-dienbien-2107-2024", "doan kiem tra bao ve rung")]
    [InlineData("made-blind-qd-tiendu-1873-2024", "bao hiem xa hoi bao hiem y te tien du")]
    [InlineData("made-blind-tb-vphatinh-215-2025", "giai ngan von dau tu cong")]
    [InlineData("made-blind-ttr-snvgialai-58-2025", "tinh gian bien che")]
    [InlineData("made-blind2-bc-sytthainguyen-1987-2025", "y te du phong 6 thang thai nguyen")]
    [InlineData("made-blind2-ct-tubinhphuoc-25-2025", "thuoc la dien tu")]
    [InlineData("made-blind2-cv-bnv-5312-2025", "can bo cong chuc cap xa doi du")]
    [InlineData("made-blind2-cv-langgiang-486-2025", "dich vu cong truc tuyen lang giang")]
    [InlineData("made-blind2-cv-stckhanhhoa-3418-2025", "du toan ngan sach nam 2026")]
    [InlineData("made-blind2-gm-thcsleqd-58-2024", "hop cha me hoc sinh")]
    [InlineData("made-blind2-kh-cathaibinh-215-2025", "trat tu an toan giao thong 2025")]
    [InlineData("made-blind2-kh-thnghiatan-112-2024", "phong chong duoi nuoc hoc sinh")]
    [InlineData("made-blind2-qd-dhvinh-2745-2024", "tuyen sinh dai hoc chinh quy")]
    [InlineData("made-blind2-qd-yenlac-3125-2024", "phan anh kien nghi yen lac truc tuyen")]
    [InlineData("made-blind2-tb-dulongphuoc-18-2025", "giao ban thang 7 dang uy xa")]
    [InlineData("made-blind2-tb-hpnthanhhoa-126-2025", "phu nu khoi nghiep sang tao")]
    [InlineData("made-blind2-ttr-ctdquangtri-47-2024", "hanh trinh do")]
    [InlineData("made-blind3-bc-snvquangtri-392-2026", "lao dong viec lam giao duc nghe nghiep quang tri")]
    [InlineData("made-blind3-cv-hatinh-4127-2026", "ung pho bao so 7")]
    [InlineData("made-blind3-cv-sctdongnai-1184-2026", "tra loi cong ty nang luong xanh")]
    [InlineData("made-blind3-cv-svhttdlkhanhhoa-1287-2026", "kinh doanh dich vu luu tru du lich mua he")]
    [InlineData("made-blind3-gm-skhcnhaiphong-57-2026", "tap huan nen tang so dung chung cap xa")]
    [InlineData("made-blind3-hd-snnmttayninh-1876-2026", "ma so vung trong")]
    [InlineData("made-blind3-kh-dongtien-45-2026", "phan loai chat thai ran tai nguon")]
    [InlineData("made-blind3-kh-dutruongvinh-120-2025", "kiem diem danh gia xep loai dang vien")]
    [InlineData("made-blind3-qd-sytlaocai-2468-2025", "chi tieu tiem chung mo rong")]
    [InlineData("made-blind3-tb-gialai-86-2026", "ket luan du an giao thong trong diem gia lai")]
    [InlineData("made-blind4-cd-ttg-87-2026", "mua lu bac trung bo")]
    [InlineData("made-blind4-cv-bnnmt-8127-2026", "tiem phong benh dai cho meo")]
    [InlineData("made-blind4-cv-tuyenquang-2315-2026", "xuat khau nong san lam san tuyen quang")]
    [InlineData("made-blind4-kh-bvdkvinhlong-318-2026", "su hai long cua nguoi benh")]
    [InlineData("made-blind4-nq-sonla-42-2025", "ke hoach phat trien kinh te xa hoi son la 2026")]
    [InlineData("made-blind4-qd-baichay-15-2026", "thanh lap ban chi dao bai chay")]
    [InlineData("made-blind4-tb-vpcp-412-2026", "mot trieu can ho nha o xa hoi")]
    [InlineData("made-blind4-ttr-hoathang-86-2025", "du toan ngan sach xa hoa thang")]
    [InlineData("made-blind5-cv-stcdongthap-2150-2026", "du toan ngan sach 2027 dong thap")]
    [InlineData("made-blind5-cv-thudaumot-1387-2025", "trat tu long duong via he")]
    [InlineData("made-blind5-kh-dhtlmientrung-412-2026", "chuyen doi so trong dao tao")]
    [InlineData("made-blind5-qd-lamdong-186-2026", "thu gom xu ly chat thai ran sinh hoat lam dong")]
    [InlineData("made-blind5-qd-namdan-245-2025", "nguoi co cong cai thien nha o")]
    [InlineData("made-blind5-tb-bqlkktquangtri-96-2026", "nha dau tu ha tang khu cong nghiep")]
    [InlineData("made-blind6-cd-daklak-21-2026", "ung pho bao so 13 dak lak")]
    [InlineData("made-blind6-cv-bgddt-5127-2026", "hoc ba so lam sach du lieu hoc sinh")]
    [InlineData("made-blind6-kh-duthuanhoa-67-2026", "phat trien dang vien 2026")]
    [InlineData("made-blind6-kh-thoibinh-38-2026", "phong chong sot xuat huyet thoi binh")]
    [InlineData("made-blind6-kh-thptgiavienb-86-2026", "on tap thi tot nghiep trung hoc pho thong")]
    [InlineData("made-blind6-nq-caobang-47-2025", "nhiem vu phat trien kinh te xa hoi cao bang")]
    [InlineData("made-blind6-qd-hungyen-512-2026", "to cong tac thao go vuong mac du an dau tu")]
    [InlineData("made-blind6-tb-vplangson-318-2026", "thong quan hang hoa cua khau lang son")]
    [InlineData("hn-qd-2280-2026", "chong ung ngap mua mua")]
    [InlineData("qn-bc-280-2024-scan", "dieu chinh du toan ngan sach")]
    [InlineData("qn-ct-01-2021-scan", "hoa don dien tu")]
    [InlineData("qn-ct-05-2020-scan", "nop thue dien tu ca nhan kinh doanh")]
    [InlineData("qn-cv-299-2025-scan", "quy trinh noi bo giai quyet tthc")]
    [InlineData("qn-cv-507-2025", "dich vu vien thong cong ich")]
    [InlineData("qn-cv-575-2025-scan", "y kien du thao nghi dinh")]
    [InlineData("qn-qd-04-bcd138-2025-scan", "dia ban trong diem phuc tap")]
    [InlineData("qn-qd-47-2025-scan", "qua tet ho ngheo")]
    [InlineData("qn-tb-11-2025", "co phan hoa cong ty")]
    [InlineData("qn-tb-46-2025-scan", "khieu nai lan hai")]
    [InlineData("qn-tb-542-2024", "dong bao dan toc thieu so")]
    [InlineData("qn-ttr-239-2024-scan", "bai bo nghi quyet quy hoach du lich")]
    [InlineData("qn-ttr-24-2025-scan", "mien nhiem uy vien")]
    [InlineData("seed-000", "cai thien chi so danh gia 2023")]
    [InlineData("seed-000-scan", "cai thien chi so danh gia 2023")]
    [InlineData("seed-001", "cam ket nang cao chi so papi")]
    [InlineData("seed-001-scandeg", "cam ket nang cao chi so papi")]
    [InlineData("seed-002", "chi so hai long cua nguoi dan 2024")]
    [InlineData("seed-002-digital", "chi so hai long cua nguoi dan 2024")]
    public void Each_letter_is_in_the_top_three_by_its_subject_without_diacritics(string id, string query)
    {
        var top = corpus.Index.Searcher.Search(new SearchRequest { Query = query, Limit = 3 }).Hits.Select(h => h.Record.Id);

        Assert.Contains(id, top);
    }

    [Fact]
    public void The_description_list_covers_every_letter()
    {
        var covered = typeof(CorpusSearchTests).GetMethod(nameof(Each_letter_is_in_the_top_three_by_its_subject_without_diacritics))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).Single()[0]);

        Assert.Equal(GoldCorpus.Records().Select(r => r.Id).Order(), covered.Order());
    }

    [Fact]
    public void A_code_typed_in_lower_case_with_spaces_and_d_for_đ_finds_the_letters_citing_it()
    {
        var hits = corpus.Index.Searcher.Search(new SearchRequest { Query = "45 / 2020 / nd-cp" }).Hits.Select(h => h.Record.Id);

        Assert.Equal(["seed-000", "seed-000-scan"], hits.Order());
    }

    [Fact]
    public void The_letter_carrying_a_code_ranks_above_a_letter_citing_it()
    {
        var hits = corpus.Index.Searcher.Search(new SearchRequest { Query = "05/CT-UBND" }).Hits;

        Assert.Equal("qn-ct-05-2020-scan", hits[0].Record.Id);
        Assert.Contains(hits.Skip(1), h => h.Record.Id == "seed-000");
    }
}
