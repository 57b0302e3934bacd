"""Check the hydrevia-sterile-water-dispensers scenario.

Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(pypdf for the PDF; python-docx and openpyxl from the venv).

Checks: scenario.json shape; 5-9 line items; every source exists; 40 questions with 22 answer / 5 clarify /
13 handoff; 10 non-English spread over all three kinds; every answer fact appears (case-insensitively) in at
least one of the sources the question names. For `quote`, the text searched is the quote JSON plus the figures
derived from it (line totals, discounted unit prices, subtotal, per-year CarePlus), each in 1234.50 and 1,234.50
form, since arithmetic questions expect the computed figure.
"""
import html
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).lower()


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.extend(c.text for c in r.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == ".xlsx":
        wb = load_workbook(path, data_only=True)
        return "\n".join(" ".join("" if v is None else str(v) for v in row)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if ext == ".html":
        p = _Text()
        p.feed(path.read_text(encoding="utf-8"))
        return html.unescape(" ".join(p.parts))
    return path.read_text(encoding="utf-8")


def money(x):
    return [f"{x:.2f}", f"{x:,.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"]


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    subtotal = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        total = round(unit * li["quantity"], 2)
        subtotal += total
        parts += money(unit) + money(total) + money(li["unit_price"] * li["quantity"])
        if li["sku"] == "HV-CARE-PLUS":
            parts += money(round(total / 3, 2))  # per year over the 3-year term
    parts += money(round(subtotal, 2))
    return " | ".join(parts), round(subtotal, 2)


def main():
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    users = {u["email"] for u in sc["users"]}
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    if q["owner"] not in users:
        errors.append("quote owner is not a user")
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("need 5-9 line items")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")

    texts = {}
    types = Counter()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {s['path']}")
            continue
        texts[p.name] = norm(text_of(p))
        types[p.suffix.lower()] += 1
        if len(texts[p.name]) < 1500:
            errors.append(f"source {p.name} looks too short ({len(texts[p.name])} chars)")
    for ext in (".docx", ".pdf", ".xlsx"):
        if types[ext] != 1:
            errors.append(f"need exactly one {ext} source")
    if load_workbook(HERE / "knowledge" / "hydrevia-price-list-2025.xlsx").sheetnames.__len__() < 2:
        errors.append("xlsx needs 2+ sheets")
    qt, subtotal = quote_text(q)
    texts["quote"] = norm(qt)

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    kinds = Counter(x["expect"] for x in qs)
    if len(qs) != 40 or kinds != Counter(answer=22, clarify=5, handoff=13):
        errors.append(f"counts wrong: {len(qs)} {dict(kinds)}")
    if len({x["id"] for x in qs}) != len(qs):
        errors.append("duplicate ids")
    foreign = [x for x in qs if x.get("language")]
    if len(foreign) != 10:
        errors.append(f"need 10 non-English questions, have {len(foreign)}")
    if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions must span answer/clarify/handoff")
    for x in qs:
        if x["expect"] != "answer":
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
            continue
        for src in x["sources"]:
            if src not in texts:
                errors.append(f"{x['id']}: unknown source {src}")
        for fact in x["facts"]:
            if not any(norm(fact) in texts.get(src, "") for src in x["sources"]):
                errors.append(f"{x['id']}: fact {fact!r} not found in {x['sources']}")

    print(f"questions: {len(qs)} {dict(kinds)}; non-English: {len(foreign)} "
          f"{dict(Counter(x['language'] for x in foreign))}; quote subtotal before tax: {subtotal:,.2f}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
