"""Validate kelvane-lifts: JSON shape, counts, and every answer fact verbatim in a named source or the quote."""
import html, json, re
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

import docx, openpyxl

HERE = Path(__file__).resolve().parent
scen = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))

def text_of(path):
    p = HERE / path
    if p.suffix == ".docx":
        d = docx.Document(p)
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if p.suffix == ".xlsx":
        wb = openpyxl.load_workbook(p)
        return "\n".join(" | ".join("" if v is None else str(v) for v in row)
                         for ws in wb for row in ws.iter_rows(values_only=True))
    raw = p.read_text(encoding="utf-8")
    if p.suffix == ".html":
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw

texts = {Path(s["path"]).name: text_of(s["path"]) for s in scen["sources"]}
q = scen["quote"]
lines = []
for li in q["line_items"]:
    lt = (Decimal(str(li["unit_price"])) * li["quantity"] * (1 - Decimal(str(li["discount_percent"])) / 100)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    lines.append(lt)
computed = {f"{x:,.2f}" for x in lines}
computed.add(f"{sum(lines):,.2f}")
computed.add(f"{lines[0] + lines[1]:,.2f}")  # passenger-lift subtotal used in a question
quote_text = json.dumps(q, ensure_ascii=False)

ok = True
rows = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
assert [r["id"] for r in rows] == [f"Q{i:02d}" for i in range(1, 41)]
for r in rows:
    for k in ("id", "question", "expect", "sources", "facts"):
        assert k in r, (r["id"], k)
    assert r["expect"] in ("answer", "clarify", "handoff")
    if r["expect"] != "answer":
        continue
    assert r["sources"] and r["facts"], r["id"]
    for s in r["sources"]:
        assert s == "quote" or s in texts, (r["id"], s)
    for f in r["facts"]:
        hits = [s for s in r["sources"] if s != "quote" and f.lower() in texts[s].lower()]
        if "quote" in r["sources"] and (f in computed or f.lower() in quote_text.lower()):
            hits.append("quote")
        print(f"{r['id']} {f!r:24} -> {hits}")
        if not hits:
            ok = False
            print("   MISSING")
print(Counter(r["expect"] for r in rows))
print(Counter(r.get("language", "en") for r in rows))
print(Counter((r["expect"], r.get("language", "en") != "en") for r in rows))
print("quote lines:", [f"{x:,.2f}" for x in lines], "total", f"{sum(lines):,.2f}")
for name, t in texts.items():
    print(name, len(t), "chars")
print("ALL FACTS VERIFIED" if ok else "FAILURES")
