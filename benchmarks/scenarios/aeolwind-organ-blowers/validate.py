"""Validate the aeolwind-organ-blowers scenario: source files exist, counts match the brief,
and every answer fact appears (case-insensitively) in one of the named sources or in the quote.
Quote text includes derived figures (discounted unit prices, line totals, subtotal) and the per-year
figures listed in DERIVED, each recomputed here from the line items.
Run with a Python that has python-docx, openpyxl and pypdf."""
import json, os, re, sys, html
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []

def money(x):
    return f"{x:,.2f}"

def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts)
    if ext == "pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xlsx":
        wb = load_workbook(path, data_only=True)
        return "\n".join(" | ".join("" if v is None else str(v) for v in row)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if ext in ("html", "htm"):
        return html.unescape(re.sub(r"<[^>]+>", " ", open(path, encoding="utf-8").read()))
    return open(path, encoding="utf-8").read()

sc = json.load(open(os.path.join(HERE, "scenario.json")))
q = sc["quote"]
texts = {}
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p):
        errors.append(f"missing source {s['path']}")
        continue
    texts[os.path.basename(p)] = re.sub(r"\s+", " ", text_of(p))
types = {os.path.basename(s["path"]).rsplit(".", 1)[-1] for s in sc["sources"]}
for need in ("docx", "pdf", "xlsx"):
    if need not in types:
        errors.append(f"no {need} source")
if not ({"md", "html"} & types):
    errors.append("no md or html source")
wb = load_workbook(os.path.join(HERE, "knowledge/aeolwind-price-list-2025.xlsx"))
if len(wb.worksheets) < 2:
    errors.append("xlsx needs 2+ sheets")

# quote text with derived arithmetic
lines, subtotal, totals = [], 0.0, {}
for li in q["line_items"]:
    unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
    tot = round(unit * li["quantity"], 2)
    totals[li["sku"]] = tot
    subtotal += tot
    lines.append(f"{li['sku']} {li['name']} qty {li['quantity']} unit {money(li['unit_price'])} "
                 f"discount {li['discount_percent']}% discounted unit {money(unit)} line total {money(tot)}")
DERIVED = {"AW-SVC-3Y per year": money(totals["AW-SVC-3Y"] / 3)}  # three-year plan / 3 years
quote_text = " ".join([q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"],
                       *lines, f"subtotal before VAT {money(subtotal)}", *DERIVED.values(), q["terms"], q["notes"]])
texts["quote"] = re.sub(r"\s+", " ", quote_text)
if len(q["line_items"]) not in range(5, 10):
    errors.append("quote needs 5-9 line items")

qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
count = lambda k: sum(1 for x in qs if x["expect"] == k)
expected = {"answer": 22, "clarify": 5, "handoff": 13}
if len(qs) != 40:
    errors.append(f"{len(qs)} questions, expected 40")
for k, n in expected.items():
    if count(k) != n:
        errors.append(f"{count(k)} {k}, expected {n}")
non_en = [x for x in qs if x.get("language", "en") != "en"]
if len(non_en) != 10:
    errors.append(f"{len(non_en)} non-English questions, expected 10")
if len({x["id"] for x in qs}) != len(qs):
    errors.append("duplicate ids")
for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not x.get("facts") or len(x["facts"]) > 3:
        errors.append(f"{x['id']}: needs sources and 1-3 facts")
        continue
    for s in x["sources"]:
        if s not in texts:
            errors.append(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        if not any(f.lower() in texts.get(s, "").lower() for s in x["sources"]):
            errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

langs = {}
for x in non_en:
    langs[x["language"]] = langs.get(x["language"], 0) + 1
print(f"questions: {len(qs)} (answer {count('answer')}, clarify {count('clarify')}, handoff {count('handoff')}); "
      f"non-English {len(non_en)} {dict(sorted(langs.items()))}")
print(f"quote subtotal before VAT: {money(subtotal)}; derived: {DERIVED}")
print("sources:", ", ".join(f"{k} ({len(v)} chars)" for k, v in texts.items()))
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
