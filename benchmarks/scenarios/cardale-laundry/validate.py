"""Validate questions.jsonl against the knowledge sources and the quote (run with the .venv python)."""
import json, re, html
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
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)

def html_text(p):
    s = Path(p).read_text()
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)

texts = {}
for src in sc["sources"]:
    p = HERE / src["path"]
    name = p.name
    texts[name] = {".docx": docx_text, ".xlsx": xlsx_text, ".html": html_text}.get(p.suffix, lambda q: Path(q).read_text())(p)

# quote computations
q = sc["quote"]
lines = {}
for li in q["line_items"]:
    lines[li["sku"]] = round(li["quantity"] * li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
total = round(sum(lines.values()), 2)
fmt = lambda v: f"{v:,.2f}"
quote_text = json.dumps(q) + "\n" + "\n".join(fmt(v) for v in lines.values()) + "\n" + fmt(total) + "\n" + \
    fmt(lines["CLS-WE55"] + lines["CLS-WE28"])
texts["quote"] = quote_text
for k, v in lines.items():
    print(f"  {k:14s} {fmt(v):>12s}")
print("  TOTAL         ", fmt(total))

ok = True
rows = [json.loads(l) for l in (HERE / "questions.jsonl").read_text().splitlines()]
assert [r["id"] for r in rows] == [f"Q{i:02d}" for i in range(1, 41)]
for r in rows:
    for k in ("id", "question", "expect", "sources", "facts"):
        assert k in r, (r["id"], k)
    assert r["expect"] in ("answer", "clarify", "handoff")
    if r["expect"] == "answer":
        assert r["sources"] and r["facts"], r["id"]
        for f in r["facts"]:
            hits = [s for s in r["sources"] if f.lower() in texts[s].lower()]
            if not hits:
                ok = False
                print("MISSING", r["id"], f, r["sources"])
print("all facts verified" if ok else "FAILURES")
