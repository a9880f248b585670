/// The stylesheet embedded in every page: no external fonts, images or scripts.
///
/// Body text is set in a CJK serif, 40em of it a line at most (40 Chinese characters);
/// headings, tables and the record of provenance in a CJK sans, which stays legible at small sizes.
/// A table may grow wider than the text, up to 64rem, centred on the page; beyond the viewport it
/// scrolls sideways inside its wrapper, so the page itself never does.
enum PageStyle {
    static let css: StaticString = """
        :root{color-scheme:light dark;--fg:#1f1f1f;--muted:#5f6368;--bg:#fdfcf8;--rule:#c8c4b8;\
        --head:#f1eee4;--zebra:#f8f6ef;--link:#1a4f8b;\
        --serif:"Noto Serif CJK SC","Source Han Serif SC","Songti SC",SimSun,serif;\
        --sans:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
        @media (prefers-color-scheme:dark){:root{--fg:#e6e3dc;--muted:#a8a49b;--bg:#1b1b1d;\
        --rule:#4a4843;--head:#2a2926;--zebra:#222220;--link:#8ab4f8}}
        *,*::before,*::after{box-sizing:border-box}
        html{background:var(--bg);color:var(--fg);-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;font-family:var(--serif);font-size:1.0625rem;line-height:1.8;\
        overflow-wrap:break-word}
        main,body>footer{max-width:42.5rem;margin:0 auto;padding:0 1.25rem}
        main{padding-top:2.5rem}
        h1,h2,h3,h4,h5,h6{font-family:var(--sans);line-height:1.45;font-weight:700;margin:1.8em 0 .6em}
        h1{font-size:1.6rem;margin-top:0;text-align:center;text-wrap:balance}h1.untitled{color:var(--muted)}
        h2{font-size:1.3rem}h3{font-size:1.15rem}h4,h5,h6{font-size:1.02rem}
        .num{font-variant-numeric:tabular-nums}
        p{margin:0 0 .9em;text-indent:2em;white-space:pre-line;text-align:justify}p.indented{text-indent:0}
        ul{margin:0 0 1em;padding-left:2em}li{white-space:pre-line}
        a{color:var(--link)}
        dl.meta{font-family:var(--sans);font-size:.9rem;color:var(--muted);display:grid;\
        grid-template-columns:max-content 1fr;gap:.15em 1em;margin:0 0 2em;padding:.8em 0;\
        border-top:1px solid var(--rule);border-bottom:1px solid var(--rule)}
        dl.meta div{display:contents}dt{font-weight:700}dd{margin:0}
        .table-wrap{overflow-x:auto;margin:1.2em 0 1.6em;border:1px solid var(--rule);width:max-content;\
        min-width:100%;max-width:min(calc(100vw - 2.5rem),64rem);position:relative;left:50%;transform:translateX(-50%)}
        table{border-collapse:collapse;width:100%;font-family:var(--sans);font-size:.9rem;line-height:1.55}
        th,td{border:1px solid var(--rule);padding:.35em .6em;vertical-align:middle;white-space:pre-line;\
        min-width:5em;text-align:left}
        th:first-child,td:first-child{min-width:7em}
        table tr>:first-child{border-left:0}table tr>:last-child{border-right:0}
        thead tr:first-child>*{border-top:0}tbody tr:last-child>*{border-bottom:0}
        thead th{background:var(--head);text-align:center;font-weight:700}
        tbody tr:nth-child(even){background:var(--zebra)}
        td.num,th.num{text-align:right;white-space:nowrap;overflow-wrap:normal}
        body>footer{margin-top:3rem;padding-top:1rem;padding-bottom:3rem;border-top:1px solid var(--rule);\
        font-family:var(--sans);font-size:.8rem;line-height:1.6;color:var(--muted)}
        body>footer h2{font-size:.9rem;margin:0 0 .5em}
        body>footer dl{display:grid;grid-template-columns:max-content 1fr;gap:0 1em;margin:0 0 .8em}
        body>footer dd,code{overflow-wrap:anywhere}
        code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.95em}
        details{margin:.3em 0}summary{cursor:pointer}
        details ol,details ul{margin:.4em 0;padding-left:1.8em}
        .reason,.times{margin-left:.6em;opacity:.75}
        @media (max-width:30em){body{font-size:1rem}h1{font-size:1.35rem}\
        main{padding-top:1.5rem}main,body>footer{padding-left:.9rem;padding-right:.9rem}}
        @page{margin:2cm 1.8cm}
        @media print{html{background:#fff;color:#000}\
        :root{--fg:#000;--muted:#333;--bg:#fff;--rule:#888;--head:#eee;--zebra:#fff}\
        body{font-size:11pt}main{max-width:none;padding:0}\
        body>footer details,body>footer h2{display:none}body>footer{border-top-width:.5pt;padding:0;margin-top:2em;max-width:none}\
        .table-wrap{overflow:visible;width:auto;max-width:none;left:0;transform:none}table{break-inside:avoid}tr,th,td{break-inside:avoid}\
        thead{display:table-header-group}h2,h3,h4,h5{break-after:avoid}a{color:inherit;text-decoration:none}}

        """

    /// Additions for the collection index page.
    static let indexCSS: StaticString = """
        .summary{text-indent:0;text-align:center;color:var(--muted);font-family:var(--sans);font-size:.9rem}
        nav.years{font-family:var(--sans);display:flex;flex-wrap:wrap;gap:.3em 1em;justify-content:center;\
        margin:0 0 1.5em}
        section h2{border-bottom:1px solid var(--rule);padding-bottom:.2em}
        section h3{font-size:1rem;color:var(--muted);margin:1.2em 0 .4em}
        ul.docs{list-style:none;padding-left:0}ul.docs li{margin:0 0 .7em;white-space:normal}
        ul.docs a{font-weight:700;text-decoration:none}ul.docs a:hover{text-decoration:underline}
        .dates{display:block;font-family:var(--sans);font-size:.8rem;color:var(--muted)}

        """
}
