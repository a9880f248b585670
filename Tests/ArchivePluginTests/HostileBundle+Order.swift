@testable import ArchivePlugin
import Conversion

extension HostileBundle {
    /// A well-formed document written after the hostile one: its id and its files in the order they are written.
    struct Companion {
        var id: String
        var files: [(role: BundleMember.Role, path: String, data: [UInt8])]
    }

    /// The documents the order tweaks add after the hostile one (none for other tweaks): those
    /// written, in file order, and the order the index lists them in (positions in `written`).
    ///
    /// Each breaks one rule of `Archive/FORMAT.md` 2.2 with every offset, size and digest right:
    /// a document's members written and listed html, json, original; two documents written and
    /// listed by id descending; or written by id descending but listed ascending.
    static func companions(_ tweak: Tweak) -> (written: [Companion], listed: [Int]) {
        let order: [BundleMember.Role] = [.original, .json, .html]
        func companion(_ id: String, roles: [BundleMember.Role] = order) -> Companion {
            Companion(id: id, files: roles.map { role in
                let path = BundleFormat.memberPath(role: role, id: id, originalExtension: "txt")
                return (role, path, Array("\(role.rawValue) of \(id)\n".utf8))
            })
        }
        let second = "00000000000000bb", third = "00000000000000cc"
        switch tweak {
        case .tagFileOrder: return ([companion(second), companion(third)], [0, 1])
        case .memberOrder: return ([companion(second, roles: order.reversed()), companion(third)], [0, 1])
        case .documentOrder: return ([companion(third), companion(second)], [0, 1])
        case .entryOrder: return ([companion(third), companion(second)], [1, 0])
        default: return ([], [])
        }
    }

    /// An index entry for a document of `members`.
    static func document(_ id: String, members: [BundleMember]) -> BundleDocument {
        let name = id == Self.id ? "h.txt" : "\(id).txt"
        return BundleDocument(id: id, title: id == Self.id ? "hostile" : "companion", agency: nil, year: 2020, originalName: name,
                              originalNameHex: nil, sourcePath: name, format: "text", encoding: "UTF-8", aliases: [], members: members)
    }
}
