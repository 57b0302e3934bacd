"""Validate the ferrotrue-wheel-lathes scenario.

Checks: counts (40 questions: 22 answer, 5 clarify, 13 handoff; 10 non-English), quote shape (5-9 line items),
that every source file exists, and that every answer fact appears (case-insensitive, whitespace-normalised) in at
least one of the sources the question names. The quote text includes the line items plus the figures the quote
page derives from them (discounted unit prices, line totals, grand total).

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (pypdf from the scratch folder; falls back to
pdftotext if pypdf is not importable)
"""
import json
import re
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_docx(p):
    import docx
    d = docx.Document(str(p))
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def text_pdf(p):
    try:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    except ImportError:
        return subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True, check=True).stdout


def fmt_num(v):
    out = set()
    if isinstance(v, (int, float)):
        out.add(f"{v:,.2f}")
        out.add(f"{v:.2f}")
        if float(v).is_integer():
            out.add(f"{int(v):,}")
            out.add(str(int(v)))
        else:
            out.add(str(v))
    return out


def text_xlsx(p):
    import openpyxl
    wb = openpyxl.load_workbook(str(p), data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                parts.append(str(v))
                parts.extend(fmt_num(v))
    return "\n".join(parts)


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, d):
        self.out.append(d)


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


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False), q["terms"], q["notes"]]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        total += line
        for v in (li["unit_price"], unit, line, li["quantity"]):
            parts.extend(fmt_num(round(v, 2)))
    parts.extend(fmt_num(round(total, 2)))
    return "\n".join(parts)


scen = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
quote = scen["quote"]
if not 5 <= len(quote["line_items"]) <= 9:
    errors.append(f"quote has {len(quote['line_items'])} line items, expected 5-9")
if not 2 <= len(scen["users"]) <= 3:
    errors.append("expected 2-3 users")
emails = {u["email"] for u in scen["users"]}
if quote["owner"] not in emails:
    errors.append("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in quote["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")

texts = {"quote": norm(quote_text(quote))}
types = Counter()
for s in scen["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {s['path']}")
        continue
    types[p.suffix.lower()] += 1
    texts[p.name] = norm(extract(p))
    if len(texts[p.name]) < 1500:
        errors.append(f"source {p.name} looks too short ({len(texts[p.name])} chars)")
if len(types) < 4:
    errors.append(f"expected four source types, got {dict(types)}")

qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
cnt = Counter(q["expect"] for q in qs)
if len(qs) != 40:
    errors.append(f"{len(qs)} questions, expected 40")
for k, n in (("answer", 22), ("clarify", 5), ("handoff", 13)):
    if cnt[k] != n:
        errors.append(f"{cnt[k]} {k} questions, expected {n}")
langs = Counter(q.get("language", "en") for q in qs)
non_en = sum(n for l, n in langs.items() if l != "en")
if non_en != 10:
    errors.append(f"{non_en} non-English questions, expected 10")
for k in ("answer", "clarify", "handoff"):
    if not any(q["expect"] == k and q.get("language") for q in qs):
        errors.append(f"no non-English {k} question")
ids = [q["id"] for q in qs]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")

for q in qs:
    if q["expect"] != "answer":
        if q.get("facts") or q.get("sources"):
            errors.append(f"{q['id']}: non-answer question should not carry facts/sources")
        continue
    if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
        errors.append(f"{q['id']}: answer needs sources and 1-3 facts")
        continue
    for src in q["sources"]:
        if src not in texts:
            errors.append(f"{q['id']}: unknown source {src}")
    for f in q["facts"]:
        if not any(norm(f) in texts.get(src, "") for src in q["sources"]):
            errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")

print(f"questions: {len(qs)} {dict(cnt)}; languages: {dict(langs)}; source types: {dict(types)}")
if errors:
    print("FAILED")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
