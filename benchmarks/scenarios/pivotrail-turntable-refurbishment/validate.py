"""Validate the pivotrail-turntable-refurbishment scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf)

Checks: scenario.json shape, the four sources exist in four types, question counts
(40 = 22 answer / 5 clarify / 13 handoff, 10 non-English spread over the three kinds),
and that every fact of every `answer` question appears (case-insensitively) in at least
one of the sources it names. The `quote` source is the quote's own text plus the figures
a quote page shows or a buyer derives by plain arithmetic: line totals, discounted unit
prices, discount savings, the total before tax, VAT at 20% and the total with VAT, and the
per-year figure of the 36-month plan.
"""
import json
import sys
from collections import Counter
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = Path(__file__).parent
errors = []


def fmt(x):
    return [f"{x:,.2f}", f"{x:.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"]


def text_docx(p):
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    return "\n".join(page.extract_text() or "" for page in PdfReader(p).pages)


def text_xlsx(p):
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def text_of(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return text_docx(p)
    if ext == ".pdf":
        return text_pdf(p)
    if ext == ".xlsx":
        return text_xlsx(p)
    return p.read_text(encoding="utf-8")


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    subtotal = 0.0
    for li in q["line_items"]:
        gross = li["quantity"] * li["unit_price"]
        net = gross * (1 - li["discount_percent"] / 100)
        unit_net = li["unit_price"] * (1 - li["discount_percent"] / 100)
        subtotal += net
        for v in (li["unit_price"], gross, net, unit_net, gross - net):
            parts += fmt(round(v, 2))
        if "36-month" in li["name"]:
            parts += fmt(round(net / 3, 2))
    subtotal = round(subtotal, 2)
    vat = round(subtotal * 0.20, 2)
    parts += fmt(subtotal) + fmt(vat) + fmt(round(subtotal + vat, 2))
    return "\n".join(parts), subtotal


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]
users = sc["users"]
if not 2 <= len(users) <= 3:
    errors.append(f"users: {len(users)} (want 2-3)")
if q["owner"] not in {u["email"] for u in users}:
    errors.append("quote owner is not a user")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
    errors.append("buyer_contacts must be a list of e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    errors.append(f"line items: {len(q['line_items'])} (want 5-9)")
ho = sc["agent"]["handoff"]["assign_to"]
if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
    errors.append("handoff.assign_to invalid")

texts = {}
types = set()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {p}")
        continue
    if s["type"] == "kb_article" and not s.get("title"):
        errors.append(f"kb_article without title: {p.name}")
    types.add(p.suffix.lower())
    texts[p.name] = text_of(p)
    if p.suffix.lower() == ".xlsx":
        wb = load_workbook(p)
        if len(wb.worksheets) < 2:
            errors.append("xlsx needs 2+ sheets")
        for ws in wb.worksheets:
            if not ws["A1"].value:
                errors.append(f"xlsx sheet {ws.title} has no title row")
if len(sc["sources"]) != 4 or len(types) != 4:
    errors.append(f"want four sources in four types, got {sorted(types)}")
texts["quote"], subtotal = quote_text(q)

qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
kinds = Counter(x["expect"] for x in qs)
if len(qs) != 40 or kinds != Counter(answer=22, clarify=5, handoff=13):
    errors.append(f"counts: {len(qs)} {dict(kinds)}")
if len({x["id"] for x in qs}) != len(qs):
    errors.append("duplicate ids")
foreign = [x for x in qs if x.get("language")]
langs = Counter(x["language"] for x in foreign)
if len(foreign) != 10:
    errors.append(f"non-English questions: {len(foreign)} (want 10)")
if not set(langs) <= {"fr", "de", "es", "pt", "it", "nl"}:
    errors.append(f"unexpected languages {dict(langs)}")
fk = Counter(x["expect"] for x in foreign)
if set(fk) != {"answer", "clarify", "handoff"}:
    errors.append(f"non-English not spread over kinds: {dict(fk)}")

checked = 0
for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
        continue
    for src in x["sources"]:
        if src not in texts:
            errors.append(f"{x['id']}: unknown source {src}")
    for f in x["facts"]:
        where = [s for s in x["sources"] if f.lower() in texts.get(s, "").lower()]
        checked += 1
        if not where:
            errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"scenario: {sc['name']}")
print(f"quote {q['number']}: {len(q['line_items'])} line items, total before tax {q['currency']} {subtotal:,.2f}")
print(f"sources: {', '.join(sorted(t for t in texts if t != 'quote'))}")
print(f"questions: {len(qs)} {dict(kinds)}; non-English {len(foreign)} {dict(langs)} over {dict(fk)}")
print(f"answer facts checked: {checked}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
