#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numeric character references `&#128;`–`&#159;` as HTML5 reads them: the Windows-1252 characters
/// old editors meant (`&#147;` “, `&#150;` –, `&#133;` …), not the C1 controls U+0080–U+009F that
/// libxml2 2.9 gives for them (the HTML Standard's numeric character reference end state).
///
/// libxml2 hands over text with the references already replaced, so a reference cannot be told
/// from a literal C1 control in the decoded page; both are remapped. A literal one is garbage
/// either way: no decoder Gazette uses produces C1 controls from a legacy page (windows-1252 and
/// GB18030 map those bytes to characters), so one only comes from UTF-8 bytes that encode a C1
/// control, in practice Windows-1252 text converted to UTF-8 as if it were Latin-1, which this
/// mapping repairs. The five positions Windows-1252 leaves undefined (81, 8D, 8F, 90, 9D) stay as
/// they are, as in HTML5.
enum C1Controls {
    /// The Windows-1252 character for U+0080 + index, or 0 where HTML5 keeps the control.
    private static let windows1252: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// True when the UTF-8 text at `bytes` (NUL-terminated) holds a C1 control (C2 80 – C2 9F).
    /// `strchr` looks for the lead byte many bytes at a time: it runs on every text node.
    static func occur(in bytes: UnsafePointer<UInt8>) -> Bool {
        var cursor = UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self)
        while let found = strchr(cursor, 0xC2) {
            let next = UInt8(bitPattern: found[1])
            if next >= 0x80, next <= 0x9F { return true }
            cursor = UnsafePointer(found + 1)
        }
        return false
    }

    /// `text` with each C1 control that Windows-1252 defines replaced by its character.
    static func remapped(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0x80, value <= 0x9F, case let mapped = windows1252[Int(value - 0x80)], mapped != 0,
                let replacement = Unicode.Scalar(mapped)
            {
                scalars.append(replacement)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
