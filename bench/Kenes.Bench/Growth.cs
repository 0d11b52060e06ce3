using System.Globalization;
using System.Text;

namespace Kenes.Bench;

/// <summary>
/// Issue #6 growth: the same endpoints at 1/16, 1/4 and full scale. Latency of list pages and of the
/// council page may grow by at most 1.5× from the smallest to the largest data set. Writes a Markdown
/// table to stdout and an SVG line chart (scripts/bench-growth.sh turns it into a PNG).
/// </summary>
public static class Growth
{
    public const double MaxGrowth = 1.5;

    private static readonly string[] Kinds = ["staff", "history", "render", "public"];

    public static int Run(IReadOnlyList<(string Label, string File)> runs, string svgPath)
    {
        var loaded = runs.Select(r => (r.Label, Results: BenchResult.Load(r.File))).ToList();
        var names = loaded[0].Results.Where(r => Kinds.Contains(r.Kind)).Select(r => r.Name).ToList();
        var failed = 0;
        var header = string.Join(" | ", loaded.Select(l => $"p50 at {l.Label}"));
        Console.WriteLine($"| endpoint | {header} | growth | result |");
        Console.WriteLine($"|---|{string.Concat(loaded.Select(_ => "---:|"))}---:|---|");
        var series = new List<(string Name, double[] Values)>();
        foreach (var name in names)
        {
            var values = loaded.Select(l => l.Results.FirstOrDefault(r => r.Name == name)?.P50 ?? double.NaN).ToArray();
            var growth = values[^1] / values[0];
            var pass = growth <= MaxGrowth;
            failed += pass ? 0 : 1;
            series.Add((name, values));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {string.Join(" | ", values.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture) + " ms"))} | {growth:0.00}× | {(pass ? "**pass**" : "**FAIL**")} |"));
        }

        File.WriteAllText(svgPath, Chart(loaded.Select(l => l.Label).ToList(), series));
        Console.WriteLine();
        Console.WriteLine(failed == 0 ? $"Growth: every endpoint within {MaxGrowth}×." : $"Growth: {failed} endpoint(s) above {MaxGrowth}×.");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>A plain SVG line chart: p50 latency (ms) per endpoint across the scales.</summary>
    private static string Chart(IReadOnlyList<string> labels, List<(string Name, double[] Values)> series)
    {
        const int width = 900, height = 480, left = 70, right = 330, top = 40, bottom = 60;
        var plotW = width - left - right;
        var plotH = height - top - bottom;
        var max = Math.Max(1, series.SelectMany(s => s.Values).Where(v => !double.IsNaN(v)).DefaultIfEmpty(1).Max() * 1.15);
        string[] colours = ["#1f5fa8", "#c0392b", "#27ae60", "#8e44ad", "#d35400", "#16a085", "#2c3e50", "#b7950b", "#7f8c8d", "#e84393", "#0984e3", "#6c5ce7"];
        var svg = new StringBuilder();
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        double X(int i) => left + (labels.Count == 1 ? 0 : plotW * i / (double)(labels.Count - 1));
        double Y(double v) => top + plotH - plotH * v / max;
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"white\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"24\" font-size=\"15\" font-weight=\"bold\">Median latency (ms) by data-set scale — issue #6 growth</text>");
        for (var t = 0; t <= 5; t++)
        {
            var v = max * t / 5;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{left + plotW}\" y1=\"{F(Y(v))}\" y2=\"{F(Y(v))}\" stroke=\"#e3e3e3\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 8}\" y=\"{F(Y(v) + 4)}\" text-anchor=\"end\">{F(v)}</text>");
        }

        for (var i = 0; i < labels.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(i))}\" y=\"{height - bottom + 22}\" text-anchor=\"middle\">{labels[i]}</text>");
        }

        for (var s = 0; s < series.Count; s++)
        {
            var colour = colours[s % colours.Length];
            var points = string.Join(' ', series[s].Values.Select((v, i) => $"{F(X(i))},{F(Y(double.IsNaN(v) ? 0 : v))}"));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{points}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>");
            var ly = top + 10 + s * 20;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{width - right + 20}\" x2=\"{width - right + 40}\" y1=\"{ly}\" y2=\"{ly}\" stroke=\"{colour}\" stroke-width=\"3\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{width - right + 46}\" y=\"{ly + 4}\">{System.Security.SecurityElement.Escape(series[s].Name)}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
