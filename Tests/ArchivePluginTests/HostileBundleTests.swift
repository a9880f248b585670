@testable import ArchivePlugin
import Conversion
import Foundation
import Testing

/// Bundles built to attack the reader: extract and show must refuse each with a clear error and
/// write nothing outside (and leave nothing inside) the target.
@Suite("Hostile bundles: extract and show refuse")
struct HostileBundleTests {
    enum Attack: String, CaseIterable, CustomTestStringConvertible {
        case parentDirectory, absolutePath, symbolicLink, hardLink, device, duplicateName, sizeLie, gzipBomb, footerOutsideFile
        var testDescription: String { rawValue }
    }

    static let original = HostileBundle.bag + "/" + HostileBundle.originalPath

    static func entries(_ attack: Attack, escape: URL) -> (entries: [HostileBundle.Entry], footer: ((Int) -> BundleFooter)?) {
        let good = HostileBundle.Entry(name: original)
        switch attack {
        case .parentDirectory: return ([HostileBundle.Entry(name: HostileBundle.bag + "/../../\(escape.lastPathComponent)"), good], nil)
        case .absolutePath: return ([HostileBundle.Entry(name: escape.path), good], nil)
        case .symbolicLink: return ([HostileBundle.Entry(name: original, flag: UInt8(ascii: "2"), data: [], linkName: escape.path)], nil)
        case .hardLink: return ([HostileBundle.Entry(name: original, flag: UInt8(ascii: "1"), data: [], linkName: "/etc/passwd")], nil)
        case .device: return ([HostileBundle.Entry(name: original, flag: UInt8(ascii: "3"), data: [])], nil)
        case .duplicateName: return ([good, good], nil)
        case .sizeLie: return ([HostileBundle.Entry(name: original, data: [UInt8](repeating: 0x41, count: 5000))], nil)
        case .gzipBomb: return ([HostileBundle.Entry(name: original, trailingZeros: 64 << 20)], nil)
        case .footerOutsideFile:
            return ([good], { size in BundleFooter(index: .init(offset: size + 4096, length: 100), lookup: .init(offset: 0, length: 10),
                                                  tagManifest: .init(offset: 0, length: 10)) })
        }
    }

    @Test(arguments: Attack.allCases)
    func extractRefusesAndWritesNothing(_ attack: Attack) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-hostile-\(UUID().uuidString)")
        let target = root.appendingPathComponent("a/b/target")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let escape = root.appendingPathComponent("a/escaped.txt")
        let (entries, footer) = Self.entries(attack, escape: escape)
        let bundle = root.appendingPathComponent("hostile.tar.gz")
        try HostileBundle.write(entries, footerOverride: footer, to: bundle)

        var caught: GazetteError?
        do { _ = try BundleExtractor().extract(FilePath(bundle.path), into: FilePath(target.path)) } catch { caught = error }
        let error = try #require(caught, "\(attack) was extracted")
        let expected: Set<GazetteError.Code> = attack == .footerOutsideFile ? [.bundleDamaged] : [.unsafeEntry]
        #expect(expected.contains(error.code), "\(attack): \(error)")
        let reason: String = switch attack {
        case .parentDirectory: "'..'"
        case .absolutePath: "absolute"
        case .symbolicLink: "symbolic link"
        case .hardLink: "hard link"
        case .device: "device"
        case .duplicateName: "twice"
        case .sizeLie: "declares 5000 bytes"
        case .gzipBomb: "inflates past"
        case .footerOutsideFile: "outside the file"
        }
        #expect(error.description.contains(reason), "\(attack): \(error)")
        #expect(!FileManager.default.fileExists(atPath: escape.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).isEmpty, "\(attack) left files in the target")
        let outside = try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted()
        #expect(outside == ["a", "a/b", "a/b/target", "hostile.tar.gz"], "\(attack) wrote \(outside)")
    }

    /// For show the index must lead to the hostile entry itself: show reads one member by offset.
    static func showEntries(_ attack: Attack, escape: URL) -> (entries: [HostileBundle.Entry], footer: ((Int) -> BundleFooter)?) {
        switch attack {
        case .parentDirectory: return ([HostileBundle.Entry(name: original + "/../../../\(escape.lastPathComponent)", indexed: true)], nil)
        case .absolutePath: return ([HostileBundle.Entry(name: escape.path, indexed: true)], nil)
        default: return entries(attack, escape: escape)
        }
    }

    @Test(arguments: Attack.allCases.filter { $0 != .duplicateName })
    func showRefusesAndWritesNothing(_ attack: Attack) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let escape = root.appendingPathComponent("escaped")
        let (entries, footer) = Self.showEntries(attack, escape: escape)
        let bundle = root.appendingPathComponent("hostile.tar.gz")
        try HostileBundle.write(entries, footerOverride: footer, to: bundle)
        var caught: GazetteError?
        do { _ = try BundleReader(FilePath(bundle.path)).show(id: HostileBundle.id, role: .original) } catch { caught = error }
        let error = try #require(caught, "\(attack) was shown")
        let expected: GazetteError.Code = attack == .footerOutsideFile ? .bundleDamaged : .unsafeEntry
        #expect(error.code == expected || attack == .sizeLie && error.code == .bundleDamaged, "\(attack): \(error)")
        #expect(!FileManager.default.fileExists(atPath: escape.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["hostile.tar.gz"])
    }

    /// Show reads only the member the lookup names, so a second entry of the same name elsewhere can
    /// neither replace nor join what it prints (verify and extract refuse the duplicate).
    @Test func showOfADuplicatedNamePrintsOnlyTheVerifiedIndexedMember() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let bundle = root.appendingPathComponent("duplicate.tar.gz")
        try HostileBundle.write([HostileBundle.Entry(name: Self.original), HostileBundle.Entry(name: Self.original, data: Array("evil!!!".utf8))], to: bundle)
        #expect(try BundleReader(FilePath(bundle.path)).show(id: HostileBundle.id, role: .original) == Array("hostile".utf8))
        #expect(try !BundleVerifier(toolVersion: "t", time: "t").verify(FilePath(bundle.path)).ok)
    }

    @Test func showChecksTheDigestBeforeReturningAnything() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let bundle = root.appendingPathComponent("lying.tar.gz")
        try HostileBundle.write([HostileBundle.Entry(name: Self.original)], listedSHA: String(repeating: "0", count: 64), to: bundle)
        do {
            _ = try BundleReader(FilePath(bundle.path)).show(id: HostileBundle.id, role: .original)
            Issue.record("a member with the wrong digest was shown")
        } catch {
            #expect(error.code == .bundleDamaged)
            #expect(error.message.contains("SHA-256"))
        }
    }

    @Test func theWellFormedControlBundleExtractsAndShows() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let bundle = root.appendingPathComponent("control.tar.gz")
        try HostileBundle.write([HostileBundle.Entry(name: Self.original)], to: bundle)
        #expect(try BundleReader(FilePath(bundle.path)).show(id: HostileBundle.id, role: .original) == Array("hostile".utf8))
        let summary = try BundleExtractor().extract(FilePath(bundle.path), into: FilePath(root.appendingPathComponent("out").path))
        #expect(summary.files == 7)
    }
}
