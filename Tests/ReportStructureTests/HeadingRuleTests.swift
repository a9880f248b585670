import DocumentModel
import ReportStructure
import Testing

@Suite("Headings: levels from numbering, heading split from its paragraph, numbering in sentences ignored")
struct HeadingRuleTests {
    @Test(arguments: [
        ("一、基本情况", 1, "一、", "基本情况"),
        ("十二、其他事项", 1, "十二、", "其他事项"),
        ("（一）加强组织领导", 2, "（一）", "加强组织领导"),
        ("(二)强化组织领导,完善各项机制", 2, "(二)", "强化组织领导,完善各项机制"),
        ("㈢ 加强制度建设", 2, "㈢", "加强制度建设"),
        ("1.围绕建设法治政府全面推进政务公开", 3, "1.", "围绕建设法治政府全面推进政务公开"),
        ("2、拓宽公开途径", 3, "2、", "拓宽公开途径"),
        ("１．加强网站建设", 3, "１．", "加强网站建设"),
        ("（1）加强政策解读信息公开", 4, "（1）", "加强政策解读信息公开"),
        ("(12)推进国资国企信息公开", 4, "(12)", "推进国资国企信息公开"),
        ("⑴推进财政资金信息公开", 4, "⑴", "推进财政资金信息公开"),
        ("③推进环境保护信息公开", 4, "③", "推进环境保护信息公开"),
    ] as [(String, Int, String, String)])
    func levelComesFromNumbering(line: String, level: Int, numbering: String, text: String) {
        let report = Structured.report("正文第一段。\n" + line)
        #expect(Structured.headings(report) == [Heading(level: level, numbering: numbering, text: text)])
    }

    /// A heading may start with a numeral word (一年来, 一次性, 一错再错); only a second number that
    /// continues a list or range (一、二季度, 一、二、三) keeps the line a sentence.
    @Test(arguments: [
        ("一、一年来主要工作", 1, "一年来主要工作"),
        ("三、一次性告知制度落实情况", 3, "一次性告知制度落实情况"),
        ("一、一个阴谋的诞生", 1, "一个阴谋的诞生"),
        ("四、一错再错", 4, "一错再错"),
        ("二、二〇一九年工作回顾", 2, "二〇一九年工作回顾"),
    ] as [(String, Int, String)])
    func headingTextMayStartWithANumeral(line: String, number: Int, text: String) {
        let numbers = ["一", "二", "三", "四"]
        let earlier = numbers.prefix(number - 1).map { "\($0)、前面的部分\n正文。\n" }.joined()
        let report = Structured.report("正文第一段。\n" + earlier + line + "\n正文。")
        #expect(Structured.headings(report).last == Heading(level: 1, numbering: numbers[number - 1] + "、", text: text))
    }

    @Test func headingRunningIntoItsParagraphIsSplit() {
        let report = Structured.report("（一）加强领导，完善政府信息公开机制。按照省、市的工作部署和要求，努力建立政务公开长效机制。")
        #expect(report.blocks == [
            .heading(Heading(level: 2, numbering: "（一）", text: "加强领导，完善政府信息公开机制。")),
            .paragraph("按照省、市的工作部署和要求，努力建立政务公开长效机制。"),
        ])
    }

    @Test func headingGluedToAYearOrOpeningWordIsSplit() {
        let report = Structured.report("四、政府信息公开工作存在的主要问题及改进情况目前，我县在政府信息公开工作的开展中，仍存在一些不足，需要在今后的工作中加以改进和完善。")
        #expect(Structured.headings(report).map(\.text) == ["政府信息公开工作存在的主要问题及改进情况"])
        #expect(Structured.paragraphs(report).first?.hasPrefix("目前，") == true)
        let year = Structured.report("（二）主动公开政府信息的主要类别2011年，在平潭综合实验区管委会网站主动公开的425条政府信息中，机构职能信息148条，占34.8%。")
        #expect(Structured.headings(year).map(\.text) == ["主动公开政府信息的主要类别"])
    }

    @Test(arguments: [
        "一是力度大。政务公开工作很大程度上改进了机关工作作风。",
        "二是范围广。我区权力清单中行政职权共1013项。",
        "第二十条第(一)项规定的信息已全部公开。",
        "1.5万元用于网站建设，全部来自财政拨款，没有向申请人收取任何费用。",
        "2019.12.30发布了本年度报告。",
        "一、二季度完成了目录梳理工作，三季度开展了检查。",
        "一、二月份共受理申请12件。",
        "一、二、三季度均按时更新了目录。",
        "原因:一是从事政府信息公开工作的人员均为兼职人员，工作力量不足。",
        "①②③号文件均已按规定公开。",
        "①、②项内容已在门户网站公开。",
        "⑴⑵两类信息均已公开。",
        "十、百、千三级联动机制已建立。",
    ])
    func numberingInsideSentencesIsNotAHeading(line: String) {
        let report = Structured.report(line)
        #expect(Structured.headings(report).isEmpty)
        #expect(Structured.paragraphs(report) == [line])
    }

    @Test func numberedProseWithALongFirstSentenceStaysAParagraph() {
        let line = "1.门户网站在“平潭综合实验区管委会网站”首页页面上专门开辟了“政府信息公开”模块，并根据需要设置了相关的信息公开栏目。"
        let report = Structured.report(line)
        #expect(report.blocks == [.paragraph(line)])
    }

    @Test func pdfTableRowIsNotAHeading() {
        let line = "一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119"
        #expect(Structured.report(line).blocks == [.paragraph(line)])
    }

    @Test func labelBeforeTheNextNumberBecomesItsOwnParagraph() {
        let text = "(三)重简单公开,轻及时反馈。\n对策:1、统一认识,努力规范工作流程。我镇将按照总体要求推进。\n2、拓宽公开途径。进一步完善本镇网站建设。"
        let report = Structured.report(text)
        #expect(Structured.headings(report).map(\.numbering) == ["(三)", "1、", "2、"])
        #expect(Structured.paragraphs(report).contains("对策:"))
    }
}
