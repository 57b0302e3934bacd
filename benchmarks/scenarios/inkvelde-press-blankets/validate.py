"""Check the inkvelde-press-blankets scenario: counts, languages, and that every answer fact appears
(case-insensitively) in one of the named sources or in the quote.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)
The quote text includes the figures a buyer can derive by arithmetic: discounted unit prices, line totals,
the total before tax and monthly figures for 12-month items, in 1,234.56 / 1234.56 / 1234 formats."""
import json, os, re, sys
from collections import Counter
try:
    import pypdf
except ImportError:
    sys.path.append("/tmp/rl"); import pypdf
import docx, openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
sc = json.load(open(os.path.join(HERE, "scenario.json")))


def text_of(path):
    p = os.path.join(HERE, path)
    if p.endswith(".docx"):
        d = docx.Document(p)
        parts = [x.text for x in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts)
    if p.endswith(".pdf"):
        return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(p).pages)
    if p.endswith(".xlsx"):
        wb = openpyxl.load_workbook(p, data_only=True)
        return "\n".join(" | ".join("" if v is None else str(v) for v in row)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if p.endswith((".html", ".htm")):
        return re.sub(r"<[^>]+>", " ", open(p, encoding="utf-8").read())
    return open(p, encoding="utf-8").read()


def fmts(x):
    return [f"{x:,.2f}", f"{x:.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}", str(int(x)) if x == int(x) else f"{x:.2f}"]


q = sc["quote"]
qt = [q["title"], q["terms"], q["notes"], q["buyer_company"], q["currency"]]
total = 0.0
for li in q["line_items"]:
    net_unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
    line = round(net_unit * li["quantity"], 2)
    total += line
    qt += [li["sku"], li["name"], str(li["quantity"]), f"{li['discount_percent']}%"] + fmts(li["unit_price"]) + fmts(net_unit) + fmts(line)
    if "12" in li["sku"].split("-")[-1] or "12 months" in li["name"]:
        qt += fmts(round(line / 12, 2))
total = round(total, 2)
qt += fmts(total)
quote_text = re.sub(r"\s+", " ", "\n".join(qt)).lower()

texts = {"quote": quote_text}
for s in sc["sources"]:
    texts[os.path.basename(s["path"])] = re.sub(r"\s+", " ", text_of(s["path"])).lower()

errors = []
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
c = Counter(x["expect"] for x in qs)
nonen = [x for x in qs if x.get("language") and x["language"] != "en"]
if len(qs) != 40: errors.append(f"{len(qs)} questions, want 40")
if (c["answer"], c["clarify"], c["handoff"]) != (22, 5, 13): errors.append(f"counts {dict(c)}, want 22/5/13")
if len(nonen) != 10: errors.append(f"{len(nonen)} non-English, want 10")
if len({x['expect'] for x in nonen}) != 3: errors.append("non-English questions not spread over all three expectations")
if len({x["id"] for x in qs}) != len(qs): errors.append("duplicate ids")
if not 5 <= len(q["line_items"]) <= 9: errors.append("line item count")
if q["owner"] not in [u["email"] for u in sc["users"]]: errors.append("quote owner is not a user")
for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not x.get("facts"):
        errors.append(f"{x['id']}: answer without sources/facts"); continue
    for s in x["sources"]:
        if s not in texts: errors.append(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        if not any(f.lower() in texts.get(s, "") for s in x["sources"]):
            errors.append(f"{x['id']}: fact {f!r} not in {x['sources']}")

print(f"questions: {len(qs)} {dict(c)}; non-English: {len(nonen)} {dict(Counter(x['language'] for x in nonen))}")
print(f"sources: {', '.join(k for k in texts if k != 'quote')}; quote total before tax {total:,.2f} {q['currency']}")
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK: all answer facts found in their named sources")
