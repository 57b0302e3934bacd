"""Validate questions.jsonl against the sources and the quote (run with nice -n 19 /work/main/.venv/bin/python)."""
import json, re, html
from collections import Counter
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
        wb = load_workbook(p, data_only=True)
        return "\n".join(" | ".join("" if v is None else str(v) for v in row)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if p.suffix == ".html":
        return html.unescape(re.sub(r"<[^>]+>", " ", p.read_text()))
    return p.read_text()

texts = {Path(s["path"]).name: text_of(s["path"]) for s in sc["sources"]}
for k, v in texts.items():
    print(f"{k}: {len(v)} chars")

items = sc["quote"]["line_items"]
lines = {i["sku"]: round(i["quantity"] * i["unit_price"] * (1 - i["discount_percent"] / 100), 2) for i in items}
total = round(sum(lines.values()), 2)
quote_vals = {f"{v:,.2f}" for v in lines.values()} | {f"{total:,.2f}"}
quote_vals.add(f"{lines['SRV-INST-STD'] + lines['SRV-INST-CEIL']:,.2f}")
for s, v in lines.items():
    print(f"  {s:14s} {v:>12,.2f}")
print("  TOTAL", f"{total:,.2f}")
quote_text = json.dumps(sc["quote"])

qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text().splitlines() if l.strip()]
ok = True
assert [q["id"] for q in qs] == [f"Q{i:02d}" for i in range(1, 41)]
for q in qs:
    assert q["expect"] in ("answer", "clarify", "handoff"), q
    assert set(q) <= {"id", "question", "expect", "sources", "facts", "must_not", "language"}, q
    if q["expect"] == "answer":
        assert q.get("sources") and q.get("facts"), q["id"]
        for f in q["facts"]:
            hits = [s for s in q["sources"] if (s == "quote" and (f in quote_vals or f.lower() in quote_text.lower()))
                    or (s != "quote" and f.lower() in texts[s].lower())]
            if not hits:
                ok = False
                print("MISSING", q["id"], f)
            else:
                print(f"{q['id']} {f!r} found in {hits}")
    for m in q.get("must_not", []):
        for k, v in texts.items():
            if m.lower() in v.lower():
                ok = False; print("must_not present in source", q["id"], m, k)
print(Counter(q["expect"] for q in qs))
print(Counter(q.get("language", "en") for q in qs))
print(Counter((q["expect"], q.get("language", "en") != "en") for q in qs))
print("ALL OK" if ok else "PROBLEMS")
