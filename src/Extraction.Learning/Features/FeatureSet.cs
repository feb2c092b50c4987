using System.Runtime.InteropServices;
using Microsoft.ML.Data;

namespace Extraction.Learning.Features;

/// <summary>
/// The named features of one example, hashed into a fixed-size sparse vector (the hashing trick):
/// no vocabulary to store beside the model, and a feature never seen in training simply lands on a
/// weight that is zero or small. The hash is FNV-1a over the characters, the same on every machine
/// and run (string.GetHashCode is not).
/// </summary>
public sealed class FeatureSet
{
    public const int Bits = 17;
    public const int Dimension = 1 << Bits;
    private const uint Offset = 2166136261, Prime = 16777619;

    private readonly List<int> _indices = new(256);

    public void Add(string kind, string value) => _indices.Add(Index(kind, value.AsSpan()));

    public void Add(string kind, ReadOnlySpan<char> value) => _indices.Add(Index(kind, value));

    /// <summary>The slot of every feature added, in the order added, repeats included.</summary>
    public ReadOnlySpan<int> Indices => CollectionsMarshal.AsSpan(_indices);

    /// <summary>The vector ML.NET trains on and scores: one slot per distinct feature, its value how often it occurred.</summary>
    public VBuffer<float> ToVector()
    {
        _indices.Sort();
        var indices = new List<int>(_indices.Count);
        var values = new List<float>(_indices.Count);
        foreach (var index in _indices)
        {
            if (indices.Count > 0 && indices[^1] == index) values[^1] += 1;
            else
            {
                indices.Add(index);
                values.Add(1);
            }
        }
        return new VBuffer<float>(Dimension, indices.Count, values.ToArray(), indices.ToArray());
    }

    private static int Index(string kind, ReadOnlySpan<char> value)
    {
        var hash = Offset;
        foreach (var c in kind) hash = (hash ^ c) * Prime;
        hash = (hash ^ '=') * Prime;
        foreach (var c in value) hash = (hash ^ c) * Prime;
        return (int)(hash & (Dimension - 1));
    }
}
