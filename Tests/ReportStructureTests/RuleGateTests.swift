import Conversion
import Foundation
@testable import ReportStructure
import Testing

/// `RuleGate` is a shortcut that must never skip a line a chrome or metadata rule would match:
/// checked on every line of the shipped reports and fixtures and on random lines built from the
/// characters and words those rules look for.
@Suite("Rule gate: never skips a line a rule matches")
struct RuleGateTests {
    /// True when some rule the gate stands in front of matches `line`.
    private static func ruleMatches(_ line: Substring) -> Bool {
        ChromeRule.reason(line) != nil || MetadataLine.parse(line) != nil
    }

    private static func violations(_ lines: [Substring]) -> [String] {
        lines.filter { ScalarText.count($0, upTo: ChromeRule.maximumLength + 1) <= ChromeRule.maximumLength }
            .filter { !RuleGate.mayMatch($0) && ruleMatches($0) }
            .prefix(20).map(String.init)  // the first few are enough to see the rule
    }

    @Test("every line of the shipped reports and the fixtures")
    func realLines() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var texts: [String] = []
        // Conversion's walker and reader: one shipped original has a GBK-byte name Foundation cannot open.
        let folders = ["Archive/originals", "Tests/ReportStructureTests/Fixtures", "../shared/corpus"]
            .map { FilePath(root.appendingPathComponent($0).path) }
            .filter { FileManager.default.fileExists(atPath: $0.description) }
        for file in InputWalker.expand(folders).files where !file.path.description.hasSuffix(".source.txt") {
            let bytes = try FileIO.read(file.path)
            // The shipped originals are GB18030 or UTF-8; either reading gives real lines.
            texts.append(String(decoding: bytes, as: UTF8.self))
            texts.append(TextEncoding.gb18030.decode(bytes[...]).text)
        }
        let lines = texts.flatMap { $0.split(whereSeparator: \.isNewline) }
        #expect(lines.count > 1000)
        #expect(Self.violations(lines) == [])
    }

    @Test("random lines of rule characters, vocabulary and labels")
    func randomLines() {
        let pieces = ["登录", "注册", "打印", "关闭窗口", "字体", "大", "中", "小", "点击数", "次", "分享到", "微信", "来源", "编辑",
                      "当前位置", "您现在的位置", "首页", "政务公开", "发布机构", "发布日期", "索引号", "文号", "主题分类", "关键词",
                      "成文日期", "信息来源", "年度报告", "本机关", "2019", "12", "年", "月", "日", " ", "　", ":", "：", ">", ">>",
                      "＞", "»", "→", "-->", "=", "-", "*", "_", "─", "—", "━", "【", "】", "[", "]", "(", "（", "）", "|", "｜", "/", "·"]
        var generator = SystemRandomNumberGenerator()
        let lines: [Substring] = (0..<20_000).map { _ in
            Substring((0..<Int.random(in: 1...7, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        #expect(lines.filter(Self.ruleMatches).count > 1000, "the generator must reach the rules")
        #expect(Self.violations(lines) == [])
    }
}
