"""Validate the orchwright-cider-press-servicing scenario.

Checks: scenario.json shape, the sources exist, 40 questions with 22 answer / 5 clarify / 13 handoff,
10 non-English questions, and every answer fact appears (case-insensitively) in one of the sources the
question names, or in the quote (rendered with computed line totals, discounted unit prices, subtotal,
VAT and total, as a buyer sees it on the quote page).

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def money(x):
    return [f"{x:,.2f}", f"{x:.2f}"]


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    parts.append(f"{v:,.2f} {v:.2f}" if isinstance(v, float) else str(v))
        return "\n".join(parts)
    if ext in ("md", "html", "htm", "txt"):
        s = open(path, encoding="utf-8").read()
        if ext in ("html", "htm"):
            s = re.sub(r"<[^>]+>", " ", s)
        return s
    raise ValueError(f"unknown source type {path}")


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    subtotal = 0.0
    for li in q["line_items"]:
        unit_net = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit_net * li["quantity"], 2)
        subtotal += line
        parts.append(" ".join([li["sku"], li["name"], *money(li["unit_price"]), *money(unit_net), *money(line)]))
    vat = round(subtotal * 0.20, 2)
    parts.append(" ".join(["subtotal", *money(subtotal), "vat", *money(vat), "total", *money(subtotal + vat)]))
    return "\n".join(parts)


sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
for key in ("name", "description", "agent", "users", "quote", "sources"):
    if key not in sc:
        errors.append(f"scenario.json: missing {key}")
q = sc["quote"]
emails = {u["email"] for u in sc["users"]}
if not 2 <= len(sc["users"]) <= 3:
    errors.append("users: need 2-3")
if q["owner"] not in emails:
    errors.append("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("quote: need 5-9 line items")
if not any(li["discount_percent"] for li in q["line_items"]):
    errors.append("quote: no discounts")
ho = sc["agent"]["handoff"]["assign_to"]
if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
    errors.append("handoff.assign_to invalid")

texts = {"quote": norm(quote_text(q))}
types = Counter()
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p):
        errors.append(f"missing source {s['path']}")
        continue
    if s["type"] == "kb_article" and not s.get("title"):
        errors.append(f"kb_article without title: {s['path']}")
    types[p.rsplit(".", 1)[-1]] += 1
    texts[os.path.basename(s["path"])] = norm(text_of(p))
for ext in ("docx", "pdf", "xlsx"):
    if types[ext] != 1:
        errors.append(f"need exactly one .{ext} source, found {types[ext]}")
if not (types["md"] or types["html"]):
    errors.append("need a Markdown or HTML source")

qs = [json.loads(line) for line in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if line.strip()]
ids = [x["id"] for x in qs]
if len(ids) != len(set(ids)):
    errors.append("duplicate question ids")
counts = Counter(x["expect"] for x in qs)
if len(qs) != 40:
    errors.append(f"need 40 questions, have {len(qs)}")
for kind, n in (("answer", 22), ("clarify", 5), ("handoff", 13)):
    if counts[kind] != n:
        errors.append(f"need {n} {kind}, have {counts[kind]}")
non_en = [x for x in qs if x.get("language", "en") != "en"]
if len(non_en) != 10:
    errors.append(f"need 10 non-English questions, have {len(non_en)}")
langs = Counter(x["language"] for x in non_en)
if set(langs) - {"fr", "de", "es", "pt", "it", "nl"}:
    errors.append(f"unexpected languages {langs}")
if len({x['expect'] for x in non_en}) != 3:
    errors.append("non-English questions must span answer, clarify and handoff")

for x in qs:
    if x["expect"] not in ("answer", "clarify", "handoff"):
        errors.append(f"{x['id']}: bad expect")
    if x["expect"] != "answer":
        continue
    srcs, facts = x.get("sources") or [], x.get("facts") or []
    if not srcs:
        errors.append(f"{x['id']}: answer without sources")
    if not 1 <= len(facts) <= 3:
        errors.append(f"{x['id']}: need 1-3 facts")
    for s in srcs:
        if s not in texts:
            errors.append(f"{x['id']}: unknown source {s}")
    for f in facts:
        if not any(norm(f) in texts.get(s, "") for s in srcs):
            errors.append(f"{x['id']}: fact {f!r} not found in {srcs}")

print(f"questions: {len(qs)}  " + "  ".join(f"{k}={counts[k]}" for k in ("answer", "clarify", "handoff"))
      + f"  non-English={len(non_en)} {dict(langs)}")
print(f"sources: {dict(types)}  line items: {len(q['line_items'])}")
if errors:
    print("FAILED:")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK: all checks passed")
