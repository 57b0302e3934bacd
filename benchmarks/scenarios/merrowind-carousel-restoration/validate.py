"""Check the merrowind-carousel-restoration scenario: counts, languages, sources, and that every answer fact
appears (case-insensitively) in a named source or in the quote (including its derived figures).
Run: /work/main/.venv/bin/python validate.py   (pypdf is looked for in /tmp/rl if not installed)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
try:
    import pypdf
except ImportError:
    sys.path.insert(0, "/tmp/rl")
    import pypdf
import docx, openpyxl

def norm(s):
    return re.sub(r"\s+", " ", s).lower()

def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.extend(c.text for c in r.cells)
        return "\n".join(parts)
    if ext == "pdf":
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
    if ext == "xlsx":
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    parts.append(str(v))
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        parts.append(f"{v:,.2f}")
        return "\n".join(parts)
    if ext in ("html", "htm"):
        return re.sub(r"<[^>]+>", " ", open(path, encoding="utf-8").read())
    return open(path, encoding="utf-8").read()

def money(x):
    return f"{x:,.2f}"

sc = json.load(open(os.path.join(HERE, "scenario.json")))
q = sc["quote"]
errors = []

# quote text, with derived figures (line totals, discounted unit prices, subtotal, VAT, total, discount)
parts = [json.dumps(q, ensure_ascii=False)]
gross = net = 0.0
for li in q["line_items"]:
    g = li["quantity"] * li["unit_price"]
    unit_net = li["unit_price"] * (1 - li["discount_percent"] / 100)
    n = round(li["quantity"] * unit_net, 2)
    gross += g
    net += n
    parts += [money(li["unit_price"]), money(unit_net), money(g), money(n)]
vat = round(net * 0.20, 2)
parts += [money(gross), money(net), money(gross - net), money(vat), money(net + vat)]
quote_text = norm("\n".join(parts))
print(f"quote: gross {money(gross)}, discount {money(gross - net)}, net before VAT {money(net)}, "
      f"VAT {money(vat)}, total {money(net + vat)}")

n_items = len(q["line_items"])
if not 5 <= n_items <= 9:
    errors.append(f"quote has {n_items} line items, want 5-9")
if not 2 <= len(sc["users"]) <= 3:
    errors.append("want 2-3 users")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
emails = {u["email"] for u in sc["users"]}
if q["owner"] not in emails:
    errors.append("quote owner is not a user")

texts = {}
types = Counter()
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p):
        errors.append(f"missing source {s['path']}")
        continue
    name = os.path.basename(p)
    texts[name] = norm(text_of(p))
    types[name.rsplit(".", 1)[-1]] += 1
    print(f"source {name}: {len(texts[name])} chars")
for ext in ("docx", "pdf", "xlsx"):
    if not types[ext]:
        errors.append(f"no .{ext} source")
if not (types["md"] or types["html"]):
    errors.append("no md or html source")
wb = openpyxl.load_workbook(os.path.join(HERE, "knowledge/price-list-and-drive-spec.xlsx"))
if len(wb.sheetnames) < 2:
    errors.append("xlsx needs 2+ sheets")
texts["quote"] = quote_text

qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
c = Counter(x["expect"] for x in qs)
langs = Counter(x.get("language", "en") for x in qs)
non_en = [x for x in qs if x.get("language", "en") != "en"]
print(f"questions: {len(qs)} {dict(c)}; languages {dict(langs)}")
if len(qs) != 40 or c != Counter(answer=22, clarify=5, handoff=13):
    errors.append(f"counts wrong: {len(qs)} {dict(c)}")
if len(non_en) != 10:
    errors.append(f"{len(non_en)} non-English questions, want 10")
for kind in ("answer", "clarify", "handoff"):
    if not any(x["expect"] == kind for x in non_en):
        errors.append(f"no non-English {kind} question")

for x in qs:
    if x["expect"] != "answer":
        if x.get("sources") or x.get("facts"):
            errors.append(f"{x['id']}: non-answer with sources/facts")
        continue
    srcs, facts = x.get("sources", []), x.get("facts", [])
    if not srcs or not 1 <= len(facts) <= 3:
        errors.append(f"{x['id']}: needs sources and 1-3 facts")
    for s in srcs:
        if s not in texts:
            errors.append(f"{x['id']}: unknown source {s}")
    for f in facts:
        hits = [s for s in srcs if s in texts and norm(f) in texts[s]]
        if not hits:
            errors.append(f"{x['id']}: fact {f!r} not found in {srcs}")

single = sum(1 for x in qs if x["expect"] == "answer" and len(x["sources"]) == 1 and x["sources"] != ["quote"])
arith = sum(1 for x in qs if x["expect"] == "answer" and x["sources"] == ["quote"])
print(f"answer questions from a single knowledge source: {single}; quote/arithmetic questions: {arith}")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
