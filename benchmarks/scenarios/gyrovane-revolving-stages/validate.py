"""Validate the gyrovane-revolving-stages scenario.

Checks: scenario.json shape, 5-9 line items, four sources in four formats, 40 questions with 22 answer / 5 clarify /
13 handoff, 10 non-English questions spread over all three kinds, and that every fact of every `answer` question
appears (case-insensitively) in at least one of the sources it names. The quote's searchable text is its JSON plus the
figures a quote page shows: discounted unit prices, line totals, the total before VAT, VAT, total incl. VAT and the
payment-schedule amounts, each formatted with thousands separators.

Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(p).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def text_html(p):
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.out = []

        def handle_data(self, d):
            self.out.append(d)

    h = P()
    h.feed(Path(p).read_text(encoding="utf-8"))
    return " ".join(h.out)


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


def money(x):
    s = f"{x:,.2f}"
    return [s, s[:-3] if s.endswith(".00") else s, f"{x:.2f}", str(int(round(x)))]


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        total += line
        parts += money(li["unit_price"]) + money(unit) + money(line)
    vat = total * 0.21
    parts += money(total) + money(vat) + money(total + vat)
    for pct in (0.30, 0.40, 0.25, 0.05):
        parts += money(total * pct)
    return "\n".join(parts), total


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    for k in ("name", "description", "agent", "users", "quote", "sources"):
        if k not in sc:
            errors.append(f"scenario.json lacks {k}")
    q = sc["quote"]
    n_items = len(q["line_items"])
    if not 5 <= n_items <= 9:
        errors.append(f"{n_items} line items, expected 5-9")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    emails = {u["email"] for u in sc["users"]}
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("expected 2-3 users")
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")
    ho = sc["agent"]["handoff"]["assign_to"]
    if ho != "quote_owner" and not (isinstance(ho, dict) and ho.get("teams")):
        errors.append("bad handoff.assign_to")

    texts = {"quote": None}
    qt, total = quote_text(q)
    texts["quote"] = norm(qt)
    exts = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {s['path']}")
            continue
        if s["type"] == "kb_article" and not s.get("title"):
            errors.append(f"kb_article without title: {s['path']}")
        exts.add(p.suffix.lower())
        t = extract(p)
        if len(t) < 800:
            errors.append(f"{p.name}: only {len(t)} characters of text")
        texts[p.name] = norm(t)
    for need in (".docx", ".pdf", ".xlsx"):
        if need not in exts:
            errors.append(f"no {need} source")
    if not ({".md", ".html"} & exts):
        errors.append("no .md or .html source")
    if len(sc["sources"]) < 4:
        errors.append("fewer than 4 sources")

    lines = [l for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    qs = [json.loads(l) for l in lines]
    counts = {"answer": 0, "clarify": 0, "handoff": 0}
    foreign = {"answer": 0, "clarify": 0, "handoff": 0}
    ids = set()
    for x in qs:
        if x["id"] in ids:
            errors.append(f"duplicate id {x['id']}")
        ids.add(x["id"])
        e = x["expect"]
        counts[e] += 1
        if x.get("language") and x["language"] != "en":
            foreign[e] += 1
        if e == "answer":
            srcs = x.get("sources") or []
            facts = x.get("facts") or []
            if not srcs or not 1 <= len(facts) <= 3:
                errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
            for s in srcs:
                if s not in texts:
                    errors.append(f"{x['id']}: unknown source {s}")
            for f in facts:
                if not any(norm(f) in texts.get(s, "") for s in srcs):
                    errors.append(f"{x['id']}: fact {f!r} not found in {srcs}")
    if len(qs) != 40:
        errors.append(f"{len(qs)} questions, expected 40")
    if counts != {"answer": 22, "clarify": 5, "handoff": 13}:
        errors.append(f"counts {counts}, expected 22/5/13")
    if sum(foreign.values()) != 10 or not all(foreign.values()):
        errors.append(f"non-English per kind {foreign}, expected 10 spread over all kinds")

    print(f"line items: {n_items}, total before VAT: {total:,.2f} {q['currency']}")
    print(f"questions: {len(qs)} {counts}; non-English: {foreign}")
    print(f"sources: {sorted(k for k in texts if k != 'quote')}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
