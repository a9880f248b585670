import Foundation
import Testing
import TestSupport

/// Golden files under `Fixtures/golden/`: compared byte for byte, re-recorded with `GAZETTE_RECORD=1`.
enum Golden {
    static let directory = Fixtures.directory().appendingPathComponent("golden")

    /// Checks `bytes` against `golden/<name>`, or writes them there when recording.
    static func check(_ bytes: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if Fixtures.recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            Issue.record("missing golden file \(name); run with GAZETTE_RECORD=1 to record it", sourceLocation: sourceLocation)
            return
        }
        if Array(expected) != bytes {
            let got = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let want = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            let gotLine = line < got.count ? String(got[line]) : "<end>"
            let wantLine = line < want.count ? String(want[line]) : "<end>"
            Issue.record("\(name) differs at line \(line + 1):\n  got:  \(gotLine)\n  want: \(wantLine)\n(GAZETTE_RECORD=1 re-records)",
                         sourceLocation: sourceLocation)
        }
    }
}
