"""Validate the brinholm-seagate-maintenance scenario.
Checks counts and shape of scenario.json / questions.jsonl, and that every `answer` fact appears (case-insensitively)
in at least one of the sources the question names (text extracted from docx/pdf/xlsx/md/html) or in the quote
(its fields plus derived figures: line totals, discounted unit prices, list total, discount, subtotal, VAT, total).
Run: PYTHONPATH=/tmp/rl python3 validate.py   (pypdf needed for the PDF)."""
import json, os, re, sys, zipfile, html
from collections import Counter
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(m): errors.append(m)

def docx_text(p):
    with zipfile.ZipFile(p) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    return "\n".join("".join(t.text or "" for t in para.iter(ns + "t")) for para in root.iter(ns + "p"))

def xlsx_text(p):
    from openpyxl import load_workbook
    out = []
    for ws in load_workbook(p, data_only=True).worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None: continue
                if isinstance(v, float):
                    cells.append(f"{v:.2f} {v:g} {v:,.2f}")
                else:
                    cells.append(str(v))
            out.append(" | ".join(cells))
    return "\n".join(out)

def pdf_text(p):
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)

def html_text(p):
    return html.unescape(re.sub(r"<[^>]+>", " ", open(p, encoding="utf-8").read()))

def source_text(p):
    ext = p.rsplit(".", 1)[-1].lower()
    if ext == "docx": return docx_text(p)
    if ext == "xlsx": return xlsx_text(p)
    if ext == "pdf": return pdf_text(p)
    if ext in ("html", "htm"): return html_text(p)
    return open(p, encoding="utf-8").read()

def money(x):
    return f"{x:,.2f} {x:.2f}"

def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    list_total = net_total = 0.0
    for li in q["line_items"]:
        gross = li["quantity"] * li["unit_price"]
        unit_net = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        net = round(gross * (1 - li["discount_percent"] / 100), 2)
        list_total += gross; net_total += net
        parts.append(f"{li['sku']}: list line {money(gross)}; discounted unit {money(unit_net)}; line total {money(net)}")
        if "2-year" in li["name"] or "2Y" in li["sku"]:
            parts.append(f"{li['sku']} per year {money(net / 2)}")
    vat_rate = 0.20
    vat = round(net_total * vat_rate, 2)
    parts.append(f"list total {money(list_total)}; total discount {money(list_total - net_total)}; "
                 f"subtotal before VAT {money(net_total)}; VAT {money(vat)}; total incl. VAT {money(net_total + vat)}")
    return "\n".join(parts)

sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
q = sc["quote"]
if not 5 <= len(q["line_items"]) <= 9: err("line items must be 5-9")
if not 2 <= len(sc["users"]) <= 3: err("need 2-3 users")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]): err("buyer_contacts must be e-mail strings")
if q["owner"] not in {u["email"] for u in sc["users"]}: err("quote owner is not a user")
ah = sc["agent"]["handoff"]["assign_to"]
if not (ah == "quote_owner" or (isinstance(ah, dict) and ah.get("teams"))): err("bad handoff.assign_to")

texts = {"quote": quote_text(q)}
exts = set()
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p): err(f"missing source {s['path']}"); continue
    if s["type"] == "kb_article" and not s.get("title"): err(f"kb_article without title: {s['path']}")
    exts.add(p.rsplit(".", 1)[-1].lower())
    t = source_text(p)
    if len(t) < 1500: err(f"source too short ({len(t)} chars): {s['path']}")
    texts[os.path.basename(p)] = re.sub(r"\s+", " ", t)  # PDF extraction breaks lines mid-phrase
for need in ("docx", "pdf", "xlsx"):
    if need not in exts: err(f"no .{need} source")
if not ({"md", "html"} & exts): err("no md/html source")
from openpyxl import load_workbook
for s in sc["sources"]:
    if s["path"].endswith(".xlsx") and len(load_workbook(os.path.join(HERE, s["path"])).worksheets) < 2:
        err("xlsx needs 2+ sheets")

qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
counts = Counter(x["expect"] for x in qs)
if len(qs) != 40: err(f"{len(qs)} questions, want 40")
if counts != Counter({"answer": 22, "clarify": 5, "handoff": 13}): err(f"bad mix {dict(counts)}")
if len({x["id"] for x in qs}) != len(qs): err("duplicate ids")
foreign = [x for x in qs if x.get("language")]
if len(foreign) != 10: err(f"{len(foreign)} non-English questions, want 10")
if not {x["language"] for x in foreign} <= {"fr", "de", "es", "pt", "it", "nl"}: err("unexpected language code")
if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}: err("non-English not spread over all kinds")
checked = 0
for x in qs:
    if x["expect"] != "answer": continue
    if not x.get("sources"): err(f"{x['id']}: no sources"); continue
    if not 1 <= len(x.get("facts", [])) <= 3: err(f"{x['id']}: need 1-3 facts")
    for s in x["sources"]:
        if s not in texts: err(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        hits = [s for s in x["sources"] if s in texts and f.lower() in texts[s].lower()]
        checked += 1
        if not hits: err(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"questions: {len(qs)} {dict(counts)}; non-English: {len(foreign)} "
      f"{dict(Counter((x['expect'], x['language']) for x in foreign))}")
print(f"sources: {sorted(k for k in texts if k != 'quote')}; facts checked: {checked}")
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
