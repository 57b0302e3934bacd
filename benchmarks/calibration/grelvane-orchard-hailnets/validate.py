"""Check the grelvane-orchard-hailnets scenario: counts, languages, source formats, and that every answer fact
appears (case-insensitively) in at least one of the sources the question names, or in the quote.
Quote text = scenario.json quote plus derived figures (line totals, discounted unit prices, grand total,
30/70 payment split, net area) so that quote-arithmetic facts can be checked.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py  (needs python-docx, openpyxl, pypdf)."""
import json, os, sys
from collections import Counter
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
sc = json.load(open(os.path.join(HERE, "scenario.json")))
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
errors = []

def cell(v):
    if isinstance(v, float):
        return f"{v:.2f}"
    return "" if v is None else str(v)

def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if ext == "pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xlsx":
        wb = load_workbook(path, data_only=True)
        if len(wb.sheetnames) < 2:
            errors.append(f"{path}: fewer than 2 sheets")
        return "\n".join(" | ".join(cell(v) for v in row) for ws in wb for row in ws.iter_rows(values_only=True))
    return open(path, encoding="utf-8").read()

texts = {}
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p):
        errors.append(f"missing source {s['path']}")
        continue
    texts[os.path.basename(p)] = text_of(p)
    if len(texts[os.path.basename(p)]) < 1500:
        errors.append(f"{s['path']}: too little text ({len(texts[os.path.basename(p)])} chars)")
exts = {os.path.splitext(s["path"])[1] for s in sc["sources"]}
if len(sc["sources"]) < 4 or len(exts) < 4:
    errors.append("need four sources in four types")

q = sc["quote"]
derived, total = [], 0.0
for li in q["line_items"]:
    unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
    line = round(li["quantity"] * unit, 2)
    total += line
    derived += [f"{li['sku']} unit after discount {unit:,.2f} ({unit:.2f}) line total {line:,.2f} ({line:.2f})"]
total = round(total, 2)
derived.append(f"total before VAT {total:,.2f} ({total:.2f})")
for pct in (30, 70):
    v = round(total * pct / 100, 2)
    derived.append(f"{pct}% of total {v:,.2f} ({v:.2f})")
rolls = next(li["quantity"] for li in q["line_items"] if li["sku"] == "HN-BK4-610")
derived.append(f"net area {rolls * 4 * 200:,} m2 ({rolls * 4 * 200})")
texts["quote"] = json.dumps(q, ensure_ascii=False) + "\n" + "\n".join(derived)

if not 5 <= len(q["line_items"]) <= 9:
    errors.append("quote must have 5-9 line items")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
if not 2 <= len(sc["users"]) <= 3:
    errors.append("2-3 users expected")

counts = Counter(x["expect"] for x in qs)
if len(qs) != 40 or counts != Counter(answer=22, clarify=5, handoff=13):
    errors.append(f"counts wrong: {len(qs)} {dict(counts)}")
if len({x["id"] for x in qs}) != len(qs):
    errors.append("duplicate ids")
non_en = [x for x in qs if x.get("language", "en") != "en"]
if len(non_en) != 10:
    errors.append(f"{len(non_en)} non-English questions, expected 10")
if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions not spread over all three behaviours")

for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: needs sources and 1-3 facts")
        continue
    for s in x["sources"]:
        if s not in texts:
            errors.append(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        where = [s for s in x["sources"] if f.lower() in texts.get(s, "").lower()]
        if not where:
            errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"questions: {len(qs)} {dict(counts)}; non-English: {len(non_en)} "
      f"{dict(Counter(x['language'] for x in non_en))}")
print("source text chars:", {k: len(v) for k, v in texts.items()})
print(f"quote total before VAT: {total:,.2f} {q['currency']}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
