import DocumentModel
import ReportStructure
import Testing

@Suite("A title naming two years: the later year, said out loud")
struct YearRangeTests {
    @Test(arguments: [
        ("某某市审计局2019-2020年度政府信息公开工作报告", 2019, 2020, "某某市审计局"),
        ("2018—2019年度某某大学信息公开工作年度报告", 2018, 2019, "某某大学"),
        ("某某大学2018-2019学年信息公开工作年度报告", 2018, 2019, "某某大学"),
        ("某某大学2018～2019学年度信息公开工作年度报告", 2018, 2019, "某某大学"),
        ("某某县人民政府2018年至2019年政府信息公开工作报告", 2018, 2019, "某某县人民政府"),
    ] as [(String, Int, Int, String)])
    func rangeGivesTheLaterYearAndADiagnostic(title: String, earlier: Int, later: Int, agency: String) {
        let report = Structured.report(title + "\n一、总体情况\n正文。")
        #expect(report.metadata.title == title)
        #expect(report.metadata.year == later)
        #expect(report.metadata.agency == agency)
        let notes = report.diagnostics.filter { $0.message.contains("filed under") }
        #expect(notes.count == 1)
        #expect(notes.first?.severity == .info)
        #expect(notes.first?.message.contains("covers \(earlier) and \(later); filed under \(later)") == true)
    }

    @Test func aSingleYearGivesNoDiagnostic() {
        let report = Structured.report("某某市审计局2020年度政府信息公开工作报告\n一、总体情况\n正文。")
        #expect(report.metadata.year == 2020)
        #expect(report.diagnostics.isEmpty)
    }

    /// Not a range: a date, a year counting down, a number that is no year.
    @Test(arguments: [
        ("某某市2019年政府信息公开工作年度报告", 2019),
        ("某某市2020-2019年度政府信息公开工作报告", 2019),
        ("某某市12-2019年度政府信息公开工作报告", 2019),
    ] as [(String, Int)])
    func notARange(title: String, year: Int) {
        let report = Structured.report(title + "\n正文。")
        #expect(report.metadata.year == year)
        #expect(report.diagnostics.isEmpty)
    }
}
