"""Validate scenario.json and questions.jsonl: keys, counts, and every answer fact verbatim in a named source
(text extracted with python-docx / openpyxl / html.parser) or equal to a quote computation.
Run: /work/main/.venv/bin/python validate.py"""
import json, re, html
from collections import Counter
from decimal import Decimal as D
from html.parser import HTMLParser
from pathlib import Path
import docx, openpyxl

HERE = Path(__file__).resolve().parent
scen = json.loads((HERE / "scenario.json").read_text())

def docx_text(p):
    d = docx.Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)

def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)

class P(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = False
    def handle_starttag(self, tag, a):
        if tag in ("style", "script"): self.skip = True
    def handle_endtag(self, tag):
        if tag in ("style", "script"): self.skip = False
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def html_text(p):
    pr = P(); pr.feed(p.read_text()); return " ".join(pr.out)

texts = {}
for s in scen["sources"]:
    p = HERE / s["path"]
    name = p.name
    texts[name] = {"docx": docx_text, "xlsx": xlsx_text, "html": html_text}.get(p.suffix[1:], lambda x: x.read_text())(p)
    texts[name] = re.sub(r"[ \t]+", " ", texts[name])

q = scen["quote"]
totals = {}
grand = D(0); equip = D(0)
for li in q["line_items"]:
    lt = (D(str(li["quantity"])) * D(str(li["unit_price"])) * (100 - D(str(li["discount_percent"]))) / 100).quantize(D("0.01"))
    totals[li["sku"]] = lt; grand += lt
    if li["sku"] not in ("SW-CLOUD", "SW-TRN-OS", "SW-TRN-RA"):
        equip += lt
computed = {
    f"{grand:,.2f}": "quote total",
    f"{totals['SW-K20']:,.2f}": "K20 line total",
    f"{totals['SW-G3'] + totals['SW-G2']:,.2f}": "gates subtotal",
    f"{(equip * D('0.4')).quantize(D('0.01')):,.2f}": "40% of equipment+tags (order-stage invoice)",
}
quote_text = json.dumps(q, ensure_ascii=False)

errors = []
rows = [json.loads(l) for l in (HERE / "questions.jsonl").read_text().splitlines()]
assert [r["id"] for r in rows] == [f"Q{i:02d}" for i in range(1, 41)]
for r in rows:
    for k in ("id", "question", "expect", "sources", "facts"):
        if k not in r: errors.append(f"{r['id']} missing {k}")
    assert r["expect"] in ("answer", "clarify", "handoff")
    if r["expect"] != "answer":
        continue
    if not r["facts"] or not r["sources"]:
        errors.append(f"{r['id']} answer without facts/sources")
    for f in r["facts"]:
        where = []
        for s in r["sources"]:
            if s == "quote":
                if f in computed: where.append(f"quote computation ({computed[f]})")
                elif f.lower() in quote_text.lower(): where.append("quote text")
            elif f.lower() in texts[s].lower():
                where.append(s)
        if not where:
            errors.append(f"{r['id']} fact {f!r} not found in {r['sources']}")
        else:
            print(f"{r['id']} {f!r:26} -> {', '.join(where)}")
    for m in r.get("must_not", []):
        pass
print()
print("expect:", Counter(r["expect"] for r in rows))
print("language:", Counter(r.get("language", "en") for r in rows))
print("non-English by expect:", Counter((r["language"], r["expect"]) for r in rows if "language" in r))
print("computed:", computed)
print("ERRORS:", errors or "none")
