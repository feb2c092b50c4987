using Extraction.Checks;
using Extraction.Pipeline;
using Extraction.Reading;
using Extraction.Records;

namespace Extraction.Tests.Checks;

/// <summary>How the local extractors mark the values they doubt, on corpus letters and their values.</summary>
public sealed class FieldConfidenceTests
{
    private static LetterRecord ReadAsOcr(string fileName, Func<string, double> confidence)
    {
        var lines = File.ReadAllLines(TestCorpus.Letter(fileName)).Select(l => new TextLine(l, LineOrigin.Ocr, confidence(l))).ToList();
        return new LetterPipeline().Extract(new ReadDocument { MediaType = "text/plain", Pages = [new PageText(1, lines)] },
            "test", new SourceInfo { FileName = fileName });
    }

    [Fact]
    public void AValueReadFromALowConfidenceOcrLineIsDoubted()
    {
        // seed-000: "Cần Thơ, ngày 25 tháng 5 năm 2023" recognised at 0.62, everything else at 0.97.
        var record = ReadAsOcr("seed-000.txt", line => line.StartsWith("Cần Thơ, ngày") ? 0.62 : 0.97);

        Assert.Equal([FieldConfidence.OcrDoubt], record.Provenance["issuedDate"].Doubts);
        Assert.True(record.Provenance["place"].LowConfidence);
        Assert.False(record.Provenance["number"].LowConfidence);
        Assert.Empty(record.Provenance["subject"].Doubts);
    }

    [Fact]
    public void AConfidenceAtTheThresholdIsNotDoubted()
    {
        var record = ReadAsOcr("seed-000.txt", _ => FieldConfidence.OcrThreshold);
        Assert.DoesNotContain(record.Provenance.Values, p => p.LowConfidence);
    }

    [Theory]
    // seed-001 leaves the day blank ("Đông Hà, ngày tháng 5 năm 2024"); seed-002 is dated before a document it cites.
    [InlineData("seed-001.txt", "warning:issued-date-partial")]
    [InlineData("seed-002.txt", "warning:issued-date-before-referenced-document")]
    public void ACheckWarningCastsDoubtOnTheFieldItNames(string fileName, string doubt)
    {
        var record = Fields.Pipeline.ExtractFromCorpus(fileName);
        Assert.Contains(doubt, record.Provenance["issuedDate"].Doubts);
        Assert.True(record.Provenance["issuedDate"].LowConfidence);
    }

    [Fact]
    public void ANotationNamingAnotherTypeCastsDoubtOnTheType()
    {
        // qn-tb-542-2024 is "Số: 542/TB-UBND": a thông báo; a record saying "Kế hoạch" contradicts its notation.
        var record = new LetterRecord { Notation = "TB-UBND", DocumentType = "Kế hoạch" };
        record.Provenance["documentType"] = new FieldProvenance { Page = 1, Line = 9 };
        FieldConfidence.Instance.Mark(record);
        Assert.Equal(["disagrees:notation"], record.Provenance["documentType"].Doubts);

        record.DocumentType = "Thông báo";
        record.Provenance["documentType"] = new FieldProvenance { Page = 1, Line = 9 };
        FieldConfidence.Instance.Mark(record);
        Assert.False(record.Provenance["documentType"].LowConfidence);
    }

    [Fact]
    public void AnESignatureStampThatDisagreesCastsDoubtOnTheSignerAndDate()
    {
        // Values shaped like qn-tb-11-2025's (dated 08/01/2025, Võ Phiên named in it, e-signature stamps of a
        // person and of the province): a stamp naming another person, or signed before the printed date,
        // means one of the two readings is wrong.
        var record = new LetterRecord { Signer = new Signer { Name = "Võ Phiên" }, IssuedDate = "2025-01-08" };
        record.Provenance["signer.name"] = new FieldProvenance { Page = 2, Line = 30 };
        record.Provenance["issuedDate"] = new FieldProvenance { Page = 1, Line = 4 };
        record.DigitalSignatures.Add(new DigitalSignature { Signer = "Trần Văn Minh", Time = "2025-01-07T16:02:11+07:00" });
        record.DigitalSignatures.Add(new DigitalSignature { Signer = "Ủy ban nhân dân tỉnh Quảng Ngãi", Time = "2025-01-07T17:10:17+07:00" });

        FieldConfidence.Instance.Mark(record);

        Assert.Equal(["disagrees:digital-signature"], record.Provenance["signer.name"].Doubts);
        Assert.Equal(["disagrees:digital-signature"], record.Provenance["issuedDate"].Doubts);
    }

    [Fact]
    public void AStampOfTheSamePersonSignedLaterRaisesNoDoubt()
    {
        var record = new LetterRecord { Signer = new Signer { Name = "Võ Phiên" }, IssuedDate = "2025-01-08" };
        record.Provenance["signer.name"] = new FieldProvenance { Page = 2, Line = 30 };
        record.Provenance["issuedDate"] = new FieldProvenance { Page = 1, Line = 4 };
        record.DigitalSignatures.Add(new DigitalSignature { Signer = "VÕ PHIÊN", Time = "2025-01-09T08:00:00+07:00" });

        FieldConfidence.Instance.Mark(record);

        Assert.DoesNotContain(record.Provenance.Values, p => p.LowConfidence);
    }
}
