"""Check the loylora-sauna-heater-servicing scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf). Exits non-zero on any problem.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, float):
                        parts.append(f"{v:.2f}")
                    parts.append(str(v))
        return "\n".join(parts)
    if ext in (".md", ".html", ".htm", ".txt"):
        raw = path.read_text(encoding="utf-8")
        if ext in (".html", ".htm"):
            raw = re.sub(r"<[^>]+>", " ", raw)
        return raw
    raise ValueError(f"unsupported source type: {path}")


def money(x):
    return [f"{x:,.2f}", f"{x:.2f}"]


def quote_text(q):
    """The quote as text, plus the figures a buyer can derive from it by arithmetic."""
    parts = [json.dumps(q, ensure_ascii=False)]
    subtotal = 0.0
    for li in q["line_items"]:
        net_unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(li["quantity"] * li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        subtotal += line
        parts += money(li["unit_price"]) + money(net_unit) + money(line) + money(round(line / 12, 2))
    subtotal = round(subtotal, 2)
    m = re.search(r"(\d+(?:\.\d+)?)% [A-Za-z ]*VAT", q["terms"])
    vat_rate = float(m.group(1)) / 100 if m else 0.0
    vat = round(subtotal * vat_rate, 2)
    parts += money(subtotal) + money(vat) + money(round(subtotal + vat, 2))
    return "\n".join(parts), subtotal, vat


scenario = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = scenario["quote"]
qtext, subtotal, vat = quote_text(q)
print(f"quote {q['number']}: {len(q['line_items'])} line items, subtotal {subtotal:,.2f}, "
      f"VAT {vat:,.2f}, total {subtotal + vat:,.2f} {q['currency']}")

# ---- scenario structure
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("quote must have 5-9 line items")
if not 2 <= len(scenario["users"]) <= 3:
    errors.append("2-3 users expected")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
emails = {u["email"] for u in scenario["users"]}
if q["owner"] not in emails:
    errors.append("quote owner is not a user")

texts = {"quote": norm(qtext)}
types = Counter()
for s in scenario["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {s['path']}")
        continue
    t = text_of(p)
    if len(t) < 800:
        errors.append(f"source {p.name} looks too short ({len(t)} chars)")
    texts[p.name] = norm(t)
    types[p.suffix.lower() if s["type"] != "kb_article" else "kb_article"] += 1
for need in (".docx", ".pdf", ".xlsx"):
    if not types[need]:
        errors.append(f"no {need} source")
if not (types["kb_article"] or types[".html"]):
    errors.append("no kb_article / html source")
for name, t in texts.items():
    print(f"  source {name}: {len(t)} chars")

# ---- questions
rows = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ids = [r["id"] for r in rows]
if len(set(ids)) != len(ids):
    errors.append("duplicate question ids")
by = Counter(r["expect"] for r in rows)
langs = Counter(r.get("language", "en") for r in rows)
non_en = [r for r in rows if r.get("language", "en") != "en"]
expected = {"answer": 22, "clarify": 5, "handoff": 13}
if len(rows) != 40:
    errors.append(f"expected 40 questions, got {len(rows)}")
for k, v in expected.items():
    if by[k] != v:
        errors.append(f"expected {v} {k}, got {by[k]}")
if len(non_en) != 10:
    errors.append(f"expected 10 non-English questions, got {len(non_en)}")
if {r["expect"] for r in non_en} != set(expected):
    errors.append("non-English questions must be spread across answer/clarify/handoff")

for r in rows:
    if r["expect"] != "answer":
        continue
    if not r.get("sources") or not 1 <= len(r.get("facts", [])) <= 3:
        errors.append(f"{r['id']}: answer needs sources and 1-3 facts")
        continue
    for s in r["sources"]:
        if s not in texts:
            errors.append(f"{r['id']}: unknown source {s}")
    for f in r["facts"]:
        where = [s for s in r["sources"] if s in texts and norm(f) in texts[s]]
        if not where:
            errors.append(f"{r['id']}: fact {f!r} not found in {r['sources']}")

print(f"questions: {len(rows)} ({dict(by)}); languages: {dict(langs)}; "
      f"non-English by expect: {dict(Counter(r['expect'] for r in non_en))}")
single = sum(1 for r in rows if r["expect"] == "answer" and len(r["sources"]) == 1 and r["sources"] != ["quote"])
arith = sum(1 for r in rows if r["expect"] == "answer" and r["sources"] == ["quote"])
print(f"answer questions with a single document source: {single}; quote-arithmetic questions: {arith}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
