using System.Collections.Concurrent;

namespace Extraction.Reading.Ocr;

/// <summary>
/// Warm engines, at most one per core. An engine is lent to one thread at a time and comes back
/// when the lease is disposed; engines are started on first need and kept until the pool is disposed.
/// </summary>
internal sealed class TesseractEnginePool(OcrOptions options) : IDisposable
{
    private readonly ConcurrentBag<TesseractEngine> idle = [];
    private readonly ConcurrentBag<TesseractEngine> all = [];
    private readonly SemaphoreSlim available = new(Math.Max(1, options.Engines));

    public int Size { get; } = Math.Max(1, options.Engines);

    public Lease Rent(CancellationToken cancellation)
    {
        available.Wait(cancellation);
        try
        {
            if (idle.TryTake(out var engine)) return new Lease(this, engine);
            engine = TesseractEngine.Start(options);
            all.Add(engine);
            return new Lease(this, engine);
        }
        catch
        {
            available.Release();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var engine in all) engine.Dispose();
        available.Dispose();
    }

    public readonly struct Lease(TesseractEnginePool pool, TesseractEngine engine) : IDisposable
    {
        public TesseractEngine Engine { get; } = engine;

        public void Dispose()
        {
            pool.idle.Add(Engine);
            pool.available.Release();
        }
    }
}
