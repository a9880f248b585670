import Foundation
import Testing
import TestSupport

/// The shipped collection, converted by the CLI, loaded in headless Chromium by scripts/check_html.py:
/// strict parsing, title, every table with all its cells, links, no sideways scrolling, no console
/// errors, and screenshots (desktop, phone, dark, print).
///
/// Needs `GAZETTE_HTML_PYTHON` (a Python with html5lib and selenium) and Debian's chromium and
/// chromium-driver; skipped without them. Screenshots go to `GAZETTE_HTML_SHOTS` when set, else
/// to a temporary directory removed afterwards.
@Suite("Headless Chromium check of the converted collection",
       .enabled(if: HTMLCheckTools.python != nil && HTMLCheckTools.chromium))
struct BrowserCheckTests {
    @Test func shippedCollectionRendersInChromium() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let site = directory.path("site")
        // JSON beside each page gives the checker the expected title and tables independently of the page.
        for format in [["--to", "html"], []] {
            let result = try CommandRunner.gazette(["convert", Fixtures.originals.path] + format + ["-o", site.path])
            #expect(result.status == 0, "\(result.err)")
        }
        let shots = ProcessInfo.processInfo.environment["GAZETTE_HTML_SHOTS"].map(URL.init(fileURLWithPath:))
            ?? directory.path("screenshots")
        let python = try #require(HTMLCheckTools.python)
        let script = Fixtures.packageRoot.appendingPathComponent("scripts/check_html.py").path
        let result = try CommandRunner.run(URL(fileURLWithPath: python), [script, site.path, shots.path])
        #expect(result.status == 0, "\(result.out)\(result.err)")
        #expect(result.out.contains("check-html: all pages passed"))
        #expect(result.out.contains("expected titles and tables: 5 pages from their JSON document"))
    }
}
