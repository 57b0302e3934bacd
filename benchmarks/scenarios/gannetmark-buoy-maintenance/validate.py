"""Check the gannetmark-buoy-maintenance scenario.

Run with:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(python-docx and openpyxl from the venv; pypdf from the scratch folder or any environment)

Checks: scenario.json shape, source files exist, 40 questions with 22 answer / 5 clarify / 13 handoff,
10 non-English questions spread over the three kinds, and every answer fact appearing (case-insensitively,
whitespace-normalised) in at least one of the sources the question names, or in the quote. The quote text includes
the figures a quote page shows or a buyer derives by simple arithmetic: discounted unit prices, line totals, the
subtotal, VAT and total at the rate stated in the terms, and the per-year amount of any multi-year line.
"""
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
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
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f"{v:,.2f}")  # as displayed with the #,##0.00 format
                else:
                    cells.append(str(v))
            parts.append(" | ".join(cells))
    return "\n".join(parts)


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, data):
        self.out.append(data)


def text_html(p):
    h = _H()
    h.feed(p.read_text(encoding="utf-8"))
    return " ".join(h.out)


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
    parts = [json.dumps(q, ensure_ascii=False)]
    sub = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        total = round(unit * li["quantity"], 2)
        sub += total
        parts.append(f"{li['sku']} {li['name']}: {li['quantity']} x {money(li['unit_price'])} "
                     f"less {li['discount_percent']}% = {money(unit)} each, line total {money(total)}")
        m = re.search(r"(\d+)-year term", li["name"])
        if m:
            parts.append(f"{li['sku']} per year: {money(total / int(m.group(1)))}")
    sub = round(sub, 2)
    parts.append(f"Subtotal before VAT {money(sub)}")
    m = re.search(r"VAT[^.]*?(\d+)%", q["terms"])
    if m:
        rate = int(m.group(1))
        vat = round(sub * rate / 100, 2)
        parts.append(f"VAT {rate}% {money(vat)}; total including VAT {money(sub + vat)}")
    else:
        errors.append("no VAT rate found in terms")
    return "\n".join(parts)


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    for k in ("name", "description", "agent", "users", "quote", "sources"):
        if k not in sc:
            errors.append(f"scenario.json lacks {k}")
    q = sc["quote"]
    emails = {u["email"] for u in sc["users"]}
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("need 5-9 line items")
    if not any(li["discount_percent"] for li in q["line_items"]):
        errors.append("no discounts in quote")
    ha = sc["agent"]["handoff"]["assign_to"]
    if not (ha == "quote_owner" or (isinstance(ha, dict) and ha.get("teams"))):
        errors.append("bad handoff.assign_to")

    texts = {}
    types = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {s['path']}")
            continue
        types.add(p.suffix.lower())
        texts[p.name] = norm(text_of(p))
        if len(texts[p.name]) < 1500:
            errors.append(f"source {p.name} looks too short ({len(texts[p.name])} chars)")
    if len(types) < 4:
        errors.append(f"need four source types, have {sorted(types)}")
    texts["quote"] = norm(quote_text(q))

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    kinds = Counter(x["expect"] for x in qs)
    if len(qs) != 40:
        errors.append(f"expected 40 questions, got {len(qs)}")
    if kinds != Counter({"answer": 22, "clarify": 5, "handoff": 13}):
        errors.append(f"bad expectation counts {dict(kinds)}")
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    non_en = [x for x in qs if x.get("language", "en") != "en"]
    if len(non_en) != 10:
        errors.append(f"expected 10 non-English questions, got {len(non_en)}")
    if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions not spread over all kinds")

    for x in qs:
        if x["expect"] != "answer":
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            where = [s for s in x["sources"] if s in texts and norm(f) in texts[s]]
            if not where:
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

    print(f"questions: {len(qs)} {dict(kinds)}; non-English: {len(non_en)} "
          f"{dict(Counter(x['language'] for x in non_en))}; sources: {len(sc['sources'])} {sorted(types)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all answer facts found in their named sources or the quote")


if __name__ == "__main__":
    main()
