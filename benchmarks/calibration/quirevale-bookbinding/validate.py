"""Validate the quirevale-bookbinding scenario: counts, source files, and that every answer fact appears
(case-insensitively, whitespace-normalised) in at least one of the sources it names, or in the quote
(including derived figures: line totals, discounted unit prices, grand total, total discount).
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py  (needs python-docx, openpyxl, pypdf)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []

def norm(s):
    return re.sub(r"\s+", " ", s).lower()

def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = []
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        cells.append(f"{v:,}" if float(v).is_integer() else str(v))
                        cells.append(str(v))
                    else:
                        cells.append(str(v))
                parts.append(" | ".join(cells))
        return "\n".join(parts)
    if ext in ("md", "html", "htm", "txt"):
        raw = open(path, encoding="utf-8").read()
        if ext.startswith("htm"):
            raw = re.sub(r"<[^>]+>", " ", raw)
        return raw
    raise ValueError("unsupported source type: " + path)

def fmt(x):
    out = []
    for v in {round(x, 2)}:
        if float(v).is_integer():
            out += [f"{int(v):,}", str(int(v)), f"{v:,.2f}", f"{v:.2f}"]
        else:
            out += [f"{v:,.2f}", f"{v:.2f}"]
    return out

sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
quote = sc["quote"]
qparts = [json.dumps(quote, ensure_ascii=False), quote["terms"], quote["notes"]]
grand = saved = 0.0
for li in quote["line_items"]:
    unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
    line = unit * li["quantity"]
    grand += line
    saved += li["unit_price"] * li["quantity"] - line
    qparts += [li["sku"], li["name"]] + fmt(li["unit_price"]) + fmt(unit) + fmt(line)
# derived combinations buyers ask for
qparts += fmt(grand) + fmt(saved)
quote_text = norm("\n".join(qparts))
print(f"quote total before tax: {grand:,.2f} {quote['currency']}; total discount {saved:,.2f}")

# scenario checks
n_items = len(quote["line_items"])
if not 5 <= n_items <= 9: errors.append(f"line items: {n_items} (want 5-9)")
if not 2 <= len(sc["users"]) <= 3: errors.append("users must be 2-3")
if not all(isinstance(c, str) and "@" in c for c in quote["buyer_contacts"]): errors.append("buyer_contacts must be e-mails")
emails = {u["email"] for u in sc["users"]}
if quote["owner"] not in emails: errors.append("quote owner is not a user")

texts, types = {}, Counter()
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p):
        errors.append("missing source " + s["path"]); continue
    t = text_of(p)
    texts[os.path.basename(s["path"])] = norm(t)
    types[s["path"].rsplit(".", 1)[-1].lower()] += 1
    print(f"source {s['type']:10s} {s['path']}: {len(t)} chars")
for ext in ("docx", "pdf", "xlsx"):
    if types[ext] != 1: errors.append(f"want exactly one .{ext} source, got {types[ext]}")
if types["md"] + types["html"] < 1: errors.append("want a Markdown kb_article and/or an HTML url source")
from openpyxl import load_workbook
xl = [s for s in sc["sources"] if s["path"].endswith(".xlsx")]
if xl and len(load_workbook(os.path.join(HERE, xl[0]["path"])).worksheets) < 2: errors.append("xlsx needs 2+ sheets")

# questions
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
cnt = Counter(q["expect"] for q in qs)
non_en = [q for q in qs if q.get("language", "en") != "en"]
if len(qs) != 40: errors.append(f"{len(qs)} questions (want 40)")
if cnt != Counter(answer=22, clarify=5, handoff=13): errors.append(f"expect counts {dict(cnt)} (want 22/5/13)")
if len(non_en) != 10: errors.append(f"{len(non_en)} non-English questions (want 10)")
if len({q['id'] for q in qs}) != len(qs): errors.append("duplicate ids")
ne_by = Counter(q["expect"] for q in non_en)
if len(ne_by) < 3: errors.append("non-English questions must be spread over answer/clarify/handoff")
for q in qs:
    if q["expect"] != "answer":
        continue
    if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
        errors.append(f"{q['id']}: needs sources and 1-3 facts"); continue
    for src in q["sources"]:
        if src != "quote" and src not in texts: errors.append(f"{q['id']}: unknown source {src}")
    for f in q["facts"]:
        hay = [quote_text if s == "quote" else texts.get(s, "") for s in q["sources"]]
        found = [s for s, h in zip(q["sources"], hay) if norm(f) in h]
        if not found:
            errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")
print(f"questions: {len(qs)} {dict(cnt)}; non-English: {len(non_en)} {dict(Counter(q['language'] for q in non_en))} by expect {dict(ne_by)}")
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
