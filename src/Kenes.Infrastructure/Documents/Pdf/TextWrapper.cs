using System.Globalization;
using System.Text;
using PdfSharp.Drawing;

namespace Kenes.Infrastructure.Documents.Pdf;

/// <summary>
/// Greedy word wrapping measured with the real font. PDFsharp's own XTextFormatter neither reports the height it
/// used nor splits a paragraph across pages, which tables and long reasons need.
/// </summary>
internal static class TextWrapper
{
    /// <summary>
    /// Splits <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/>. Explicit line breaks are
    /// kept; a word wider than the line (a long receipt number, a URL) is cut between text elements so that nothing is
    /// ever drawn outside the column. An empty text yields one empty line so a row or paragraph keeps its height.
    /// </summary>
    public static IReadOnlyList<string> Wrap(XGraphics gfx, string? text, XFont font, double maxWidth)
    {
        var lines = new List<string>();
        var paragraphs = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        foreach (var paragraph in paragraphs)
        {
            WrapParagraph(gfx, paragraph, font, maxWidth, lines);
        }

        return lines;
    }

    private static void WrapParagraph(XGraphics gfx, string paragraph, XFont font, double maxWidth, List<string> lines)
    {
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            lines.Add(string.Empty);
            return;
        }

        var current = new StringBuilder();
        foreach (var word in words)
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (Width(gfx, candidate, font) <= maxWidth)
            {
                current.Clear().Append(candidate);
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current.ToString());
                current.Clear();
            }

            if (Width(gfx, word, font) <= maxWidth)
            {
                current.Append(word);
                continue;
            }

            // The last piece of a cut word stays open so the next word can join its line.
            var pieces = BreakWord(gfx, word, font, maxWidth);
            lines.AddRange(pieces.Take(pieces.Count - 1));
            current.Append(pieces[^1]);
        }

        lines.Add(current.ToString());
    }

    private static List<string> BreakWord(XGraphics gfx, string word, XFont font, double maxWidth)
    {
        var pieces = new List<string>();
        var piece = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (piece.Length > 0 && Width(gfx, piece + element, font) > maxWidth)
            {
                pieces.Add(piece.ToString());
                piece.Clear();
            }

            piece.Append(element);
        }

        pieces.Add(piece.ToString());
        return pieces;
    }

    private static double Width(XGraphics gfx, string text, XFont font) => gfx.MeasureString(text, font).Width;
}
