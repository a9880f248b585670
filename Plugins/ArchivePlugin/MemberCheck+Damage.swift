extension MemberCheck {
    /// How verify reports a damaged member, so both passes word it the same way.
    struct Damage {
        /// The problem's kind.
        var kind: VerifyReport.Problem.Kind
        /// Why the member is damaged: the reason given for each path it held.
        var reason: String
        /// The problem's message: the reason, and the entry it cut off.
        var message: String
        /// The path the problem names: the entry cut off, else the first entry read whole.
        var path: String?
        /// Bag-relative paths of the entries the member held, read whole or cut off.
        var paths: [String]
    }

    /// The damage report of a member whose outcome is not `.ok` (or whose data is not well-formed tar).
    var damage: Damage {
        let partial = partialName.map { BundleReader.bagRelative($0) ?? $0 }
        let (kind, reason) = Self.describe(outcome, tarError: tarError)
        let firstPath = partial ?? entries.first.map { BundleReader.bagRelative(String(decoding: $0.header.name, as: UTF8.self)) ?? "" }
        let names = entries.map { String(decoding: $0.header.name, as: UTF8.self) } + (partialName.map { [$0] } ?? [])
        // The entry cut off, else the one read whole (a CRC mismatch at the trailer): a problem
        // about a tag file is printed on its own, and must say which file it is.
        let message = partial.map { reason + " (inside \($0))" } ?? firstPath.map { "\($0): " + reason } ?? reason
        return Damage(kind: kind, reason: reason, message: message,
                      path: firstPath, paths: names.map { BundleReader.bagRelative($0) ?? $0 })
    }

    private static func describe(_ outcome: MemberStream.Outcome, tarError: String?) -> (VerifyReport.Problem.Kind, String) {
        switch outcome {
        case .badHeader: (.unreadableBytes, outcome.description)
        case .corrupt, .checksumMismatch, .overLimit: (.corruptMember, outcome.description)
        case .truncated: (.truncated, outcome.description)
        // Stopped before the CRC could be checked: garbage tar bytes are the first sign of damaged
        // deflate data (a zeroed disk block), so it is worded as damage, not as a tar format error.
        case .stopped: (.corruptMember, "damaged member: \(tarError ?? "its tar data does not parse")")
        case .ok: (.structure, "bad tar data: \(tarError ?? "unknown")")
        }
    }
}
