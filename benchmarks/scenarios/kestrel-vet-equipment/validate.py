"""Checks questions.jsonl against the sources and the quote. Run: /work/main/.venv/bin/python validate.py"""
import json, re, html
from collections import Counter
from decimal import Decimal as D
from pathlib import Path
from docx import Document
from openpyxl import load_workbook

HERE = Path(__file__).resolve().parent
sc = json.loads((HERE / "scenario.json").read_text())

def text_of(path):
    p = HERE / path
    if p.suffix == ".docx":
        d = Document(p)
        parts = [x.text for x in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if p.suffix == ".xlsx":
        wb = load_workbook(p)
        return "\n".join(" | ".join(str(v) for v in row if v is not None)
                         for ws in wb for row in ws.iter_rows(values_only=True))
    if p.suffix == ".html":
        s = re.sub(r"(?s)<(script|style).*?</\1>", " ", p.read_text())
        return html.unescape(re.sub(r"<[^>]+>", " ", s))
    return p.read_text()

texts = {Path(s["path"]).name: text_of(s["path"]) for s in sc["sources"]}
q = sc["quote"]
lines = []
for li in q["line_items"]:
    lt = (D(str(li["quantity"])) * D(str(li["unit_price"])) * (1 - D(str(li["discount_percent"])) / 100)).quantize(D("0.01"))
    lines.append((li["sku"], lt))
total = sum(lt for _, lt in lines)
calc = {f"{lt:,.2f}" for _, lt in lines} | {f"{total:,.2f}"}
ld = dict(lines)
calc.add(f"{ld['KV-AN400'] + ld['KV-MON7'] + ld['KV-TBL-HYD']:,.2f}")  # theatre subtotal (Q28)
quote_text = json.dumps(q)

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
        where = [s for s in r["sources"] if s != "quote" and f.lower() in texts[s].lower()]
        in_quote = "quote" in r["sources"] and (f in calc or f.lower() in quote_text.lower())
        status = "OK" if (where or in_quote) else "MISSING"
        if status == "MISSING":
            ok = False
        print(f'{r["id"]} {status:7} {f!r:32} {"quote-calc" if f in calc else ""} {where}')
    for s in r["sources"]:
        assert s == "quote" or s in texts, (r["id"], s)

print("line totals:", {k: f"{v:,.2f}" for k, v in lines}, "total:", f"{total:,.2f}")
print("expect:", Counter(r["expect"] for r in rows))
print("language:", Counter(r.get("language", "en") for r in rows))
print("non-en by expect:", Counter(r["expect"] for r in rows if r.get("language")))
print("ALL FACTS VERIFIED" if ok else "SOME FACTS MISSING")
