"""Check the faradine-mri-rf-shielding scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf)

Checks: scenario.json shape, the counts required by the brief (40 questions: 22 answer / 5 clarify / 13 handoff,
10 non-English spread over the three kinds), that every named source exists, and that every `facts` string of an
`answer` question appears (case-insensitively) in the text of at least one of the sources it names. The text of
`quote` is the quote JSON plus the figures a quote page shows or a buyer derives by simple arithmetic: discounted
unit prices, line totals, discount amounts, the total before tax, and per-year amounts of "N years" items.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
errors = []


def fmt(x):
    out = {f"{x:,.2f}", f"{x:.2f}"}
    if abs(x - round(x)) < 1e-9:
        out |= {f"{int(round(x)):,}", str(int(round(x)))}
    return out


def text_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if ext == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == ".xlsx":
        wb = load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = []
                for v in row:
                    if v is None:
                        continue
                    cells.append(" / ".join(sorted(fmt(float(v)))) if isinstance(v, (int, float)) else str(v))
                parts.append(" | ".join(cells))
        return "\n".join(parts)
    if ext in (".md", ".html", ".htm", ".txt"):
        t = path.read_text(encoding="utf-8")
        return re.sub(r"<[^>]+>", " ", t) if ext.startswith(".htm") else t
    raise ValueError(f"unsupported source type {path}")


def quote_text(q) -> str:
    parts = [json.dumps(q, ensure_ascii=False)]
    total = total_disc = 0.0
    for li in q["line_items"]:
        gross = li["quantity"] * li["unit_price"]
        disc = gross * li["discount_percent"] / 100
        net = gross - disc
        unit_net = li["unit_price"] * (1 - li["discount_percent"] / 100)
        total += net
        total_disc += disc
        figs = fmt(li["unit_price"]) | fmt(unit_net) | fmt(gross) | fmt(net) | fmt(disc)
        m = re.search(r"(\d+)[ -]years?", li["name"])
        if m:
            figs |= fmt(net / int(m.group(1)))
        parts.append(f"{li['sku']}: " + " / ".join(sorted(figs)))
    parts.append("total before tax: " + " / ".join(sorted(fmt(round(total, 2)))))
    parts.append("total discount: " + " / ".join(sorted(fmt(round(total_disc, 2)))))
    return "\n".join(parts)


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]
if not 5 <= len(q["line_items"]) <= 9:
    errors.append(f"{len(q['line_items'])} line items (want 5-9)")
if not 2 <= len(sc["users"]) <= 3:
    errors.append(f"{len(sc['users'])} users (want 2-3)")
if q["owner"] not in {u["email"] for u in sc["users"]}:
    errors.append("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")

texts = {"quote": quote_text(q)}
exts = set()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {p}")
        continue
    exts.add(p.suffix.lower())
    texts[p.name] = text_of(p)
    if len(texts[p.name]) < 1200:
        errors.append(f"{p.name}: only {len(texts[p.name])} characters of text")
if not {".docx", ".pdf", ".xlsx"} <= exts or not ({".md", ".html"} & exts):
    errors.append(f"source types {sorted(exts)}")
xl = load_workbook(HERE / "knowledge" / "price-list-2025.xlsx")
if len(xl.worksheets) < 2:
    errors.append("xlsx needs 2+ sheets")

qs = [json.loads(line) for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
kinds = Counter(x["expect"] for x in qs)
non_en = [x for x in qs if x.get("language", "en") != "en"]
if len(qs) != 40:
    errors.append(f"{len(qs)} questions (want 40)")
if kinds != Counter(answer=22, clarify=5, handoff=13):
    errors.append(f"kinds {dict(kinds)}")
if len(non_en) != 10:
    errors.append(f"{len(non_en)} non-English questions (want 10)")
if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions not spread over answer/clarify/handoff")
if len({x["id"] for x in qs}) != len(qs):
    errors.append("duplicate ids")

for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: needs sources and 1-3 facts")
        continue
    for s in x["sources"]:
        if s not in texts:
            errors.append(f"{x['id']}: unknown source {s}")
    # PDF extraction breaks lines inside phrases ("130\nMHz"): compare with whitespace collapsed
    hay = re.sub(r"\s+", " ", "\n".join(texts.get(s, "") for s in x["sources"])).lower()
    for f in x["facts"]:
        if re.sub(r"\s+", " ", f).lower() not in hay:
            errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"questions: {len(qs)} {dict(kinds)}; non-English: {len(non_en)} "
      f"{dict(Counter(x['language'] for x in non_en))} over {dict(Counter(x['expect'] for x in non_en))}")
print(f"sources: {', '.join(f'{k} ({len(v)} chars)' for k, v in texts.items())}")
print("quote total before tax:", texts["quote"].split("total before tax: ")[1].split("\n")[0])
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
