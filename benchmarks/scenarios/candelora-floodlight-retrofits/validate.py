"""Validate the candelora-floodlight-retrofits scenario.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)."""
import json, os, re, sys, html
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []

def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = []
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, float):
                        cells.append(f"{v:,.2f}")
                    else:
                        cells.append(str(v))
                parts.append(" | ".join(cells))
        return "\n".join(parts)
    if ext == "html":
        raw = open(path, encoding="utf-8").read()
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return open(path, encoding="utf-8").read()

def money(x):
    return f"{x:,.2f}"

def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = gross_total = 0.0
    for li in q["line_items"]:
        gross = li["quantity"] * li["unit_price"]
        net_unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        net = round(gross * (1 - li["discount_percent"] / 100), 2)
        total += net
        gross_total += gross
        parts.append(f'{li["sku"]} {li["name"]}: unit {money(li["unit_price"])} net unit {money(net_unit)} '
                     f'gross {money(gross)} discount {money(gross - net)} line total {money(net)} '
                     f'per unit of quantity {money(net / li["quantity"])}')
    parts.append(f"total before tax {money(total)} list total {money(gross_total)} total discount {money(gross_total - total)}")
    return "\n".join(parts), total

scn = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
q = scn["quote"]
qtext, total = quote_text(q)
texts = {"quote": qtext.lower()}
types = Counter()
for s in scn["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p):
        errors.append(f"missing source {s['path']}")
        continue
    t = text_of(p)
    if len(t) < 800:
        errors.append(f"source {s['path']} too short ({len(t)} chars)")
    texts[os.path.basename(p)] = t.lower()
    types[(s["type"], p.rsplit(".", 1)[-1])] += 1
    if s["type"] == "kb_article" and not s.get("title"):
        errors.append("kb_article without title")

# scenario shape
if not (5 <= len(q["line_items"]) <= 9):
    errors.append("line_items must be 5-9")
if not (2 <= len(scn["users"]) <= 3):
    errors.append("users must be 2-3")
emails = {u["email"] for u in scn["users"]}
if q["owner"] not in emails:
    errors.append("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
exts = {e for (_, e) in types}
for e in ("docx", "pdf", "xlsx"):
    if e not in exts:
        errors.append(f"no .{e} source")
if not ({"md", "html"} & exts):
    errors.append("no markdown or html source")
from openpyxl import load_workbook
xl = [s for s in scn["sources"] if s["path"].endswith(".xlsx")][0]
if len(load_workbook(os.path.join(HERE, xl["path"])).worksheets) < 2:
    errors.append("xlsx needs 2+ sheets")

# questions
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
cnt = Counter(x["expect"] for x in qs)
non_en = [x for x in qs if x.get("language")]
ids = [x["id"] for x in qs]
if len(qs) != 40: errors.append(f"{len(qs)} questions, expected 40")
if cnt != Counter({"answer": 22, "handoff": 13, "clarify": 5}): errors.append(f"counts {dict(cnt)}")
if len(non_en) != 10: errors.append(f"{len(non_en)} non-English questions, expected 10")
if len(set(ids)) != len(ids): errors.append("duplicate ids")
langs = Counter(x["language"] for x in non_en)
spread = Counter(x["expect"] for x in non_en)
if len(spread) < 3: errors.append("non-English questions not spread across answer/clarify/handoff")
for x in qs:
    if x["expect"] == "answer":
        if not x.get("sources") or not x.get("facts") or not (1 <= len(x["facts"]) <= 3):
            errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            hits = [s for s in x["sources"] if s in texts and f.lower() in texts[s]]
            if not hits:
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")
    elif x.get("facts"):
        errors.append(f"{x['id']}: {x['expect']} question should not carry facts")

single = sum(1 for x in qs if x["expect"] == "answer" and len(x["sources"]) == 1 and x["sources"][0] != "quote")
arith = sum(1 for x in qs if x["expect"] == "answer" and x["sources"] == ["quote"])
print(f"sources: {dict((f'{t}:{e}', n) for (t, e), n in types.items())}")
print(f"quote total before tax: {money(total)} {q['currency']}")
print(f"questions: {len(qs)} {dict(cnt)}; non-English: {len(non_en)} {dict(langs)} across {dict(spread)}")
print(f"answer questions from quote arithmetic: {arith}; single-document answers: {single}")
if errors:
    print("FAIL")
    for e in errors: print(" -", e)
    sys.exit(1)
print("OK: all answer facts found in their named sources")
