"""Check the surgivane-theatre-pendants scenario: counts, languages, sources, and that every answer fact
appears (case-insensitively) in one of the named sources or in the quote (including derived quote figures).

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def text_html(p):
    return re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8"))


def source_text(p):
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
    x = round(x, 2)
    forms = {f"{x:,.2f}", f"{x:.2f}"}
    if x == int(x):
        forms |= {f"{int(x):,}", str(int(x))}
    return forms


def quote_text(q):
    """Raw quote JSON plus derived figures: discounted unit prices, line totals, subtotal, per-year figures."""
    parts = [json.dumps(q, ensure_ascii=False)]
    subtotal = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        subtotal += line
        parts += money(unit) | money(line)
        m = re.search(r"-(\d+)Y$", li["sku"])
        if m:
            parts += money(line / int(m.group(1))) | money(unit / int(m.group(1)))
    parts += money(subtotal)
    return "\n".join(parts), subtotal


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    errors = []
    texts = {}
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        texts[p.name] = norm(source_text(p))
    types = Counter(Path(s["path"]).suffix for s in sc["sources"])
    for ext in (".docx", ".pdf", ".xlsx"):
        if types[ext] != 1:
            errors.append(f"expected one {ext} source, found {types[ext]}")
    if not any(s["type"] == "kb_article" for s in sc["sources"]) and not any(s["type"] == "url" for s in sc["sources"]):
        errors.append("need a kb_article or url source")
    from openpyxl import load_workbook
    xl = [HERE / s["path"] for s in sc["sources"] if s["path"].endswith(".xlsx")]
    if xl and len(load_workbook(xl[0]).worksheets) < 2:
        errors.append("xlsx needs 2+ sheets")
    qt, subtotal = quote_text(sc["quote"])
    texts["quote"] = norm(qt)

    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote needs 5-9 line items")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    kinds = Counter(x["expect"] for x in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(kinds) != want:
        errors.append(f"counts: {len(qs)} questions, {dict(kinds)}; want 40 and {want}")
    foreign = [x for x in qs if x.get("language") and x["language"] != "en"]
    if len(foreign) != 10:
        errors.append(f"{len(foreign)} non-English questions, want 10")
    fkinds = Counter(x["expect"] for x in foreign)
    if set(fkinds) != set(want):
        errors.append(f"non-English questions not spread over all kinds: {dict(fkinds)}")

    for x in qs:
        if x["expect"] != "answer":
            if x.get("sources") or x.get("facts"):
                errors.append(f"{x['id']}: only answer questions carry sources/facts")
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f"{x['id']}: needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        pool = " \n ".join(texts.get(s, "") for s in x["sources"])
        for f in x["facts"]:
            if norm(f) not in pool:
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

    print(f"questions: {len(qs)} {dict(kinds)}; non-English: {len(foreign)} "
          f"{dict(Counter(x['language'] for x in foreign))} over {dict(fkinds)}")
    print(f"quote subtotal before tax: {subtotal:,.2f} {q['currency']}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
