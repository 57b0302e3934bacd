"""Check the altivo-facade-gondolas scenario: counts, languages, and that every answer fact appears
(case-insensitively) in one of the sources it names or in the quote (including figures computed from it).

PDF text extraction needs pypdf; if it is not installed it is looked up in /tmp/rl_scratch
(pip install --target /tmp/rl_scratch pypdf).
"""
import json
import os
import re
import sys
from collections import Counter

sys.path.append("/tmp/rl_scratch")
HERE = os.path.dirname(os.path.abspath(__file__))


def docx_text(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def fmt_number(v):
    out = [str(v)]
    if isinstance(v, float) and v.is_integer():
        v = int(v)
        out.append(str(v))
    if isinstance(v, int):
        out.append(f"{v:,}")
    else:
        out.append(f"{v:,.2f}")
    return " ".join(out)


def xlsx_text(path):
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
                cells.append(fmt_number(v) if isinstance(v, (int, float)) else str(v))
            parts.append(" | ".join(cells))
    return "\n".join(parts)


def html_text(path):
    from bs4 import BeautifulSoup
    return BeautifulSoup(open(path, encoding="utf-8").read(), "html.parser").get_text(" ")


def source_text(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".docx":
        return docx_text(path)
    if ext == ".pdf":
        return pdf_text(path)
    if ext == ".xlsx":
        return xlsx_text(path)
    if ext in (".html", ".htm"):
        return html_text(path)
    return open(path, encoding="utf-8").read()


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        total += line
        parts += [fmt_number(round(unit, 2)), fmt_number(round(line, 2))]
    parts += ["total " + fmt_number(round(total, 2)), "total incl. VAT " + fmt_number(round(total * 1.21, 2))]
    return "\n".join(parts)


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    errors = []
    texts = {}
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}")
            continue
        texts[os.path.basename(p)] = norm(source_text(p))
    texts["quote"] = norm(quote_text(sc["quote"]))
    types = {os.path.splitext(s["path"])[1] for s in sc["sources"]}
    for need in (".docx", ".pdf", ".xlsx"):
        if need not in types:
            errors.append(f"no {need} source")
    if not ({".md", ".html"} & types):
        errors.append("no Markdown or HTML source")

    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")

    rows = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    counts = Counter(r["expect"] for r in rows)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(rows) != 40 or dict(counts) != want:
        errors.append(f"counts {dict(counts)} total {len(rows)}, want {want} total 40")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    langs = Counter(r.get("language") for r in rows if r.get("language"))
    if sum(langs.values()) != 10:
        errors.append(f"need 10 non-English questions, have {sum(langs.values())}")
    non_en_by_expect = Counter(r["expect"] for r in rows if r.get("language"))
    for e in want:
        if non_en_by_expect[e] == 0:
            errors.append(f"no non-English {e} question")

    for r in rows:
        if r["expect"] != "answer":
            continue
        if not r.get("sources") or not 1 <= len(r.get("facts", [])) <= 3:
            errors.append(f"{r['id']}: answer needs sources and 1-3 facts")
            continue
        for s in r["sources"]:
            if s not in texts:
                errors.append(f"{r['id']}: unknown source {s}")
        for f in r["facts"]:
            if not any(norm(f) in texts.get(s, "") for s in r["sources"]):
                errors.append(f"{r['id']}: fact {f!r} not found in {r['sources']}")

    print(f"questions: {dict(counts)}; languages: {dict(langs)}; non-English by expect: {dict(non_en_by_expect)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
