import Foundation
import HTMLPlugin
import Testing
import TestSupport

/// Every page the writer makes parses without a single error under html5lib's strict HTML5 parser.
///
/// Needs a Python with html5lib: set `GAZETTE_HTML_PYTHON` (scripts/check-html sets one up;
/// `.ci/run` exports it). Without it the suite is skipped, not passed silently.
@Suite("Strict HTML5 parsing (html5lib)",
       .enabled(if: HTMLCheckTools.python != nil))
struct StrictParserTests {
    @Test func samplePagesAndIndexParseStrictly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let documents = [("full", SampleDocuments.full), ("wide", SampleDocuments.wide), ("empty", SampleDocuments.empty)]
            + HostileText.all.enumerated().map { ("hostile-\($0.offset)", SampleDocuments.hostile($0.element)) }
        for (name, document) in documents {
            try directory.write("\(name).html", try HTMLWriter().write(document))
        }
        try directory.write("index.html", CollectionIndexTests.sample.render())
        let python = try #require(HTMLCheckTools.python)
        let script = Fixtures.packageRoot.appendingPathComponent("scripts/check_html.py").path
        let result = try CommandRunner.run(URL(fileURLWithPath: python), [script, "--parse-only", directory.url.path])
        #expect(result.status == 0, "\(result.out)\(result.err)")
        #expect(result.out.contains("html5lib strict: \(documents.count + 1) pages parsed, 0 failed"))
    }
}
