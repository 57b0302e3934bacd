"""Check the pebblefrost-curling-ice-plants scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
Needs python-docx, openpyxl and pypdf.
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
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == ".xlsx":
        wb = load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.extend(str(v) for v in row if v is not None)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        return html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))
    return path.read_text(encoding="utf-8")


def money(x: float) -> list[str]:
    return [f"{x:,.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}", f"{x:.2f}"]


def quote_text(q: dict) -> str:
    parts = [json.dumps(q, ensure_ascii=False)]
    subtotal = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        subtotal += line
        parts += money(unit) + money(line) + money(li["unit_price"])
    parts += money(round(subtotal, 2))
    return "\n".join(parts)


scn = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = scn["quote"]
for key in ("number", "title", "owner", "buyer_company", "buyer_contacts", "currency", "created_on", "expires_on",
            "line_items", "terms", "notes"):
    if key not in q:
        errors.append(f"quote lacks {key}")
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("quote needs 5-9 line items")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
if not 2 <= len(scn["users"]) <= 3:
    errors.append("need 2-3 users")
if q["owner"] not in {u["email"] for u in scn["users"]}:
    errors.append("quote owner is not a user")

texts = {"quote": quote_text(q).lower()}
types = set()
for s in scn["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {s['path']}")
        continue
    texts[p.name] = text_of(p).lower()
    types.add(p.suffix.lower())
for need in (".docx", ".pdf", ".xlsx"):
    if need not in types:
        errors.append(f"no {need} source")
if not ({".md", ".html"} & types):
    errors.append("no markdown or html source")
wb = load_workbook(HERE / "knowledge" / "price-list-2025.xlsx")
if len(wb.worksheets) < 2:
    errors.append("xlsx needs 2+ sheets")

qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
counts = {"answer": 0, "clarify": 0, "handoff": 0}
ids = set()
non_en = 0
non_en_kinds = set()
for item in qs:
    if item["id"] in ids:
        errors.append(f"duplicate id {item['id']}")
    ids.add(item["id"])
    counts[item["expect"]] += 1
    if item.get("language") and item["language"] != "en":
        non_en += 1
        non_en_kinds.add(item["expect"])
    if item["expect"] == "answer":
        if not item.get("sources") or not 1 <= len(item.get("facts", [])) <= 3:
            errors.append(f"{item['id']}: answer needs sources and 1-3 facts")
        for src in item["sources"]:
            if src not in texts:
                errors.append(f"{item['id']}: unknown source {src}")
        for fact in item["facts"]:
            where = [s for s in item["sources"] if fact.lower() in texts.get(s, "")]
            if not where:
                errors.append(f"{item['id']}: fact {fact!r} not found in {item['sources']}")

if len(qs) != 40:
    errors.append(f"expected 40 questions, got {len(qs)}")
if counts != {"answer": 22, "clarify": 5, "handoff": 13}:
    errors.append(f"wrong counts {counts}")
if non_en != 10:
    errors.append(f"expected 10 non-English questions, got {non_en}")
if non_en_kinds != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions must span answer/clarify/handoff")

print(f"questions: {len(qs)} {counts}, non-English: {non_en}, sources: {sorted(texts)}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
