"""Validate the aerovance-pneumatic-tubes scenario.

Checks: counts (40 questions: 22 answer / 5 clarify / 13 handoff, 10 non-English spread over all three kinds),
5-9 quote line items, four source types present, every `answer` question names existing sources, and every
fact appears (case-insensitively) in the named sources or in the quote. The quote text includes what a quote page
shows (net unit prices, line totals, subtotal, VAT, total) plus a few documented derived figures.

Run:  PYTHONPATH=/tmp/aerotube-rl /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf; falls back to `pdftotext` if pypdf is missing)
"""
import json
import os
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    try:
        from pypdf import PdfReader
        return "\n".join((pg.extract_text() or "") for pg in PdfReader(p).pages)
    except ImportError:
        return subprocess.run(["pdftotext", "-layout", p, "-"], capture_output=True, text=True, check=True).stdout


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                cells.append(str(v))
            out.append(" | ".join(cells))
    return "\n".join(out)


def text_html(p):
    import html
    import re
    raw = open(p, encoding="utf-8").read()
    raw = re.sub(r"(?is)<(script|style).*?</\1>", " ", raw)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return text_docx(path)
    if ext == "pdf":
        return text_pdf(path)
    if ext == "xlsx":
        return text_xlsx(path)
    if ext in ("html", "htm"):
        return text_html(path)
    return open(path, encoding="utf-8").read()


def money(x):
    return ["{:,.2f}".format(x), "{:,.0f}".format(x) if abs(x - round(x)) < 1e-9 else "{:,.2f}".format(x)]


sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
q = sc["quote"]

# ---- quote checks and quote text
items = q["line_items"]
if not 5 <= len(items) <= 9:
    err(f"quote has {len(items)} line items, expected 5-9")
if not any(i["discount_percent"] for i in items):
    err("no discounted line item")
emails = {u["email"] for u in sc["users"]}
if not 2 <= len(sc["users"]) <= 3:
    err("expected 2-3 users")
if q["owner"] not in emails:
    err("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    err("buyer_contacts must be e-mail strings")

qt = [q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"], q["terms"], q["notes"]]
subtotal = 0.0
line_total = {}
for it in items:
    net = round(it["unit_price"] * (1 - it["discount_percent"] / 100), 2)
    tot = round(net * it["quantity"], 2)
    line_total[it["sku"]] = tot
    subtotal += tot
    qt.append(" ".join([it["sku"], it["name"], str(it["quantity"]), *money(it["unit_price"]),
                        f'{it["discount_percent"]}%', *money(net), *money(tot)]))
subtotal = round(subtotal, 2)
vat = round(subtotal * 0.21, 2)
qt.append("Subtotal excl. VAT " + " ".join(money(subtotal)))
qt.append("VAT 21% " + " ".join(money(vat)) + " Total incl. VAT " + " ".join(money(subtotal + vat)))

# Derived figures an answer must compute (documented, checked here):
DERIVED = {
    # a04: CarePlus Standard fee is fixed for the first 3 contract years and the minimum term is 3 years
    "a04": 3 * line_total["SVC-CP-STD-Y1"],
    # a05: both tube lines together
    "a05": line_total["TB160-INST"] + line_total["TB110-INST"],
}
for k, v in DERIVED.items():
    qt.append(f"[{k}] " + " ".join(money(v)))
quote_text = "\n".join(qt).lower()

# ---- sources
texts = {}
types = Counter()
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p):
        err(f"missing source {s['path']}")
        continue
    texts[os.path.basename(p)] = text_of(p).lower()
    types[(s["type"], p.rsplit(".", 1)[-1].lower())] += 1
    if s["type"] == "kb_article" and not s.get("title"):
        err(f"kb_article {s['path']} has no title")
exts = {e for _, e in types}
for need in ("docx", "pdf", "xlsx"):
    if need not in exts:
        err(f"no .{need} source")
if not ({"md", "html"} & exts):
    err("no Markdown or HTML source")
for name, t in texts.items():
    if len(t) < 1500:
        err(f"source {name} looks too short ({len(t)} chars)")

# ---- questions
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
kinds = Counter(x["expect"] for x in qs)
if len(qs) != 40:
    err(f"{len(qs)} questions, expected 40")
if kinds != Counter({"answer": 22, "clarify": 5, "handoff": 13}):
    err(f"expect counts {dict(kinds)}")
if len({x["id"] for x in qs}) != len(qs):
    err("duplicate ids")
non_en = [x for x in qs if x.get("language", "en") != "en"]
if len(non_en) != 10:
    err(f"{len(non_en)} non-English questions, expected 10")
if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
    err("non-English questions not spread over answer/clarify/handoff")
for x in qs:
    if x["expect"] != "answer":
        continue
    srcs = x.get("sources") or []
    facts = x.get("facts") or []
    if not srcs or not 1 <= len(facts) <= 3:
        err(f"{x['id']}: needs sources and 1-3 facts")
    for s in srcs:
        if s != "quote" and s not in texts:
            err(f"{x['id']}: unknown source {s}")
    pool = [quote_text if s == "quote" else texts.get(s, "") for s in srcs]
    for f in facts:
        hits = [s for s, t in zip(srcs, pool) if f.lower() in t]
        if not hits:
            err(f"{x['id']}: fact {f!r} not found in {srcs}")

print(f"questions: {len(qs)} {dict(kinds)}; non-English: {len(non_en)} "
      f"{dict(Counter(x['language'] for x in non_en))}")
print(f"sources: {dict(types)}; quote subtotal excl. VAT: {subtotal:,.2f}")
if errors:
    print("FAILED:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
