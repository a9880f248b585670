import CEncodingTables

/// For each two-byte code (keyed like the decoders' tables: `(lead & 0x7F) << 8 | trail`), whether
/// GB18030 or Big5 decodes it to a character and whether that character is a frequent one.
///
/// The statistics scans looked these up in two or three tables per pair (the decoders' 64 KB and
/// 80 KB mapping tables and the frequency table); one byte per code in one 32 KB table halves the
/// cache traffic of the two scans that run on every input.
enum PairClasses {
    /// The code decodes to a character.
    static let valid: UInt8 = 1
    /// The character is frequent (its count is added to `CandidateCounts.frequent`).
    static let frequent: UInt8 = 2

    /// GB18030's two-byte codes.
    static let gb18030: [UInt8] = (0..<Int(GAZETTE_TWO_BYTE_KEY_COUNT)).map { key in
        gazette_gb18030_two_byte[key] == 0 ? 0 : valid | (gazette_gb18030_frequent[key] != 0 ? frequent : 0)
    }

    /// Big5's codes (those with a mapping or one of the four two-code-point sequences).
    static let big5: [UInt8] = (0..<Int(GAZETTE_TWO_BYTE_KEY_COUNT)).map { key in
        let lead = UInt8(0x80 | key >> 8), trail = UInt8(key & 0xFF)
        guard lead >= 0x81, lead <= 0xFE, let pointer = Big5Decoder.pointer(lead: lead, trail: trail),
            gazette_big5_index[pointer] != 0 || Big5Decoder.twoCodePoints(pointer) != nil
        else { return 0 }
        return valid | (gazette_big5_frequent[key] != 0 ? frequent : 0)
    }

    /// Both readings of a code in one byte: GB18030's class in bits 0-1, Big5's in bits 2-3, so
    /// the joint scan looks a code up once.
    static let combined: [UInt8] = zip(gb18030, big5).map { $0 | $1 << 2 }

    /// The bits of ``combined`` set when both readings decode the code.
    static let bothValid = Int(valid | valid << 2)
}
