"""Validate the campusnook-vending scenario.

Checks: 40 questions (22 answer / 5 clarify / 13 handoff), 10 non-English spread across the three kinds, 5-9 quote
line items, four sources in four formats, and that every fact of an answer question appears (case-insensitively) in
one of its named sources or, for `quote`, in the quote text. The quote text includes the figures a buyer can derive
by arithmetic (discounted unit prices, line totals, total before and after VAT), written as 1,234.50 and 1234.50.

Run: PYTHONPATH=/tmp/rl-vend /work/main/.venv/bin/python validate.py   (pypdf: pip install --target /tmp/rl-vend pypdf)
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.extend(c.text for c in r.cells)
    return "\n".join(parts)


def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def text_html(p):
    import html
    import re
    return html.unescape(re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8")))


def source_text(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return text_docx(p)
    if ext == ".pdf":
        return text_pdf(p)
    if ext == ".xlsx":
        return text_xlsx(p)
    if ext in (".html", ".htm"):
        return text_html(p)
    return p.read_text(encoding="utf-8")


def money(x):
    return ["{:,.2f}".format(x), "{:.2f}".format(x)]


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        total += line
        parts += money(li["unit_price"]) + money(unit) + money(line)
    parts += money(total) + money(total * 0.2) + money(total * 1.2)
    return "\n".join(parts)


def main():
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("2-3 users expected")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")

    texts = {"quote": quote_text(q)}
    exts = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append("missing source " + s["path"])
            continue
        exts.add(p.suffix.lower())
        texts[p.name] = source_text(p)
        if len(texts[p.name]) < 1500:
            errors.append("source too thin: " + p.name)
    if len(exts) < 4:
        errors.append("four source formats expected, got %s" % sorted(exts))

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    kinds = Counter(x["expect"] for x in qs)
    if len(qs) != 40 or kinds != Counter(answer=22, clarify=5, handoff=13):
        errors.append("counts wrong: %d questions, %s" % (len(qs), dict(kinds)))
    if len({x["id"] for x in qs}) != len(qs):
        errors.append("duplicate ids")
    foreign = [x for x in qs if x.get("language", "en") != "en"]
    if len(foreign) != 10:
        errors.append("expected 10 non-English questions, got %d" % len(foreign))
    if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions must span answer/clarify/handoff")

    for x in qs:
        if x["expect"] != "answer":
            if x.get("facts") or x.get("sources"):
                errors.append(x["id"] + ": only answer questions carry sources/facts")
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(x["id"] + ": needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append("%s: unknown source %s" % (x["id"], s))
        hay = "\n".join(texts.get(s, "") for s in x["sources"]).lower()
        for f in x["facts"]:
            if f.lower() not in hay:
                errors.append("%s: fact %r not found in %s" % (x["id"], f, x["sources"]))

    print("questions:", len(qs), dict(kinds), "| non-English:", dict(Counter(x["language"] for x in foreign)))
    print("sources:", ", ".join("%s (%d chars)" % (k, len(v)) for k, v in texts.items()))
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
