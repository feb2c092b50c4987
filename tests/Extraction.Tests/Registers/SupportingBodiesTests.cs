using Extraction.Registers.Slip;

namespace Extraction.Tests.Registers;

/// <summary>Who a lead is told to work with, from task lines of corpus letters.</summary>
public class SupportingBodiesTests
{
    [Theory]
    // seed-000 2.c: one named body, up to where the work begins.
    [InlineData("chủ trì, phối hợp với Sở Thông tin và Truyền thông tham mưu UBND thành phố trình Hội đồng nhân dân thành phố ban hành chính sách miễn, giảm phí", "Sở Thông tin và Truyền thông")]
    // Two bodies joined by "và"; the "và" inside a body's name stays.
    [InlineData("Chủ trì, phối hợp với Sở Tư pháp và Sở Kế hoạch và Đầu tư rà soát các thủ tục hành chính", "Sở Tư pháp|Sở Kế hoạch và Đầu tư")]
    public void Named_bodies_after_phoi_hop(string task, string bodies) =>
        Assert.Equal(bodies.Split('|'), SupportingBodies.In(task));

    [Theory]
    // seed-000 2.d, 2.đ, 2.e; hg-cv-454-2011; seed-001: lists that name no body in particular.
    [InlineData("Chủ trì, phối hợp cơ quan, đơn vị, địa phương khẩn trương việc đầu tư hạ tầng số")]
    [InlineData("Chủ trì, phối hợp với sở, ngành liên quan xây dựng kế hoạch nâng cao chỉ số PCI năm 2023")]
    [InlineData("chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tham mưu, thực hiện các nhiệm vụ")]
    [InlineData("phối hợp với các sở, ban, ngành, đoàn thể tỉnh và UBND huyện, thị xã, thành phố tiếp tục tuyên truyền")]
    [InlineData("Chủ trì, phối hợp với các cơ quan, đơn vị; UBND các phường tham mưu UBND thành phố triển khai")]
    [InlineData("Rà soát, chấn chỉnh ngay công tác phối hợp giải quyết TTHC, dịch vụ công cho người dân")]
    public void No_body_in_particular(string task) => Assert.Empty(SupportingBodies.In(task));
}
