/// The calendar rule behind the model's dates (`YYYY-MM-DD`): which days exist.
public enum CalendarDate {
    /// Whether `day` exists in `month` (1-12) of `year`, leap years included.
    public static func exists(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return (1...[31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]).contains(day)
    }
}
