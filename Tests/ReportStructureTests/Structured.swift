import Conversion
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DocumentModel
import Foundation
import ReportStructure
import Testing
import TestSupport

/// Helpers shared by the structure tests: structure text, check nothing was lost, read blocks.
enum Structured {
    /// Structures `text` and records an issue when any character is unaccounted for.
    static func report(_ text: String, hints: Metadata = Metadata(), sourceLocation: SourceLocation = #_sourceLocation) -> StructuredReport {
        let report = ReportStructurer().structure(text: text, hints: hints)
        let difference = ContentAccounting.unaccounted(source: text, report: report)
        #expect(difference.isEmpty, "\(difference)", sourceLocation: sourceLocation)
        return report
    }

    /// Decoded text of a shared seed or corpus file (UTF-8, else GB18030).
    static func sharedText(_ url: URL) throws -> String {
        let bytes = try Fixtures.bytes(url)
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let decoded = TextEncoding.gb18030.decode(bytes)
        if decoded.problems.isEmpty { return decoded.text }
        return try SystemIconv.decodeGB18030(bytes)
    }

    /// The headings of a report as (level, numbering, text).
    static func headings(_ report: StructuredReport) -> [Heading] {
        report.blocks.compactMap { if case .heading(let heading) = $0 { heading } else { nil } }
    }

    /// The paragraphs of a report.
    static func paragraphs(_ report: StructuredReport) -> [String] {
        report.blocks.compactMap { if case .paragraph(let text) = $0 { text } else { nil } }
    }

    /// The tables of a report.
    static func tables(_ report: StructuredReport) -> [Table] {
        report.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    /// The seed files, sorted.
    static var seedFiles: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.seeds.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { Fixtures.seeds.appendingPathComponent($0) }
    }
}

/// The C library's iconv, so the structure tests can read legacy corpus files whichever state the
/// project's own GB18030 decoder is in (the decoder has its own tests).
enum SystemIconv {
    struct Failure: Error {}

    static func decodeGB18030(_ bytes: [UInt8]) throws -> String {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { throw Failure() }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
        let written: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                _ = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return outBuffer.count - outLeft
            }
        }
        return String(decoding: output[0..<written].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
