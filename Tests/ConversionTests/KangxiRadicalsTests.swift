import Conversion
import Foundation
import Testing

/// Text extracted from some PDFs writes ideographs as Kangxi radicals (⼀ for 一).
@Suite("Kangxi radicals read as the ideographs they stand for")
struct KangxiRadicalsTests {
    @Test func everyRadicalBecomesItsNFKCForm() {
        let radicals = String(String.UnicodeScalarView((0x2F00...0x2FD5).compactMap(Unicode.Scalar.init)))
        let (text, count) = KangxiRadicals.unify(radicals)
        #expect(count == 214)
        #expect(text == radicals.precomposedStringWithCompatibilityMapping)
    }

    @Test func textWithoutRadicalsIsUntouched() {
        let text = "“一、总体情况”——本年度共公开信息…条。⺟（U+2E9F, a radical supplement, is left）"
        #expect(KangxiRadicals.unify(text) == (text, 0))
    }

    @Test func headingsAndNamesWrittenWithRadicalsAreRead() {
        let (text, count) = KangxiRadicals.unify("⼀、总体情况\n临江市花⼭镇⼈民政府")
        #expect(text == "一、总体情况\n临江市花山镇人民政府")
        #expect(count == 3)
        #expect(KangxiRadicals.diagnostics(count: count).first?.message.hasPrefix("3 Kangxi radical characters") == true)
        #expect(KangxiRadicals.diagnostics(count: 0).isEmpty)
    }
}
