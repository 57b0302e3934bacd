"""Check the stellarquay-dome-projection scenario.

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
Checks: scenario.json shape, source files exist, 40 questions with the required mix (22 answer, 5 clarify,
13 handoff, 10 non-English spread across the three kinds), and that every answer fact appears
(case-insensitively) in one of the named sources or in the quote. The quote text includes the line items and the
figures a quote page shows: discounted unit prices, discount amounts, line totals and the total before VAT.
"""
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent


def text_docx(p):
    import docx
    d = docx.Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)


def text_xlsx(p):
    import openpyxl
    wb = openpyxl.load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f"{v:,}" if float(v).is_integer() and abs(v) >= 1000 else str(v))
                else:
                    cells.append(str(v))
            out.append(" | ".join(cells))
    return "\n".join(out)


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def text_html(p):
    h = _H()
    h.feed(p.read_text(encoding="utf-8"))
    return " ".join(h.parts)


def text_of(p):
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


def money(x):
    return f"{x:,.2f}"


def quote_text(q):
    lines = [q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"]]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"]
        disc = li.get("discount_percent", 0) or 0
        net_unit = round(unit * (1 - disc / 100), 2)
        line = round(net_unit * li["quantity"], 2)
        saving = round(unit * li["quantity"] - line, 2)
        total += line
        lines.append(f"{li['sku']} {li['name']} qty {li['quantity']} unit {money(unit)} discount {disc}% "
                     f"net unit {money(net_unit)} discount amount {money(saving)} line total {money(line)}")
    lines.append(f"Total before VAT {money(total)}")
    lines += [q["terms"], q["notes"]]
    return "\n".join(lines), total


def main():
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    for k in ("name", "description", "agent", "users", "quote", "sources"):
        if k not in sc:
            errors.append(f"scenario.json lacks {k}")
    emails = {u["email"] for u in sc["users"]}
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    q = sc["quote"]
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote needs 5-9 line items")
    ho = sc["agent"]["handoff"]["assign_to"]
    if ho != "quote_owner" and not (isinstance(ho, dict) and ho.get("teams")):
        errors.append("bad handoff.assign_to")

    texts = {}
    types = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {s['path']}")
            continue
        types.add(p.suffix.lower())
        if s["type"] == "kb_article" and not s.get("title"):
            errors.append(f"kb_article without title: {s['path']}")
        texts[p.name] = text_of(p)
        words = len(texts[p.name].split())
        print(f"  {p.name}: {words} words")
    for need in (".docx", ".pdf", ".xlsx"):
        if need not in types:
            errors.append(f"no {need} source")
    if not ({".md", ".html"} & types):
        errors.append("no Markdown or HTML source")
    qtext, total = quote_text(q)
    texts["quote"] = qtext
    print(f"  quote total before VAT: {money(total)}")

    rows = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    counts = {"answer": 0, "clarify": 0, "handoff": 0}
    foreign = {"answer": 0, "clarify": 0, "handoff": 0}
    ids = set()
    for r in rows:
        if r["id"] in ids:
            errors.append(f"duplicate id {r['id']}")
        ids.add(r["id"])
        e = r["expect"]
        counts[e] += 1
        if r.get("language") and r["language"] != "en":
            foreign[e] += 1
        if e == "answer":
            if not r.get("sources") or not 1 <= len(r.get("facts", [])) <= 3:
                errors.append(f"{r['id']}: answer needs sources and 1-3 facts")
                continue
            for s in r["sources"]:
                if s not in texts:
                    errors.append(f"{r['id']}: unknown source {s}")
            for fact in r["facts"]:
                hits = [s for s in r["sources"] if fact.lower() in texts.get(s, "").lower()]
                if not hits:
                    errors.append(f"{r['id']}: fact {fact!r} not found in {r['sources']}")
    expected = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(rows) != 40:
        errors.append(f"{len(rows)} questions, expected 40")
    if counts != expected:
        errors.append(f"counts {counts}, expected {expected}")
    nf = sum(foreign.values())
    if nf != 10 or not all(foreign.values()):
        errors.append(f"non-English questions {foreign}, expected 10 spread across all kinds")
    langs = sorted({r["language"] for r in rows if r.get("language")})
    print(f"  counts {counts}; non-English {foreign} in {langs}")
    if errors:
        print("FAIL")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
