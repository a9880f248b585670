/// The last number seen at each heading level, so a marker in the middle of a flattened line is
/// only taken as a section start when it is the next number in sequence (一、 then 二、, （一） after
/// a level-1 heading), not a number that happens to sit inside a sentence.
struct HeadingCounters {
    private var last = [0, 0, 0, 0]

    /// Whether `marker` continues the sequence and has a parent section where it needs one. With
    /// `allowingGap`, a level-1 number may skip up to two missed sections (a 三、 glued to a table).
    func expects(_ marker: HeadingMarker, allowingGap: Bool = false) -> Bool {
        let level = marker.level
        let next = last[level - 1] + 1
        let gapOK = allowingGap && level == 1 && last[0] > 0 && marker.number > next && marker.number <= next + 2
        guard marker.number == next || gapOK else { return false }
        switch level {
        case 1: return true
        case 2: return last[0] > 0
        case 3: return last[0] > 0 || last[1] > 0
        default: return last[1] > 0 || last[2] > 0
        }
    }

    /// Records a heading: its level counts on, deeper levels restart.
    mutating func record(_ marker: HeadingMarker) {
        last[marker.level - 1] = marker.number
        for deeper in marker.level..<last.count { last[deeper] = 0 }
    }
}
