"""Validate the clausora-lab-gas-valves scenario.

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
Checks the structure of scenario.json, the question counts and languages, and that every fact of every
`answer` question appears (case-insensitively) in at least one of the sources it names. For `quote`, the
searchable text is the quote JSON plus the figures derivable from it: discounted unit prices, line totals,
subtotal before tax, VAT at the rate stated in the terms, total including VAT and per-month figures for
12-month items.
"""
import json
import os
import re
import sys
from collections import Counter

sys.path.append("/tmp/rl")
HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def money(x):
    return {f"{x:.2f}", f"{x:,.2f}"}


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.extend(c.text for c in r.cells)
        return "\n".join(parts)
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    parts.append(str(v))
                    if isinstance(v, (int, float)):
                        parts.extend(money(float(v)))
        return "\n".join(parts)
    if ext in ("md", "html", "htm", "txt"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    raise ValueError(f"unsupported source type: {path}")


sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
q = sc["quote"]

# ---- structure
users = sc.get("users", [])
if not 2 <= len(users) <= 3:
    errors.append(f"expected 2-3 users, got {len(users)}")
emails = {u["email"] for u in users}
if q["owner"] not in emails:
    errors.append("quote owner is not a user")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(e, str) and "@" in e for e in q["buyer_contacts"])):
    errors.append("buyer_contacts must be a list of e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    errors.append(f"expected 5-9 line items, got {len(q['line_items'])}")
if not any(li["discount_percent"] for li in q["line_items"]):
    errors.append("no discounted line item")
ho = sc["agent"]["handoff"]["assign_to"]
if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
    errors.append("bad handoff.assign_to")
src_text = {}
types = Counter()
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p):
        errors.append(f"missing source {s['path']}")
        continue
    if s["type"] == "kb_article" and not s.get("title"):
        errors.append(f"kb_article without title: {s['path']}")
    src_text[os.path.basename(s["path"])] = text_of(p)
    types[s["path"].rsplit(".", 1)[-1].lower()] += 1
for ext in ("docx", "pdf", "xlsx"):
    if types[ext] != 1:
        errors.append(f"expected one .{ext} source, got {types[ext]}")
if not (types["md"] or types["html"]):
    errors.append("expected a Markdown or HTML source")
if len(sc["sources"]) < 4:
    errors.append("expected at least four sources")

# ---- quote text and derived figures
derived = set()
subtotal = 0.0
for li in q["line_items"]:
    unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
    line = round(unit * li["quantity"], 2)
    subtotal += line
    derived |= money(unit) | money(line) | money(li["unit_price"] * li["quantity"])
    if "12 months" in li["name"]:
        derived |= money(line / 12)
subtotal = round(subtotal, 2)
derived |= money(subtotal)
m = re.search(r"VAT at (\d+(?:\.\d+)?)%", q["terms"])
if m:
    vat = round(subtotal * float(m.group(1)) / 100, 2)
    derived |= money(vat) | money(subtotal + vat)
src_text["quote"] = json.dumps(q, ensure_ascii=False) + "\n" + "\n".join(sorted(derived))

# ---- questions
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
cnt = Counter(x["expect"] for x in qs)
want = {"answer": 22, "clarify": 5, "handoff": 13}
if len(qs) != 40 or dict(cnt) != want:
    errors.append(f"counts: {len(qs)} questions, {dict(cnt)}; want 40, {want}")
non_en = [x for x in qs if x.get("language") and x["language"] != "en"]
if len(non_en) != 10:
    errors.append(f"expected 10 non-English questions, got {len(non_en)}")
if {x["expect"] for x in non_en} != set(want):
    errors.append("non-English questions not spread over answer/clarify/handoff")
for x in qs:
    if x["expect"] != "answer":
        continue
    facts, srcs = x.get("facts", []), x.get("sources", [])
    if not 1 <= len(facts) <= 3 or not srcs:
        errors.append(f"{x['id']}: needs 1-3 facts and at least one source")
    for s in srcs:
        if s not in src_text:
            errors.append(f"{x['id']}: unknown source {s}")
    for f in facts:
        if not any(f.lower() in src_text.get(s, "").lower() for s in srcs):
            errors.append(f"{x['id']}: fact {f!r} not found in {srcs}")

print(f"questions: {len(qs)} {dict(cnt)}; non-English: {len(non_en)} "
      f"{dict(Counter(x['language'] for x in non_en))}")
print(f"sources: {dict(types)}; quote subtotal before VAT: {subtotal:,.2f}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
