using NodaTime;
using static Kenes.Domain.Calendar.CalendarEntryErrorCodes;

namespace Kenes.Domain.Calendar;

/// <summary>
/// The checks an administrator's addition must pass. An entry that contradicts the law or the
/// calendar as it stands is refused rather than silently reinterpreted, because every deadline
/// across the date would change.
/// </summary>
internal static class CalendarEntryRules
{
    public static List<CalendarEntryError> Validate(CalendarEntry entry, ICalendarState state)
    {
        var errors = new List<CalendarEntryError>();

        if (string.IsNullOrWhiteSpace(entry.Basis))
        {
            errors.Add(new(BasisRequired, nameof(entry.Basis),
                "State the legal basis: the decree, order or official announcement that sets this day."));
        }

        if (entry.Name is { IsComplete: false })
        {
            errors.Add(new(NameIncomplete, nameof(entry.Name),
                "Give the name in Kazakh, Russian and English, or leave all three empty to use the standard name."));
        }

        var year = entry.Date.Year;
        if (!CalendarRange.Contains(year) || entry.Date.Calendar != CalendarSystem.Iso)
        {
            errors.Add(new(YearOutOfRange, nameof(entry.Date),
                $"The date must be an ISO date in the years {CalendarRange.FirstYear}–{CalendarRange.LastYear}."));
            return errors;
        }

        var index = CalendarRange.IndexOf(entry.Date);
        switch (entry.Kind)
        {
            case CalendarEntryKind.KurbanAit:
                if (state.HasKurbanAit(year))
                {
                    errors.Add(new(KurbanAitAlreadySet, nameof(entry.Date),
                        $"Kurban Ait {year} already has a date; a year has one first day of Kurban Ait."));
                }

                AddIfDuplicate(errors, entry, state, index);
                break;

            case CalendarEntryKind.TransferWorkingDay:
                AddIfDuplicate(errors, entry, state, index);
                if (!IsWeekend(entry.Date))
                {
                    errors.Add(new(WorkingDayNotWeekend, nameof(entry.Date),
                        $"{entry.Date:uuuu-MM-dd} is a {entry.Date.DayOfWeek}; only a Saturday or Sunday can be transferred into a working day."));
                }
                else if (state.KindAt(index) is DayKind.PublicHoliday or DayKind.ReligiousHoliday)
                {
                    errors.Add(new(WorkingDayOnHoliday, nameof(entry.Date),
                        $"{entry.Date:uuuu-MM-dd} is a holiday; a transfer moves weekly days off, not holidays."));
                }

                break;

            case CalendarEntryKind.TransferDayOff:
                AddIfDuplicate(errors, entry, state, index);
                if (state.KindAt(index) != DayKind.WorkingDay)
                {
                    errors.Add(new(TransferOntoDayOff, nameof(entry.Date),
                        $"{entry.Date:uuuu-MM-dd} is already a day off ({state.KindAt(index)}); a transfer must land on a working weekday."));
                }

                break;

            case CalendarEntryKind.TransfersConfirmed:
                if (state.AreTransfersConfirmed(year))
                {
                    errors.Add(new(TransfersAlreadyConfirmed, nameof(entry.Date),
                        $"The transfers of {year} are already confirmed."));
                }

                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(entry), entry.Kind, "Unknown calendar entry kind.");
        }

        return errors;
    }

    private static void AddIfDuplicate(List<CalendarEntryError> errors, CalendarEntry entry, ICalendarState state, int index)
    {
        if (state.HasDatedEntry(index))
        {
            errors.Add(new(DuplicateDate, nameof(entry.Date),
                $"{entry.Date:uuuu-MM-dd} already has a calendar entry (a religious day or a transfer)."));
        }
    }

    internal static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
}
