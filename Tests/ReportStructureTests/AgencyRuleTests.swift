import DocumentModel
import ReportStructure
import Testing

@Suite("Agency from the title: a plain name or nothing")
struct AgencyRuleTests {
    @Test(arguments: [
        ("2019年某某县人民政府信息公开工作年度报告", "某某县人民政府"),
        ("二零一九年某某区人民政府信息公开工作年度报告", "某某区人民政府"),
        ("某某县教育局关于2019年政府信息公开工作年度报告", "某某县教育局"),
        ("某某县教育局关于2019年度政府信息公开工作情况的报告", "某某县教育局"),
        ("关于某某市2019年度政府信息公开工作年度报告", "某某市"),
        ("2019年度某某市交通运输局政府信息公开工作年度报告", "某某市交通运输局"),
        ("2019年某某县人民政府政务公开工作年度报告", "某某县人民政府"),
    ] as [(String, String)])
    func agencyIsTheNameTheTitleGives(title: String, agency: String) {
        let report = Structured.report(title + "\n一、总体情况\n正文。")
        #expect(report.metadata.title == title)
        #expect(report.metadata.agency == agency)
    }

    /// What precedes a year that is part of a range is no name (2018—, 某某市审计局2019-).
    @Test(arguments: [
        "2018—2019年度某某大学信息公开工作年度报告",
        "某某市审计局2019-2020年度政府信息公开工作报告",
        "二〇一八—二〇一九年度某某大学信息公开工作年度报告",
    ])
    func noAgencyWithDigitsOrDashes(title: String) {
        let report = Structured.report(title + "\n一、总体情况\n正文。")
        #expect(report.metadata.title == title)
        let agency = report.metadata.agency ?? ""
        #expect(!agency.unicodeScalars.contains { "0123456789-—".unicodeScalars.contains($0) }, "\(agency)")
    }

    /// Seed 004 names its agency only as the subject that compiled the report.
    @Test func agencyThatCompiledTheReport() {
        let text = "根据《条例》、《2019 年临江市政务公开工作重点任务分工方案的通知》临政公组〔2019〕1 号文件精神,花山镇政府组织编制了2019年度政府信息公开年度报告。报告主要包括概述。\n一、概述\n正文。"
        let report = Structured.report(text)
        #expect(report.metadata.title == "2019年度政府信息公开年度报告")
        #expect(report.metadata.agency == "花山镇政府")
    }

    /// A subject that is no agency name gives none.
    @Test(arguments: [
        "根据要求，我局编制了2019年度政府信息公开年度报告。",
        "根据要求，本单位组织编制了2019年度政府信息公开年度报告。",
        "县政府在门户网站发布了2019年度政府信息公开年度报告。",
        "根据要求，花山镇政府编制了《政务公开目录》，并按时更新了2019年度政府信息公开年度报告。",
        "根据《条例》编制了2019年度政府信息公开年度报告。",
    ])
    func noAgencyFromOtherSubjects(line: String) {
        let report = Structured.report(line + "\n一、概述\n正文。")
        #expect(report.metadata.agency == nil)
    }
}
