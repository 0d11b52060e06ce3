namespace Kenes.Domain.Calendar;

/// <summary>The codes of <see cref="CalendarEntryError"/>; stable strings the web layer translates.</summary>
public static class CalendarEntryErrorCodes
{
    public const string BasisRequired = "calendar.basis_required";
    public const string NameIncomplete = "calendar.name_incomplete";
    public const string YearOutOfRange = "calendar.year_out_of_range";
    public const string DuplicateDate = "calendar.duplicate_date";
    public const string KurbanAitAlreadySet = "calendar.kurban_ait_already_set";
    public const string TransferOntoDayOff = "calendar.transfer_onto_day_off";
    public const string WorkingDayNotWeekend = "calendar.working_day_not_weekend";
    public const string WorkingDayOnHoliday = "calendar.working_day_on_holiday";
    public const string TransfersAlreadyConfirmed = "calendar.transfers_already_confirmed";
}
