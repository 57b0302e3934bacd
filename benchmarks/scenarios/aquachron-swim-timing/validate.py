"""Check the aquachron-swim-timing scenario: counts, languages, sources and that every answer fact appears verbatim
(case-insensitively) in at least one of the sources named for it. `quote` is checked against a rendering of the
quote that includes, per line, the discounted unit price and line total, and the total before VAT."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.append(os.environ.get("RL_PATH", "/tmp/rl"))


def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" | ".join(c.text for c in r.cells))
    return "\n".join(parts)


def text_pdf(p):
    try:
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(p)
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    except ImportError:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(p).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def text_file(p):
    ext = p.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return text_docx(p)
    if ext == "pdf":
        return text_pdf(p)
    if ext == "xlsx":
        return text_xlsx(p)
    return open(p, encoding="utf-8").read()


def money(x):
    return f"{x:,.2f}"


def quote_text(q):
    lines = [q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"]]
    total = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        total += line
        lines.append(f'{li["sku"]} {li["name"]} qty {li["quantity"]} unit {money(li["unit_price"])} '
                     f'discount {li["discount_percent"]}% net unit {money(unit)} line total {money(line)}')
    lines.append(f"Total before VAT {money(total)}")
    lines += [q["terms"], q["notes"]]
    return "\n".join(lines), total


def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    errors = []
    texts = {}
    types = set()
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}")
            continue
        texts[os.path.basename(p)] = text_file(p).lower()
        types.add(p.rsplit(".", 1)[-1])
    qt, total = quote_text(sc["quote"])
    texts["quote"] = qt.lower()
    print(f"quote total before VAT: {money(total)}")

    if not {"docx", "pdf", "xlsx"} <= types or not (types & {"md", "html"}):
        errors.append(f"source types incomplete: {sorted(types)}")
    from openpyxl import load_workbook
    xl = [s for s in sc["sources"] if s["path"].endswith(".xlsx")]
    if xl and len(load_workbook(os.path.join(HERE, xl[0]["path"])).sheetnames) < 2:
        errors.append("xlsx needs 2+ sheets")
    n_items = len(sc["quote"]["line_items"])
    if not 5 <= n_items <= 9:
        errors.append(f"{n_items} line items, expected 5-9")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("expected 2-3 users")
    if not all(isinstance(c, str) for c in sc["quote"]["buyer_contacts"]):
        errors.append("buyer_contacts must be strings")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    counts = {}
    for q in qs:
        counts[q["expect"]] = counts.get(q["expect"], 0) + 1
    non_en = [q for q in qs if q.get("language") and q["language"] != "en"]
    expected = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or counts != expected:
        errors.append(f"counts {len(qs)} {counts}, expected 40 {expected}")
    if len(non_en) != 10:
        errors.append(f"{len(non_en)} non-English questions, expected 10")
    if len({q["expect"] for q in non_en}) != 3:
        errors.append("non-English questions must be spread over answer/clarify/handoff")
    if len({q["id"] for q in qs}) != len(qs):
        errors.append("duplicate ids")

    for q in qs:
        if q["expect"] != "answer":
            continue
        srcs = q.get("sources") or []
        facts = q.get("facts") or []
        if not srcs or not 1 <= len(facts) <= 3:
            errors.append(f"{q['id']}: needs sources and 1-3 facts")
        for s in srcs:
            if s not in texts:
                errors.append(f"{q['id']}: unknown source {s}")
        for f in facts:
            if not any(f.lower() in texts.get(s, "") for s in srcs):
                errors.append(f"{q['id']}: fact {f!r} not found in {srcs}")

    print(f"questions: {len(qs)} {counts}; non-English: {len(non_en)} "
          f"({', '.join(sorted({q['language'] for q in non_en}))})")
    if errors:
        print("FAILED")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
