"""Checks the apotrix-pharmacy-automation scenario.

- scenario.json shape (users, quote with 5-9 line items, four sources in four formats that exist);
- questions.jsonl: 40 questions, 22 answer / 5 clarify / 13 handoff, 10 non-English split 7 / 0 / 3;
- every answer fact appears (case-insensitively) in the text of one of the question's named sources or the
  quote, or - when the question names `quote` - equals a figure computed from the quote in scenario.json
  (discounted unit price, line total, total before tax, per-year recurring cost).

Run: /work/main/.venv/bin/python validate.py   (pypdf is needed for the PDF; /tmp/rl is tried as a fallback)
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
try:
    import pypdf
except ImportError:
    sys.path.insert(0, "/tmp/rl")
    import pypdf
from docx import Document
from openpyxl import load_workbook

errors = []


def err(msg):
    errors.append(msg)


def fmt_numbers(x):
    out = {str(x)}
    if isinstance(x, (int, float)) and not isinstance(x, bool):
        out |= {f"{x:,.2f}", f"{x:.2f}"}
        if float(x).is_integer():
            out |= {f"{int(x):,}", str(int(x))}
    return out


def text_docx(p):
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(p)).pages)


def text_xlsx(p):
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                cells.append(" / ".join(sorted(fmt_numbers(v))) if isinstance(v, (int, float)) else str(v))
            parts.append(" | ".join(cells))
    return "\n".join(parts)


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        return text_docx(path)
    if ext == ".pdf":
        return text_pdf(path)
    if ext == ".xlsx":
        return text_xlsx(path)
    return path.read_text(encoding="utf-8")


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
quote = sc["quote"]

# ---- scenario shape
users = sc["users"]
if not 2 <= len(users) <= 3:
    err(f"{len(users)} users, want 2-3")
if quote["owner"] not in {u["email"] for u in users}:
    err("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in quote["buyer_contacts"]):
    err("buyer_contacts must be e-mail strings")
items = quote["line_items"]
if not 5 <= len(items) <= 9:
    err(f"{len(items)} line items, want 5-9")
if not any(li["discount_percent"] for li in items):
    err("no discounts in the quote")
exts = Counter()
texts = {}
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        err(f"missing source {s['path']}")
        continue
    exts[p.suffix.lower()] += 1
    texts[p.name] = text_of(p)
    if s["type"] == "kb_article" and not s.get("title"):
        err(f"kb_article {p.name} has no title")
if len(exts) != 4 or not {".docx", ".pdf", ".xlsx"} <= set(exts) or not ({".md", ".html"} & set(exts)):
    err(f"sources must be four formats (docx, pdf, xlsx, md/html), got {dict(exts)}")

# ---- quote text and computed figures
quote_text = json.dumps(quote, ensure_ascii=False)
for li in items:
    for k in ("quantity", "unit_price"):
        quote_text += " " + " ".join(fmt_numbers(li[k]))
computed = {}
total = 0.0
per_year = 0.0
for li in items:
    unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
    line = round(unit * li["quantity"], 2)
    total += line
    computed[f"{li['sku']} discounted unit price"] = unit
    computed[f"{li['sku']} line total"] = line
    if "per year" in li["name"].lower():
        per_year += unit
computed["total before tax"] = round(total, 2)
computed["recurring cost per year after discount"] = round(per_year, 2)
computed_forms = {}
for label, v in computed.items():
    for f in fmt_numbers(v):
        computed_forms.setdefault(f.lower(), label)

# ---- questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
if len(qs) != 40:
    err(f"{len(qs)} questions, want 40")
if len({q["id"] for q in qs}) != len(qs):
    err("duplicate ids")
kinds = Counter(q["expect"] for q in qs)
if kinds != Counter(answer=22, clarify=5, handoff=13):
    err(f"expectations {dict(kinds)}, want 22/5/13")
foreign = Counter(q["expect"] for q in qs if q.get("language"))
if foreign != Counter(answer=7, handoff=3):
    err(f"non-English split {dict(foreign)}, want answer 7 / clarify 0 / handoff 3")
langs = Counter(q["language"] for q in qs if q.get("language"))
if not set(langs) <= {"fr", "de", "es", "pt", "it", "nl"}:
    err(f"unexpected languages {dict(langs)}")

used_computed = 0
for q in qs:
    if q["expect"] != "answer":
        if q.get("facts") or q.get("sources"):
            err(f"{q['id']}: only answer questions carry sources/facts")
        continue
    srcs, facts = q.get("sources") or [], q.get("facts") or []
    if not srcs or not 1 <= len(facts) <= 3:
        err(f"{q['id']}: needs sources and 1-3 facts")
    for s in srcs:
        if s != "quote" and s not in texts:
            err(f"{q['id']}: unknown source {s}")
    hay = "\n".join(texts.get(s, "") for s in srcs if s != "quote")
    if "quote" in srcs:
        hay += "\n" + quote_text
    hay = hay.lower()
    for f in facts:
        if f.lower() in hay:
            continue
        if "quote" in srcs and f.lower() in computed_forms:
            used_computed += 1
            print(f"  {q['id']}: '{f}' computed from the quote ({computed_forms[f.lower()]})")
            continue
        err(f"{q['id']}: fact '{f}' not found in {srcs}")

print(f"questions: {dict(kinds)}; non-English: {dict(foreign)} {dict(langs)}; computed facts: {used_computed}")
print(f"total before tax {computed['total before tax']:,.2f} {quote['currency']}")
if errors:
    print("FAILED")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
