import DocumentModel
import ReportStructure
import Testing

/// Word and WPS set a gap between digits and CJK text; PDF text extraction writes it as a space.
@Suite("A year written with a space before 年 (PDF text)")
struct SpacedYearTests {
    @Test(arguments: [
        ("临江市花山镇人民政府 2021 年政府信息公开工作年度报告", "临江市花山镇人民政府"),
        ("临江市花山镇人民政府 2021年政府信息公开工作年度报告", "临江市花山镇人民政府"),
        ("临江市花山镇人民政府2021\u{3000}年度政府信息公开工作年度报告", "临江市花山镇人民政府"),
        ("2021 年度临江市花山镇政府信息公开工作年度报告", "临江市花山镇"),
    ])
    func theTitleGivesItsYearAndAgency(title: String, agency: String) {
        let report = Structured.report(title + "\n一、总体情况\n2021 年，全年主动公开政府信息 312 条。")
        #expect(report.metadata.title == title)
        #expect(report.metadata.year == 2021)
        #expect(report.metadata.agency == agency)
    }

    @Test func aSpacedStatisticsPeriodGivesTheYear() {
        let report = Structured.report("一、总体情况\n本报告统计时间为 2021 年 1 月 1 日至 2021 年 12 月 31 日。\n二、其他")
        #expect(report.metadata.year == 2021)
    }

    /// A digit before the four is no year, as before.
    @Test func aDigitBeforeTheFourIsNoYear() {
        #expect(Structured.report("某某县12021 年政府信息公开工作年度报告\n一、总体情况").metadata.year == nil)
    }
}
