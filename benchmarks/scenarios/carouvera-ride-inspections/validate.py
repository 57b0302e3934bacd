"""Check the carouvera-ride-inspections scenario.

- scenario.json: required keys, 5-9 line items, 2-3 users, quote owner is a user, sources exist;
- questions.jsonl: exactly 40 questions, 22 answer / 5 clarify / 13 handoff, 10 non-English, unique ids;
- every `answer` fact appears (case-insensitively) in at least one of the sources the question names, or, when
  `quote` is named, in the quote text or in a figure derived from it (line totals, discounted unit prices,
  subtotal, VAT, total with VAT, per-month figure of a 12-month item).

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)
"""
import html
import json
import re
import sys
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def text_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if ext == ".xlsx":
        wb = load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                parts.append(" ".join(str(v) for v in row if v is not None))
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        raw = path.read_text(encoding="utf-8")
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return path.read_text(encoding="utf-8")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).lower()


def money(x: float) -> list:
    return [f"{x:,.2f}", f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.2f}"]


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in sc:
        err(f"scenario.json: missing {k}")
q = sc["quote"]
items = q["line_items"]
if not 5 <= len(items) <= 9:
    err(f"quote has {len(items)} line items, expected 5-9")
if not 2 <= len(sc["users"]) <= 3:
    err("expected 2-3 users")
if q["owner"] not in {u["email"] for u in sc["users"]}:
    err("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    err("buyer_contacts must be e-mail strings")
ho = sc["agent"]["handoff"]["assign_to"]
if ho != "quote_owner" and not (isinstance(ho, dict) and ho.get("teams")):
    err("bad handoff.assign_to")

# quote text and derived figures
derived = []
subtotal = 0.0
for it in items:
    net_unit = it["unit_price"] * (1 - it["discount_percent"] / 100)
    line = round(net_unit * it["quantity"], 2)
    subtotal += line
    derived += money(net_unit) + money(line)
    if "12 months" in it["name"]:
        derived += money(line / 12)
subtotal = round(subtotal, 2)
vat = round(subtotal * 0.20, 2)
derived += money(subtotal) + money(vat) + money(subtotal + vat)
assert abs(subtotal - 50689.00) < 0.005, subtotal
quote_text = norm(json.dumps(q, ensure_ascii=False) + " " + " ".join(derived))

texts = {}
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        err(f"missing source {s['path']}")
        continue
    texts[p.name] = norm(text_of(p))
    if len(texts[p.name]) < 1500:
        err(f"source {p.name} looks too short ({len(texts[p.name])} chars)")
types = {Path(s["path"]).suffix for s in sc["sources"]}
for ext in (".docx", ".pdf", ".xlsx"):
    if ext not in types:
        err(f"no {ext} source")
wb = load_workbook(HERE / "knowledge" / "carouvera-price-list-2026.xlsx")
if len(wb.worksheets) < 2:
    err("xlsx needs 2+ sheets")

qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
counts = {"answer": 0, "clarify": 0, "handoff": 0}
non_en = 0
ids = set()
for x in qs:
    if x["id"] in ids:
        err(f"duplicate id {x['id']}")
    ids.add(x["id"])
    counts[x["expect"]] += 1
    if x.get("language") and x["language"] != "en":
        non_en += 1
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        err(f"{x['id']}: answer needs sources and 1-3 facts")
        continue
    for src in x["sources"]:
        if src != "quote" and src not in texts:
            err(f"{x['id']}: unknown source {src}")
    for f in x["facts"]:
        hay = [quote_text if s == "quote" else texts.get(s, "") for s in x["sources"]]
        if not any(norm(f) in h for h in hay):
            err(f"{x['id']}: fact {f!r} not found in {x['sources']}")

if len(qs) != 40:
    err(f"{len(qs)} questions, expected 40")
if counts != {"answer": 22, "clarify": 5, "handoff": 13}:
    err(f"counts {counts}, expected 22/5/13")
if non_en != 10:
    err(f"{non_en} non-English questions, expected 10")
langs = {x["language"] for x in qs if x.get("language")}
for e in ("answer", "clarify", "handoff"):
    if not any(x.get("language") for x in qs if x["expect"] == e):
        err(f"no non-English {e} question")

print(f"questions {len(qs)} {counts}, non-English {non_en} ({', '.join(sorted(langs))}), "
      f"subtotal {subtotal:,.2f}, VAT {vat:,.2f}, total {subtotal + vat:,.2f}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
