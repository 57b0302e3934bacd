"""Check the pyroveil-fire-curtains scenario: counts, source names, and that every answer fact appears verbatim
(case-insensitive, whitespace-normalised) in one of the sources it names or in the quote.

Facts from quote arithmetic are checked against figures derived from the quote: line totals, discounted unit
prices (for the service plan this is the per-year price) and the total before tax, each in "1,234.00" form.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (pypdf is needed for the PDF)
"""
import json
import re
import sys
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

HERE = Path(__file__).resolve().parent
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def cell_text(v):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return f"{v:,.2f} {v}"
    return str(v)


def extract(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.extend(c.text for c in r.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == ".xlsx":
        wb = load_workbook(path, data_only=True)
        if len(wb.sheetnames) < 2:
            errors.append(f"{path.name}: needs 2+ sheets")
        return "\n".join(" | ".join(cell_text(v) for v in row if v is not None)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if ext in (".md", ".html", ".htm", ".txt"):
        return path.read_text(encoding="utf-8")
    raise ValueError(f"unsupported source type: {path}")


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
quote = sc["quote"]

# --- scenario shape
users = {u["email"] for u in sc["users"]}
if not 2 <= len(sc["users"]) <= 3:
    errors.append("need 2-3 users")
if quote["owner"] not in users:
    errors.append("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in quote["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
if not 5 <= len(quote["line_items"]) <= 9:
    errors.append("need 5-9 line items")
types = {Path(s["path"]).suffix.lower() for s in sc["sources"]}
for need in (".docx", ".pdf", ".xlsx"):
    if need not in types:
        errors.append(f"missing a {need} source")
if not ({".md", ".html"} & types):
    errors.append("missing a Markdown or HTML source")

# --- source texts
texts = {}
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source file {s['path']}")
        continue
    texts[p.name] = norm(extract(p))

# --- quote text, with derived figures
lines = [quote["title"], quote["terms"], quote["notes"], quote["expires_on"], quote["created_on"], quote["currency"]]
subtotal = 0.0
for li in quote["line_items"]:
    net_unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
    total = round(net_unit * li["quantity"], 2)
    subtotal += total
    lines.append(f'{li["sku"]} {li["name"]} qty {li["quantity"]} unit {li["unit_price"]:,.2f} '
                 f'discount {li["discount_percent"]}% net unit {net_unit:,.2f} line total {total:,.2f}')
lines.append(f"total before tax {subtotal:,.2f}")
texts["quote"] = norm("\n".join(lines))

# --- questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
counts = {"answer": 0, "clarify": 0, "handoff": 0}
non_en = {}
ids = set()
for q in qs:
    if q["id"] in ids:
        errors.append(f"duplicate id {q['id']}")
    ids.add(q["id"])
    counts[q["expect"]] += 1
    if q.get("language") and q["language"] != "en":
        non_en.setdefault(q["expect"], []).append(q["language"])
    if q["expect"] != "answer":
        continue
    if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
        errors.append(f"{q['id']}: answer needs sources and 1-3 facts")
    for s in q["sources"]:
        if s not in texts:
            errors.append(f"{q['id']}: unknown source {s}")
    for fact in q["facts"]:
        if not any(norm(fact) in texts.get(s, "") for s in q["sources"]):
            errors.append(f"{q['id']}: fact {fact!r} not found in {q['sources']}")

if len(qs) != 40:
    errors.append(f"need 40 questions, have {len(qs)}")
if counts != {"answer": 22, "clarify": 5, "handoff": 13}:
    errors.append(f"bad counts {counts}")
n_non_en = sum(len(v) for v in non_en.values())
if n_non_en != 10:
    errors.append(f"need 10 non-English questions, have {n_non_en}")
if set(non_en) != {"answer", "clarify", "handoff"}:
    errors.append(f"non-English questions not spread across all kinds: {non_en}")

print(f"questions: {len(qs)} {counts}; non-English: {non_en}")
print(f"quote total before tax: {subtotal:,.2f} {quote['currency']}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
