/// Which tar entries Gazette accepts: regular files with relative names that stay inside the bag.
enum EntryPolicy {
    /// Why the entry is refused, or nil when it is acceptable.
    static func refusal(_ header: TarHeader) -> String? {
        switch header.kind {
        case .file: break
        case .hardLink: return "is a hard link"
        case .symbolicLink: return "is a symbolic link"
        case .device: return "is a device"
        case .fifo: return "is a FIFO"
        case .directory: return "is a directory entry (bundles hold files only)"
        case .paxExtended, .paxGlobal, .other: return "has an unsupported entry type"
        }
        return unsafeName(header.name)
    }

    /// Why a path is unsafe to create below a target folder, or nil.
    static func unsafeName(_ name: [UInt8]) -> String? {
        if name.isEmpty { return "has an empty name" }
        if name.first == UInt8(ascii: "/") { return "has an absolute path" }
        if name.contains(0) || name.contains(UInt8(ascii: "\\")) { return "has a NUL or backslash in its name" }
        let components = name.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        if components.contains(where: { $0.elementsEqual("..".utf8) }) { return "has a '..' component" }
        if components.contains(where: { $0.isEmpty || $0.elementsEqual(".".utf8) }) { return "has an empty or '.' component" }
        if components.count < 2 { return "is not inside a bag directory" }
        return nil
    }
}
