"""Validate the rondelmar-wheel-gondolas scenario.

Checks: scenario.json shape, source files exist, 40 questions with 22 answer / 5 clarify / 13 handoff and
10 non-English, and that every fact of every answer question appears (case-insensitively) in at least one of its
named sources, where `quote` means the quote fields plus the arithmetic derived from them (discounted unit
prices, line totals, total before tax, per-year and per-gondola figures).

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)
"""
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
errors = []


def docx_text(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def pdf_text(p):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def html_text(p):
    t = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", p.read_text(), flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", t))


def fmt(x):
    return [f"{x:,.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}", f"{x:.2f}"]


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        net_unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(net_unit * li["quantity"], 2)
        saving = round(li["unit_price"] * li["quantity"] - line, 2)
        total += line
        parts.append(f'{li["sku"]} net unit {" / ".join(fmt(net_unit))} line total {" / ".join(fmt(line))} '
                     f'saving {" / ".join(fmt(saving))}')
        if li["sku"] == "RWG-TRN-LOG":  # per gondola: 3 batches of 4
            parts.append("transport per gondola " + " / ".join(fmt(round(line / 12, 2))))
    parts.append("total before tax " + " / ".join(fmt(round(total, 2))))
    return "\n".join(parts), round(total, 2)


def main():
    sc = json.loads((HERE / "scenario.json").read_text())
    for k in ("name", "description", "agent", "users", "quote", "sources"):
        if k not in sc:
            errors.append(f"scenario.json: missing {k}")
    users = {u["email"] for u in sc["users"]}
    if not 2 <= len(users) <= 3:
        errors.append("users: expected 2-3")
    q = sc["quote"]
    if q["owner"] not in users:
        errors.append("quote.owner is not a user")
    if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
        errors.append("buyer_contacts must be a list of e-mail strings")
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote: expected 5-9 line items")
    ho = sc["agent"]["handoff"]["assign_to"]
    if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
        errors.append("handoff.assign_to invalid")

    texts = {}
    types = Counter()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        ext = p.suffix.lower()
        types[ext] += 1
        fn = {".docx": docx_text, ".pdf": pdf_text, ".xlsx": xlsx_text, ".html": html_text}.get(ext)
        texts[p.name] = fn(p) if fn else p.read_text()
        if s["type"] == "kb_article" and not s.get("title"):
            errors.append(f"kb_article without title: {p.name}")
    if len(types) < 4:
        errors.append(f"expected four source types, got {dict(types)}")
    from openpyxl import load_workbook
    for s in sc["sources"]:
        if s["path"].endswith(".xlsx") and len(load_workbook(HERE / s["path"]).worksheets) < 2:
            errors.append("xlsx needs 2+ sheets")
    texts["quote"], total = quote_text(q)

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text().splitlines() if l.strip()]
    cnt = Counter(x["expect"] for x in qs)
    if len(qs) != 40 or cnt != Counter(answer=22, clarify=5, handoff=13):
        errors.append(f"counts: {len(qs)} {dict(cnt)}")
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    non_en = [x for x in qs if x.get("language") and x["language"] != "en"]
    if len(non_en) != 10:
        errors.append(f"non-English: {len(non_en)} (expected 10)")
    if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions not spread across all expectations")
    checked = 0
    for x in qs:
        if x["expect"] != "answer":
            if x.get("sources") or x.get("facts"):
                errors.append(f'{x["id"]}: only answer questions carry sources/facts')
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f'{x["id"]}: needs sources and 1-3 facts')
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f'{x["id"]}: unknown source {s}')
        for f in x["facts"]:
            checked += 1
            if not any(f.lower() in texts.get(s, "").lower() for s in x["sources"]):
                errors.append(f'{x["id"]}: fact {f!r} not found in {x["sources"]}')

    print(f"sources: {', '.join(sorted(texts))}")
    print(f"source types: {dict(types)}")
    print(f"quote total before tax: {q['currency']} {total:,.2f}")
    print(f"questions: {len(qs)} {dict(cnt)}; non-English: {len(non_en)} "
          f"{dict(Counter(x['language'] for x in non_en))}")
    print(f"facts checked: {checked}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
