"""Check the clavimont-organ-restoration scenario: structure, counts, and that every answer fact appears in a named
source (text extracted from docx/pdf/xlsx/md/html) or in the quote.

The quote's text is its fields plus figures derived by plain arithmetic (each line's discounted unit price and net
total, and the quote total before VAT), formatted as 1,234.56 and 1,234, because answer questions may need them.
Run: /work/main/.venv/bin/python validate.py
"""
import json
import os
import re
import sys
import zipfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
try:
    import pypdf  # noqa: F401
except ImportError:
    sys.path.insert(0, "/tmp/rl")


def docx_text(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def pdf_text(p):
    try:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)
    except ImportError:
        from pdfminer.high_level import extract_text
        return extract_text(p)


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else (f"{v:,}" if isinstance(v, (int, float)) else str(v))
                                  for v in row))
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def html_text(p):
    h = _H()
    h.feed(open(p, encoding="utf-8").read())
    return " ".join(h.parts)


def source_text(path):
    ext = path.rsplit(".", 1)[-1].lower()
    full = os.path.join(HERE, path)
    if ext == "docx":
        return docx_text(full)
    if ext == "pdf":
        return pdf_text(full)
    if ext == "xlsx":
        return xlsx_text(full)
    if ext in ("html", "htm"):
        return html_text(full)
    return open(full, encoding="utf-8").read()


def money(x):
    return [f"{x:,.2f}", f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.2f}"]


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit_net = li["unit_price"] * (1 - li["discount_percent"] / 100)
        net = round(unit_net * li["quantity"], 2)
        total += net
        parts += money(li["unit_price"]) + money(unit_net) + money(net)
    parts += money(round(total, 2))
    parts += [q["terms"], q["notes"]]
    return "\n".join(parts), round(total, 2)


def main():
    errors = []
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("2-3 users expected")
    if q["owner"] not in [u["email"] for u in sc["users"]]:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")

    texts = {}
    types = set()
    for s in sc["sources"]:
        if not os.path.exists(os.path.join(HERE, s["path"])):
            errors.append(f"missing source {s['path']}")
            continue
        texts[os.path.basename(s["path"])] = source_text(s["path"]).lower()
        types.add(s["path"].rsplit(".", 1)[-1].lower())
    if len(sc["sources"]) < 4 or not {"docx", "pdf", "xlsx"} <= types or not ({"md", "html"} & types):
        errors.append("need docx, pdf, xlsx and md/html sources")
    qt, total = quote_text(q)
    texts["quote"] = qt.lower()

    qs = [json.loads(line) for line in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if line.strip()]
    counts = {"answer": 0, "clarify": 0, "handoff": 0}
    langs = {}
    ids = set()
    for x in qs:
        if x["id"] in ids:
            errors.append(f"duplicate id {x['id']}")
        ids.add(x["id"])
        counts[x["expect"]] += 1
        if x.get("language"):
            langs.setdefault(x["expect"], []).append(x["language"])
        if x["expect"] == "answer":
            if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
                errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
                continue
            for s in x["sources"]:
                if s not in texts:
                    errors.append(f"{x['id']}: unknown source {s}")
            for f in x["facts"]:
                if not any(f.lower() in texts.get(s, "") for s in x["sources"]):
                    errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")
    if len(qs) != 40 or counts != {"answer": 22, "clarify": 5, "handoff": 13}:
        errors.append(f"counts wrong: {len(qs)} {counts}")
    n_lang = sum(len(v) for v in langs.values())
    if n_lang != 10 or set(langs) != {"answer", "clarify", "handoff"}:
        errors.append(f"need 10 non-English questions across all three kinds, got {langs}")

    print(f"quote total before VAT: {total:,.2f}")
    print(f"questions: {len(qs)} {counts}; non-English: {n_lang} {langs}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
