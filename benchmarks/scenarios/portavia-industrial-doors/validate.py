"""Check the portavia-industrial-doors scenario.

- scenario.json: 5-9 line items, 2-3 users, the four source files exist in four types;
- questions.jsonl: 40 questions, 22 answer / 5 clarify / 13 handoff, 10 not in English spread over the three kinds;
- every fact of an `answer` question appears (case-insensitively) in one of its named sources, where `quote`
  means the quote's text plus the figures derived from it (line totals, discounted unit prices, monthly
  equivalents, subtotal, VAT and total including VAT).

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
"""
import json
import os
import re
import sys
from collections import Counter

if os.path.isdir("/tmp/rl"):
    sys.path.insert(0, "/tmp/rl")

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def num(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


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
        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    if ext == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join(num(v) for v in row if v is not None))
        return "\n".join(parts)
    if ext in ("md", "html", "htm", "txt"):
        raw = open(path, encoding="utf-8").read()
        if ext in ("html", "htm"):
            raw = re.sub(r"<[^>]+>", " ", raw)
        return raw
    raise ValueError(f"unsupported source type: {path}")


def money(x):
    return [f"{x:,.2f}", f"{x:.2f}"]


def quote_text(q):
    parts = [q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"],
             q["terms"], q["notes"]]
    subtotal = 0.0
    for li in q["line_items"]:
        gross = li["quantity"] * li["unit_price"]
        net = round(gross * (1 - li["discount_percent"] / 100), 2)
        unit_net = li["unit_price"] * (1 - li["discount_percent"] / 100)
        subtotal += net
        parts += [li["sku"], li["name"], num(li["quantity"]), *money(li["unit_price"]),
                  f"{li['discount_percent']}%", *money(gross), *money(net), *money(unit_net), *money(net / 12)]
    vat = round(subtotal * 0.21, 2)
    parts += ["subtotal", *money(subtotal), "vat", *money(vat), "total", *money(subtotal + vat)]
    return "\n".join(parts)


scn = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
q = scn["quote"]
if not 5 <= len(q["line_items"]) <= 9:
    errors.append(f"line items: {len(q['line_items'])}")
if not 2 <= len(scn["users"]) <= 3:
    errors.append(f"users: {len(scn['users'])}")
if q["owner"] not in [u["email"] for u in scn["users"]]:
    errors.append("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")

texts = {"quote": quote_text(q)}
exts = set()
for s in scn["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.isfile(p):
        errors.append(f"missing source {s['path']}")
        continue
    exts.add(p.rsplit(".", 1)[-1])
    texts[os.path.basename(p)] = text_of(p)
    if len(texts[os.path.basename(p)]) < 1500:
        errors.append(f"source too short: {s['path']}")
if not {"docx", "pdf", "xlsx"} <= exts or not ({"md", "html"} & exts):
    errors.append(f"source types: {sorted(exts)}")

qs = [json.loads(line) for line in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if line.strip()]
kinds = Counter(x["expect"] for x in qs)
if len(qs) != 40 or kinds != Counter(answer=22, clarify=5, handoff=13):
    errors.append(f"counts: {len(qs)} {dict(kinds)}")
if len({x["id"] for x in qs}) != len(qs):
    errors.append("duplicate ids")
foreign = [x for x in qs if x.get("language", "en") != "en"]
if len(foreign) != 10:
    errors.append(f"non-English questions: {len(foreign)}")
if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions are not spread over answer/clarify/handoff")

for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not x.get("facts") or not 1 <= len(x["facts"]) <= 3:
        errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
        continue
    for src in x["sources"]:
        if src not in texts:
            errors.append(f"{x['id']}: unknown source {src}")
    hay = "\n".join(texts.get(s, "") for s in x["sources"]).lower()
    for fact in x["facts"]:
        if fact.lower() not in hay:
            errors.append(f"{x['id']}: fact {fact!r} not found in {x['sources']}")

print(f"questions: {len(qs)} {dict(kinds)}; languages: {dict(Counter(x.get('language', 'en') for x in qs))}")
print(f"quote subtotal line: {[l for l in texts['quote'].splitlines()][-6:]}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
