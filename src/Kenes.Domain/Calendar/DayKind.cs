namespace Kenes.Domain.Calendar;

/// <summary>Why a date is, or is not, a working day. The names are stable: the API prints them.</summary>
public enum DayKind
{
    /// <summary>An ordinary Monday–Friday working day.</summary>
    WorkingDay,

    /// <summary>Saturday or Sunday of the five-day week.</summary>
    Weekend,

    /// <summary>A national or state holiday (Law No. 267-II), on its own date.</summary>
    PublicHoliday,

    /// <summary>The weekday a public holiday that fell on a weekend moved to.</summary>
    MovedHoliday,

    /// <summary>A religious day off (7 January, the first day of Kurban Ait); never moved.</summary>
    ReligiousHoliday,

    /// <summary>A weekday made a day off by a transfer.</summary>
    TransferDayOff,

    /// <summary>A Saturday or Sunday made a working day by a transfer.</summary>
    TransferWorkingDay,
}

public static class DayKindExtensions
{
    public static bool IsWorkingDay(this DayKind kind) => kind is DayKind.WorkingDay or DayKind.TransferWorkingDay;
}
