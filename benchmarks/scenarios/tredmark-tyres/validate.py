"""Validate questions.jsonl against scenario.json and the knowledge sources.
Run with: /work/main/.venv/bin/python validate.py"""
import html as htmllib, json, re, sys
from decimal import Decimal as D, ROUND_HALF_UP
from itertools import combinations
from pathlib import Path
from docx import Document
from openpyxl import load_workbook

HERE = Path(__file__).resolve().parent
sc = json.loads((HERE / "scenario.json").read_text())

def docx_text(p):
    d = Document(p)
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
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
    s = re.sub(r"(?s)<(script|style).*?</\1>", " ", Path(p).read_text())
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", s))

texts = {}
for s in sc["sources"]:
    p = HERE / s["path"]
    name = p.name
    texts[name] = {"docx": docx_text, "xlsx": xlsx_text, "html": html_text}.get(p.suffix[1:], lambda q: Path(q).read_text())(p)
    texts[name] = re.sub(r"\s+", " ", texts[name])

q = sc["quote"]
lines = []
for li in q["line_items"]:
    t = (D(str(li["quantity"])) * D(str(li["unit_price"])) * (100 - D(str(li["discount_percent"]))) / 100).quantize(D("0.01"), ROUND_HALF_UP)
    lines.append(t)
computed = {f"{sum(lines):,.2f}"}
for r in range(1, len(lines)):
    for c in combinations(lines, r):
        computed.add(f"{sum(c):,.2f}")
quote_text = json.dumps(q, ensure_ascii=False)

errors = 0
ids = []
for n, line in enumerate((HERE / "questions.jsonl").read_text().splitlines(), 1):
    o = json.loads(line)
    ids.append(o["id"])
    for k in ("id", "question", "expect", "sources", "facts"):
        assert k in o, (n, k)
    assert o["expect"] in ("answer", "clarify", "handoff")
    if o["expect"] != "answer":
        continue
    assert o["sources"] and o["facts"], o["id"]
    for f in o["facts"]:
        hits = [s for s in o["sources"] if (s == "quote" and (f in computed or f.lower() in quote_text.lower()))
                or (s != "quote" and f.lower() in texts[s].lower())]
        if not hits:
            errors += 1
            print("MISSING", o["id"], repr(f), o["sources"])
        else:
            print("ok", o["id"], repr(f), "->", hits)
assert ids == [f"Q{i:02d}" for i in range(1, 41)], ids
print("line totals:", [f"{x:,.2f}" for x in lines], "total:", f"{sum(lines):,.2f}")
print("errors:", errors)
sys.exit(1 if errors else 0)
