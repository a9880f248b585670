/// The tables of the UTF-8 counting automaton used by `EncodingStatistics.scanUTF8`.
///
/// States say how many continuation bytes are still due and which range the next one must fall
/// in (Unicode's table 3-7). A byte that does not fit ends the pending sequence with one error and
/// is then read again from the start state, so each entry for a misfit is the start state's entry
/// with the error bit added: that gives exactly one error per maximal ill-formed subpart.
enum UTF8Automaton {
    /// Bits of a transition: the next state (4 bits), errors (2 bits: a misfit that is itself
    /// invalid costs two), a character ended, a three-byte character ended.
    static let stateMask = 0xF
    static let errorShift = 4
    static let errorMask = 0x3
    static let characterShift = 6
    static let endsThreeByte = 1 << 7

    /// The start state (between sequences).
    static let accept = 0

    /// Byte classes: ASCII; continuation 80-8F, 90-9F, A0-BF; never valid (C0, C1, F5-FF);
    /// two-byte lead; E0; E1-EC and EE-EF; ED; F0; F1-F3; F4.
    private enum ByteClass: Int, CaseIterable {
        case ascii, cont80, cont90, contA0, invalid, lead2, leadE0, lead3, leadED, leadF0, lead4, leadF4

        init(_ byte: Int) {
            switch byte {
            case 0x00...0x7F: self = .ascii
            case 0x80...0x8F: self = .cont80
            case 0x90...0x9F: self = .cont90
            case 0xA0...0xBF: self = .contA0
            case 0xC2...0xDF: self = .lead2
            case 0xE0: self = .leadE0
            case 0xE1...0xEC, 0xEE...0xEF: self = .lead3
            case 0xED: self = .leadED
            case 0xF0: self = .leadF0
            case 0xF1...0xF3: self = .lead4
            case 0xF4: self = .leadF4
            default: self = .invalid
            }
        }
    }

    /// States: what the next byte must be. Names give the sequence length and bytes still due.
    private enum State: Int, CaseIterable {
        case accept, two1, three2, three2E0, three2ED, three1, four3, four3F0, four3F4, four2, four1

        /// The continuation classes this state accepts, and where each leads.
        var accepted: (classes: Set<ByteClass>, next: State)? {
            let any: Set<ByteClass> = [.cont80, .cont90, .contA0]
            switch self {
            case .accept: return nil
            case .two1, .three1, .four1: return (any, .accept)
            case .three2: return (any, .three1)
            case .three2E0: return ([.contA0], .three1)
            case .three2ED: return ([.cont80, .cont90], .three1)
            case .four3: return (any, .four2)
            case .four3F0: return ([.cont90, .contA0], .four2)
            case .four3F4: return ([.cont80], .four2)
            case .four2: return (any, .four1)
            }
        }
    }

    /// The class of each byte value.
    static let classes: [UInt8] = (0...255).map { UInt8(ByteClass($0).rawValue) }

    /// `transitions[state << 4 | class]`: next state and flags.
    static let transitions: [UInt8] = {
        func fromStart(_ byteClass: ByteClass) -> Int {
            switch byteClass {
            case .ascii: State.accept.rawValue
            case .cont80, .cont90, .contA0, .invalid: State.accept.rawValue | 1 << errorShift
            case .lead2: State.two1.rawValue
            case .leadE0: State.three2E0.rawValue
            case .lead3: State.three2.rawValue
            case .leadED: State.three2ED.rawValue
            case .leadF0: State.four3F0.rawValue
            case .lead4: State.four3.rawValue
            case .leadF4: State.four3F4.rawValue
            }
        }
        var table = [UInt8](repeating: 0, count: State.allCases.count << 4)
        for state in State.allCases {
            for byteClass in ByteClass.allCases {
                var entry: Int
                if let (classes, next) = state.accepted {
                    if classes.contains(byteClass) {
                        entry = next.rawValue
                        if next == .accept { entry |= 1 << characterShift }
                        if state == .three1 { entry |= endsThreeByte }
                    } else {
                        entry = fromStart(byteClass) + 1 << errorShift
                    }
                } else {
                    entry = fromStart(byteClass)
                }
                table[state.rawValue << 4 | byteClass.rawValue] = UInt8(entry)
            }
        }
        return table
    }()
}
