"""Validate questions.jsonl against the knowledge sources and the quote.
Run: /work/main/.venv/bin/python validate.py"""
import json, re, html
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP
from pathlib import Path
from docx import Document
from openpyxl import load_workbook

K = Path(__file__).resolve().parent / "knowledge"
sc = json.load(open(Path(__file__).resolve().parent / "scenario.json"))

def docx_text(p):
    d = Document(p)
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" | ".join(c.text for c in r.cells))
    return "\n".join(parts)

def xlsx_text(p):
    wb = load_workbook(p, read_only=True)
    return "\n".join(" | ".join("" if v is None else str(v) for v in row)
                     for ws in wb.worksheets for row in ws.iter_rows(values_only=True))

def html_text(p):
    t = Path(p).read_text()
    t = re.sub(r"(?is)<(script|style).*?</\1>", " ", t)
    return html.unescape(re.sub(r"<[^>]+>", " ", t))

texts = {}
for s in sc["sources"]:
    p = K.parent / s["path"]
    name = p.name
    texts[name] = {".docx": docx_text, ".xlsx": xlsx_text, ".html": html_text}.get(p.suffix, lambda x: Path(x).read_text())(p)

q = sc["quote"]
lines = {}
for li in q["line_items"]:
    lines[li["sku"]] = (D(str(li["unit_price"])) * li["quantity"] * (1 - D(str(li["discount_percent"])) / 100)).quantize(D("0.01"), ROUND_HALF_UP)
comp = {f"{v:,.2f}" for v in lines.values()}
comp.add(f"{sum(lines.values()):,.2f}")
comp.add(f"{lines['VC-VM-40'] + lines['VC-VM-25']:,.2f}")
quote_text = json.dumps(q, ensure_ascii=False)

ok = True
exp, lang = Counter(), Counter()
for n, line in enumerate(open(Path(__file__).resolve().parent / "questions.jsonl"), 1):
    d = json.loads(line)
    assert d["id"] == f"Q{n:02d}", d["id"]
    for k in ("id", "question", "expect", "sources", "facts"):
        assert k in d, (d["id"], k)
    assert d["expect"] in ("answer", "clarify", "handoff")
    exp[d["expect"]] += 1
    lang[d.get("language", "en")] += 1
    if d["expect"] == "answer":
        assert d["sources"] and d["facts"], d["id"]
    for f in d["facts"]:
        where = [s for s in d["sources"] if s != "quote" and f.lower() in texts[s].lower()]
        if "quote" in d["sources"] and (f in comp or f.lower() in quote_text.lower()):
            where.append("quote")
        print(f"{d['id']} {d['expect']:7} {d.get('language','en')} fact {f!r:14} -> {where}")
        if not where:
            ok = False
            print("   !! NOT FOUND")
    for m in d.get("must_not", []):
        for s, t in texts.items():
            if m.lower() in t.lower() and m not in ("72 h",):
                print(f"   note: must_not {m!r} occurs in {s}")
print(dict(exp), dict(lang))
print("line totals:", {k: f"{v:,.2f}" for k, v in lines.items()}, "total", f"{sum(lines.values()):,.2f}")
print("ALL FACTS FOUND" if ok else "SOME FACTS MISSING")
