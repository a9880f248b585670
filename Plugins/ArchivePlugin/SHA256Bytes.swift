import Conversion

/// A SHA-256 digest held in 32 bytes inline, for tables with one digest per file: a 64-character
/// hex `String` is a separate ~112-byte heap object, ~23 MB over a bundle of ~200,000 files.
struct SHA256Bytes: Equatable, Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64)

    /// All bits zero: a placeholder where a table keeps no digest.
    static let zero = SHA256Bytes(words: (0, 0, 0, 0))

    private init(words: (UInt64, UInt64, UInt64, UInt64)) { self.words = words }

    /// Parses 64 hex digits (either case); nil for anything else.
    init?(hex: String) {
        var values: [UInt64] = []
        values.reserveCapacity(4)
        var word: UInt64 = 0, digits = 0
        for character in hex.utf8 {
            guard let nibble = Self.nibble(character) else { return nil }
            word = word << 4 | UInt64(nibble)
            digits += 1
            if digits % 16 == 0 { values.append(word); word = 0 }
        }
        guard digits == 64 else { return nil }
        words = (values[0], values[1], values[2], values[3])
    }

    /// The digest's 32 bytes, as a hasher returns them (no hex text in between).
    init(digest: some Sequence<UInt8>) {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0), count = 0
        for byte in digest where count < 32 {
            switch count / 8 {
            case 0: words.0 = words.0 << 8 | UInt64(byte)
            case 1: words.1 = words.1 << 8 | UInt64(byte)
            case 2: words.2 = words.2 << 8 | UInt64(byte)
            default: words.3 = words.3 << 8 | UInt64(byte)
            }
            count += 1
        }
        precondition(count == 32, "a SHA-256 digest has 32 bytes")
        self.words = words
    }

    /// The digest as 64 lowercase hex digits.
    var hex: String {
        let bytes = [words.0, words.1, words.2, words.3].flatMap { word in (0..<8).reversed().map { UInt8(truncatingIfNeeded: word >> (8 * $0)) } }
        return SHA256Hex.hex(bytes)
    }

    static func == (a: SHA256Bytes, b: SHA256Bytes) -> Bool {
        a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2 && a.words.3 == b.words.3
    }

    private static func nibble(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
