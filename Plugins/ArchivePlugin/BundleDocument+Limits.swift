extension BundleFormat {
    /// The largest offset or size an index may give: 2^53 − 1, the largest integer every JSON
    /// reader holds exactly (RFC 7493 2.2), and 8 PiB, more than any bundle holds.
    ///
    /// Why a limit: sums of an index's numbers (a member's end, the Payload-Oxum total) are then
    /// computed without overflow, so an index that lies cannot make a reader trap.
    public static let maximumIndexNumber = (1 << 53) - 1
}

extension BundleMember {
    /// Why this member's offset or sizes are outside 0 ... ``BundleFormat/maximumIndexNumber``, or nil.
    func rangeProblem() -> String? {
        for (field, value) in [("offset", offset), ("compressedSize", compressedSize), ("size", size)]
        where !(0...BundleFormat.maximumIndexNumber).contains(value) {
            return "\(field) \(value) is outside 0 to \(BundleFormat.maximumIndexNumber)"
        }
        return nil
    }
}

extension BundleDocument {
    /// Why this element cannot be taken as an index entry at all, or nil: an id that is not 16
    /// lowercase hex digits (nothing can name it in a report), or a number out of range.
    func entryProblem() -> String? {
        guard LowerHex64.value(id) != nil else { return "its id '\(id)' is not 16 lowercase hex digits" }
        for member in members { if let problem = member.rangeProblem() { return "its \(member.role.rawValue) member's \(problem)" } }
        return nil
    }
}

extension Int {
    /// `self + other`, or `Int.max` past it: for totals of an index's numbers, which a damaged
    /// index may push past any real size (and which then match nothing).
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }
}
