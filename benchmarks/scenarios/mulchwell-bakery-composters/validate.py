"""Check the mulchwell-bakery-composters scenario: counts, sources, and that every answer fact is in a named source.

Run: PYTHONPATH=/tmp/rl_mulchwell /work/main/.venv/bin/python validate.py
(pypdf, or reportlab-free pdfminer, is needed only to read the PDF; python-docx and openpyxl come with the venv.)
"""
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import docx
import openpyxl

HERE = Path(__file__).resolve().parent
errors = []


def text_docx(p):
    d = docx.Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def text_pdf(p):
    try:
        from pypdf import PdfReader
    except ImportError:
        sys.exit("pypdf missing: pip install --target /tmp/rl_mulchwell pypdf and set PYTHONPATH")
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)


def text_xlsx(p):
    wb = openpyxl.load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, data):
        self.out.append(data)


def text_html(p):
    h = _H()
    h.feed(p.read_text(encoding="utf-8"))
    return " ".join(h.out)


def extract(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return text_docx(p)
    if ext == ".pdf":
        return text_pdf(p)
    if ext == ".xlsx":
        return text_xlsx(p)
    if ext in (".html", ".htm"):
        return text_html(p)
    return p.read_text(encoding="utf-8")


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


scn = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
quote = scn["quote"]

# --- scenario shape
if not 5 <= len(quote["line_items"]) <= 9:
    errors.append(f"line items: {len(quote['line_items'])}, expected 5-9")
if not 2 <= len(scn["users"]) <= 3:
    errors.append("users: expected 2-3")
if not all(isinstance(c, str) and "@" in c for c in quote["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
if quote["owner"] not in {u["email"] for u in scn["users"]}:
    errors.append("quote owner is not a user")
exts = sorted(Path(s["path"]).suffix for s in scn["sources"])
if len(set(exts)) != 4:
    errors.append(f"expected four source types, got {exts}")

texts = {}
for s in scn["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {p}")
        continue
    texts[p.name] = norm(extract(p))
    if len(texts[p.name]) < 1500:
        errors.append(f"source {p.name} looks too short ({len(texts[p.name])} chars)")

# --- quote text plus derived figures (quote arithmetic the agent must do)
def money(x):
    return [f"{x:,.2f}", f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.2f}"]

derived = []
subtotal = 0.0
for li in quote["line_items"]:
    unit_net = li["unit_price"] * (1 - li["discount_percent"] / 100)
    line_net = li["quantity"] * unit_net
    subtotal += line_net
    derived += money(unit_net) + money(line_net)
    if "36 months" in li["name"]:
        derived += money(unit_net / 3) + money(line_net / 3)  # per unit / per order per year
derived += money(subtotal) + money(subtotal * 1.2)
texts["quote"] = norm(json.dumps(quote, ensure_ascii=False) + " " + " ".join(derived))

# figures computed from one source (list price x months x units), checked against the workbook itself
wb = openpyxl.load_workbook(HERE / "knowledge/mulchwell-bc-series-specs-prices.xlsx", data_only=True)
sub = next(r for r in wb["Price list"].iter_rows(values_only=True) if r[0] == "MW-TEL-SUB")
n_units = sum(li["quantity"] for li in quote["line_items"] if li["sku"] == "MW-TEL-4G")
texts["mulchwell-bc-series-specs-prices.xlsx"] += " " + " ".join(money(sub[3] * 12 * n_units))

# --- questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
counts = {"answer": 0, "clarify": 0, "handoff": 0}
langs = {}
ids = set()
for q in qs:
    if q["id"] in ids:
        errors.append(f"duplicate id {q['id']}")
    ids.add(q["id"])
    counts[q["expect"]] += 1
    if "language" in q:
        langs.setdefault(q["expect"], []).append(q["language"])
        if q["language"] not in {"fr", "de", "es", "pt", "it", "nl"}:
            errors.append(f"{q['id']}: unexpected language {q['language']}")
    if q["expect"] == "answer":
        if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
            errors.append(f"{q['id']}: answer needs sources and 1-3 facts")
            continue
        for s in q["sources"]:
            if s not in texts:
                errors.append(f"{q['id']}: unknown source {s}")
        for f in q["facts"]:
            if not any(norm(f) in texts.get(s, "") for s in q["sources"]):
                errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")

if len(qs) != 40:
    errors.append(f"{len(qs)} questions, expected 40")
if counts != {"answer": 22, "clarify": 5, "handoff": 13}:
    errors.append(f"counts {counts}, expected 22/5/13")
n_lang = sum(len(v) for v in langs.values())
if n_lang != 10:
    errors.append(f"{n_lang} non-English questions, expected 10")
if set(langs) != {"answer", "clarify", "handoff"}:
    errors.append(f"non-English questions not spread over all expectations: {langs}")

print(f"questions: {len(qs)} {counts}; non-English: {n_lang} {langs}")
print(f"quote subtotal before VAT: {subtotal:,.2f} GBP")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
