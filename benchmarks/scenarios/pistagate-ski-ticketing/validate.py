"""Check the pistagate-ski-ticketing scenario: structure, counts, and that every answer fact is backed.

A fact is backed when it appears (case-insensitively) in the text of one of the question's named sources. For
`quote`, the text is the quote's fields plus the figures a reader can derive from the line items: discounted unit
prices, line totals, the total before tax, and per-year figures (multi-year line total / years).
Run: python validate.py   (pypdf may live in a scratch folder: PYPDF_PATH=/tmp/skigate_rl)
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

for extra in filter(None, [os.environ.get("PYPDF_PATH"), os.environ.get("RL_PATH"), "/tmp/skigate_rl"]):
    if os.path.isdir(extra) and extra not in sys.path:
        sys.path.append(extra)

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def fmt(x):
    out = {f"{x:,.2f}", f"{x:.2f}"}
    if abs(x - round(x)) < 1e-9:
        out |= {f"{round(x):,}", str(round(x))}
    return out


def text_docx(p):
    import docx
    d = docx.Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    try:
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)
    except ImportError:
        return subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True, check=True).stdout


def text_xlsx(p):
    import openpyxl
    wb = openpyxl.load_workbook(p)
    parts = []
    for ws in wb.worksheets:
        parts.append(f"## {ws.title}")
        for row in ws.iter_rows():
            cells = []
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and "#,##0.00" in (c.number_format or ""):
                    cells.append(f"{v:,.2f}")
                else:
                    cells.append(str(v))
            if cells:
                parts.append(" | ".join(cells))
    return "\n".join(parts)


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def text_html(p):
    s = _Strip()
    s.feed(Path(p).read_text(encoding="utf-8"))
    return " ".join(s.parts)


def extract(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return text_docx(p)
    if ext == ".pdf":
        return text_pdf(p)
    if ext == ".xlsx":
        return text_xlsx(p)
    if ext in (".html", ".htm"):
        return text_html(p)
    return p.read_text(encoding="utf-8")


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False), q["terms"], q["notes"]]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"]
        disc_unit = unit * (1 - li["discount_percent"] / 100)
        line = disc_unit * li["quantity"]
        total += line
        figs = set()
        for v in (unit, disc_unit, line, line / li["quantity"]):
            figs |= fmt(v)
        m = re.search(r"(\d+)[- ]month", li["name"])
        if m:
            figs |= fmt(line / (int(m.group(1)) / 12))
        parts.append(" ".join(sorted(figs)))
    parts.append(" ".join(sorted(fmt(total))))
    return "\n".join(parts), total


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    # structure
    if not 2 <= len(sc["users"]) <= 3:
        err("users: need 2-3")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails:
        err("quote owner is not a user")
    if not (isinstance(q["buyer_contacts"], list) and all(isinstance(x, str) and "@" in x for x in q["buyer_contacts"])):
        err("buyer_contacts must be a list of e-mail strings")
    if not 5 <= len(q["line_items"]) <= 9:
        err("line items: need 5-9")
    ho = sc["agent"]["handoff"]["assign_to"]
    if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
        err("handoff.assign_to invalid")
    if isinstance(ho, dict):
        teams = {t for u in sc["users"] for t in u["teams"]}
        for t in ho["teams"]:
            if t not in teams:
                err(f"handoff team {t} has no user")

    texts = {}
    kinds = Counter()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            err(f"missing source {p}")
            continue
        if s["type"] == "kb_article" and not s.get("title"):
            err(f"kb_article without title: {p.name}")
        kinds[p.suffix.lower()] += 1
        texts[p.name] = extract(p).lower()
        if len(texts[p.name]) < 1500:
            err(f"source {p.name} looks too thin ({len(texts[p.name])} chars)")
    for needed in (".docx", ".pdf", ".xlsx"):
        if not kinds[needed]:
            err(f"no {needed} source")
    if not (kinds[".md"] or kinds[".html"]):
        err("no markdown or html source")
    import openpyxl
    if len(openpyxl.load_workbook(next(HERE.glob("knowledge/*.xlsx"))).worksheets) < 2:
        err("xlsx needs 2+ sheets")
    qt, total = quote_text(q)
    texts["quote"] = qt.lower()

    # questions
    qs = [json.loads(line) for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    exp = Counter(x["expect"] for x in qs)
    if len(qs) != 40:
        err(f"{len(qs)} questions, need 40")
    if exp != Counter(answer=22, clarify=5, handoff=13):
        err(f"expect counts {dict(exp)}")
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    non_en = [x for x in qs if x.get("language", "en") != "en"]
    if len(non_en) != 10:
        err(f"{len(non_en)} non-English questions, need 10")
    if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
        err("non-English questions must be spread across answer/clarify/handoff")
    if not {x["language"] for x in non_en} <= {"fr", "de", "es", "pt", "it", "nl"}:
        err("unexpected language code")
    for x in qs:
        if x["expect"] != "answer":
            if x.get("facts") or x.get("sources"):
                err(f"{x['id']}: non-answer question carries sources/facts")
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            err(f"{x['id']}: answer needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                err(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            if not any(f.lower() in texts.get(s, "") for s in x["sources"]):
                err(f"{x['id']}: fact {f!r} not found in {x['sources']}")

    print(f"questions: {len(qs)} {dict(exp)}; non-English: {len(non_en)} {dict(Counter(x['language'] for x in non_en))}")
    print(f"sources: {dict(kinds)}; quote total before tax: {total:,.2f} {q['currency']}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
