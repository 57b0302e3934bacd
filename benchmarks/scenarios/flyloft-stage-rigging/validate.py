"""Validate the flyloft-stage-rigging scenario: every answer fact appears in a named source or the quote; counts match.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (pypdf needed for the PDF)"""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sc = json.load(open(os.path.join(HERE, "scenario.json")))

def text_of(path):
    p = os.path.join(HERE, path)
    if p.endswith(".docx"):
        from docx import Document
        return "\n".join(par.text for par in Document(p).paragraphs)
    if p.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)
    if p.endswith(".xlsx"):
        from openpyxl import load_workbook
        wb = load_workbook(p, data_only=True)
        return "\n".join(" | ".join("" if v is None else str(v) for v in row) for ws in wb for row in ws.iter_rows(values_only=True))
    raw = open(p, encoding="utf-8").read()
    return re.sub(r"<[^>]+>", " ", raw) if p.endswith(".html") else raw

def fmt(x):
    return {f"{x:,.2f}", f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.2f}", f"{x:.2f}"}

def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        total += line
        parts += fmt(unit) | fmt(line)
        m = re.search(r"(\d+) years", li["name"])
        if m:
            parts += fmt(line / int(m.group(1)))
    parts += fmt(total)
    print(f"quote total before VAT: {total:,.2f} {q['currency']}")
    return "\n".join(parts)

norm = lambda t: re.sub(r"\s+", " ", t)  # PDF extraction wraps lines
texts = {os.path.basename(s["path"]): norm(text_of(s["path"])) for s in sc["sources"]}
texts["quote"] = quote_text(sc["quote"])
for n, t in texts.items():
    assert len(t) > 300, f"source {n} looks empty"

qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
errors = []
cnt = Counter(q["expect"] for q in qs)
if len(qs) != 40: errors.append(f"{len(qs)} questions, expected 40")
if cnt != Counter(answer=22, clarify=5, handoff=13): errors.append(f"counts {dict(cnt)}")
nonen = [q for q in qs if q.get("language")]
if len(nonen) != 10: errors.append(f"{len(nonen)} non-English questions, expected 10")
if {q["expect"] for q in nonen} != {"answer", "clarify", "handoff"}: errors.append("non-English not spread over all kinds")
if len({q["id"] for q in qs}) != len(qs): errors.append("duplicate ids")
for q in qs:
    if q["expect"] != "answer":
        continue
    if not q.get("sources") or not q.get("facts"): errors.append(f"{q['id']}: missing sources/facts"); continue
    for s in q["sources"]:
        if s not in texts: errors.append(f"{q['id']}: unknown source {s}")
    for f in q["facts"]:
        if not any(norm(f).lower() in texts.get(s, "").lower() for s in q["sources"]):
            errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")
li = sc["quote"]["line_items"]
if not 5 <= len(li) <= 9: errors.append("line item count")
if sc["quote"]["owner"] not in {u["email"] for u in sc["users"]}: errors.append("owner not a user")
print(f"{len(qs)} questions {dict(cnt)}, {len(nonen)} non-English, {len(texts)-1} sources")
if errors:
    print("FAIL"); print("\n".join(errors)); sys.exit(1)
print("OK")
