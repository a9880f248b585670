import CEncodingTables

extension EncodingStatistics {
    /// Counts like the GB18030 decoder reads (WHATWG error rules), without producing text.
    static func scanGB18030(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> CandidateCounts {
        let twoByte = gazette_gb18030_two_byte!, frequent = gazette_gb18030_frequent!
        var counts = CandidateCounts()
        let n = bytes.count
        var i = 0
        while i < n {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            if lead == 0x80 || lead == 0xFF {
                if lead == 0x80 { counts.characters += 1 } else { counts.errors += 1 }
                i += 1
                continue
            }
            guard i + 1 < n else { if isComplete { counts.errors += 1 }; break }
            let key = Int(lead & 0x7F) << 8 | Int(bytes[i + 1])
            if twoByte[key] != 0 {
                counts.characters += 1
                counts.frequent += Int(frequent[key])
                i += 2
            } else if bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39 {
                guard i + 3 < n else { if isComplete { counts.errors += 1 }; break }
                let third = bytes[i + 2], fourth = bytes[i + 3]
                if third >= 0x81 && third <= 0xFE && fourth >= 0x30 && fourth <= 0x39 {
                    counts.characters += 1
                    i += 4
                } else {
                    counts.errors += 1
                    i += 1
                }
            } else {
                counts.errors += 1
                i += bytes[i + 1] < 0x80 ? 1 : 2
            }
        }
        return counts
    }

    /// Counts like the Big5 decoder reads.
    static func scanBig5(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> CandidateCounts {
        let index = gazette_big5_index!, frequent = gazette_big5_frequent!
        var counts = CandidateCounts()
        let n = bytes.count
        var i = 0
        while i < n {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            guard lead >= 0x81 && lead <= 0xFE else { counts.errors += 1; i += 1; continue }
            guard i + 1 < n else { if isComplete { counts.errors += 1 }; break }
            let trail = bytes[i + 1]
            if let pointer = Big5Decoder.pointer(lead: lead, trail: trail),
                index[pointer] != 0 || Big5Decoder.twoCodePoints(pointer) != nil
            {
                counts.characters += 1
                counts.frequent += Int(frequent[Int(lead & 0x7F) << 8 | Int(trail)])
                i += 2
            } else {
                counts.errors += 1
                i += trail < 0x80 ? 1 : 2
            }
        }
        return counts
    }

    /// Counts UTF-8 sequences (one error per maximal ill-formed subpart, as the decoder replaces them).
    static func scanUTF8(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> CandidateCounts {
        utf8Leads.withUnsafeBufferPointer { leads in
            var counts = CandidateCounts()
            let n = bytes.count
            var i = 0
            while i < n {
                let lead = bytes[i]
                if lead < 0x80 { i += 1; continue }
                let (length, low, high) = leads[Int(lead)]
                guard length > 0 else { counts.errors += 1; i += 1; continue }
                // The second byte has a lead-specific range; later ones are plain continuation bytes.
                var taken = 1
                while taken < length, i + taken < n {
                    let byte = bytes[i + taken]
                    let ok = taken == 1 ? (byte >= low && byte <= high) : (byte & 0xC0 == 0x80)
                    if !ok { break }
                    taken += 1
                }
                if taken == length {
                    counts.characters += 1
                    if length == 3 {
                        let scalar = Int(lead & 0x0F) << 12 | Int(bytes[i + 1] & 0x3F) << 6 | Int(bytes[i + 2] & 0x3F)
                        counts.frequent += FrequentCharacters.isFrequent(scalar) ? 1 : 0
                    }
                } else if i + taken < n || isComplete {
                    counts.errors += 1
                }
                i += taken
            }
            return counts
        }
    }

    /// For each byte: the length of the UTF-8 sequence it leads (0 when it cannot lead one) and the
    /// range of the byte after it. A table, because on GB or Big5 input nearly every byte is a
    /// would-be lead and the range `switch` ran once per byte.
    private static let utf8Leads: [(length: Int, low: UInt8, high: UInt8)] = (0...255).map { (lead: Int) in
        switch lead {
        case 0xC2...0xDF: (2, 0x80, 0xBF)
        case 0xE0: (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80, 0xBF)
        case 0xED: (3, 0x80, 0x9F)
        case 0xF0: (4, 0x90, 0xBF)
        case 0xF1...0xF3: (4, 0x80, 0xBF)
        case 0xF4: (4, 0x80, 0x8F)
        default: (0, 0, 0)
        }
    }
}
