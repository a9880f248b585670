import DocumentModel
import ReportStructure
import Testing

@Suite("Metadata: labelled lines in any colon and spacing, dates normalized, lines recorded")
struct MetadataRuleTests {
    @Test func portalInfoBlockFillsEveryField() {
        let text = """
        • 索 引 号:4303000047-2014-00002
          • 分类：政府信息公开年报
          • 发布机构 : 市经济技术开发区
          • 发文日期:2014-01-08
          • 文 号：湘开发〔2014〕1号
          • 主 题 词:统计 年报
        正文第一段。
        """
        let report = Structured.report(text)
        #expect(report.metadata.indexNumber == "4303000047-2014-00002")
        #expect(report.metadata.category == "政府信息公开年报")
        #expect(report.metadata.agency == "市经济技术开发区")
        #expect(report.metadata.publishedDate == "2014-01-08")
        #expect(report.metadata.documentNumber == "湘开发〔2014〕1号")
        #expect(report.metadata.keywords == ["统计", "年报"])
        #expect(report.metadataLines.count == 6)
        #expect(report.blocks == [.paragraph("正文第一段。")])
    }

    /// Labelled lines between numbered sections are the report's own particulars; above the first
    /// section and below the last they are still the page's metadata.
    @Test func labelledLinesInsideTheBodyStayText() {
        let report = Structured.report("""
        来源:公开办
        一、总体情况
        本年度共受理依申请公开5件，具体情况如下：
        时间：2019年3月至12月
        来源：群众来信来访和网上申请
        分类：均为自然人申请
        二、存在问题
        无。
        发布日期:2020-01-15
        """)
        #expect(report.metadata.source == "公开办")
        #expect(report.metadata.category == nil)
        #expect(report.metadata.publishedDate == "2020-01-15")
        #expect(report.blocks.contains(.paragraph("来源：群众来信来访和网上申请")))
        #expect(report.blocks.contains(.paragraph("时间：2019年3月至12月")) && report.blocks.contains(.paragraph("分类：均为自然人申请")))
        #expect(report.metadataLines == ["来源:公开办", "发布日期:2020-01-15"])
    }

    /// A portal prints its publishing date unlabelled before 来源：; it is the publishing date
    /// unless a label states one.
    @Test func dateBeforeTheFirstLabelIsThePublishingDate() {
        let report = Structured.report("某某镇2020年政府信息公开工作年度报告\n2021-01-15 10:16:00　来源：某某镇人民政府\n一、总体情况\n正文。")
        #expect(report.metadata.publishedDate == "2021-01-15")
        #expect(report.metadata.source == "某某镇人民政府")
        #expect(report.metadataLines.contains("2021-01-15 10:16:00　来源：某某镇人民政府"))
        let labelled = Structured.report("2021-01-15 10:16:00　来源：某某镇人民政府\n发布日期：2021-01-20\n正文。")
        #expect(labelled.metadata.publishedDate == "2021-01-20")
        let notADate = Structured.report("2021年度专栏　来源：某某镇人民政府\n正文。")
        #expect(notADate.metadata.publishedDate == nil)
    }

    @Test func severalFieldsOnOneLine() {
        let report = Structured.report("责任编辑:曹冲  来源:公开办   时间:2017-03-14 18:26:03\n正文。")
        #expect(report.metadata.source == "公开办")
        #expect(report.metadata.publishedDate == "2017-03-14")
        #expect(report.metadataLines == ["责任编辑:曹冲  来源:公开办   时间:2017-03-14 18:26:03"])
    }

    @Test func siteNameBeforeALabelIsTheSourceAndAWidgetEndsTheValue() {
        let report = Structured.report("湘潭市经济技术开发区 jiuhuaxiangtan.gov.cn 发布时间:2014-01-08 【字体:\n正文。")
        #expect(report.metadata.publishedDate == "2014-01-08")
        #expect(report.metadata.source == "湘潭市经济技术开发区 jiuhuaxiangtan.gov.cn")
    }

    @Test(arguments: [
        ("发布日期:2018-02-02", "2018-02-02"),
        ("发布时间：2014/1/8", "2014-01-08"),
        ("发布日期: 2019.12.30", "2019-12-30"),
        ("时间:2019年3月5日", "2019-03-05"),
        ("发文日期：二〇一九年十二月三十日", "2019-12-30"),
        ("发布时间: 2020-01-20 15:22", "2020-01-20"),
    ] as [(String, String)])
    func datesAreNormalized(line: String, date: String) {
        #expect(Structured.report(line + "\n正文。").metadata.publishedDate == date)
    }

    @Test(arguments: [("发布日期:2020-02-29", "2020-02-29"), ("发布日期:2000-02-29", "2000-02-29"), ("发布日期:2019-04-30", "2019-04-30")])
    func leapDaysAndMonthEndsAreDates(line: String, date: String) {
        #expect(Structured.report(line + "\n正文。").metadata.publishedDate == date)
    }

    @Test(arguments: ["发布日期:2019-13-01", "发布日期:2019-02-32", "发布日期:19-02-01", "发布日期:2019-02-30", "发布日期:2019-02-29", "发布日期:2019-04-31", "发布日期:二〇一九年二月三十日"])
    func impossibleDatesAreNotNormalized(line: String) {
        #expect(Structured.report(line + "\n正文。").metadata.publishedDate == nil)
    }

    @Test(arguments: [
        "会议时间：2019年3月5日，地点在县政府三楼会议室。",
        "本报告中的来源：各乡镇、县直各单位报送的年度报告，经汇总整理后形成本报告，特此说明。",
        "作者：七月新番",
    ])
    func labelsInsideProseOrWithoutAFieldStayContent(line: String) {
        let report = Structured.report(line)
        #expect(report.metadataLines.isEmpty)
        #expect(Structured.paragraphs(report) == [line])
    }

    @Test func hintsWinOverRecoveredValuesExceptTheTitle() {
        let hints = Metadata(title: "尉氏县2016年政府信息公开年度报告_尉氏县人民政府", agency: "尉氏县人民政府", publishedDate: "2017-03-15")
        let report = Structured.report("尉氏县2016年政府信息公开年度报告\n时间:2017-03-14\n正文。", hints: hints)
        #expect(report.metadata.title == "尉氏县2016年政府信息公开年度报告")
        #expect(report.metadata.agency == "尉氏县人民政府")
        #expect(report.metadata.publishedDate == "2017-03-15")
        #expect(report.metadata.year == 2016)
    }

    @Test func portalTitleHintLosesItsSiteSuffixWhenTheTextHasNoTitle() {
        let hints = Metadata(title: "尉氏县2016年政府信息公开年度报告_尉氏县人民政府")
        let report = Structured.report("正文第一段。", hints: hints)
        #expect(report.metadata.title == "尉氏县2016年政府信息公开年度报告")
        #expect(report.metadata.year == 2016)
    }
}
