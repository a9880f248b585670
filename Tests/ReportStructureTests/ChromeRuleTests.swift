import DocumentModel
import ReportStructure
import Testing

@Suite("Portal chrome: set aside with a reason, never in the body")
struct ChromeRuleTests {
    @Test(arguments: [
        ("登录 注册", "login bar"),
        ("用户登录 | 免费注册", "login bar"),
        ("当前位置:首页-->政府信息公开-->信息公开年报-->政府信息公开年报", "breadcrumb"),
        ("您现在的位置：首页 > 政务公开 > 年度报告", "breadcrumb"),
        ("临江市政府信息公开专栏 >> 花山镇 >> 政府信息公开年度报告", "breadcrumb"),
        ("【打印此文】 【关闭窗口】", "print and close links"),
        ("[打印本页] [关闭窗口] [返回顶部]", "print and close links"),
        ("【字体：大 中 小】", "font-size widget"),
        ("字号：默认 大 小", "font-size widget"),
        ("点击数:", "hit counter"),
        ("浏览次数：1234次", "hit counter"),
        ("访问量: 56", "hit counter"),
        ("分享到：微信 微博 QQ空间", "share bar"),
        ("来 源: 责任编辑:", "empty metadata label"),
        ("责任编辑：张三", "editor line"),
        ("==================== 正文 ====================", "separator"),
        // Government portals' own widgets (found by black-box testing on CMS templates).
        ("上一篇：没有了", "previous and next links"),
        ("下一篇：关于开展冬季安全生产大检查的通知", "previous and next links"),
        ("扫一扫在手机打开当前页", "share bar"),
        ("分享至：", "share bar"),
        ("【我要纠错】", "site links"),
        ("政府网站找错", "site links"),
        ("网站地图 | 联系我们 | 无障碍浏览", "site links"),
        ("视力保护色：", "font-size widget"),
        ("【大 中 小】", "font-size widget"),
        ("点击：1234次", "hit counter"),
        ("保存本页", "print and close links"),
    ] as [(String, String)])
    func chromeIsSetAside(line: String, reason: String) {
        let report = Structured.report("正文第一段。\n\(line)\n正文第二段。")
        #expect(report.setAside == [SetAsideLine(line, reason: reason)])
        #expect(report.blocks == [.paragraph("正文第一段。"), .paragraph("正文第二段。")])
    }

    @Test(arguments: [
        "用户登录后可以在线提交政府信息公开申请，系统自动登记。",
        "大",
        "打印机采购项目已公开",
        "首页 > 通知",
        "中小企业服务中心",
        "我县将继续做好信息公开工作 >> 详见附件",
        "下一步工作打算：继续深化政务公开",
        "大力推进决策公开",
        "小微企业扶持政策已全部公开",
        "点击率较上年增长12%，群众满意度提高",
        "联系我们的方式已在门户网站公布",
    ])
    func contentThatMentionsChromeWordsStays(line: String) {
        let report = Structured.report(line)
        #expect(report.setAside.isEmpty)
        #expect(Structured.paragraphs(report) == [line])
    }

    @Test func chromeOnlyInputGivesAnEmptyBody() {
        let text = "登录 注册\n当前位置:首页-->信息公开\n【打印此文】 【关闭窗口】\n点击数:\n"
        let report = Structured.report(text)
        #expect(report.blocks.isEmpty)
        #expect(report.setAside.count == 4)
        #expect(report.metadata == Metadata())
    }

    @Test func crawlerHeaderBeforeItsSeparatorIsSetAside() {
        let text = "标题: 某县2019年政府信息公开工作年度报告\n本地目录: a/b/c\n页面链接与图片详见 links.tsv(同目录)\n==== 正文 ====\n正文。"
        let report = Structured.report(text)
        #expect(report.setAside.map(\.reason) == ["crawler header", "crawler header", "separator"])
        #expect(report.metadata.title == "某县2019年政府信息公开工作年度报告")
        #expect(report.blocks == [.paragraph("正文。")])
    }
}
