/// One document as verify holds it: fixed-size fields and its members, no String of its own in
/// the usual case.
///
/// The id is kept as a number when it is 16 lowercase hex digits (as gazette writes it), else as
/// text; the title and original name are not kept, only where the element lies in the index
/// (``CheckedIndex/names(of:)`` reads them back).
struct CheckedDocument {
    /// The id's value, when it is 16 lowercase hex digits.
    let idValue: UInt64?
    /// The id as the index spells it, kept only when it is not such a number.
    private let rawID: String?
    /// Where the element starts in `index.json`.
    private let elementStart: Int
    /// The element's length in bytes.
    private let elementLength: UInt32
    /// The members, in index order.
    var members: [CheckedMember]

    /// Keeps what verify needs of `document`, whose element is `element` of the index's bytes.
    init(_ document: BundleDocument, element: Range<Int>) {
        idValue = LowerHex64.value(document.id)
        rawID = idValue == nil ? document.id : nil
        elementStart = element.lowerBound
        // An element of 4 GB would be refused by the index size cap long before.
        elementLength = UInt32(clamping: element.count)
        members = document.members.map { CheckedMember($0, documentID: document.id) }
    }

    /// The id as the index spells it.
    var id: String { rawID ?? LowerHex64.text(idValue ?? 0) }

    /// The element's byte range in `index.json`.
    var element: Range<Int> { elementStart..<(elementStart + Int(elementLength)) }

    /// The member with the given role.
    func member(_ role: BundleMember.Role) -> CheckedMember? { members.first { $0.role == role } }
}
