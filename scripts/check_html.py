"""Validates Gazette HTML pages: strict html5lib parsing, self-containment, then headless Chromium.

Called by scripts/check-html; see there for the setup. Prints one line per problem, exits 1 on any.
usage: check_html.py DIR SCREENSHOT_DIR | check_html.py --parse-only DIR   (html5lib and self-containment only)
"""
import json
import os
import sys
from pathlib import Path
from urllib.parse import unquote

import html5lib
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

failures = []


def fail(page, message):
    failures.append(f"{page}: {message}")
    print(f"FAIL {page}: {message}", flush=True)


def parse_strict(page):
    """Parses with html5lib in strict mode; returns the tree or None after reporting the error."""
    raw = page.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        fail(page, f"not UTF-8: {error}")
        return None
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        return parser.parse(text)
    except html5lib.html5parser.ParseError as error:
        line, column = parser.errors[-1][0] if parser.errors else ("?", "?")
        fail(page, f"html5lib strict: {error} at line {line} column {column}")
        return None


def check_self_contained(page, tree):
    """No scripts, no external resources: only relative links, CSS without url() or @import."""
    for element in tree.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in ("script", "iframe", "img", "link", "object", "embed", "video", "audio"):
            fail(page, f"<{tag}> element present")
        for name, value in element.attrib.items():
            if name.startswith("on"):
                fail(page, f"event handler attribute {name}")
            if name in ("src", "srcset"):
                fail(page, f"{name} attribute on <{tag}>")
            if name == "href" and (":" in value.split("/")[0] or value.startswith("//")):
                fail(page, f"non-relative link {value}")
        if tag == "style" and ("url(" in (element.text or "") or "@import" in (element.text or "")):
            fail(page, "stylesheet loads an external resource")


def expected_tables(page, tree):
    """Cells per table: from the matching JSON document when there is one (convert the same originals
    with and without --to html into DIR), else from the page source as parsed by html5lib."""
    sibling = page.with_suffix(".json")
    if sibling.exists():
        document = json.loads(sibling.read_text("utf-8"))
        return [sum(len(row) for row in block["rows"]) for block in document["blocks"] if block["type"] == "table"]
    return [sum(1 for cell in table.iter() if cell.tag in ("th", "td"))
            for table in tree.iter() if table.tag == "table"]


def expected_title(page, tree):
    sibling = page.with_suffix(".json")
    if sibling.exists():
        document = json.loads(sibling.read_text("utf-8"))
        return document["metadata"].get("title") or document["provenance"]["sourceName"]
    title = tree.find(".//title")
    return title.text if title is not None else ""


def browser():
    # The Debian chromedriver is given explicitly; Selenium Manager must never fetch one.
    os.environ["SE_OFFLINE"] = "true"
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=zh-CN"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def screenshot(driver, path, width, mobile):
    """Full-page screenshot at a CSS viewport width, emulating a phone for the narrow one."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": mobile})
    height = driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)")
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": min(max(height, 600), 16000),
                            "deviceScaleFactor": 1, "mobile": mobile})
    driver.save_screenshot(str(path))
    return overflow


def collapse(text):
    """What document.title does to <title> text: ASCII whitespace stripped and collapsed."""
    spaced = text.translate({9: 32, 10: 32, 12: 32, 13: 32})
    return " ".join(part for part in spaced.split(" ") if part)


def check_in_browser(driver, directory, page, stem, title, tables, shots):
    driver.get(page.resolve().as_uri())
    driver.get_log("browser")  # nothing before this load matters
    driver.refresh()
    title = collapse(title)
    if driver.title != title:
        fail(page, f"rendered title {driver.title!r}, expected {title!r}")
    h1 = driver.find_elements(By.TAG_NAME, "h1")
    if len(h1) != 1 or not h1[0].is_displayed():
        fail(page, f"expected one visible <h1>, found {len(h1)}")
    rendered = driver.find_elements(By.TAG_NAME, "table")
    cells = driver.execute_script(
        "return Array.from(document.querySelectorAll('table'), t => t.querySelectorAll('th,td').length)")
    if cells != tables:
        fail(page, f"rendered tables with {cells} cells, expected {tables}")
    hidden = sum(1 for table in rendered if not table.is_displayed())
    if hidden:
        fail(page, f"{hidden} tables not displayed")
    linked = set()
    for link in driver.find_elements(By.CSS_SELECTOR, "a[href]"):
        href = link.get_attribute("href")
        if href.startswith("file://") and "#" not in href:
            target = Path(unquote(href[len("file://"):]))
            linked.add(target.resolve())
            if not target.exists():
                fail(page, f"broken link {href}")
    if page.name == "index.html" and page.parent == directory:
        for other in sorted(directory.rglob("*.html")):
            if other != page and other.resolve() not in linked:
                fail(page, f"does not link {other.relative_to(directory)}")
    for label, width, mobile in (("desktop", 1280, False), ("narrow", 390, True)):
        overflow = screenshot(driver, shots / f"{stem}-{label}.png", width, mobile)
        if overflow > 0:
            fail(page, f"page scrolls sideways by {overflow}px at {width}px wide")
    # How a reader at night and a printer see it: dark scheme on the phone, print media on paper width.
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    screenshot(driver, shots / f"{stem}-dark.png", 390, True)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print", "features": []})
    screenshot(driver, shots / f"{stem}-print.png", 794, False)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    for entry in driver.get_log("browser"):
        if entry.get("level") in ("SEVERE", "WARNING"):
            fail(page, f"console {entry['level']}: {entry['message']}")


def main():
    arguments = sys.argv[1:]
    parse_only = "--parse-only" in arguments
    arguments = [argument for argument in arguments if argument != "--parse-only"]
    directory = Path(arguments[0])
    pages = sorted(directory.rglob("*.html"))
    if not pages:
        fail(directory, "no .html files")
        return 1
    checks = []
    for page in pages:
        tree = parse_strict(page)
        if tree is None:
            continue
        check_self_contained(page, tree)
        checks.append((page, expected_title(page, tree), expected_tables(page, tree)))
    print(f"html5lib strict: {len(pages)} pages parsed, {len(pages) - len(checks)} failed", flush=True)
    with_json = sum(1 for page, _, _ in checks if page.with_suffix(".json").exists())
    print(f"expected titles and tables: {with_json} pages from their JSON document, "
          f"{len(checks) - with_json} from the page source", flush=True)
    if parse_only:
        return 1 if failures else 0
    shots = Path(arguments[1])
    shots.mkdir(parents=True, exist_ok=True)
    if not (directory / "index.html").exists():
        fail(directory, "no index.html")
    driver = browser()
    try:
        for page, title, tables in checks:
            # Pages in different folders may share a name: the screenshot name keeps the folders.
            stem = "__".join(page.relative_to(directory).with_suffix("").parts)
            check_in_browser(driver, directory, page, stem, title, tables, shots)
    finally:
        driver.quit()
    print(f"chromium: {len(checks)} pages loaded; screenshots in {shots}", flush=True)
    print("check-html: " + ("FAILED, %d problems" % len(failures) if failures else "all pages passed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
