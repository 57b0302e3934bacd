"""Check the meridane-bridge-electronics scenario.

- every answer fact appears (case-insensitively, whitespace-normalised) in one of the sources the question names,
  or in the quote; a fact from the quote may also be a figure computed from scenario.json (discounted unit price,
  line total, total before tax, per-year figure), which is checked by recomputing it here;
- counts: 40 questions, 22 answer / 5 clarify / 13 handoff, 10 non-English split 6 answer / 0 clarify / 4 handoff;
- scenario.json shape: 5-9 line items, 2-3 users, owner among users, four sources in four formats.
Run: /work/main/.venv/bin/python validate.py
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

import docx
import openpyxl
import pypdfium2

HERE = Path(__file__).resolve().parent
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_docx(p):
    d = docx.Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    pdf = pypdfium2.PdfDocument(str(p))
    out = []
    for i in range(len(pdf)):
        out.append(pdf[i].get_textpage().get_text_range())
    return "\n".join(out)


def text_xlsx(p):
    wb = openpyxl.load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                cells.append(f"{v:,}" if isinstance(v, (int, float)) and not isinstance(v, bool) else str(v))
                if isinstance(v, (int, float)):
                    cells.append(str(v))
            out.append(" | ".join(cells))
    return "\n".join(out)


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        return text_docx(path)
    if ext == ".pdf":
        return text_pdf(path)
    if ext == ".xlsx":
        return text_xlsx(path)
    return path.read_text(encoding="utf-8")


def money(x):
    return f"{x:,.2f}".replace(".00", "") if abs(x - round(x)) > 1e-9 else f"{round(x):,}"


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
quote = sc["quote"]

# ---- scenario shape
n_items = len(quote["line_items"])
if not 5 <= n_items <= 9:
    errors.append(f"line items: {n_items}, expected 5-9")
if not 2 <= len(sc["users"]) <= 3:
    errors.append("users: expected 2-3")
if quote["owner"] not in {u["email"] for u in sc["users"]}:
    errors.append("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in quote["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
exts = Counter(Path(s["path"]).suffix.lower() for s in sc["sources"])
if set(exts) != {".docx", ".pdf", ".xlsx", ".md"} or any(v != 1 for v in exts.values()):
    errors.append(f"sources: expected one each of docx/pdf/xlsx/md, got {dict(exts)}")
for s in sc["sources"]:
    if s["type"] == "kb_article" and not s.get("title"):
        errors.append(f"kb_article without title: {s['path']}")

# ---- source texts
texts = {}
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {s['path']}")
        continue
    texts[p.name] = norm(text_of(p))
    if len(texts[p.name]) < 800:
        errors.append(f"source {p.name} looks too short ({len(texts[p.name])} chars)")

quote_parts = [quote["number"], quote["title"], quote["buyer_company"], quote["currency"], quote["created_on"],
               quote["expires_on"], quote["terms"], quote["notes"]]
for li in quote["line_items"]:
    quote_parts += [li["sku"], li["name"], str(li["quantity"]), str(li["unit_price"]), money(li["unit_price"]),
                    f"{li['discount_percent']}%"]
texts["quote"] = norm("\n".join(quote_parts))

# ---- figures computed from the quote
m = re.search(r"initial term of (\d+) years", quote["terms"])
term_years = int(m.group(1)) if m else 1
computed = set()
subtotal = 0.0
per_year_all = 0.0
for li in quote["line_items"]:
    unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
    line = unit * li["quantity"]
    subtotal += line
    computed |= {round(unit, 2), round(line, 2), round(li["unit_price"] * li["quantity"], 2)}
    if "per year" in li["name"].lower():
        computed.add(round(line / term_years, 2))
        per_year_all += line / term_years
computed |= {round(subtotal, 2), round(per_year_all, 2)}


def as_number(fact):
    s = re.sub(r"(?i)gbp|£|\s", "", fact).replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


# ---- questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
if len(qs) != 40:
    errors.append(f"{len(qs)} questions, expected 40")
if len({q["id"] for q in qs}) != len(qs):
    errors.append("duplicate ids")
exp = Counter(q["expect"] for q in qs)
if exp != Counter(answer=22, clarify=5, handoff=13):
    errors.append(f"expect counts {dict(exp)}")
foreign = [q for q in qs if q.get("language") and q["language"] != "en"]
fmix = Counter(q["expect"] for q in foreign)
if len(foreign) != 10 or fmix.get("answer", 0) != 6 or fmix.get("clarify", 0) != 0 or fmix.get("handoff", 0) != 4:
    errors.append(f"non-English mix {dict(fmix)} ({len(foreign)} total), expected 6 answer / 0 clarify / 4 handoff")
bad_lang = {q["language"] for q in foreign} - {"fr", "de", "es", "pt", "it", "nl"}
if bad_lang:
    errors.append(f"unexpected languages {bad_lang}")

n_computed = 0
for q in qs:
    if q["expect"] != "answer":
        if q.get("facts") or q.get("sources"):
            errors.append(f"{q['id']}: non-answer question carries sources/facts")
        continue
    srcs, facts = q.get("sources") or [], q.get("facts") or []
    if not srcs or not 1 <= len(facts) <= 3:
        errors.append(f"{q['id']}: needs sources and 1-3 facts")
    for s in srcs:
        if s not in texts:
            errors.append(f"{q['id']}: unknown source {s}")
    for f in facts:
        if any(norm(f) in texts.get(s, "") for s in srcs):
            continue
        num = as_number(f)
        if "quote" in srcs and num is not None and round(num, 2) in computed:
            n_computed += 1
            continue
        errors.append(f"{q['id']}: fact {f!r} not found in {srcs} nor computed from the quote")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: 40 questions ({dict(exp)}), non-English {dict(fmix)}, {n_items} line items, "
      f"subtotal before VAT {money(subtotal)} {quote['currency']}, {n_computed} computed facts checked")
