"""Self-check for the quietbay-acoustic-pods scenario.

Run: /work/main/.venv/bin/python validate.py   (needs openpyxl and python-docx)
Checks: every `facts` string of an `answer` question appears (case-insensitive) in the text of the sources it
lists, where `quote` stands for the quote's fields plus its arithmetic (line totals, subtotals of any two lines,
total excl./incl. VAT); the question mix; that the unanswerable hand-offs are really not answered by the sources;
that each clarify question names something whose figures differ between two quoted models.
"""
import html
import itertools
import json
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

import openpyxl
from docx import Document

HERE = Path(__file__).resolve().parent
errors = []


def fmt_variants(value):
    d = Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    out = {f"{d:,.2f}", f"{d:.2f}"}
    if d == d.to_integral_value():
        out |= {f"{int(d):,}", f"{int(d)}"}
    return out


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    parts, cells = [], {}
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            vals = [v for v in row if v is not None]
            for v in vals:
                if isinstance(v, (int, float)):
                    parts.extend(sorted(fmt_variants(v)))
                    parts.append(str(v))
                else:
                    parts.append(str(v))
            if vals:
                cells[(ws.title, str(vals[0]))] = list(row)
    return " | ".join(parts), cells


def docx_text(path):
    doc = Document(path)
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for r in t.rows:
            parts.append(" | ".join(c.text for c in r.cells))
    return "\n".join(parts)


def html_text(path):
    raw = path.read_text(encoding="utf-8")
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


scenario = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
texts, xcells = {}, {}
for src in scenario["sources"]:
    p = HERE / src["path"]
    name = p.name
    if p.suffix == ".xlsx":
        texts[name], xcells = xlsx_text(p)
    elif p.suffix == ".docx":
        texts[name] = docx_text(p)
    elif p.suffix == ".html":
        texts[name] = html_text(p)
    else:
        texts[name] = p.read_text(encoding="utf-8")
types = Counter(s["type"] for s in scenario["sources"])
if len(scenario["sources"]) != 4 or types != Counter({"file": 2, "url": 1, "kb_article": 1}):
    errors.append(f"sources: expected xlsx+docx files, one url, one kb_article, got {types}")
words = sum(len(re.findall(r"\w+", t)) for t in texts.values())
print(f"source words (approx.): {words}")

# quote arithmetic
q = scenario["quote"]
line_totals = []
for li in q["line_items"]:
    gross = Decimal(str(li["unit_price"])) * li["quantity"]
    net = (gross * (Decimal(100) - Decimal(str(li["discount_percent"]))) / 100).quantize(Decimal("0.01"))
    line_totals.append((li["sku"], net))
total = sum(n for _, n in line_totals)
vat = (total * Decimal("0.21")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
quote_parts = [json.dumps(q, ensure_ascii=False)]
for _, n in line_totals:
    quote_parts += fmt_variants(n)
for (_, a), (_, b) in itertools.combinations(line_totals, 2):
    quote_parts += fmt_variants(a + b)
for v in (total, vat, total + vat):
    quote_parts += fmt_variants(v)
for li in q["line_items"]:
    quote_parts.append(f"{li['discount_percent']}%")
texts["quote"] = " | ".join(quote_parts)
print("line totals:", ", ".join(f"{s} {n:,.2f}" for s, n in line_totals))
print(f"total excl. VAT {total:,.2f}; VAT 21% {vat:,.2f}; total incl. VAT {total + vat:,.2f}")
if len(q["line_items"]) < 8 or len(q["line_items"]) > 12:
    errors.append("quote must have 8-12 line items")
if not q["created_on"].startswith("2026-11-2"):
    errors.append("created_on must be 2026-11-2x")

# questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
for x in qs:
    if x["expect"] == "answer":
        if not x.get("sources") or not x.get("facts"):
            errors.append(f"{x['id']}: answer without sources/facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        hay = " ".join(texts.get(s, "") for s in x["sources"]).lower()
        for f in x["facts"]:
            if f.lower() not in hay:
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")
    else:
        if x.get("facts") or x.get("sources"):
            errors.append(f"{x['id']}: {x['expect']} should carry no facts/sources")

mix = Counter(x["expect"] for x in qs)
langs = Counter(x.get("language", "en") for x in qs)
lang_by_kind = Counter((x["expect"], x.get("language") is not None) for x in qs)
print("mix:", dict(mix), "| languages:", dict(langs))
print("non-English by kind:", {k: v for (k, ne), v in lang_by_kind.items() if ne})
if len(qs) != 40 or mix != Counter({"answer": 22, "clarify": 5, "handoff": 13}):
    errors.append(f"mix wrong: {dict(mix)} / {len(qs)}")
non_en = [x for x in qs if x.get("language")]
if len(non_en) != 10:
    errors.append(f"expected 10 non-English questions, got {len(non_en)}")
if set(x["language"] for x in non_en) != {"fr", "de", "es", "it", "nl", "pt"}:
    errors.append("languages must cover fr, de, es, it, nl, pt")
for kind in ("answer", "clarify", "handoff"):
    if not any(x["expect"] == kind for x in non_en):
        errors.append(f"no non-English {kind} question")

# hand-offs: reason per question; the 'unanswerable' ones must not be answered by any source
all_text = " ".join(v for k, v in texts.items() if k != "quote").lower()
HANDOFF = {
    "qb-04": ("unanswerable", ["125 hz", "low frequen", "low-frequen", "octave"]),
    "qb-08": ("person", []),
    "qb-10": ("unanswerable", ["zoom"]),
    "qb-15": ("negotiation", []),
    "qb-17": ("unanswerable", ["17210", "accessibility standard"]),
    "qb-21": ("date/contract change", []),
    "qb-25": ("unanswerable", ["voc", "emission class", "well "]),
    "qb-27": ("competitor", []),
    "qb-30": ("unanswerable", ["planon", "iwms"]),
    "qb-34": ("complaint", []),
    "qb-36": ("unanswerable", ["breeam", "leed"]),
    "qb-38": ("unanswerable", ["spare part", "discontinu"]),
    "qb-40": ("legal", []),
}
hand_ids = {x["id"] for x in qs if x["expect"] == "handoff"}
if hand_ids != set(HANDOFF):
    errors.append(f"handoff table out of date: {sorted(hand_ids ^ set(HANDOFF))}")
for qid, (why, absent) in HANDOFF.items():
    for term in absent:
        if term in all_text:
            errors.append(f"{qid}: 'unanswerable' but sources contain {term!r}")
print("handoff reasons:", dict(Counter(w for w, _ in HANDOFF.values())))

# clarify: the ambiguous term maps to two quoted models whose figures differ
CLARIFY = {
    "qb-03": ("Meeting pods", "Fan noise inside at max speed (dB(A))", 1, 2),   # D2 vs Q4
    "qb-13": ("Options and services", "OPT-DSP24", None, "OPT-DSP43"),          # 24-inch FHD vs 43-inch 4K
    "qb-19": ("Phone booths", "Installation time, 2 technicians (hours)", 2, 3),  # S1 vs SA
    "qb-23": ("Phone booths", "Weight, empty (kg)", 2, 3),                      # S1 vs SA
    "qb-32": ("Meeting pods", "Max power draw excl. sockets and display (W)", 1, 2),  # D2 vs Q4
}
clar_ids = {x["id"] for x in qs if x["expect"] == "clarify"}
if clar_ids != set(CLARIFY):
    errors.append(f"clarify table out of date: {sorted(clar_ids ^ set(CLARIFY))}")
for qid, (sheet, label, a, b) in CLARIFY.items():
    if a is None:
        ra, rb = xcells.get((sheet, label)), xcells.get((sheet, b))
        ok = ra and rb and ra[5] != rb[5]
    else:
        row = xcells.get((sheet, label))
        ok = row and row[a] != row[b]
    if not ok:
        errors.append(f"{qid}: clarify figures do not differ ({sheet} / {label})")

if errors:
    print("\nFAILED:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nOK: all facts found, mix correct")
