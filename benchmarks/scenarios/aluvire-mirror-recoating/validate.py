"""Check the aluvire-mirror-recoating scenario: counts, sources, and that every answer fact appears verbatim
(case-insensitive) in a named source or in the quote (including figures derived from the quote by arithmetic).

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)
"""
import json
import sys
from collections import Counter
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = Path(__file__).parent
errors = []


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if ext == ".pdf":
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    if ext == ".xlsx":
        wb = load_workbook(path, data_only=True)
        return "\n".join(" | ".join("" if v is None else str(v) for v in row)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if ext in (".md", ".html", ".htm", ".txt"):
        return path.read_text(encoding="utf-8")
    raise ValueError(f"unsupported source type {path}")


def money(x: float) -> list[str]:
    return [f"{x:,.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"]


def quote_text(q: dict) -> str:
    parts = [json.dumps(q, ensure_ascii=False)]
    subtotal = 0.0
    for li in q["line_items"]:
        unit_net = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit_net * li["quantity"]
        subtotal += line
        parts += money(li["unit_price"]) + money(unit_net) + money(line)
    parts += money(subtotal)
    # sums of line pairs (e.g. "the two silver jobs")
    nets = [li["unit_price"] * (1 - li["discount_percent"] / 100) * li["quantity"] for li in q["line_items"]]
    for i in range(len(nets)):
        for j in range(i + 1, len(nets)):
            parts += money(nets[i] + nets[j])
    return "\n".join(parts)


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("quote must have 5-9 line items")
if not 2 <= len(sc["users"]) <= 3:
    errors.append("2-3 users expected")
if q["owner"] not in {u["email"] for u in sc["users"]}:
    errors.append("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")

texts = {"quote": quote_text(q).lower()}
kinds = set()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {p}")
        continue
    kinds.add(p.suffix.lower())
    texts[p.name] = extract(p).lower()
    if len(texts[p.name]) < 1500:
        errors.append(f"source {p.name} looks too short ({len(texts[p.name])} chars)")
for need in (".docx", ".pdf", ".xlsx"):
    if need not in kinds:
        errors.append(f"no {need} source")
if not kinds & {".md", ".html"}:
    errors.append("no markdown/html source")
wb = load_workbook(HERE / "knowledge" / "aluvire-price-list-2026.xlsx")
if len(wb.worksheets) < 2:
    errors.append("xlsx needs 2+ sheets")

qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
counts = Counter(x["expect"] for x in qs)
if len(qs) != 40 or counts != Counter(answer=22, clarify=5, handoff=13):
    errors.append(f"counts wrong: {len(qs)} {dict(counts)}")
if len({x["id"] for x in qs}) != len(qs):
    errors.append("duplicate ids")
foreign = [x for x in qs if x.get("language")]
if len(foreign) != 10:
    errors.append(f"expected 10 non-English questions, got {len(foreign)}")
if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions must be spread over answer/clarify/handoff")

for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: needs sources and 1-3 facts")
        continue
    for s in x["sources"]:
        if s not in texts:
            errors.append(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        hits = [s for s in x["sources"] if f.lower() in texts.get(s, "")]
        if not hits:
            errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"{len(qs)} questions {dict(counts)}, {len(foreign)} non-English "
      f"{dict(Counter(x['language'] for x in foreign))}, sources {sorted(texts)}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
