import Conversion
import Testing

/// The detector on hand-made input: BOMs, declarations and their contradictions, statistics.
@Suite("Encoding detector")
struct EncodingDetectorTests {
    static let simplified = """
        一、总体情况
        本年度，我局认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，\
        围绕群众关切的重点领域，主动公开政府信息，依法办理政府信息公开申请，不断提高工作质量。
        二、主动公开政府信息情况
        全年共发布各类信息一千二百余条，其中规范性文件十五件，政策解读三十篇，及时回应社会关切。

        """

    static let traditional = """
        一、總體情況
        本年度，本局認真貫徹落實政府資訊公開的相關規定，堅持以公開為常態、不公開為例外，\
        圍繞民眾關心的重點領域，主動公開政府資訊，依法辦理資訊公開申請，不斷提高工作品質。
        二、主動公開政府資訊情況
        全年共發布各類資訊一千二百餘條，其中法規命令十五件，政策說明三十篇，及時回應社會關切。

        """

    static func declared(_ label: String) -> DeclaredEncoding {
        DeclaredEncoding(encoding: TextEncoding(label: label)!, label: label, source: "meta charset")
    }

    @Test func bomBeatsDeclaration() throws {
        let gbk = try ReferenceConverter.encode(Self.simplified, to: "GBK")
        let decision = EncodingDetector.detect(([0xEF, 0xBB, 0xBF] + Array(Self.simplified.utf8))[...], declared: Self.declared("gb2312"))
        #expect(decision.encoding == .utf8)
        #expect(decision.evidence == "BOM")
        #expect(decision.confidence == 1)
        #expect(decision.bomLength == 3)
        #expect(decision.notes.count == 1)
        #expect(EncodingDetector.detect(([0xFF, 0xFE] + gbk)[...]).encoding == .utf16LE)
        #expect(EncodingDetector.detect(([0xFE, 0xFF] + gbk)[...]).encoding == .utf16BE)
    }

    @Test func declarationAgreeingWithTheBytesWins() throws {
        let gbk = try ReferenceConverter.encode(Self.simplified, to: "GBK")
        let decision = EncodingDetector.detect(gbk[...], declared: Self.declared("gb2312"))
        #expect(decision.encoding == .gb18030)
        #expect(decision.evidence == "declaration (meta charset=gb2312)")
        #expect(decision.confidence >= 0.9)
        #expect(decision.notes.isEmpty)
        // Nothing in pure ASCII contradicts a declaration.
        #expect(EncodingDetector.detect(Array("<p>hello</p>".utf8)[...], declared: Self.declared("gbk")).encoding == .gb18030)
    }

    /// A UTF-8 page under a legacy label with one character cut mid-sequence (a CMS truncating a
    /// meta description by bytes) is UTF-8, as a legacy file under a UTF-8 label with a stray bad
    /// byte is legacy; it was read as GB18030, every character mojibake.
    @Test(arguments: ["gb2312", "gbk", "big5"])
    func utf8WithAStrayBadSequenceOverridesALegacyLabel(label: String) {
        var bytes = Array(Self.simplified.utf8)
        bytes.insert(contentsOf: Array("根据".utf8).dropLast(), at: 0)  // 根 whole, 据 cut after its second byte
        let decision = EncodingDetector.detect(bytes[...], declared: Self.declared(label))
        #expect(decision.encoding == .utf8, "\(decision.evidence)")
        #expect(decision.evidence.contains("mostly valid UTF-8 (1 invalid sequence"), "\(decision.evidence)")
        // GBK bytes under the same label stay GB18030: as UTF-8 they are errors nearly throughout.
        let gbk = try? ReferenceConverter.encode(Self.simplified, to: "GBK")
        if label != "big5", let gbk { #expect(EncodingDetector.detect(gbk[...], declared: Self.declared(label)).encoding == .gb18030) }
    }

    /// GBK bytes labelled big5 are invalid Big5 and valid GB18030: the label is wrong. Big5 bytes
    /// labelled gb2312 are valid GB18030 too, so the label stands, with a warning.
    @Test func legacyDeclarationAgainstTheOtherLegacyEncoding() throws {
        let gbk = try ReferenceConverter.encode(Self.simplified, to: "GBK")
        let relabelled = EncodingDetector.detect(gbk[...], declared: Self.declared("big5"))
        #expect(relabelled.encoding == .gb18030)
        #expect(relabelled.evidence.hasPrefix("bytes contradict declaration big5: invalid Big5, valid gb18030"), "\(relabelled.evidence)")
        #expect(relabelled.warnings.isEmpty)

        let big5 = try ReferenceConverter.encode(Self.traditional, to: "BIG5")
        let kept = EncodingDetector.detect(big5[...], declared: Self.declared("gb2312"))
        #expect(kept.encoding == .gb18030)
        #expect(kept.confidence == 0.5)
        #expect(kept.warnings.count == 1 && kept.warnings[0].hasPrefix("meta charset=gb2312 kept, but the bytes look like Big5"), "\(kept.warnings)")
        #expect(kept.notes.isEmpty)
    }

    @Test func gbDeclarationContradictedByValidUTF8() {
        let decision = EncodingDetector.detect(Array(Self.simplified.utf8)[...], declared: Self.declared("gb2312"))
        #expect(decision.encoding == .utf8)
        #expect(decision.evidence == "bytes contradict declaration gb2312: valid UTF-8")
        #expect(decision.notes.first?.contains("meta charset=gb2312 ignored") == true)
    }

    @Test(arguments: [("GBK", TextEncoding.gb18030), ("BIG5", .big5)])
    func utf8DeclarationContradictedByLegacyBytes(iconvName: String, expected: TextEncoding) throws {
        let text = expected == .big5 ? Self.traditional : Self.simplified
        let bytes = try ReferenceConverter.encode(text, to: iconvName)
        let decision = EncodingDetector.detect(bytes[...], declared: Self.declared("utf-8"))
        #expect(decision.encoding == expected)
        #expect(decision.evidence.hasPrefix("bytes contradict declaration utf-8: invalid UTF-8, valid \(expected.rawValue)"))
        #expect(decision.notes.count == 1)
    }

    /// One corrupted byte in a legacy file labelled utf-8 does not keep it UTF-8.
    @Test func utf8DeclarationContradictedByMostlyValidGBK() throws {
        var bytes = try ReferenceConverter.encode(Self.simplified + Self.simplified, to: "GBK")
        bytes.insert(0xFF, at: 40)
        let decision = EncodingDetector.detect(bytes[...], declared: Self.declared("utf-8"))
        #expect(decision.encoding == .gb18030)
        #expect(decision.evidence.hasPrefix("bytes contradict declaration utf-8: invalid UTF-8, mostly valid gb18030"))
    }

    /// Text that is not Chinese in any reading (Latin-1 here) is not recognized, and says so.
    @Test func nonChineseLegacyBytesAreLowConfidence() {
        let latin1: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8, 0x6D, 0x65] + Array(" br".utf8) + [0xFB, 0x6C, 0xE9, 0x65]
        let decision = EncodingDetector.detect(latin1[...])
        #expect(decision.confidence <= 0.3)
        #expect(decision.notes.contains { $0.contains("do not look like") })
    }

    @Test func pureASCIIIsUTF8() {
        let decision = EncodingDetector.detect(Array("Annual report 2023\n".utf8)[...])
        #expect(decision.encoding == .utf8)
        #expect(decision.evidence == "statistics (ASCII only)")
    }

    /// Big5 bytes are valid GB18030 too; the frequent characters tell them apart.
    @Test func big5AndGBKByStatistics() throws {
        let big5 = try ReferenceConverter.encode(Self.traditional, to: "BIG5")
        #expect(TextEncoding.gb18030.decode(big5).problems.isEmpty, "the point: Big5 is valid GB18030")
        let big5Decision = EncodingDetector.detect(big5[...])
        #expect(big5Decision.encoding == .big5, "\(big5Decision.evidence)")
        #expect(big5Decision.confidence >= 0.8)
        #expect(big5Decision.evidence.hasPrefix("statistics (GB frequent characters "))

        let gbk = try ReferenceConverter.encode(Self.simplified, to: "GBK")
        let gbkDecision = EncodingDetector.detect(gbk[...])
        #expect(gbkDecision.encoding == .gb18030, "\(gbkDecision.evidence)")
        #expect(gbkDecision.confidence >= 0.8)
        #expect(gbkDecision.notes.isEmpty)
    }

    /// EUC-TW is valid GB18030 byte-wise, but the text would be garbage: low confidence and a note.
    @Test func eucTWIsNotConfidentGB() throws {
        let euc = try ReferenceConverter.encode(Self.traditional, to: "EUC-TW")
        let decision = EncodingDetector.detect(euc[...])
        #expect(decision.confidence <= 0.3, "\(decision.evidence)")
        #expect(decision.notes.contains { $0.contains("do not look like") })
    }

    @Test func mixedContentPicksTheMajority() throws {
        let gbk = try ReferenceConverter.encode(Self.simplified, to: "GBK")
        let strayUTF8 = Array("附件：统计表\n".utf8)
        let mostlyGBK = gbk + strayUTF8 + gbk + gbk
        #expect(EncodingDetector.detect(mostlyGBK[...]).encoding == .gb18030)

        let utf8 = Array(Self.simplified.utf8)
        let strayGBK = try ReferenceConverter.encode("附件：统计表\n", to: "GBK")
        let decision = EncodingDetector.detect((utf8 + strayGBK + utf8 + utf8)[...])
        #expect(decision.encoding == .utf8, "\(decision.evidence)")
        #expect(decision.notes.contains { $0.hasPrefix("mostly UTF-8") })
    }

    /// Only the first 64 KiB count, and a character cut by the sample's end is not an error;
    /// a long ASCII preamble is skipped.
    @Test func sampleBoundaries() throws {
        let utf8 = Array(String(repeating: Self.simplified, count: 200).utf8)
        #expect(utf8.count > EncodingDetector.sampleLength + 3)
        let cut = EncodingDetector.detect(utf8[...])
        #expect(cut.encoding == .utf8)
        #expect(cut.evidence.hasPrefix("statistics (valid UTF-8"))

        let sniffed = EncodingDetector.detect(utf8.prefix(1000), endsInput: false)
        #expect(sniffed.evidence.hasPrefix("statistics (valid UTF-8"), "a sniff sample cut mid-character")
        #expect(EncodingDetector.detect(utf8.prefix(1000)).notes.contains { $0.hasPrefix("mostly UTF-8") })

        let preamble = [UInt8](repeating: UInt8(ascii: "a"), count: 100_000)
        let gbk = try ReferenceConverter.encode(Self.simplified, to: "GBK")
        #expect(EncodingDetector.detect((preamble + gbk)[...]).encoding == .gb18030)
    }
}
