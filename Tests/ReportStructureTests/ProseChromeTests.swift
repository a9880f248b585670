import DocumentModel
import ReportStructure
import Testing

/// A report sentence that opens with a widget's or a breadcrumb's word stays in the body; the
/// widget itself is still set aside.
@Suite("Chrome words opening a sentence")
struct ProseChromeTests {
    @Test(arguments: [
        "点击数：全年门户网站累计点击数达到一百二十万次，较上年增长百分之二十，其中政府信息公开专栏点击数为四十万次。",
        "当前位置：本机关政府信息公开工作仍处于起步阶段，需要在明年进一步加强和改进相关工作。",
    ])
    func aSentenceStaysInTheBody(line: String) {
        let report = ReportStructurer().structure(text: "某某县2019年政府信息公开工作年度报告\n一、网站建设\n\(line)\n二、其他\n无。\n")
        #expect(report.blocks.contains(.paragraph(line)))
        #expect(!report.setAside.contains { $0.text == line })
    }

    @Test(arguments: ["点击数：1234", "当前位置：首页 > 政务公开 > 政府信息公开年度报告", "字体：大 中 小"])
    func theWidgetIsSetAside(line: String) {
        let report = ReportStructurer().structure(text: "某某县2019年政府信息公开工作年度报告\n一、网站建设\n\(line)\n二、其他\n无。\n")
        #expect(report.setAside.contains { $0.text == line }, "\(report.setAside)")
    }
}
