import DocumentModel
import ReportStructure
import Testing

/// Metadata fields a page ran together or padded oddly still read as their fields.
@Suite("Metadata fields run together or padded")
struct GluedFieldTests {
    @Test("two fields with no white space between them read as two")
    func fieldsRunTogether() {
        let report = Structured.report("""
        索引号：11220581MB1234567X/2020-00012主题分类：政务公开
        发布机构：临江市花山镇人民政府生成日期：2020-01-15
        花山镇2019年政府信息公开工作年度报告
        一、总体情况
        花山镇2019年度共计公开信息数为70条。
        """)
        #expect(report.metadata.indexNumber == "11220581MB1234567X/2020-00012")
        #expect(report.metadata.category == "政务公开")
        #expect(report.metadata.agency == "临江市花山镇人民政府")
        #expect(report.metadata.publishedDate == "2020-01-15")
        #expect(report.metadataLines.contains("发布机构：临江市花山镇人民政府生成日期：2020-01-15"))
        #expect(!Structured.paragraphs(report).contains { $0.contains("索引号") || $0.contains("发布机构") })
    }

    @Test("a label word with a colon inside a sentence is still no label",
          arguments: ["本次会议时间：2019年3月5日，地点在县政府三楼会议室。", "我镇调整了办公时间：上午8时至12时"])
    func labelInsideProse(line: String) {
        let report = Structured.report(line)
        #expect(report.metadataLines.isEmpty)
        #expect(Structured.paragraphs(report) == [line])
    }

    @Test("a label padded with no-break, em, en or ideographic spaces is a label",
          arguments: ["\u{A0}", "\u{2003}", "\u{2002}", "\u{3000}", "\u{2009}"])
    func paddedLabels(space: String) {
        let report = Structured.report("""
        花山镇2019年政府信息公开工作年度报告
        索\(space)引\(space)号：XX-1
        文\(space)\(space)号：花政发〔2020〕3号
        发\(space)布\(space)机\(space)构：临江市花山镇人民政府
        一、总体情况
        花山镇2019年度共计公开信息数为70条。
        """)
        #expect(report.metadata.indexNumber == "XX-1")
        #expect(report.metadata.documentNumber == "花政发〔2020〕3号")
        #expect(report.metadata.agency == "临江市花山镇人民政府")
        #expect(!Structured.paragraphs(report).contains { $0.contains("号：") || $0.contains("构：") })
    }

    @Test("the labels of a disclosure catalogue's grid are metadata, even alone on their lines")
    func catalogueLabels() {
        let lines = [
            "名称：花山镇2019年政府信息公开工作年度报告", "文件编号：花政发〔2020〕3号", "组配分类：政府信息公开年报", "体裁分类：报告",
            "公开方式：主动公开", "公开范围：面向社会", "有效性：有效", "内容概述：花山镇2019年政府信息公开工作情况", "实施日期：2020-02-01",
        ]
        let report = Structured.report(lines.joined(separator: "\n") + "\n一、总体情况\n花山镇2019年度共计公开信息数为70条。")
        #expect(report.metadataLines == lines)
        #expect(report.metadata.title == "花山镇2019年政府信息公开工作年度报告")
        #expect(report.metadata.documentNumber == "花政发〔2020〕3号")
        #expect(report.metadata.category == "政府信息公开年报")
        #expect(report.metadata.publishedDate == nil)
        #expect(Structured.paragraphs(report) == ["花山镇2019年度共计公开信息数为70条。"])
    }
}
