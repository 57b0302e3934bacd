"""Validate the kerfholt-sawmill-blades scenario.

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
Checks structure and counts, and that every fact of every `answer` question appears (case-insensitively,
whitespace-normalised) in at least one of the sources it names, or in the quote (including derived line totals,
discounted unit prices and the grand total, as a quote page shows them).
"""
import json
import re
import sys
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = Path(__file__).parent
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).lower()


def money(x):
    return [f"{x:,.2f}", f"{x:.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"]


def text_docx(p):
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def text_pdf(p):
    return "\n".join(page.extract_text() or "" for page in PdfReader(p).pages)


def text_xlsx(p):
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    parts.extend(money(float(v)) + [str(v)])
                else:
                    parts.append(str(v))
    return "\n".join(parts)


def text_file(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return text_docx(p)
    if ext == ".pdf":
        return text_pdf(p)
    if ext == ".xlsx":
        return text_xlsx(p)
    if ext in (".md", ".html", ".htm", ".txt"):
        return p.read_text(encoding="utf-8")
    raise ValueError(f"unsupported source type {p}")


def text_quote(q):
    parts = [q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"],
             q["terms"], q["notes"]]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"]
        disc_unit = round(unit * (1 - li["discount_percent"] / 100), 2)
        line = round(li["quantity"] * disc_unit, 2)
        total += line
        parts += [li["sku"], li["name"], str(li["quantity"]), f"{li['discount_percent']}%"]
        parts += money(unit) + money(disc_unit) + money(line) + money(li["quantity"] * unit)
    parts += money(round(total, 2))
    return "\n".join(parts), round(total, 2)


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]

# ---- structure
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in sc:
        errors.append(f"scenario.json lacks {k}")
assign = sc["agent"]["handoff"]["assign_to"]
if not (assign == "quote_owner" or (isinstance(assign, dict) and assign.get("teams"))):
    errors.append("handoff.assign_to must be 'quote_owner' or {'teams': [...]}")
if not 2 <= len(sc["users"]) <= 3:
    errors.append("need 2-3 users")
if q["owner"] not in {u["email"] for u in sc["users"]}:
    errors.append("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("need 5-9 line items")
if not any(li["discount_percent"] for li in q["line_items"]):
    errors.append("no discounts in quote")

sources = {}
types = set()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {p}")
        continue
    sources[p.name] = norm(text_file(p))
    types.add(p.suffix.lower())
    if s["type"] == "kb_article" and not s.get("title"):
        errors.append(f"kb_article {p.name} lacks a title")
if len(types) < 4:
    errors.append(f"need four source types, got {sorted(types)}")
qtext, total = text_quote(q)
sources["quote"] = norm(qtext)

# ---- questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    errors.append("duplicate question ids")
counts = {k: sum(1 for x in qs if x["expect"] == k) for k in ("answer", "clarify", "handoff")}
want = {"answer": 22, "clarify": 5, "handoff": 13}
if len(qs) != 40 or counts != want:
    errors.append(f"counts {len(qs)} {counts}, want 40 {want}")
non_en = [x for x in qs if x.get("language") and x["language"] != "en"]
if len(non_en) != 10:
    errors.append(f"{len(non_en)} non-English questions, want 10")
for kind in want:
    if not any(x["expect"] == kind for x in non_en):
        errors.append(f"no non-English {kind} question")

fact_checks = 0
for x in qs:
    if x["expect"] != "answer":
        if x.get("facts") or x.get("sources"):
            errors.append(f"{x['id']}: only answer questions carry sources/facts")
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: needs sources and 1-3 facts")
        continue
    for s in x["sources"]:
        if s not in sources:
            errors.append(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        fact_checks += 1
        hits = [s for s in x["sources"] if norm(f) in sources.get(s, "")]
        if not hits:
            errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

single = sum(1 for x in qs if x["expect"] == "answer" and len(x["sources"]) == 1 and x["sources"][0] != "quote")
quote_q = sum(1 for x in qs if x["expect"] == "answer" and "quote" in x["sources"])
langs = sorted({x["language"] for x in non_en})
print(f"questions: {len(qs)} {counts}; non-English: {len(non_en)} {langs}")
print(f"sources: {sorted(k for k in sources if k != 'quote')}")
print(f"quote: {len(q['line_items'])} line items, total before VAT {q['currency']} {total:,.2f}")
print(f"answer facts checked: {fact_checks}; single-source answers: {single}; answers using the quote: {quote_q}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
