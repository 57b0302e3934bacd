"""Check the weidekamp-dairy-robotics scenario: counts, sources, and that every answer fact appears verbatim
(case-insensitively) in a named source or in the quote (including figures computed from the quote).
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (pypdf or the pdftotext CLI is needed for the PDF)."""
import json, os, re, subprocess, sys, zipfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TERM_YEARS = 3  # the quote's per-year items cover 3 years (see line names and notes)


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == "pdf":
        try:
            from pypdf import PdfReader
            return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
        except ImportError:
            return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    if ext == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, data_only=True)
        return "\n".join(" | ".join(str(v) for v in row if v is not None)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    raw = open(path, encoding="utf-8").read()
    if ext in ("html", "htm"):
        raw = re.sub(r"<[^>]+>", " ", raw)
    return raw


def money_forms(x):
    """'595,226.60', '595,226.6', '595,226', '595226.60', '595226' for a figure."""
    forms = {f"{x:,.2f}", f"{x:.2f}", f"{x:,.0f}" if x == int(x) else f"{int(x):,}", str(int(x))}
    forms.add(f"{x:,.2f}".rstrip("0").rstrip("."))
    return forms


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        total += line
        figures = [li["unit_price"], unit, line]
        if "per year" in li["name"]:
            figures.append(line / TERM_YEARS)
        for f in figures:
            parts.extend(money_forms(round(f, 2)))
    parts.extend(money_forms(round(total, 2)))
    return "\n".join(parts), round(total, 2)


def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    errors = []
    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("2-3 users expected")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    texts = {}
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}")
            continue
        texts[os.path.basename(p)] = text_of(p).lower()
    qt, total = quote_text(q)
    texts["quote"] = qt.lower()
    exts = {s["path"].rsplit(".", 1)[-1] for s in sc["sources"]}
    if not {"docx", "pdf", "xlsx"} <= exts or not ({"md", "html"} & exts):
        errors.append(f"source types incomplete: {exts}")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    kinds = Counter(x["expect"] for x in qs)
    if len(qs) != 40 or kinds != Counter(answer=22, clarify=5, handoff=13):
        errors.append(f"counts wrong: {len(qs)} {dict(kinds)}")
    foreign = [x for x in qs if x.get("language")]
    if len(foreign) != 10:
        errors.append(f"{len(foreign)} non-English questions, expected 10")
    if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions not spread across answer/clarify/handoff")
    if len({x["language"] for x in foreign}) < 5:
        errors.append("fewer than 5 non-English languages")
    for x in qs:
        if x["expect"] != "answer":
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f"{x['id']}: needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            where = [s for s in x["sources"] if f.lower() in texts.get(s, "")]
            if not where:
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")
    print(f"questions: {len(qs)} {dict(kinds)}; non-English: {len(foreign)} "
          f"{dict(Counter(x['language'] for x in foreign))}; quote total before tax: {q['currency']} {total:,.2f}")
    if errors:
        print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
