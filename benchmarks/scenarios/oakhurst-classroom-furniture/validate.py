"""Check the oakhurst-classroom-furniture scenario: counts, languages, and that every answer fact appears
(case-insensitively) in the named sources or in the quote (including the figures a quote page derives:
discounted unit prices, line totals, subtotal, VAT at the rate in the terms, total with VAT, and per-year
figures for "N-year term" items).

Needs python-docx, openpyxl and pypdf; pypdf may live in a scratch folder (SCENARIO_PYPATH or /tmp/rl).
    /work/main/.venv/bin/python validate.py
"""
import json
import os
import re
import sys
from collections import Counter

for extra in (os.environ.get("SCENARIO_PYPATH"), "/tmp/rl"):
    if extra and os.path.isdir(extra) and extra not in sys.path:
        sys.path.append(extra)

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader
from bs4 import BeautifulSoup

HERE = os.path.dirname(os.path.abspath(__file__))


def text_docx(p):
    d = Document(p)
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" | ".join(c.text for c in r.cells))
    return "\n".join(parts)


def text_pdf(p):
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)


def text_xlsx(p):
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, float):
                    cells.append(f"{v:.2f} ({v:g})")
                else:
                    cells.append(str(v))
            parts.append(" | ".join(cells))
    return "\n".join(parts)


def text_html(p):
    return BeautifulSoup(open(p, encoding="utf-8").read(), "html.parser").get_text(" ")


def text_md(p):
    return open(p, encoding="utf-8").read()


EXTRACT = {".docx": text_docx, ".pdf": text_pdf, ".xlsx": text_xlsx, ".html": text_html, ".htm": text_html,
           ".md": text_md}


def money(x):
    return f"{x:,.2f}"


def quote_text(q):
    parts = [q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"],
             q["terms"], q["notes"]]
    subtotal = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        total = round(unit * li["quantity"], 2)
        subtotal += total
        parts.append(f'{li["sku"]} {li["name"]} qty {li["quantity"]} unit {money(li["unit_price"])} '
                      f'discount {li["discount_percent"]}% net unit {money(unit)} line total {money(total)}')
        m = re.search(r"(\d+)-year term", li["name"])
        if m:
            parts.append(f'{li["sku"]} per year {money(total / int(m.group(1)))}')
    vat = re.search(r"VAT at (\d+)%", q["terms"])
    parts.append(f"subtotal before VAT {money(subtotal)}")
    if vat:
        rate = int(vat.group(1)) / 100
        parts.append(f"VAT {money(subtotal * rate)} total including VAT {money(subtotal * (1 + rate))}")
    return "\n".join(parts)


def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    errors = []
    texts = {"quote": quote_text(sc["quote"]).lower()}
    types = Counter()
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        ext = os.path.splitext(p)[1].lower()
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}")
            continue
        texts[os.path.basename(p)] = EXTRACT[ext](p).lower()
        types[ext] += 1
    for ext in (".docx", ".pdf", ".xlsx"):
        if types[ext] != 1:
            errors.append(f"expected one {ext} source, found {types[ext]}")
    if types[".md"] + types[".html"] < 1:
        errors.append("expected a Markdown or HTML source")
    wb = load_workbook(os.path.join(HERE, "knowledge", "oakhurst-price-list-2025.xlsx"))
    if len(wb.worksheets) < 2:
        errors.append("xlsx needs 2+ sheets")
    users = {u["email"] for u in sc["users"]}
    if not 2 <= len(users) <= 3:
        errors.append("need 2-3 users")
    if sc["quote"]["owner"] not in users:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in sc["quote"]["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    if not 5 <= len(sc["quote"]["line_items"]) <= 9:
        errors.append("need 5-9 line items")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    exp = Counter(q["expect"] for q in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(exp) != want:
        errors.append(f"counts: {len(qs)} {dict(exp)} != 40 {want}")
    if len({q["id"] for q in qs}) != len(qs):
        errors.append("duplicate ids")
    non_en = [q for q in qs if q.get("language") and q["language"] != "en"]
    if len(non_en) != 10:
        errors.append(f"{len(non_en)} non-English questions, want 10")
    for kind in want:
        if not any(q["expect"] == kind for q in non_en):
            errors.append(f"no non-English {kind} question")
    for q in qs:
        if q["expect"] != "answer":
            continue
        if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
            errors.append(f"{q['id']}: needs sources and 1-3 facts")
            continue
        for s in q["sources"]:
            if s not in texts:
                errors.append(f"{q['id']}: unknown source {s}")
        hay = "\n".join(texts.get(s, "") for s in q["sources"])
        for f in q["facts"]:
            if f.lower() not in hay:
                errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")
    print(f"{len(qs)} questions {dict(exp)}; non-English {len(non_en)} "
          f"{dict(Counter(q['language'] for q in non_en))}; sources {dict(types)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
