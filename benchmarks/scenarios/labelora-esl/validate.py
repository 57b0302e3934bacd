"""Validate questions.jsonl against the sources and the quote. Run with /work/main/.venv/bin/python validate.py"""
import html, json, re
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP
from pathlib import Path
import docx, openpyxl

HERE = Path(__file__).resolve().parent
scn = json.loads((HERE / "scenario.json").read_text())

def text_of(path: Path) -> str:
    if path.suffix == ".docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".xlsx":
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(parts)
    if path.suffix == ".html":
        return html.unescape(re.sub(r"<[^>]+>", " ", path.read_text()))
    return path.read_text()

texts = {Path(s["path"]).name: text_of(HERE / s["path"]) for s in scn["sources"]}

# quote computations
q = scn["quote"]
lines = {}
for li in q["line_items"]:
    lt = (D(li["quantity"]) * D(str(li["unit_price"])) * (100 - D(li["discount_percent"])) / 100).quantize(D("0.01"), ROUND_HALF_UP)
    lines[li["sku"]] = lt
total = sum(lines.values())
fmt = lambda x: f"{x:,.2f}"
quote_facts = {fmt(v) for v in lines.values()} | {fmt(total)}
labels = sum(v for k, v in lines.items() if k.startswith("LB-"))
quote_facts |= {fmt(labels)}
quote_text = json.dumps(q, ensure_ascii=False)

keys = {"id", "question", "expect", "sources", "facts"}
optional = {"must_not", "language"}
problems = []
rows = [json.loads(l) for l in (HERE / "questions.jsonl").read_text().splitlines() if l.strip()]
for i, r in enumerate(rows, 1):
    if r["id"] != f"Q{i:02d}": problems.append(f"bad id {r['id']}")
    if not keys <= set(r) or set(r) - keys - optional: problems.append(f"{r['id']} keys {sorted(r)}")
    if r["expect"] not in ("answer", "clarify", "handoff"): problems.append(f"{r['id']} expect")
    if r["expect"] == "answer":
        if not r["facts"] or not r["sources"]: problems.append(f"{r['id']} no facts/sources")
        for f in r["facts"]:
            ok = []
            for s in r["sources"]:
                if s == "quote":
                    if f in quote_facts or f.lower() in quote_text.lower(): ok.append(s)
                elif s not in texts:
                    problems.append(f"{r['id']} unknown source {s}")
                elif f.lower() in texts[s].lower():
                    ok.append(s)
            print(f"{r['id']} fact {f!r:22} found in {ok}")
            if not ok: problems.append(f"{r['id']} fact {f!r} not found")
    else:
        if r["facts"]: problems.append(f"{r['id']} non-answer with facts")

print()
print("line totals:", {k: fmt(v) for k, v in lines.items()})
print("labels subtotal", fmt(labels), "total", fmt(total))
print("expect:", Counter(r["expect"] for r in rows))
print("language:", Counter(r.get("language", "en") for r in rows))
print("non-en by expect:", Counter(r["expect"] for r in rows if r.get("language")))
print("PROBLEMS:", problems or "none")
