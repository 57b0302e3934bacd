"""Validate the nipwell-press-felts scenario.

Run: PYTHONPATH=<dir with pypdf> /work/main/.venv/bin/python validate.py
Checks the structure of scenario.json, the counts in questions.jsonl, and that every fact of every `answer`
question appears (case-insensitively) in at least one of the sources it names, where `quote` means the quote's
text plus the figures a quote page derives from it (net unit prices, line totals, subtotal, discount total,
felt-lines subtotal).
"""
import html
import json
import os
import re
import sys

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)


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
        wb = load_workbook(path)
        check(len(wb.sheetnames) >= 2, f"{path}: xlsx needs 2+ sheets")
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                parts += [str(v) for v in row if v is not None]
        return "\n".join(parts)
    if ext in ("html", "htm"):
        raw = open(path, encoding="utf-8").read()
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return open(path, encoding="utf-8").read()


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False), q["terms"], q["notes"]]
    subtotal = discount_total = felts = 0.0
    for li in q["line_items"]:
        gross = li["quantity"] * li["unit_price"]
        net_unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line_total = round(net_unit * li["quantity"], 2)
        subtotal += line_total
        discount_total += gross - line_total
        if li["sku"].startswith(("NW-SP", "NW-SL")):
            felts += line_total
        parts += [li["sku"], li["name"], money(li["unit_price"]), money(net_unit), money(line_total)]
    parts += [f"subtotal {money(subtotal)}", f"discount total {money(discount_total)}", f"felt lines {money(felts)}"]
    return "\n".join(parts), subtotal


scen = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
q = scen["quote"]
users = scen["users"]
check(2 <= len(users) <= 3, "2-3 users expected")
check(q["owner"] in [u["email"] for u in users], "quote owner must be a user")
check(all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]), "buyer_contacts must be e-mail strings")
check(5 <= len(q["line_items"]) <= 9, "5-9 line items expected")
check(any(li["discount_percent"] for li in q["line_items"]), "some discounts expected")
ho = scen["agent"]["handoff"]["assign_to"]
check(ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams")), "bad handoff.assign_to")

texts = {}
for s in scen["sources"]:
    p = os.path.join(HERE, s["path"])
    check(os.path.exists(p), f"missing source {s['path']}")
    check(s["type"] in ("file", "url", "kb_article"), f"bad source type {s['type']}")
    if s["type"] == "kb_article":
        check(bool(s.get("title")), "kb_article needs a title")
    if os.path.exists(p):
        texts[os.path.basename(p)] = text_of(p)
exts = {n.rsplit(".", 1)[-1] for n in texts}
check({"docx", "pdf", "xlsx"} <= exts and ({"md", "html"} & exts), "need docx, pdf, xlsx and md/html sources")
qt, subtotal = quote_text(q)
texts["quote"] = qt

questions = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [x["id"] for x in questions]
check(len(ids) == len(set(ids)), "duplicate ids")
counts = {}
for x in questions:
    counts[x["expect"]] = counts.get(x["expect"], 0) + 1
check(len(questions) == 40, f"40 questions expected, got {len(questions)}")
check(counts == {"answer": 22, "clarify": 5, "handoff": 13}, f"bad counts {counts}")
foreign = [x for x in questions if x.get("language")]
check(len(foreign) == 10, f"10 non-English questions expected, got {len(foreign)}")
check(all(x["language"] in ("fr", "de", "es", "pt", "it", "nl") for x in foreign), "bad language code")
check({x["expect"] for x in foreign} == {"answer", "clarify", "handoff"}, "non-English must span all expects")

single = 0
for x in questions:
    if x["expect"] != "answer":
        check(not x.get("facts"), f"{x['id']}: only answer questions carry facts")
        continue
    srcs = x.get("sources") or []
    facts = x.get("facts") or []
    check(bool(srcs), f"{x['id']}: no sources")
    check(1 <= len(facts) <= 3, f"{x['id']}: 1-3 facts expected")
    single += len(srcs) == 1
    for s in srcs:
        check(s in texts, f"{x['id']}: unknown source {s}")
    for f in facts:
        hits = [s for s in srcs if s in texts and f.lower() in texts[s].lower()]
        check(bool(hits), f"{x['id']}: fact {f!r} not found in {srcs}")
check(single >= 3, "some answers should come from a single source")

print(f"quote subtotal before VAT: {money(subtotal)} {q['currency']}")
print(f"questions: {len(questions)} {counts}; non-English: {len(foreign)} "
      f"({', '.join(sorted({x['language'] for x in foreign}))}); single-source answers: {single}")
print(f"sources: {', '.join(sorted(n for n in texts if n != 'quote'))}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
