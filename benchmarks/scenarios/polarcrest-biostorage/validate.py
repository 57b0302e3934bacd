"""Validate questions.jsonl against the knowledge sources and the quote (run with /work/main/.venv/bin/python)."""
import json, re, html
from pathlib import Path
from collections import Counter
from docx import Document
from openpyxl import load_workbook

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
sc = json.loads((HERE / "scenario.json").read_text())

def docx_text(p):
    d = Document(p)
    parts = [x.text for x in d.paragraphs]
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
    s = p.read_text()
    s = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", s, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", s))

texts = {}
for s in sc["sources"]:
    p = HERE / s["path"]
    texts[p.name] = {"docx": docx_text, "xlsx": xlsx_text, "html": html_text}.get(p.suffix[1:], lambda p: p.read_text())(p)

q = sc["quote"]
lines = []
total = 0.0
for li in q["line_items"]:
    lt = round(li["quantity"] * li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
    lines.append(lt); total += lt
quote_strings = {f"{x:,.2f}" for x in lines} | {f"{total:,.2f}"}
quote_strings.add(f"{lines[2] + lines[3]:,.2f}")  # racks subtotal (PC-RK-D24 + PC-RK-S12)
quote_text = json.dumps(q, ensure_ascii=False) + " " + " ".join(f"{li['discount_percent']}%" for li in q["line_items"])

ok = True
rows = [json.loads(l) for l in (HERE / "questions.jsonl").read_text().splitlines()]
assert [r["id"] for r in rows] == [f"Q{i:02d}" for i in range(1, 41)]
for r in rows:
    assert set(r) <= {"id", "question", "expect", "sources", "facts", "must_not", "language"}, r
    assert r["expect"] in {"answer", "clarify", "handoff"}
    if r["expect"] != "answer":
        continue
    assert r["sources"] and r["facts"], r["id"]
    for f in r["facts"]:
        hits = []
        for s in r["sources"]:
            if s == "quote":
                if f in quote_strings or f.lower() in quote_text.lower():
                    hits.append("quote")
            elif f.lower() in texts[s].lower():
                hits.append(s)
        print(f"{r['id']} {f!r:22} -> {hits}")
        ok &= bool(hits)
    for m in r.get("must_not", []):
        pass
print("counts expect:", Counter(r["expect"] for r in rows))
print("counts language:", Counter(r.get("language", "en") for r in rows))
print("non-en by expect:", Counter((r["expect"], r["language"]) for r in rows if "language" in r))
print("quote total:", f"{total:,.2f}")
print("ALL FACTS FOUND" if ok else "MISSING FACTS")
