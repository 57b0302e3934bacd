"""Check the sentrava-ups-power scenario: counts, languages, sources, and that every answer fact
appears (case-insensitively) in one of the sources the question names, or in the quote.

For `quote`, the searchable text is the quote JSON plus the figures a buyer can derive from it: per line the
discounted unit price and the line total, the quote total before VAT, VAT at 20% and the total with VAT, and
per-year figures for lines priced per contract year, each written as 1,234.56 and as 1,234 when whole.

Run: PYTHONPATH=/tmp/rl_ups /work/main/.venv/bin/python validate.py   (pypdf needed for the PDF)
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.extend(str(v) for v in row if v is not None)
    return "\n".join(out)


def text_html(p):
    from bs4 import BeautifulSoup
    return BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser").get_text(" ")


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
    s = [f"{x:,.2f}"]
    if abs(x - round(x)) < 1e-9:
        s.append(f"{round(x):,}")
    return s


def quote_text(q):
    figs = []
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        total += line
        figs += money(unit) + money(line)
    figs += money(total) + money(total * 0.2) + money(total * 1.2)
    # pairs of lines (e.g. strings + their monitoring) are common buyer sums
    lines = [li["unit_price"] * (1 - li["discount_percent"] / 100) * li["quantity"] for li in q["line_items"]]
    for i in range(len(lines)):
        for j in range(i + 1, len(lines)):
            figs += money(lines[i] + lines[j])
    return json.dumps(q, ensure_ascii=False) + "\n" + "\n".join(figs), total


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    errors = []

    texts = {}
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        texts[p.name] = extract(p)
        if len(texts[p.name]) < 1500:
            errors.append(f"source {p.name} looks too short ({len(texts[p.name])} chars)")
    exts = {Path(s["path"]).suffix.lower() for s in sc["sources"]}
    for need in (".docx", ".pdf", ".xlsx"):
        if need not in exts:
            errors.append(f"no {need} source")
    if not ({".md", ".html"} & exts):
        errors.append("no .md or .html source")
    qt, total = quote_text(sc["quote"])
    texts["quote"] = qt

    n = len(sc["quote"]["line_items"])
    if not 5 <= n <= 9:
        errors.append(f"quote has {n} line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    if sc["quote"]["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")

    from collections import Counter
    kinds = Counter(q["expect"] for q in qs)
    if len(qs) != 40 or kinds != Counter(answer=22, clarify=5, handoff=13):
        errors.append(f"counts wrong: {len(qs)} {dict(kinds)}")
    ids = [q["id"] for q in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    foreign = [q for q in qs if q.get("language")]
    if len(foreign) != 10:
        errors.append(f"{len(foreign)} non-English questions, need 10")
    if {q["expect"] for q in foreign} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions not spread over all three kinds")
    bad_lang = {q["language"] for q in foreign} - {"fr", "de", "es", "pt", "it", "nl"}
    if bad_lang:
        errors.append(f"unexpected languages {bad_lang}")

    for q in qs:
        if q["expect"] != "answer":
            continue
        if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
            errors.append(f"{q['id']}: needs sources and 1-3 facts")
            continue
        for s in q["sources"]:
            if s not in texts:
                errors.append(f"{q['id']}: unknown source {s}")
        for f in q["facts"]:
            where = [s for s in q["sources"] if f.lower() in texts.get(s, "").lower()]
            if not where:
                errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")

    print(f"quote total before VAT: {total:,.2f} GBP")
    print(f"questions: {len(qs)} {dict(kinds)}; non-English: {len(foreign)} "
          f"{dict(Counter(q['language'] for q in foreign))}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: every answer fact found in a named source")


if __name__ == "__main__":
    main()
