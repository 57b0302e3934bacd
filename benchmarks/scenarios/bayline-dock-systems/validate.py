"""Validate scenario.json and questions.jsonl: structure, counts, and every answer fact against its sources.

Run from this folder with /work/main/.venv/bin/python validate.py
"""
import html, json, re, sys
from collections import Counter
from decimal import Decimal as D
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

HERE = Path(__file__).resolve().parent
scn = json.loads((HERE / "scenario.json").read_text())


def docx_text(p):
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" | ".join(c.text for c in r.cells))
    return "\n".join(parts)


def xlsx_text(p):
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def html_text(p):
    s = Path(p).read_text()
    s = re.sub(r"(?s)<(script|style).*?</\1>", " ", s)
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


texts = {}
for src in scn["sources"]:
    p = HERE / src["path"]
    name = p.name
    if name.endswith(".docx"):
        texts[name] = docx_text(p)
    elif name.endswith(".xlsx"):
        texts[name] = xlsx_text(p)
    elif name.endswith(".html"):
        texts[name] = html_text(p)
    else:
        texts[name] = p.read_text()

# quote computations
q = scn["quote"]
lines = {}
for li in q["line_items"]:
    net = (D(str(li["quantity"])) * D(str(li["unit_price"])) * (100 - D(str(li["discount_percent"]))) / 100).quantize(D("0.01"))
    lines[li["sku"]] = net
total = sum(lines.values())
comp = {f"{v:,.2f}" for v in lines.values()}
comp.add(f"{total:,.2f}")
comp.add(f"{lines['SH-IN350'] + lines['SH-CS340']:,.2f}")           # shelters subtotal
comp.add(f"{lines['DL-HX3025'] + lines['DL-TL3020']:,.2f}")         # levellers subtotal
comp.add(f"{(total * D('0.40')).quantize(D('0.01')):,.2f}")          # 40% deposit (terms clause 3.2)
quote_text = json.dumps(q, ensure_ascii=False)

errors = []
rows = [json.loads(l) for l in (HERE / "questions.jsonl").read_text().splitlines() if l.strip()]
ids = [r["id"] for r in rows]
if ids != [f"Q{i:02d}" for i in range(1, 41)]:
    errors.append("ids are not Q01..Q40")
for r in rows:
    for k in ("id", "question", "expect", "sources", "facts"):
        if k not in r:
            errors.append(f"{r.get('id')}: missing {k}")
    if r["expect"] not in ("answer", "clarify", "handoff"):
        errors.append(f"{r['id']}: bad expect")
    if r["expect"] == "answer":
        if not r["sources"] or not r["facts"]:
            errors.append(f"{r['id']}: answer without sources/facts")
        for s in r["sources"]:
            if s != "quote" and s not in texts:
                errors.append(f"{r['id']}: unknown source {s}")
        for f in r["facts"]:
            hits = [s for s in r["sources"] if s != "quote" and f.lower() in texts[s].lower()]
            if "quote" in r["sources"] and (f in comp or f.lower() in quote_text.lower()):
                hits.append("quote")
            if not hits:
                errors.append(f"{r['id']}: fact {f!r} not found in {r['sources']}")
            else:
                print(f"{r['id']}  {f!r:22} -> {', '.join(hits)}")
    for m in r.get("must_not", []):
        pass

print()
print("expect:", Counter(r["expect"] for r in rows))
print("language:", Counter(r.get("language", "en") for r in rows))
print("non-English by expect:", Counter(r["expect"] for r in rows if r.get("language")))
print("quote total:", f"{total:,.2f}")
# unanswerable handoffs: make sure the asked-for figure is really absent
for needle in ["dB", "RC2", "RC 2", "weekend", "Saturday", "cylinder cost"]:
    found = [n for n, t in texts.items() if needle.lower() in t.lower()]
    print(f"absent-check {needle!r}: found in {found}")
near = [n for n, t in texts.items() if "door without vision panels" in t]
print("nearest passage for Q34 (should be found):", near)
if errors:
    print("\nERRORS:\n" + "\n".join(errors))
    sys.exit(1)
print("\nOK: all facts verified")
