"""Validate the purivane-modular-cleanrooms scenario.

Checks: scenario.json shape, that every source file exists, the quote has 5-9 line items, questions.jsonl has
40 questions (22 answer / 5 clarify / 13 handoff, 10 non-English spread over all three kinds), and that every fact
of every `answer` question appears (case-insensitively) in at least one of the sources it names, where `quote` is
the quote's text plus the figures derived from it (line totals, discounted unit prices, per-unit figures, total).

Run: PYTHONPATH=/tmp/purivane_pylib python validate.py   (needs python-docx, openpyxl and pypdf)
"""
import json
import os
import re
import sys
from collections import Counter

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def money(x):
    return f"{x:,.2f}"


def text_docx(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(path):
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def text_xlsx(path):
    wb = load_workbook(path)
    parts = []
    for ws in wb.worksheets:
        parts.append(f"## {ws.title}")
        for row in ws.iter_rows():
            cells = []
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and "," in (c.number_format or ""):
                    cells.append(money(v))  # as displayed, e.g. 2,400.00
                else:
                    cells.append(str(v))
            if cells:
                parts.append(" | ".join(cells))
    return "\n".join(parts)


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return text_docx(path)
    if ext == "pdf":
        return text_pdf(path)
    if ext == "xlsx":
        return text_xlsx(path)
    if ext in ("md", "html", "htm", "txt"):
        raw = open(path, encoding="utf-8").read()
        if ext in ("html", "htm"):
            raw = re.sub(r"<[^>]+>", " ", raw)
        return raw
    raise ValueError(f"unsupported source type: {path}")


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in sc:
        err(f"scenario.json: missing {k}")
q = sc["quote"]
users = {u["email"] for u in sc["users"]}
if not 2 <= len(sc["users"]) <= 3:
    err("need 2-3 users")
if q["owner"] not in users:
    err("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    err("buyer_contacts must be e-mail strings")
ho = sc["agent"]["handoff"]["assign_to"]
if ho != "quote_owner":
    teams = {t for u in sc["users"] for t in u["teams"]}
    for t in ho["teams"]:
        if t not in teams:
            err(f"handoff team {t} has no user")
items = q["line_items"]
if not 5 <= len(items) <= 9:
    err(f"quote has {len(items)} line items, expected 5-9")

# quote text + derived figures
derived = []
total = 0.0
for li in items:
    gross = li["quantity"] * li["unit_price"]
    net = round(gross * (1 - li["discount_percent"] / 100), 2)
    unit_net = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
    total += net
    derived += [money(gross), money(net), money(unit_net), money(li["unit_price"]),
                f"{li['discount_percent']}%", str(li["quantity"])]
total = round(total, 2)
derived.append(money(total))
print(f"quote total before tax: {money(total)} {q['currency']}")
for li in items:
    net = li["quantity"] * li["unit_price"] * (1 - li["discount_percent"] / 100)
    print(f"  {li['sku']:<18} {li['quantity']:>3} x {money(li['unit_price']):>12}  -{li['discount_percent']:>2}%  = {money(net):>12}"
          f"  (per unit {money(net / li['quantity'])})")
quote_text = norm(json.dumps(q, ensure_ascii=False) + " " + q["terms"] + " " + q["notes"] + " " + " ".join(derived))

texts = {"quote": quote_text}
types = Counter()
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p):
        err(f"missing source {s['path']}")
        continue
    types[s["path"].rsplit(".", 1)[-1].lower()] += 1
    if s["type"] == "kb_article" and not s.get("title"):
        err(f"kb_article without title: {s['path']}")
    texts[os.path.basename(s["path"])] = norm(text_of(p))
for ext in ("docx", "pdf", "xlsx"):
    if types[ext] != 1:
        err(f"expected exactly one .{ext} source, found {types[ext]}")
if types["md"] + types["html"] < 1:
    err("expected a Markdown kb_article and/or an HTML page")
wb = load_workbook(os.path.join(HERE, "knowledge", "Purivane_Price_List_2025.xlsx"))
if len(wb.worksheets) < 2:
    err("xlsx needs 2+ sheets")

# questions
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    err("duplicate question ids")
kinds = Counter(x["expect"] for x in qs)
if len(qs) != 40 or kinds != Counter(answer=22, clarify=5, handoff=13):
    err(f"counts: {len(qs)} questions, {dict(kinds)}; expected 40 = 22 answer / 5 clarify / 13 handoff")
non_en = [x for x in qs if x.get("language", "en") != "en"]
if len(non_en) != 10:
    err(f"{len(non_en)} non-English questions, expected 10")
if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
    err("non-English questions must be spread over answer, clarify and handoff")
for x in qs:
    if x["expect"] != "answer":
        if x.get("sources") or x.get("facts"):
            err(f"{x['id']}: only answer questions carry sources/facts")
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        err(f"{x['id']}: answer needs sources and 1-3 facts")
        continue
    for s in x["sources"]:
        if s not in texts:
            err(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        if not any(norm(f) in texts.get(s, "") for s in x["sources"]):
            err(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"{len(qs)} questions: {dict(kinds)}; non-English: {dict(Counter(x['language'] for x in non_en))} "
      f"over {dict(Counter(x['expect'] for x in non_en))}")
print(f"sources: {dict(types)}")
if errors:
    print("FAILED:")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK")
