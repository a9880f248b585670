/// A realistic government-portal page around a seed report's text: login bar, navigation, a
/// breadcrumb, a side column (menu heading, links, a phone line; no chrome class), the article
/// container holding the seed's lines one `<p>` each, a share bar, 打印 / 关闭 links, related
/// reports, a footer, scripts and styles.
enum SeedPortalPage {
    /// The page, in UTF-8, for `lines` of report text and the `<title>` the portal would give it.
    static func html(lines: [String], title: String?) -> String {
        var page = """
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
            <title>\(escape(title ?? "政府信息公开年度报告"))_某市人民政府门户网站</title>
            <meta name="keywords" content="政府信息公开,年度报告">
            <style>.nav li { float: left; } /* 网站首页 */</style>
            <script>var menu = "<div class='nav'>网站首页</div>"; document.write("<p>脚本里的文字</p>");</script>
            </head><body>
            <div class="top"><div class="login"><a href="/login">用户登录</a> | <a href="/reg">免费注册</a></div>
            <div class="search"><form><input type="text" value="请输入关键字"><button>搜索</button></form></div></div>
            <div id="nav" class="nav"><ul><li><a href="/">网站首页</a></li><li><a href="/zwgk/">政务公开</a></li>
            <li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjbs/">走进本市</a></li></ul></div>
            <div class="wrap">
            <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/nb/">政府信息公开年报</a></div>
            <div class="left"><h3>公开专栏导航</h3><ul><li><a href="/zwgk/zn/">政策文件库</a></li><li><a href="/zwgk/zd/">信息公开制度</a></li>
            <li><a href="/zwgk/jg/">机构概况</a></li></ul><p>咨询电话：0000-1234567</p></div>
            <div class="article">
            <div id="zoom" class="TRS_Editor">

            """
        for line in lines { page += "<p>\(escape(line))</p>\n" }
        page += """
            </div>
            <div class="bdshare_t">分享到：<a href="#" class="bds_weixin">微信</a> <a href="#" class="bds_tsina">新浪微博</a></div>
            <div class="print">【<a href="javascript:window.print()">打印本页</a>】 【<a href="javascript:window.close()">关闭窗口</a>】</div>
            </div>
            <div class="related"><h4>相关阅读</h4><ul><li><a href="/a/1.html">2012年政府信息公开工作年度报告</a></li>
            <li><a href="/a/2.html">关于做好政府信息公开年报编制工作的通知</a></li></ul></div>
            </div>
            <div id="footer"><p>主办单位：某市人民政府办公室 版权所有 网站标识码：2200000001</p>
            <p>备案号：吉ICP备05000000号 <a href="/map">网站地图</a> <a href="/lx">联系我们</a></p></div>
            <script>_hmt.push(["_trackPageview"]);</script>
            </body></html>
            """
        return page
    }

    /// Text as HTML character data.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }

    /// The non-blank lines of a text, whatever its line ends: a page has no empty paragraphs.
    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).map(String.init)
            .filter { !$0.allSatisfy(\.isWhitespace) }
    }
}
