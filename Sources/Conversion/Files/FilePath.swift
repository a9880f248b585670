/// A file-system path kept as exact bytes, so names that are not UTF-8 (GBK names) survive.
public struct FilePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The path's bytes, without a terminating NUL.
    public let bytes: [UInt8]

    /// Creates a path from exact bytes.
    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// Creates a path from a string's UTF-8 bytes.
    public init(_ string: String) { self.bytes = Array(string.utf8) }

    /// The path for messages, component by component: a UTF-8 component as it is, another with
    /// its bytes outside ASCII as `\xB1` (``SourceName/description``), so different paths never
    /// read alike and a UTF-8 folder stays readable around a GBK name.
    public var description: String {
        if let utf8 = String(validating: bytes, as: UTF8.self) { return utf8 }
        return bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            .map { SourceName.escaped($0) }
            .joined(separator: "/")
    }

    /// The path as recorded in data (a bundle index's `sourcePath`): UTF-8 where valid, else its
    /// GB18030 reading (``SourceName/display``); records keep the exact bytes beside it in hex.
    public var display: String { SourceName(bytes: bytes).display }

    /// The path as a UTF-8 relative file name for an output: each component's
    /// ``SourceName/outputName`` (UTF-8, else its clean GB18030 reading, else escaped).
    public var outputName: String {
        bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            .map { SourceName(bytes: Array($0)).outputName }
            .joined(separator: "/")
    }

    /// The last path component.
    public var lastComponent: SourceName {
        var end = bytes.endIndex
        while end > bytes.startIndex + 1, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        let start = bytes[..<end].lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? bytes.startIndex
        return SourceName(bytes: Array(bytes[start..<end]))
    }

    /// This path with a component appended.
    public func appending(_ component: [UInt8]) -> FilePath {
        if bytes.isEmpty { return FilePath(bytes: component) }
        if bytes.last == UInt8(ascii: "/") { return FilePath(bytes: bytes + component) }
        return FilePath(bytes: bytes + [UInt8(ascii: "/")] + component)
    }

    /// Orders by bytes, which is stable across locales.
    public static func < (lhs: FilePath, rhs: FilePath) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }

    /// Calls `body` with a NUL-terminated C string of the path.
    public func withCString<R>(_ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }
}

extension FilePath {
    /// The path without its last component, or nil when it has only one.
    public var parent: FilePath? {
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        return slash == 0 ? FilePath("/") : FilePath(bytes: Array(bytes[..<slash]))
    }
}

extension FilePath {
    /// The prefixes of the path that end a component, outermost first and the path itself last:
    /// `a/`, `a/b/`, `a/b/c` for `a/b/c` (what `mkdir -p` makes). The root `/` alone is not one, and
    /// a doubled slash gives no second prefix.
    public var componentPrefixes: [FilePath] {
        var prefixes: [FilePath] = []
        for (index, byte) in bytes.enumerated() {
            let atEnd = index == bytes.count - 1
            guard byte == UInt8(ascii: "/") || atEnd, index > 0 || atEnd else { continue }
            if byte == UInt8(ascii: "/"), index > 0, bytes[index - 1] == UInt8(ascii: "/") { continue }
            prefixes.append(FilePath(bytes: Array(bytes[...index])))
        }
        return prefixes
    }
}
