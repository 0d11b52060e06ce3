using BenchmarkDotNet.Attributes;
using Kenes.Domain.Calendar;
using NodaTime;

namespace Kenes.Bench;

/// <summary>
/// Issue #3's budget: adding 5, 250 and 2,500 working days costs under 100 ns and allocates
/// nothing. The start date sits just before Nauryz 2026 so the short case crosses the longest
/// chain of moved holidays. <see cref="Explained"/> is the API's explained variant, for contrast.
/// </summary>
[MemoryDiagnoser]
public class AddWorkingDaysBenchmarks
{
    private readonly LocalDate from = new(2026, 3, 19);
    private readonly LocalDate backFrom = new(2038, 3, 19); // 2,500 working days back stays after 2023
    private WorkingDayCalendar calendar = null!;

    [Params(5, 250, 2_500)]
    public int Days { get; set; }

    [GlobalSetup]
    public void Setup() => calendar = WorkingDayCalendar.Load();

    [Benchmark(Baseline = true)]
    public LocalDate NaiveLoop() => NaiveWorkingDays.Add(calendar, from, Days);

    [Benchmark]
    public LocalDate Indexed() => calendar.AddWorkingDaysFast(from, Days);

    [Benchmark]
    public LocalDate IndexedBackwards() => calendar.AddWorkingDaysFast(backFrom, -Days);

    [Benchmark]
    public WorkingDayResult Explained() => calendar.AddWorkingDays(from, Days);
}
