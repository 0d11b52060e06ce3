using BenchmarkDotNet.Attributes;
using Kenes.Infrastructure.Documents;
using Kenes.Infrastructure.Persistence;
using NodaTime;

namespace Kenes.Bench;

/// <summary>
/// Issue #5 budget: drafting the minutes of a meeting with 20 items and 50 members (every vote by
/// member) takes under 1 s — both the PDF to sign and the DOCX to edit, in Kazakh.
/// </summary>
[MemoryDiagnoser]
public class MinutesBenchmarks
{
    private MinutesData data = null!;

    [GlobalSetup]
    public void Setup()
    {
        var members = Enumerable.Range(1, 50)
            .Select(i => new MinutesAttendee($"Мүше {i} Әбдіқадырұлы", $"«Ұйым {i}» АҚ", i <= 40 ? AttendanceMode.InPerson : null)).ToList();
        var choices = new[] { VoteChoice.For, VoteChoice.Against, VoteChoice.Abstain };
        var items = Enumerable.Range(1, 20).Select(i => new MinutesItem(
            i, $"Кәсіптік стандартты келісу № {i}", "Салалық біліктілік шеңберіне сәйкес әзірленген жоба.",
            AgendaSubject.AgreeProfessionalStandard, VoteState.Closed,
            members.Take(40).Select((m, k) => new MinutesBallot(m.FullName, choices[(i + k) % 3])).ToList(),
            true, "majority", "Келісілсін.")).ToList();
        data = new MinutesData("Энергетика министрлігі", "Министерство энергетики", "Электр энергетикасы", "Электроэнергетика",
            7, new LocalDate(2026, 12, 22), new LocalTime(10, 0), MeetingMode.Mixed, "Астана", "https://meet.example.kz/k",
            new MinutesQuorum(50, 40, 34, true), new MinutesPresiding("Ерлан Оспанов", "chair", null), "Дәурен Жұмабаев",
            members, items, null);
    }

    [Benchmark]
    public byte[] Pdf() => MinutesPdf.Render(data, DocumentLanguage.Kk);

    [Benchmark]
    public byte[] Docx() => MinutesDocx.Render(data, DocumentLanguage.Kk);
}
