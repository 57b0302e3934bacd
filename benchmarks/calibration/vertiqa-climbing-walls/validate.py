"""Validate the vertiqa-climbing-walls scenario.

Checks the question counts and mix, the scenario shape, and that every answer fact appears verbatim
(case-insensitively) in at least one of the question's named sources, or is a figure computed from the quote in
scenario.json (discounted unit price, line total, total before VAT, VAT, total including VAT, per-year figure)
when the question names `quote` as a source.

PDF text needs pypdf: if it is not importable, the script looks in $VQ_PYLIB and /tmp/vq-pylib
(`pip install --target /tmp/vq-pylib pypdf`).
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
for extra in (os.environ.get("VQ_PYLIB", ""), "/tmp/vq-pylib"):
    if extra and os.path.isdir(extra) and extra not in sys.path:
        sys.path.append(extra)

from docx import Document  # noqa: E402
from openpyxl import load_workbook  # noqa: E402
from pypdf import PdfReader  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(path):
    ext = os.path.splitext(path)[1].lower()
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
                parts.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(parts)
    if ext in (".md", ".html", ".htm", ".txt"):
        with open(path, encoding="utf-8") as f:
            t = f.read()
        if ext in (".html", ".htm"):
            t = re.sub(r"<[^>]+>", " ", t)
        return t
    raise ValueError(f"unsupported source type: {path}")


def money(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def fmt(x):
    x = money(x)
    out = {f"{x:,.2f}", f"{x:.2f}"}
    if x == x.to_integral_value():
        out |= {f"{int(x):,}", f"{int(x)}"}
    return out


with open(os.path.join(HERE, "scenario.json"), encoding="utf-8") as f:
    sc = json.load(f)
quote = sc["quote"]

# ---- scenario shape
items = quote["line_items"]
if not 5 <= len(items) <= 9:
    err(f"line items: {len(items)} (want 5-9)")
if not 2 <= len(sc["users"]) <= 3:
    err(f"users: {len(sc['users'])} (want 2-3)")
emails = {u["email"] for u in sc["users"]}
if quote["owner"] not in emails:
    err("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in quote["buyer_contacts"]):
    err("buyer_contacts must be e-mail strings")
exts = sorted(os.path.splitext(s["path"])[1] for s in sc["sources"])
if len(set(exts)) != len(exts) or len(exts) < 4:
    err(f"need four sources in four formats, got {exts}")
for s in sc["sources"]:
    if not os.path.exists(os.path.join(HERE, s["path"])):
        err(f"missing source file {s['path']}")
    if s["type"] == "kb_article" and not s.get("title"):
        err(f"kb_article without title: {s['path']}")

# ---- source texts
texts = {os.path.basename(s["path"]): norm(text_of(os.path.join(HERE, s["path"]))) for s in sc["sources"]}
qparts = [quote["number"], quote["title"], quote["buyer_company"], quote["currency"], quote["created_on"],
          quote["expires_on"], quote["terms"], quote["notes"]]
for it in items:
    qparts += [it["sku"], it["name"], str(it["quantity"]), *sorted(fmt(it["unit_price"])),
               f"{it['discount_percent']}%"]
texts["quote"] = norm("\n".join(qparts))

# ---- figures computed from the quote
m = re.search(r"VAT at (\d+(?:\.\d+)?)%", quote["terms"])
vat_rate = Decimal(m.group(1)) / 100 if m else Decimal("0.20")
computed = set()
subtotal = Decimal("0")
for it in items:
    unit = money(Decimal(str(it["unit_price"])) * (100 - Decimal(str(it["discount_percent"]))) / 100)
    line = money(unit * Decimal(str(it["quantity"])))
    subtotal += line
    computed |= fmt(unit) | fmt(line)
    if "per year" in it["name"].lower():
        computed |= fmt(unit)  # the per-year figure
        computed |= fmt(line / Decimal(str(it["quantity"])))
vat = money(subtotal * vat_rate)
computed |= fmt(subtotal) | fmt(vat) | fmt(subtotal + vat)
computed = {c.lower() for c in computed}
print(f"total before VAT {money(subtotal):,.2f}, VAT {vat:,.2f}, total incl. VAT {money(subtotal + vat):,.2f}")

# ---- questions
qs = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if line.strip():
            qs.append(json.loads(line))
if len(qs) != 40:
    err(f"questions: {len(qs)} (want 40)")
ids = [q["id"] for q in qs]
if len(set(ids)) != len(ids):
    err("duplicate question ids")
kinds = Counter(q["expect"] for q in qs)
if kinds != Counter(answer=22, clarify=5, handoff=13):
    err(f"expect mix {dict(kinds)} (want answer 22, clarify 5, handoff 13)")
foreign = [q for q in qs if q.get("language", "en") != "en"]
if len(foreign) != 10:
    err(f"non-English questions: {len(foreign)} (want 10)")
fmix = Counter(q["expect"] for q in foreign)
if fmix != Counter(answer=6, clarify=1, handoff=3):
    err(f"non-English mix {dict(fmix)} (want answer 6, clarify 1, handoff 3)")
bad_lang = {q["language"] for q in foreign} - {"fr", "de", "es", "pt", "it", "nl"}
if bad_lang:
    err(f"unexpected languages {bad_lang}")

n_computed = 0
for q in qs:
    if q["expect"] != "answer":
        continue
    src = q.get("sources") or []
    facts = q.get("facts") or []
    if not src:
        err(f"{q['id']}: answer without sources")
    if not 1 <= len(facts) <= 3:
        err(f"{q['id']}: {len(facts)} facts (want 1-3)")
    for s in src:
        if s not in texts:
            err(f"{q['id']}: unknown source {s}")
    for fact in facts:
        nf = norm(fact)
        if any(nf in texts.get(s, "") for s in src):
            continue
        if "quote" in src and nf in computed:
            n_computed += 1
            continue
        err(f"{q['id']}: fact {fact!r} not found in {src} nor computed from the quote")

print(f"{len(qs)} questions: {dict(kinds)}; non-English {len(foreign)} {dict(fmix)}; "
      f"{n_computed} facts checked by computation")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
