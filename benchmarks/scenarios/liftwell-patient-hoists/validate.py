"""Re-checks the liftwell-patient-hoists scenario: every `facts` value must appear in one of the listed
sources (or follow from the quote arithmetic), and the question mix must match the brief."""
import json, re, sys, html
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path
from openpyxl import load_workbook
from docx import Document

HERE = Path(__file__).parent
scn = json.loads((HERE / "scenario.json").read_text())
errors = []


def num_forms(v):
    out = {str(v)}
    if isinstance(v, (int, float)):
        out |= {f"{v:,}", f"{v:,.2f}", f"{v:.2f}"}
        if float(v).is_integer():
            out |= {str(int(v)), f"{int(v):,}"}
    return out


def xlsx_text(p):
    parts = []
    for ws in load_workbook(p, data_only=True).worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is not None:
                    parts.extend(num_forms(v))
    return "\n".join(parts)


def docx_text(p):
    d = Document(p)
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.extend(c.text for c in r.cells)
    return "\n".join(parts)


def html_text(p):
    return html.unescape(re.sub(r"<[^>]+>", " ", p.read_text()))


texts = {}
for s in scn["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {p}")
        continue
    ext = p.suffix.lower()
    texts[p.name] = {".xlsx": xlsx_text, ".docx": docx_text, ".html": html_text}.get(ext, lambda q: q.read_text())(p)
types = Counter(s["type"] for s in scn["sources"])
exts = sorted(Path(s["path"]).suffix for s in scn["sources"])
if exts != [".docx", ".html", ".md", ".xlsx"] or types != Counter(file=2, url=1, kb_article=1):
    errors.append(f"source mix wrong: {exts} {types}")
words = sum(len(t.split()) for n, t in texts.items())
print(f"source words (approx.): {words}")

# quote arithmetic
q = scn["quote"]
two = lambda x: x.quantize(Decimal("0.01"), ROUND_HALF_UP)
lines = []
for li in q["line_items"]:
    gross = Decimal(str(li["unit_price"])) * li["quantity"]
    lines.append(two(gross * (1 - Decimal(li["discount_percent"]) / 100)))
total = sum(lines)
qforms = set()
def add(v):
    qforms.update({f"{v:,.2f}", f"{v:.2f}", f"{v:,}"})
for v in lines: add(v)
add(total)
for i in range(len(lines)):
    for j in range(i + 1, len(lines)):
        add(lines[i] + lines[j])
for li in q["line_items"]:
    qforms.update({f'{li["discount_percent"]}%', str(li["quantity"]), f'{li["unit_price"]:,.2f}'})
    qforms.update(re.findall(r"\d+", li["name"]))
qforms.update(re.findall(r"\d+%", q["terms"]))
texts["quote"] = "\n".join(sorted(qforms)) + "\n" + q["terms"] + "\n" + q["notes"]
print(f"quote total: {total:,.2f} GBP over {len(lines)} lines")
if not 8 <= len(lines) <= 12 or not any(li["discount_percent"] for li in q["line_items"]):
    errors.append("quote must have 8-12 lines, some discounted")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")

# questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text().splitlines() if l.strip()]
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
for x in qs:
    if x["expect"] == "answer":
        if not x.get("facts") or not x.get("sources"):
            errors.append(f'{x["id"]}: answer needs facts and sources')
        for s in x.get("sources", []):
            if s not in texts:
                errors.append(f'{x["id"]}: unknown source {s}')
        for f in x.get("facts", []):
            if not any(f.lower() in texts.get(s, "").lower() for s in x["sources"]):
                errors.append(f'{x["id"]}: fact {f!r} not found in {x["sources"]}')
    elif x.get("facts") or x.get("sources"):
        errors.append(f'{x["id"]}: only answer questions carry facts/sources')
mix = Counter(x["expect"] for x in qs)
langs = Counter(x.get("language", "English") for x in qs)
lang_kinds = Counter(x["expect"] for x in qs if "language" in x)
print("mix:", dict(mix), "| languages:", dict(langs), "| non-English by kind:", dict(lang_kinds))
if len(qs) != 40 or mix != Counter(answer=22, clarify=5, handoff=13):
    errors.append(f"question mix wrong: {len(qs)} {dict(mix)}")
want_langs = {"French", "German", "Spanish", "Italian", "Dutch", "Portuguese"}
if sum(v for k, v in langs.items() if k != "English") != 10 or set(langs) - {"English"} != want_langs:
    errors.append(f"language mix wrong: {dict(langs)}")
if set(lang_kinds) != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions must cover all three kinds")
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
