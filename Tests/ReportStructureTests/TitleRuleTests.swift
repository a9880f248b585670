import DocumentModel
import ReportStructure
import Testing

@Suite("Title, year and agency: stated, inferred, never invented")
struct TitleRuleTests {
    @Test func titleLineGivesTitleYearAndAgency() {
        let report = Structured.report("登录 注册\n2017年通化市铁厂镇政府信息公开年度报告\n发布日期:2018-02-02\n一、基本情况\n正文。")
        #expect(report.metadata.title == "2017年通化市铁厂镇政府信息公开年度报告")
        #expect(report.metadata.year == 2017)
        #expect(report.metadata.publishedDate == "2018-02-02")
        #expect(report.metadata.agency == "通化市铁厂镇")
        #expect(report.metadataLines.first == "2017年通化市铁厂镇政府信息公开年度报告")
    }

    @Test(arguments: [
        ("尉氏县2016年政府信息公开年度报告", "尉氏县", 2016),
        ("平潭县人民政府2011年政府信息公开工作年度报告", "平潭县人民政府", 2011),
        ("平潭综合实验区2019年度政府信息公开工作年度报告", "平潭综合实验区", 2019),
        ("二〇一九年临江市花山镇政府信息公开工作年度报告", "临江市花山镇", 2019),
    ] as [(String, String, Int)])
    func agencyAndYearFromTheTitle(title: String, agency: String, year: Int) {
        let report = Structured.report(title + "\n正文。")
        #expect(report.metadata.title == title)
        #expect(report.metadata.agency == agency)
        #expect(report.metadata.year == year)
    }

    @Test func statedAgencyBeatsTheTitle() {
        let report = Structured.report("尉氏县2016年政府信息公开年度报告\n发布机构:尉氏县人民政府办公室\n正文。")
        #expect(report.metadata.agency == "尉氏县人民政府办公室")
    }

    @Test func titleIsInferredFromTheOpeningSentence() {
        let text = "2014年,自治州人民政府深入贯彻落实《条例》。现就博尔塔拉蒙古自治州人民政府2014年度政府信息公开工作情况报告如下:\n一、工作情况"
        let report = Structured.report(text)
        #expect(report.metadata.title == "博尔塔拉蒙古自治州人民政府2014年度政府信息公开工作情况报告")
        #expect(report.metadata.year == 2014)
        #expect(report.metadata.agency == "博尔塔拉蒙古自治州人民政府")
        #expect(report.metadataLines.isEmpty)
    }

    @Test func noYearNoInferredTitle() {
        let report = Structured.report("现将政府信息公开工作报告如下:\n一、基本做法")
        #expect(report.metadata.title == nil)
        #expect(report.metadata.year == nil)
    }

    @Test func yearComesFromTheStatisticsPeriodWhenNothingElseSaysIt() {
        let report = Structured.report("本报告所列数据的统计期限自2011年1月1日起至2011年12月31日。\n一、概述")
        #expect(report.metadata.year == 2011)
        #expect(report.metadata.title == nil)
    }

    @Test(arguments: [
        "《秦吏》",
        "政府信息公开年度报告",
        "关于印发2019年政务公开工作要点的通知",
        "2019年，我县认真贯彻落实《条例》，现将有关情况报告。",
    ])
    func linesThatAreNotReportTitlesGiveNoTitle(line: String) {
        let report = Structured.report(line + "\n正文。")
        #expect(report.metadata.title == nil)
        #expect(Structured.paragraphs(report).first == line)
    }

    /// A title line that carries the page's date keeps its title; the date is the publishing date
    /// when no label gives one.
    @Test(arguments: [
        ("某某市2019年度政府信息公开工作年度报告 2020-01-31", "某某市2019年度政府信息公开工作年度报告", 2019, "2020-01-31"),
        ("某某市 2019年度政府信息公开工作年度报告　2020年1月31日 10:16", "某某市 2019年度政府信息公开工作年度报告", 2019, "2020-01-31"),
        ("某某市2020年政府信息公开工作年度报告 发布时间：2021-01-29", "某某市2020年政府信息公开工作年度报告", 2020, "2021-01-29"),
        ("某某市2019年度政府信息公开工作年度报告（发布日期：2020-01-31）", "某某市2019年度政府信息公开工作年度报告", 2019, "2020-01-31"),
        ("某某市2019年度政府信息公开工作年度报告(2020-01-31)", "某某市2019年度政府信息公开工作年度报告", 2019, "2020-01-31"),
    ] as [(String, String, Int, String)])
    func titleLineWithItsDate(line: String, title: String, year: Int, date: String) {
        let report = Structured.report(line + "\n一、总体情况\n正文。")
        #expect(report.metadata.title == title)
        #expect(report.metadata.year == year)
        #expect(report.metadata.publishedDate == date)
        #expect(report.metadataLines == [line])
        #expect(Structured.paragraphs(report) == ["正文。"])
    }

    @Test func aLabelledDateBeatsTheDateBesideTheTitle() {
        let report = Structured.report("某某市2019年度政府信息公开工作年度报告 2020-01-31\n发布日期：2020-02-03\n正文。")
        #expect(report.metadata.title == "某某市2019年度政府信息公开工作年度报告")
        #expect(report.metadata.publishedDate == "2020-02-03")
    }

    @Test func onlyTheFirstTitleLineIsTheTitle() {
        let report = Structured.report("2017年通化市铁厂镇政府信息公开年度报告\n2017年区政府信息公开年度报告\n一、基本情况")
        #expect(report.metadata.title == "2017年通化市铁厂镇政府信息公开年度报告")
        #expect(Structured.paragraphs(report) == ["2017年区政府信息公开年度报告"])
    }
}
