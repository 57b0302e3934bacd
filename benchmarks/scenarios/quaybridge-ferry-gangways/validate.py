"""Check the quaybridge-ferry-gangways scenario for internal consistency.

Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(python-docx and openpyxl from the venv; pypdf comes with the scratch reportlab install in /tmp/rl)

Checks: scenario.json shape, source files and formats, question counts (40 = 22 answer / 5 clarify / 13 handoff,
10 non-English spread over the three kinds), every answer fact present (case-insensitively) in at least one of the
sources the question names (the quote counts as a source: its fields plus the figures a quote page shows, i.e. net
unit prices, line totals and the grand total; quote arithmetic beyond that is recomputed in DERIVED), and that the
handoff questions built on missing knowledge really are not answered by any source.
"""
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def money(x):
    return f"{x:,.2f}"


# ------------------------------------------------------------------ text extraction
def text_docx(p):
    import docx
    d = docx.Document(str(p))
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    try:
        import pypdf
    except ImportError:
        sys.exit("pypdf missing: run with PYTHONPATH=/tmp/rl")
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(p)).pages)


def text_xlsx(p):
    import openpyxl
    wb = openpyxl.load_workbook(str(p), data_only=True)
    check(len(wb.sheetnames) >= 2, f"{p.name}: needs 2+ sheets")
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f"{v} {v:,}")  # raw and with thousands separator, as a reader would show it
                else:
                    cells.append(str(v))
            parts.append(" | ".join(cells))
    return "\n".join(parts)


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, data):
        self.out.append(data)


def text_html(p):
    s = _Strip()
    s.feed(p.read_text(encoding="utf-8"))
    return " ".join(s.out)


def text_md(p):
    return p.read_text(encoding="utf-8")


EXTRACT = {".docx": text_docx, ".pdf": text_pdf, ".xlsx": text_xlsx, ".html": text_html, ".md": text_md}

# ------------------------------------------------------------------ scenario.json
sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
for k in ("name", "description", "agent", "users", "quote", "sources"):
    check(k in sc, f"scenario.json: missing {k}")
check(2 <= len(sc["users"]) <= 3, "users: need 2-3")
emails = {u["email"] for u in sc["users"]}
for u in sc["users"]:
    check(u["role"] in ("super_admin", "sales_rep"), f"user {u['email']}: bad role")
ho = sc["agent"]["handoff"]
check(ho["assign_to"] == "quote_owner" or isinstance(ho["assign_to"], dict), "handoff.assign_to")
check(ho.get("owner_unavailable_message") and ho.get("all_unavailable_message"), "handoff messages")
q = sc["quote"]
check(q["owner"] in emails, "quote owner is not a user")
check(all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]), "buyer_contacts must be e-mail strings")
check(5 <= len(q["line_items"]) <= 9, "quote: need 5-9 line items")
check(any(li["discount_percent"] for li in q["line_items"]), "quote: no discounts")
check(q["created_on"] < q["expires_on"], "quote dates")

# quote as a source: its fields plus the figures a quote page displays
total = 0.0
qparts = [json.dumps(q, ensure_ascii=False)]
for li in q["line_items"]:
    net = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
    line = round(net * li["quantity"], 2)
    total += line
    qparts.append(f"{li['sku']} {li['name']} qty {li['quantity']} unit {money(li['unit_price'])} "
                  f"discount {li['discount_percent']}% net unit {money(net)} line total {money(line)}")
qparts.append(f"total {money(total)} {q['currency']}")
texts = {"quote": norm("\n".join(qparts))}

# quote arithmetic a correct answer needs beyond what the page shows (recomputed, not typed in)
gold = next(li for li in q["line_items"] if li["sku"] == "QB-SVC-GLD")
gold_years = 3
gold_per_year_both = gold["unit_price"] * (1 - gold["discount_percent"] / 100) * gold["quantity"] / gold_years
DERIVED = {"q09": {"27,232": f"{gold_per_year_both:,.0f}"}}

# knowledge sources
kinds = set()
names = set()
for s in sc["sources"]:
    p = HERE / s["path"]
    check(p.exists(), f"missing source {s['path']}")
    check(s["type"] in ("file", "url", "kb_article"), f"bad source type {s['type']}")
    if s["type"] == "kb_article":
        check(s.get("title"), f"kb_article {s['path']} needs a title")
    if s["type"] == "url":
        check(p.suffix == ".html", "url sources must be .html")
    if not p.exists():
        continue
    kinds.add(p.suffix)
    names.add(p.name)
    texts[p.name] = norm(EXTRACT[p.suffix](p))
    check(len(texts[p.name]) > 1500, f"{p.name}: too little text ({len(texts[p.name])} chars)")
check({".docx", ".pdf", ".xlsx"} <= kinds and (".md" in kinds or ".html" in kinds), f"source formats: {kinds}")

# ------------------------------------------------------------------ questions
qs = [json.loads(line) for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
check(len(qs) == 40, f"questions: {len(qs)} != 40")
check(len({x["id"] for x in qs}) == len(qs), "duplicate ids")
count = {"answer": 0, "clarify": 0, "handoff": 0}
foreign = {"answer": 0, "clarify": 0, "handoff": 0}
for x in qs:
    e = x["expect"]
    check(e in count, f"{x['id']}: bad expect {e}")
    count[e] += 1
    if x.get("language"):
        check(x["language"] in ("fr", "de", "es", "pt", "it", "nl"), f"{x['id']}: language {x['language']}")
        foreign[e] += 1
    if e != "answer":
        continue
    check(x.get("sources"), f"{x['id']}: answer without sources")
    check(1 <= len(x.get("facts", [])) <= 3, f"{x['id']}: need 1-3 facts")
    for s in x["sources"]:
        check(s == "quote" or s in names, f"{x['id']}: unknown source {s}")
    for fact in x["facts"]:
        derived = DERIVED.get(x["id"], {})
        if fact in derived:
            check(derived[fact] == fact, f"{x['id']}: derived fact {fact!r} != recomputed {derived[fact]!r}")
            continue
        found = any(norm(fact) in texts.get(s, "") for s in x["sources"])
        check(found, f"{x['id']}: fact {fact!r} not in {x['sources']}")

check(count == {"answer": 22, "clarify": 5, "handoff": 13}, f"counts {count}")
check(sum(foreign.values()) == 10, f"non-English: {sum(foreign.values())} != 10")
check(all(foreign.values()), f"non-English not spread over all kinds: {foreign}")

# handoffs that rest on knowledge the sources do not have: make sure it really is absent
ABSENT = {
    "q25": ["rexroth", "parker", "manufacturer"],        # pump brand of QB-HPU-15R
    "q28": ["co2", "carbon", "footprint"],               # CO2 footprint
    "q38": ["reference", "installed at", "norwegian ferry"],  # reference installations
    "q40": ["lifetime", "operating hours", "l70"],        # LED lifetime
}
alltext = " ".join(texts.values())
for qid, words in ABSENT.items():
    check(next(x for x in qs if x["id"] == qid)["expect"] == "handoff", f"{qid} should be handoff")
    for w in words:
        check(w not in alltext, f"{qid}: {w!r} appears in the sources, so the handoff may be answerable")

# clarify questions: both readings must be in the sources with different answers
CLARIFY_PAIRS = {
    "q04": [("Quaybridge_Price_List_2026.xlsx", "41800"), ("Quaybridge_Price_List_2026.xlsx", "76500")],
    "q10": [("Service_Schedule_Silver_Gold.docx", "4 hours"), ("Service_Schedule_Silver_Gold.docx", "12 hours")],
    "q15": [("Quaybridge_Price_List_2026.xlsx", "14300"), ("Quaybridge_Price_List_2026.xlsx", "5900")],
    "q23": [("Service_Schedule_Silver_Gold.docx", "eur 640"), ("Service_Schedule_Silver_Gold.docx", "eur 1,180")],
    "q30": [("TG-24_Technical_Specification.pdf", "20 m/s"), ("TG-24_Technical_Specification.pdf", "45 m/s")],
}
for qid, pairs in CLARIFY_PAIRS.items():
    check(next(x for x in qs if x["id"] == qid)["expect"] == "clarify", f"{qid} should be clarify")
    for src, s in pairs:
        check(s in texts[src], f"{qid}: {s!r} not in {src}")

if errors:
    print("FAILED")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(qs)} questions {count}, non-English {foreign}, quote total {money(total)} {q['currency']}, "
      f"sources {sorted(names)}")
