"""Validate the salmaren-feed-barges scenario.

Checks: scenario.json shape, that all sources exist and yield text, question counts (40 = 22 answer / 5 clarify /
13 handoff, 10 non-English spread over the three kinds), and that every fact of every `answer` question appears
(case-insensitively, whitespace-normalised) in at least one of the sources it names. For `quote`, the text is the
quote JSON plus derived arithmetic: discounted unit prices, line totals, subtotal before VAT, equipment subtotal
(all lines except the service agreement) and the 30/40/20/10 payment milestones on it.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (pypdf is needed for the PDF)
"""
import html
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
if "/tmp/rl" not in sys.path:
    sys.path.append("/tmp/rl")


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()


def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(p).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.extend(str(v) for v in row if v is not None)
    return "\n".join(parts)


def text_html(p):
    raw = open(p, encoding="utf-8").read()
    raw = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def text_md(p):
    return open(p, encoding="utf-8").read()


EXTRACT = {".docx": text_docx, ".pdf": text_pdf, ".xlsx": text_xlsx, ".html": text_html, ".htm": text_html, ".md": text_md}


def money(x):
    return [f"{x:,.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}", f"{x:.2f}", f"{x:.0f}" if x == int(x) else f"{x:.2f}"]


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    sub = equip = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        total = round(unit * li["quantity"], 2)
        sub += total
        if not li["sku"].startswith("SVC-"):
            equip += total
        parts += money(li["unit_price"]) + money(unit) + money(total)
    parts += money(round(sub, 2)) + money(round(equip, 2))
    for pct in (30, 40, 20, 10):
        parts += money(round(equip * pct / 100, 2))
    return "\n".join(parts)


def main():
    errors = []
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    q = sc["quote"]
    for k in ("name", "description", "agent", "users", "quote", "sources"):
        if k not in sc:
            errors.append(f"scenario.json lacks {k}")
    emails = {u["email"] for u in sc["users"]}
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("need 5-9 line items")

    texts = {"quote": norm(quote_text(q))}
    types = Counter()
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}")
            continue
        ext = os.path.splitext(p)[1].lower()
        types[ext] += 1
        t = EXTRACT[ext](p)
        if len(t) < 1500:
            errors.append(f"source {s['path']} has only {len(t)} characters of text")
        texts[os.path.basename(p)] = norm(t)
    for ext in (".docx", ".pdf", ".xlsx"):
        if types[ext] != 1:
            errors.append(f"expected exactly one {ext} source")
    if not (types[".md"] or types[".html"]):
        errors.append("expected a Markdown or HTML source")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    kinds = Counter(x["expect"] for x in qs)
    if len(qs) != 40 or kinds != Counter(answer=22, clarify=5, handoff=13):
        errors.append(f"counts: {len(qs)} questions, {dict(kinds)}")
    if len({x["id"] for x in qs}) != len(qs):
        errors.append("duplicate ids")
    foreign = [x for x in qs if x.get("language")]
    if len(foreign) != 10:
        errors.append(f"{len(foreign)} non-English questions, expected 10")
    if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions are not spread over answer/clarify/handoff")
    bad_lang = {x["language"] for x in foreign} - {"fr", "de", "es", "pt", "it", "nl"}
    if bad_lang:
        errors.append(f"unexpected language codes {bad_lang}")

    for x in qs:
        if x["expect"] != "answer":
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            if not any(norm(f) in texts.get(s, "") for s in x["sources"]):
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

    print(f"questions: {len(qs)} {dict(kinds)}; non-English: {len(foreign)} "
          f"{dict(Counter(x['language'] for x in foreign))}; sources: {dict(types)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all answer facts found in their sources")


if __name__ == "__main__":
    main()
