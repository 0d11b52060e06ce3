using System.Diagnostics;
using System.Globalization;

namespace Kenes.DataSet;

/// <summary>
/// A progress bar on a terminal (redrawn in place); in a log (CI, redirected output) one line per
/// tenth instead, so the log stays readable.
/// </summary>
internal sealed class ProgressBar(TextWriter output, Stopwatch watch) : IProgress<DataSetProgress>
{
    private const int Width = 30;
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private int _lastTenth = -1;

    public void Report(DataSetProgress value)
    {
        var share = value.CouncilsTotal == 0 ? 1 : (double)value.CouncilsDone / value.CouncilsTotal;
        var filled = (int)(share * Width);
        var elapsed = watch.Elapsed.TotalSeconds;
        var eta = share > 0 ? elapsed / share - elapsed : 0;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('.', Width - filled)}] {share,4:P0} councils {value.CouncilsDone}/{value.CouncilsTotal} · {value.Rows:N0} rows · {elapsed:F0} s, about {eta:F0} s left");
        if (_interactive)
        {
            output.Write('\r' + line);
        }
        else if ((int)(share * 10) is var tenth && tenth != _lastTenth)
        {
            _lastTenth = tenth;
            output.WriteLine(line);
        }
    }

    public void Finish()
    {
        if (_interactive)
        {
            output.WriteLine();
        }
    }
}
