"""Validate the cradlemere-shiplift-cradles scenario.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (pypdf is needed for the PDF)
Checks: scenario.json shape, sources exist, 40 questions with 22/5/13 answer/clarify/handoff, 10 non-English spread
over all three kinds, every answer fact found (case-insensitively) in one of its named sources or in the quote.
The quote text includes the derived figures a buyer may ask for (discounted unit prices, line totals, subtotal),
formatted with thousands separators, so that quote-arithmetic facts can be checked."""
import json, os, sys, re
HERE = os.path.dirname(os.path.abspath(__file__))
errors = []

def text_docx(p):
    from docx import Document
    d = Document(p); parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" | ".join(c.text for c in r.cells))
    return "\n".join(parts)

def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)

def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True); parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)

def text_html(p):
    return re.sub(r"<[^>]+>", " ", open(p, encoding="utf-8").read())

def extract(p):
    ext = p.rsplit(".", 1)[-1].lower()
    return {"docx": text_docx, "pdf": text_pdf, "xlsx": text_xlsx, "html": text_html, "htm": text_html}.get(
        ext, lambda q: open(q, encoding="utf-8").read())(p)

def fmt(x):
    return f"{x:,.2f}".rstrip("0").rstrip(".") if x != int(x) else f"{int(x):,}"

sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
q = sc["quote"]
for k in ["number", "title", "owner", "buyer_company", "buyer_contacts", "currency", "created_on", "expires_on", "line_items", "terms", "notes"]:
    if k not in q: errors.append(f"quote missing {k}")
if not all(isinstance(c, str) for c in q["buyer_contacts"]): errors.append("buyer_contacts must be strings")
if not 5 <= len(q["line_items"]) <= 9: errors.append("line items must be 5-9")
emails = {u["email"] for u in sc["users"]}
if not 2 <= len(sc["users"]) <= 3: errors.append("2-3 users expected")
if q["owner"] not in emails: errors.append("quote owner is not a user")

qparts = [json.dumps(q, ensure_ascii=False), q["terms"], q["notes"]]
subtotal = 0
for li in q["line_items"]:
    unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
    line = unit * li["quantity"]; subtotal += line
    qparts.append(f"{li['sku']} {li['name']} qty {li['quantity']} unit {fmt(li['unit_price'])} discount {li['discount_percent']}% "
                  f"discounted unit {fmt(unit)} line total {fmt(line)}")
qparts.append(f"subtotal before tax {fmt(subtotal)}")
texts = {"quote": "\n".join(qparts)}

types = set()
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p): errors.append(f"missing source {s['path']}"); continue
    texts[os.path.basename(p)] = extract(p)
    types.add(p.rsplit(".", 1)[-1].lower())
    if s["type"] == "kb_article" and not s.get("title"): errors.append("kb_article needs a title")
for need in ["docx", "pdf", "xlsx"]:
    if need not in types: errors.append(f"no {need} source")
if not types & {"md", "html"}: errors.append("no md or html source")

qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
counts = {"answer": 0, "clarify": 0, "handoff": 0}; nonen = {"answer": 0, "clarify": 0, "handoff": 0}
ids = set()
for x in qs:
    if x["id"] in ids: errors.append(f"duplicate id {x['id']}")
    ids.add(x["id"]); counts[x["expect"]] += 1
    if x.get("language") and x["language"] != "en": nonen[x["expect"]] += 1
    if x["expect"] == "answer":
        if not x.get("sources") or not x.get("facts") or not 1 <= len(x["facts"]) <= 3:
            errors.append(f"{x['id']}: answer needs sources and 1-3 facts"); continue
        for src in x["sources"]:
            if src not in texts: errors.append(f"{x['id']}: unknown source {src}")
        for f in x["facts"]:
            if not any(f.lower() in texts.get(src, "").lower() for src in x["sources"]):
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")
if len(qs) != 40: errors.append(f"{len(qs)} questions, expected 40")
if counts != {"answer": 22, "clarify": 5, "handoff": 13}: errors.append(f"counts {counts}")
if sum(nonen.values()) != 10: errors.append(f"{sum(nonen.values())} non-English questions, expected 10")
if not all(nonen.values()): errors.append(f"non-English not spread: {nonen}")

print(f"questions: {len(qs)} {counts}; non-English: {sum(nonen.values())} {nonen}")
print(f"sources: {sorted(k for k in texts if k != 'quote')}; quote subtotal before tax {fmt(subtotal)} {q['currency']}")
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("PASS")
