"""Checks the dryvalla-boot-dryers scenario: counts, languages, sources, and that every answer fact appears
(case-insensitively, whitespace-normalised) in one of the sources the question names or in the quote.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)"""
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = Path(__file__).parent
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip().lower()


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if ext == ".pdf":
        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    if ext == ".xlsx":
        wb = load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    parts.append(f"{v:,.2f}" if isinstance(v, float) else str(v))
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        return html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))
    return path.read_text(encoding="utf-8")


def money(x):
    return f"{x:,.2f}"


def quote_text(q):
    """The quote as a reader sees it, plus the figures derivable from it by arithmetic."""
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        gross = li["quantity"] * li["unit_price"]
        unit_net = li["unit_price"] * (1 - li["discount_percent"] / 100)
        net = round(gross * (1 - li["discount_percent"] / 100), 2)
        total += net
        parts += [li["sku"], li["name"], money(li["unit_price"]), money(unit_net), money(gross), money(net)]
        if li["sku"] == "DV-SVC-PREM":  # terms: plan covers three winter seasons
            parts.append(money(net / 3))
    parts.append(money(total))
    parts += [f"{li['discount_percent']}%" for li in q["line_items"]]
    parts += re.findall(r"\d+%", q["terms"])
    return "\n".join(parts), total


scn = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = scn["quote"]
texts = {}
for s in scn["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {p}")
        continue
    texts[p.name] = norm(text_of(p))
    if len(texts[p.name]) < 1200:
        errors.append(f"source {p.name} is thin ({len(texts[p.name])} chars)")
qt, total = quote_text(q)
texts["quote"] = norm(qt)

types = Counter(Path(s["path"]).suffix for s in scn["sources"])
for ext in (".docx", ".pdf", ".xlsx"):
    if types[ext] != 1:
        errors.append(f"expected one {ext} source, found {types[ext]}")
if not any(s["type"] == "kb_article" for s in scn["sources"]) and not any(s["type"] == "url" for s in scn["sources"]):
    errors.append("need a kb_article and/or url source")
wb = load_workbook(HERE / [s["path"] for s in scn["sources"] if s["path"].endswith(".xlsx")][0])
if len(wb.worksheets) < 2:
    errors.append("xlsx needs 2+ sheets")

if not 5 <= len(q["line_items"]) <= 9:
    errors.append("quote needs 5-9 line items")
emails = {u["email"] for u in scn["users"]}
if not 2 <= len(scn["users"]) <= 3:
    errors.append("need 2-3 users")
if q["owner"] not in emails:
    errors.append("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")

qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
counts = Counter(x["expect"] for x in qs)
want = {"answer": 22, "clarify": 5, "handoff": 13}
if len(qs) != 40 or dict(counts) != want:
    errors.append(f"counts {len(qs)} {dict(counts)} != 40 {want}")
langs = Counter(x.get("language", "en") for x in qs)
non_en = [x for x in qs if x.get("language", "en") != "en"]
if len(non_en) != 10:
    errors.append(f"{len(non_en)} non-English questions, want 10")
for kind in want:
    if not any(x["expect"] == kind for x in non_en):
        errors.append(f"no non-English {kind} question")

for x in qs:
    if x["expect"] != "answer":
        if x.get("facts") or x.get("sources"):
            errors.append(f"{x['id']}: non-answer with facts/sources")
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: needs sources and 1-3 facts")
        continue
    for s in x["sources"]:
        if s not in texts:
            errors.append(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        where = [s for s in x["sources"] if norm(f) in texts.get(s, "")]
        if not where:
            errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"questions: {len(qs)} {dict(counts)}; languages: {dict(langs)}")
print(f"sources: {', '.join(f'{k} ({len(v)} chars)' for k, v in texts.items())}")
print(f"quote: {len(q['line_items'])} line items, total before VAT {q['currency']} {money(total)}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
