import DocumentModel

extension HTMLWriter {
    /// The provenance footer: where the page came from and how it was read; the long lists
    /// (diagnostics, set-aside portal chrome, metadata lines as written) are collapsed.
    func writeProvenance(_ p: Provenance, to out: inout HTMLOutput) {
        out.raw("<footer class=\"provenance\">\n<h2>来源记录</h2>\n<dl>\n")
        out.raw("<dt>原文件名</dt><dd>"); out.text(p.sourceName); out.raw("</dd>\n")
        if let hex = p.sourceNameHex {
            out.raw("<dt>文件名字节</dt><dd><code>"); out.text(hex); out.raw("</code></dd>\n")
        }
        out.raw("<dt>大小</dt><dd>"); out.int(p.byteCount); out.raw(" 字节</dd>\n")
        out.raw("<dt>格式</dt><dd>"); out.text(p.format); out.raw("</dd>\n")
        out.raw("<dt>编码</dt><dd>"); out.text(p.encoding)
        out.raw("（置信度 "); out.double(p.confidence); out.raw("；依据："); out.text(p.evidence)
        out.raw("）</dd>\n")
        out.raw("<dt>SHA-256</dt><dd><code>"); out.text(p.sha256); out.raw("</code></dd>\n")
        out.raw("<dt>读取器</dt><dd>"); out.text(p.reader.name); out.raw(" "); out.text(p.reader.version)
        out.raw("</dd>\n")
        out.raw("<dt>诊断</dt><dd>"); out.int(p.diagnostics.count); out.raw(" 条</dd>\n</dl>\n")
        if !p.diagnostics.isEmpty {
            out.raw("<details class=\"diagnostics\">\n<summary>诊断（"); out.int(p.diagnostics.count)
            out.raw("）</summary>\n<ol>\n")
            for diagnostic in p.diagnostics {
                out.raw("<li>"); out.text(diagnostic.severity.rawValue); out.raw("：")
                out.text(diagnostic.message)
                if let offset = diagnostic.byteOffset { out.raw("（字节 "); out.int(offset); out.raw("）") }
                out.raw("</li>\n")
            }
            out.raw("</ol>\n</details>\n")
        }
        if !p.setAside.isEmpty {
            out.raw("<details class=\"set-aside\">\n<summary>页面杂项，未计入正文（"); out.int(p.setAside.count)
            out.raw("）</summary>\n<ul>\n")
            // Flattened tables leave long runs of identical marks ("|", empty cell); one item per run
            // keeps the list readable while every line stays accounted for by its count.
            var index = p.setAside.startIndex
            while index < p.setAside.endIndex {
                let line = p.setAside[index]
                var end = index + 1
                while end < p.setAside.endIndex, p.setAside[end].text == line.text,
                      p.setAside[end].reason == line.reason { end += 1 }
                out.raw("<li>"); out.text(line.text)
                out.raw("<span class=\"reason\">"); out.text(line.reason); out.raw("</span>")
                if end - index > 1 { out.raw("<span class=\"times\">×"); out.int(end - index); out.raw("</span>") }
                out.raw("</li>\n")
                index = end
            }
            out.raw("</ul>\n</details>\n")
        }
        if !p.metadataLines.isEmpty {
            out.raw("<details class=\"metadata-lines\">\n<summary>元数据原文（"); out.int(p.metadataLines.count)
            out.raw("）</summary>\n<ul>\n")
            for line in p.metadataLines { out.raw("<li>"); out.text(line); out.raw("</li>\n") }
            out.raw("</ul>\n</details>\n")
        }
        out.raw("</footer>\n")
    }
}
