"""Check the silvento-silo-aeration scenario: counts, languages, sources exist, and every answer fact appears
(case-insensitively) in one of the named sources or in the quote (incl. derived line totals, discounted unit
prices, per-unit-year figures and the grand total). Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py"""
import json, sys, zipfile, re
from pathlib import Path
from collections import Counter

HERE = Path(__file__).parent
errors = []


def docx_text(p):
    with zipfile.ZipFile(p) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>|</w:tc>", "\n", xml)
    return re.sub(r"<[^>]+>", "", xml)


def pdf_text(p):
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)


def fmt_num(v):
    out = [str(v)]
    if isinstance(v, (int, float)):
        out += [f"{v:,}", f"{v:,.2f}"]
        if float(v).is_integer():
            out += [str(int(v)), f"{int(v):,}"]
    return " ".join(out)


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join(fmt_num(c) for c in row if c is not None))
    return "\n".join(parts)


def html_text(p):
    return re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8"))


def source_text(p):
    ext = p.suffix.lower()
    return {".docx": docx_text, ".pdf": pdf_text, ".xlsx": xlsx_text, ".html": html_text, ".htm": html_text}.get(
        ext, lambda x: x.read_text(encoding="utf-8"))(p)


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]

# quote text incl. derived arithmetic
parts = [json.dumps(q, ensure_ascii=False), q["terms"], q["notes"]]
total = 0.0
for li in q["line_items"]:
    unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
    line = round(unit * li["quantity"], 2)
    total += line
    parts += [li["sku"], li["name"], fmt_num(li["unit_price"]), fmt_num(round(unit, 2)), fmt_num(line), fmt_num(li["quantity"])]
parts.append(fmt_num(round(total, 2)))
parts.append(fmt_num(round(total * 1.21, 2)))
quote_text = "\n".join(parts).lower()
print(f"quote total before VAT: {total:,.2f}")

# checks on scenario.json
if not (5 <= len(q["line_items"]) <= 9):
    errors.append("quote must have 5-9 line items")
if not (2 <= len(sc["users"]) <= 3):
    errors.append("2-3 users expected")
if q["owner"] not in [u["email"] for u in sc["users"]]:
    errors.append("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")

texts = {}
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {s['path']}")
        continue
    texts[p.name] = source_text(p).lower()
    print(f"source {p.name}: {len(texts[p.name])} chars")
exts = {Path(s["path"]).suffix for s in sc["sources"]}
for need in (".docx", ".pdf", ".xlsx"):
    if need not in exts:
        errors.append(f"no {need} source")
if not any(s["type"] == "kb_article" for s in sc["sources"]) and not any(s["type"] == "url" for s in sc["sources"]):
    errors.append("no kb_article or url source")
from openpyxl import load_workbook
for s in sc["sources"]:
    if s["path"].endswith(".xlsx") and len(load_workbook(HERE / s["path"]).worksheets) < 2:
        errors.append("xlsx needs 2+ sheets")

qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
counts = Counter(x["expect"] for x in qs)
langs = Counter(x.get("language", "en") for x in qs)
if len(qs) != 40: errors.append(f"{len(qs)} questions, expected 40")
if counts != Counter({"answer": 22, "clarify": 5, "handoff": 13}): errors.append(f"bad counts {dict(counts)}")
if sum(v for k, v in langs.items() if k != "en") != 10: errors.append(f"non-English count wrong {dict(langs)}")
if len({x["id"] for x in qs}) != len(qs): errors.append("duplicate ids")
nonen = Counter(x["expect"] for x in qs if x.get("language"))
if len(nonen) != 3: errors.append(f"non-English questions not spread over all expectations: {dict(nonen)}")

for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not (1 <= len(x.get("facts", [])) <= 3):
        errors.append(f"{x['id']}: needs sources and 1-3 facts")
        continue
    for s in x["sources"]:
        if s != "quote" and s not in texts:
            errors.append(f"{x['id']}: unknown source {s}")
    for fact in x["facts"]:
        hay = [quote_text if s == "quote" else texts.get(s, "") for s in x["sources"]]
        if not any(fact.lower() in h for h in hay):
            errors.append(f"{x['id']}: fact {fact!r} not found in {x['sources']}")

print(f"questions: {len(qs)} {dict(counts)}; languages: {dict(langs)}; non-English by expect: {dict(nonen)}")
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
