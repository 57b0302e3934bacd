"""Validate questions.jsonl against the extracted text of each source and the quote computations."""
import json, re, html
from decimal import Decimal as D
from pathlib import Path
from docx import Document
from openpyxl import load_workbook

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"

def docx_text(p):
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
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
    t = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", p.read_text(), flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", t))

texts = {
    "SR-90_Technical_Datasheet_rev4.docx": docx_text(K / "SR-90_Technical_Datasheet_rev4.docx"),
    "Stackline_Price_List_2026.xlsx": xlsx_text(K / "Stackline_Price_List_2026.xlsx"),
    "terms-of-sale-and-warranty.html": html_text(K / "terms-of-sale-and-warranty.html"),
    "installation-and-aftercare-guide.md": (K / "installation-and-aftercare-guide.md").read_text(),
}
s = json.loads((HERE / "scenario.json").read_text())
q = s["quote"]
lines = {}
quote_text = json.dumps(q)
comp = set()
total = D(0)
for li in q["line_items"]:
    lt = (D(str(li["unit_price"])) * li["quantity"] * (100 - D(li["discount_percent"])) / 100).quantize(D("0.01"))
    lines[li["sku"]] = lt
    total += lt
    comp.add(f"{lt:,.2f}")
comp.add(f"{total:,.2f}")
comp.add(f"{lines['CG-400-Y'] + lines['EP-1100-DR']:,.2f}")
comp.add(f"{lines['SR90-F-6500-1100'] + lines['SR90-F-8000-1100']:,.2f}")
print("quote total", f"{total:,.2f}")

keys = {"id", "question", "expect", "sources", "facts"}
ok = True
counts = {}
for n, line in enumerate((HERE / "questions.jsonl").read_text().splitlines(), 1):
    r = json.loads(line)
    assert keys <= set(r), (n, r)
    assert r["id"] == f"Q{n:02d}"
    assert r["expect"] in {"answer", "clarify", "handoff"}
    counts.setdefault((r["expect"], r.get("language", "en")), 0)
    counts[(r["expect"], r.get("language", "en"))] += 1
    if r["expect"] != "answer":
        assert not r["facts"]
        continue
    assert r["sources"] and r["facts"]
    for f in r["facts"]:
        hits = [src for src in r["sources"]
                if (src == "quote" and (f.lower() in quote_text.lower() or f in comp))
                or (src != "quote" and f.lower() in texts[src].lower())]
        status = "OK " if hits else "MISSING"
        if not hits: ok = False
        print(f"{r['id']} {status} {f!r} in {hits}")
    for src in r["sources"]:
        assert src == "quote" or src in texts, src
print(sorted(counts.items()))
print("ALL FACTS VERIFIED" if ok else "PROBLEMS FOUND")
