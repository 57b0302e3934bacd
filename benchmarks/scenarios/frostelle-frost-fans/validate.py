"""Check the frostelle-frost-fans scenario: counts, languages, sources, and that every answer fact appears
verbatim (case-insensitive) in a named source or in the quote (including figures derived from the quote:
line totals, discounted unit prices, subtotal, per-year amounts).

Run: /work/main/.venv/bin/python validate.py   (needs python-docx and openpyxl; pypdf is optional, the PDF is
written uncompressed so its text can be read without it).
"""
import html
import json
import re
import sys
import zlib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def text_docx(p):
    from docx import Document
    d = Document(str(p))
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(str(p), data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                cells.append(str(v))
            out.append(" | ".join(cells))
    return "\n".join(out)


def text_pdf(p):
    try:
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)
    except ImportError:
        pass
    raw = p.read_bytes()
    chunks = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S):
        data = m.group(1)
        try:
            data = zlib.decompress(data)
        except zlib.error:
            pass
        for t in re.findall(rb"\((.*?)(?<!\\)\)\s*Tj", data, re.S):
            chunks.append(t.replace(rb"\(", b"(").replace(rb"\)", b")").replace(rb"\\", b"\\")
                          .decode("latin-1"))
    return " ".join(chunks)


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def text_html(p):
    s = _Strip()
    s.feed(p.read_text(encoding="utf-8"))
    return html.unescape(" ".join(s.parts))


def extract(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return text_docx(p)
    if ext == ".xlsx":
        return text_xlsx(p)
    if ext == ".pdf":
        return text_pdf(p)
    if ext in (".html", ".htm"):
        return text_html(p)
    return p.read_text(encoding="utf-8")


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def money_forms(x):
    forms = {f"{x:,.2f}", f"{x:.2f}"}
    if abs(x - round(x)) < 1e-9:
        forms |= {f"{x:,.0f}", f"{x:.0f}"}
    return forms


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    subtotal = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = round(unit * li["quantity"], 2)
        subtotal += line
        parts += sorted(money_forms(unit)) + sorted(money_forms(line))
        m = re.search(r"(\d+) fans x (\d+)", li["name"])
        if m:  # per-year / per-season amount for multi-year lines
            parts += sorted(money_forms(line / int(m.group(2))))
    parts += sorted(money_forms(round(subtotal, 2)))
    parts += sorted(money_forms(round(subtotal * 1.2, 2)))  # incl. 20% VAT
    return " ".join(parts)


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    users = {u["email"] for u in sc["users"]}
    if not 2 <= len(sc["users"]) <= 3:
        err("need 2-3 users")
    if q["owner"] not in users:
        err("quote owner is not a user")
    if not 5 <= len(q["line_items"]) <= 9:
        err("need 5-9 line items")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        err("buyer_contacts must be e-mail strings")

    texts = {"quote": norm(quote_text(q))}
    types = Counter()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            err(f"missing source {p}")
            continue
        t = extract(p)
        if len(t) < 1500:
            err(f"source {p.name} has too little text ({len(t)} chars)")
        texts[p.name] = norm(t)
        types[(s["type"], p.suffix.lower())] += 1
    for need in [("file", ".docx"), ("file", ".pdf"), ("file", ".xlsx")]:
        if not types[need]:
            err(f"missing source type {need}")
    if not (types[("kb_article", ".md")] or types[("url", ".html")]):
        err("need a kb_article (.md) or url (.html) source")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        err("duplicate question ids")
    c = Counter(x["expect"] for x in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(c) != want:
        err(f"counts: {len(qs)} questions, {dict(c)} (want 40, {want})")
    non_en = [x for x in qs if x.get("language") and x["language"] != "en"]
    if len(non_en) != 10:
        err(f"{len(non_en)} non-English questions (want 10)")
    if {x["expect"] for x in non_en} != set(want):
        err("non-English questions must be spread across answer/clarify/handoff")
    langs = Counter(x["language"] for x in non_en)
    if not set(langs) <= {"fr", "de", "es", "pt", "it", "nl"}:
        err(f"unexpected languages {langs}")

    for x in qs:
        if x["expect"] != "answer":
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            err(f"{x['id']}: answer needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                err(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            if not any(norm(f) in texts.get(s, "") for s in x["sources"]):
                err(f"{x['id']}: fact {f!r} not found in {x['sources']}")

    print(f"questions: {len(qs)} {dict(c)}; non-English: {len(non_en)} {dict(langs)}; "
          f"sources: {[k for k in texts if k != 'quote']}")
    if errors:
        print("FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
