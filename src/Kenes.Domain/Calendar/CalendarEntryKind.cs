namespace Kenes.Domain.Calendar;

/// <summary>What an administrator's calendar addition declares.</summary>
public enum CalendarEntryKind
{
    /// <summary>The first day of Kurban Ait for the entry's year (one per year).</summary>
    KurbanAit,

    /// <summary>A Saturday or Sunday that a transfer makes a working day.</summary>
    TransferWorkingDay,

    /// <summary>A working weekday that a transfer makes a day off.</summary>
    TransferDayOff,

    /// <summary>
    /// Declares that all transfers of the entry's year are entered (possibly none). Only the year
    /// of <see cref="CalendarEntry.Date"/> matters; by convention it is 1 January.
    /// </summary>
    TransfersConfirmed,
}
