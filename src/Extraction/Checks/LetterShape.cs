using Extraction.Segmentation;

namespace Extraction.Checks;

/// <summary>Whether a text is an official letter at all: it has at least one of the parts every
/// letter has (number, place and date, type title, V/v subject, salutation, signature, Nơi nhận).</summary>
public static class LetterShape
{
    private static readonly Zone[] LetterParts =
        [Zone.Number, Zone.PlaceDate, Zone.Title, Zone.Subject, Zone.Salutation, Zone.SignatureAuthority, Zone.Distribution, Zone.Motto];

    public static bool LooksLikeLetter(SegmentedLetter letter) => letter.Zones.Any(LetterParts.Contains);
}
