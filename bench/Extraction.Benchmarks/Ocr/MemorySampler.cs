namespace Extraction.Benchmarks.Ocr;

/// <summary>Samples the resident memory (VmRSS in /proc) of a changing set of processes every few
/// milliseconds and keeps the highest total seen.</summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Func<IEnumerable<int>> processIds;
    private readonly Thread thread;
    private volatile bool stopping;
    private long peakKilobytes;

    public MemorySampler(Func<IEnumerable<int>> processIds)
    {
        this.processIds = processIds;
        thread = new Thread(Sample) { IsBackground = true };
        thread.Start();
    }

    public double PeakMegabytes => Interlocked.Read(ref peakKilobytes) / 1024.0;

    private void Sample()
    {
        while (!stopping)
        {
            var total = processIds().Sum(ResidentKilobytes);
            if (total > Interlocked.Read(ref peakKilobytes)) Interlocked.Exchange(ref peakKilobytes, total);
            Thread.Sleep(10);
        }
    }

    private static long ResidentKilobytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:"));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    public void Dispose()
    {
        stopping = true;
        thread.Join();
    }
}
