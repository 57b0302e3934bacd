"""Validate the serenvale-mortuary-refrigeration scenario.
Checks counts (40 questions: 22 answer / 5 clarify / 13 handoff, 10 non-English spread over the three kinds),
the scenario shape, and that every answer fact appears (case-insensitively) in one of the sources it names,
where `quote` means the quote JSON plus figures derived from it (line totals, discounted unit prices,
grand total, payment instalments, per-year amounts).
Run: /work/main/.venv/bin/python validate.py   (pypdf optional; a built-in fallback reads the PDF streams)"""
import base64, json, re, sys, zlib
from pathlib import Path

HERE = Path(__file__).parent
errors = []


def fmt(x):
    out = {f"{x:,.2f}", f"{x:.2f}"}
    if abs(x - round(x)) < 1e-9:
        out |= {f"{round(x):,}", f"{round(x)}"}
    return out


def pdf_text(p):
    try:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    except ImportError:
        raw = p.read_bytes()
        parts = []
        for m in re.finditer(rb"[^d]stream\r?\n(.*?)endstream", raw, re.S):
            data = m.group(1)
            for dec in (lambda d: zlib.decompress(base64.a85decode(d.strip().removeprefix(b"<~").removesuffix(b"~>"))),
                        lambda d: zlib.decompress(d), lambda d: d):
                try:
                    txt = dec(data)
                    break
                except Exception:
                    continue
            for s in re.findall(rb"\((.*?)(?<!\\)\)\s*Tj", txt, re.S):
                parts.append(s.replace(rb"\(", b"(").replace(rb"\)", b")").decode("latin-1"))
        return " ".join(parts)


def docx_text(p):
    from docx import Document
    d = Document(str(p))
    t = [para.text for para in d.paragraphs]
    for tb in d.tables:
        for row in tb.rows:
            t.append(" | ".join(c.text for c in row.cells))
    return "\n".join(t)


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(str(p), data_only=True)
    t = []
    for ws in wb.worksheets:
        t.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            t.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(t), len(wb.worksheets)


def html_text(p):
    from bs4 import BeautifulSoup
    return BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser").get_text(" ")


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]

# ---- scenario shape
if not 2 <= len(sc["users"]) <= 3:
    errors.append("users must be 2-3")
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("line items must be 5-9")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
if q["owner"] not in {u["email"] for u in sc["users"]}:
    errors.append("quote owner is not a user")

# ---- source texts
texts = {}
kinds = set()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {p}")
        continue
    ext = p.suffix.lower()
    kinds.add(ext)
    if ext == ".pdf":
        texts[p.name] = pdf_text(p)
    elif ext == ".docx":
        texts[p.name] = docx_text(p)
    elif ext == ".xlsx":
        texts[p.name], nsheets = xlsx_text(p)
        if nsheets < 2:
            errors.append("xlsx needs 2+ sheets")
    elif ext in (".md", ".markdown"):
        texts[p.name] = p.read_text(encoding="utf-8")
    elif ext in (".html", ".htm"):
        texts[p.name] = html_text(p)
    if len(texts.get(p.name, "")) < 500:
        errors.append(f"{p.name}: extracted text too short ({len(texts.get(p.name, ''))} chars)")
if len(kinds) < 4:
    errors.append(f"need four source types, have {sorted(kinds)}")

# ---- quote text plus derived figures
derived = []
total = 0.0
for li in q["line_items"]:
    unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
    line = round(unit * li["quantity"], 2)
    total += line
    derived += list(fmt(round(unit, 2))) + list(fmt(line))
    m = re.search(r"(\d+)-year", li["name"])
    if m:  # multi-year item priced for the whole term: per-year figure
        derived += list(fmt(round(unit / int(m.group(1)), 2)))
    if "per year" in li["name"]:
        derived += list(fmt(round(unit, 2)))
total = round(total, 2)
derived += list(fmt(total)) + list(fmt(round(total * 1.2, 2)))
for pct in (40, 50, 10):
    derived += list(fmt(round(total * pct / 100, 2)))
# body positions in the quote: 6 per MC-6 (from the spec) times quantity
derived += [str(6 * q["line_items"][0]["quantity"])]
texts["quote"] = json.dumps(q, ensure_ascii=False) + "\n" + " ".join(derived)

# ---- questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
from collections import Counter
kinds_q = Counter(x["expect"] for x in qs)
if len(qs) != 40:
    errors.append(f"need 40 questions, have {len(qs)}")
if kinds_q != Counter({"answer": 22, "clarify": 5, "handoff": 13}):
    errors.append(f"bad split {dict(kinds_q)}")
if len({x['id'] for x in qs}) != len(qs):
    errors.append("duplicate ids")
non_en = [x for x in qs if x.get("language", "en") != "en"]
if len(non_en) != 10:
    errors.append(f"need 10 non-English questions, have {len(non_en)}")
if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions must be spread over answer/clarify/handoff")
for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
        continue
    for src in x["sources"]:
        if src not in texts:
            errors.append(f"{x['id']}: unknown source {src}")
    for f in x["facts"]:
        hits = [s for s in x["sources"] if f.lower() in texts.get(s, "").lower()]
        if not hits:
            errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"quote total before VAT: {total:,.2f}")
print(f"questions: {len(qs)} {dict(kinds_q)}, non-English: {len(non_en)} {dict(Counter(x['expect'] for x in non_en))}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
