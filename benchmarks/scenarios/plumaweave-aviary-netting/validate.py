"""Check the plumaweave-aviary-netting scenario: counts, languages, and that every answer fact appears
(case-insensitively) in one of the named sources or the quote (incl. derived line totals / subtotal).
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py  (needs python-docx, openpyxl, pypdf)."""
import json, os, re, sys, html
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sc = json.load(open(os.path.join(HERE, "scenario.json")))
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl")) if l.strip()]
errors = []

def text_of(path):
    p = os.path.join(HERE, path)
    if p.endswith(".docx"):
        import docx
        d = docx.Document(p)
        parts = [x.text for x in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if p.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)
    if p.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(p, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None: continue
                    out.append(f"{v:.2f}" if isinstance(v, float) else str(v))
        return "\n".join(out)
    if p.endswith((".html", ".htm")):
        return html.unescape(re.sub(r"<[^>]+>", " ", open(p, encoding="utf-8").read()))
    return open(p, encoding="utf-8").read()

def money(x):
    return [f"{x:,.2f}", f"{x:.2f}"]

def quote_text(q):
    parts = [q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"], q["terms"], q["notes"]]
    sub = 0.0
    for li in q["line_items"]:
        net_unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(li["unit_price"] * li["quantity"] * (1 - li["discount_percent"] / 100), 2)
        sub += line
        parts += [li["sku"], li["name"], str(li["quantity"]), f"{li['discount_percent']}%"] + money(li["unit_price"]) + money(net_unit) + money(line)
    sub = round(sub, 2)
    vat = round(sub * 0.21, 2)
    parts += ["subtotal"] + money(sub) + money(vat) + money(round(sub + vat, 2))
    return "\n".join(parts), sub

texts = {os.path.basename(s["path"]): text_of(s["path"]) for s in sc["sources"]}
qtext, subtotal = quote_text(sc["quote"])
texts["quote"] = qtext

# structure checks
types = {os.path.splitext(s["path"])[1] for s in sc["sources"]}
for ext in (".docx", ".pdf", ".xlsx"):
    if ext not in types: errors.append(f"missing source type {ext}")
if not ({".md", ".html"} & types): errors.append("need a .md kb_article or .html url source")
import openpyxl
for s in sc["sources"]:
    if s["path"].endswith(".xlsx") and len(openpyxl.load_workbook(os.path.join(HERE, s["path"])).worksheets) < 2:
        errors.append("xlsx needs 2+ sheets")
n_items = len(sc["quote"]["line_items"])
if not 5 <= n_items <= 9: errors.append(f"{n_items} line items")
if not 2 <= len(sc["users"]) <= 3: errors.append("users count")
emails = {u["email"] for u in sc["users"]}
if sc["quote"]["owner"] not in emails: errors.append("quote owner not a user")
if not all(isinstance(c, str) and "@" in c for c in sc["quote"]["buyer_contacts"]): errors.append("buyer_contacts")

c = Counter(q["expect"] for q in qs)
want = {"answer": 22, "clarify": 5, "handoff": 13}
if len(qs) != 40: errors.append(f"{len(qs)} questions, want 40")
for k, v in want.items():
    if c[k] != v: errors.append(f"{c[k]} {k}, want {v}")
ids = [q["id"] for q in qs]
if len(set(ids)) != len(ids): errors.append("duplicate ids")
langs = Counter(q.get("language") for q in qs if q.get("language"))
if sum(langs.values()) != 10: errors.append(f"{sum(langs.values())} non-English questions, want 10")
nonen_kinds = Counter(q["expect"] for q in qs if q.get("language"))
for k in want:
    if not nonen_kinds[k]: errors.append(f"no non-English {k} question")

for q in qs:
    if q["expect"] != "answer": continue
    if not q["sources"] or not 1 <= len(q["facts"]) <= 3:
        errors.append(f"{q['id']}: needs sources and 1-3 facts")
    for s in q["sources"]:
        if s not in texts: errors.append(f"{q['id']}: unknown source {s}")
    for f in q["facts"]:
        if not any(f.lower() in texts.get(s, "").lower() for s in q["sources"]):
            errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")

print(f"questions: {len(qs)} {dict(c)}; non-English: {dict(langs)} by kind {dict(nonen_kinds)}")
print(f"line items: {n_items}; subtotal before VAT: {subtotal:,.2f} {sc['quote']['currency']}")
print("sources:", {k: len(v) for k, v in texts.items()})
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
