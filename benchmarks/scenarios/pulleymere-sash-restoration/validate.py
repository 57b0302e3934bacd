"""Check the pulleymere-sash-restoration scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)

- scenario.json has the expected keys, 5-9 line items, 2-3 users, an owner among the users, existing source files;
- questions.jsonl has 40 questions: 22 answer, 5 clarify, 13 handoff, 10 non-English spread over all three kinds;
- every fact of an `answer` question appears (case-insensitive) in at least one of the sources it names.
  The `quote` source is the quote as a buyer sees it: its fields plus the figures the quote page derives from
  them (discounted unit prices, line totals, total discount, subtotal before VAT, VAT at the rate in the terms,
  total including VAT, and per-year price of an N-year item), each in plain and thousands-separated form.
"""
import json
import re
import sys
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = Path(__file__).parent
errors = []


def err(msg):
    errors.append(msg)


def money(x):
    x = Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return [f"{x:.2f}", f"{x:,.2f}"]


def text_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if ext == ".xlsx":
        wb = load_workbook(str(path), data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.extend(str(v) for v in row if v is not None)
        return "\n".join(parts)
    if ext in (".md", ".html", ".htm", ".txt"):
        t = path.read_text(encoding="utf-8")
        if ext in (".html", ".htm"):
            t = re.sub(r"<[^>]+>", " ", t)
        return t
    raise ValueError(f"unsupported source type {path}")


def quote_text(q: dict) -> str:
    parts = [json.dumps(q, ensure_ascii=False)]
    sub = Decimal(0)
    disc_total = Decimal(0)
    for it in q["line_items"]:
        unit = Decimal(str(it["unit_price"]))
        pct = Decimal(str(it.get("discount_percent", 0)))
        qty = Decimal(str(it["quantity"]))
        net_unit = (unit * (100 - pct) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        line = net_unit * qty
        sub += line
        disc_total += (unit - net_unit) * qty
        parts += money(unit) + money(net_unit) + money(line)
        m = re.search(r"(\d+)-year", it["name"])
        if m:
            parts += money(line / int(m.group(1)))
    parts += money(sub) + money(disc_total)
    vat = re.search(r"VAT[^.]*?(\d+(?:\.\d+)?)%", q.get("terms", ""))
    if vat:
        rate = Decimal(vat.group(1))
        v = (sub * rate / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        parts += money(v) + money(sub + v)
    return "\n".join(parts)


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in sc:
        err(f"scenario.json: missing {k}")
q = sc["quote"]
if not 5 <= len(q["line_items"]) <= 9:
    err("quote: need 5-9 line items")
if not 2 <= len(sc["users"]) <= 3:
    err("users: need 2-3")
if q["owner"] not in {u["email"] for u in sc["users"]}:
    err("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    err("buyer_contacts must be e-mail strings")
if not any(it.get("discount_percent") for it in q["line_items"]):
    err("quote: no discounts")

texts = {"quote": quote_text(q)}
types = set()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        err(f"missing source {p}")
        continue
    types.add(p.suffix.lower())
    texts[p.name] = text_of(p)
    if len(texts[p.name]) < 800:
        err(f"source {p.name} looks too short ({len(texts[p.name])} chars)")
if len(types) < 4:
    err(f"need four source types, got {sorted(types)}")
wb = load_workbook(str(HERE / "knowledge" / "pulleymere-price-list-2025.xlsx"))
if len(wb.worksheets) < 2:
    err("xlsx needs 2+ sheets")

qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
counts = {"answer": 0, "clarify": 0, "handoff": 0}
non_en = {"answer": 0, "clarify": 0, "handoff": 0}
langs = set()
ids = set()
for r in qs:
    if r["id"] in ids:
        err(f"duplicate id {r['id']}")
    ids.add(r["id"])
    counts[r["expect"]] += 1
    if r.get("language") and r["language"] != "en":
        non_en[r["expect"]] += 1
        langs.add(r["language"])
    if r["expect"] == "answer":
        if not r.get("sources") or not 1 <= len(r.get("facts", [])) <= 3:
            err(f"{r['id']}: answer needs sources and 1-3 facts")
        for src in r["sources"]:
            if src not in texts:
                err(f"{r['id']}: unknown source {src}")
        for f in r["facts"]:
            if not any(f.lower() in texts.get(s, "").lower() for s in r["sources"]):
                err(f"{r['id']}: fact {f!r} not found in {r['sources']}")

print(f"questions: {len(qs)}  {counts}")
print(f"non-English: {sum(non_en.values())} {non_en} languages={sorted(langs)}")
print(f"sources: {sorted(k for k in texts if k != 'quote')}")
if len(qs) != 40 or counts != {"answer": 22, "clarify": 5, "handoff": 13}:
    err("counts must be 40 = 22 answer + 5 clarify + 13 handoff")
if sum(non_en.values()) != 10 or not all(non_en.values()):
    err("need 10 non-English questions spread over answer/clarify/handoff")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
