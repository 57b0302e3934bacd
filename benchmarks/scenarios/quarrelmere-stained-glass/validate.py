"""Check the quarrelmere-stained-glass scenario: counts, languages, and that every answer fact appears
(case-insensitively) in one of the sources it names or in the quote (including figures derived from it:
line totals, discounted unit prices, subtotal, VAT, total and per-year price of the 5-year aftercare plan).
Run: PYTHONPATH=<dir with reportlab/pypdf> python3 validate.py (also needs python-docx and openpyxl)."""
import json, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


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
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    out += [str(v), f"{v:,.2f}", f"{v:,.0f}" if float(v).is_integer() else ""]
                else:
                    out.append(str(v))
    return "\n".join(out)


def text_file(p):
    ext = p.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return text_docx(p)
    if ext == "pdf":
        return text_pdf(p)
    if ext == "xlsx":
        return text_xlsx(p)
    raw = open(p, encoding="utf-8").read()
    if ext in ("html", "htm"):
        raw = re.sub(r"<[^>]+>", " ", raw)
    return raw


def money(x):
    return [f"{x:,.2f}", f"{x:.2f}"]


def quote_text(q):
    parts = [q["number"], q["title"], q["buyer_company"], q["terms"], q["notes"], q["currency"]]
    subtotal = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = round(unit * li["quantity"], 2)
        subtotal += line
        parts += [li["sku"], li["name"], str(li["quantity"])] + money(li["unit_price"]) + money(unit) + money(line)
        if li["sku"].endswith("-5Y"):  # multi-year item: per-year figure
            parts += money(line / 5)
    subtotal = round(subtotal, 2)
    vat = round(subtotal * 0.20, 2)  # VAT rate stated in the quote terms
    assert "VAT at 20%" in q["terms"]
    parts += money(subtotal) + money(vat) + money(subtotal + vat)
    return "\n".join(parts), subtotal


def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json")))
    errors = []
    texts = {}
    for s in sc["sources"]:
        name = os.path.basename(s["path"])
        texts[name] = norm(text_file(os.path.join(HERE, s["path"])))
        if len(texts[name]) < 800:
            errors.append(f"source {name} too short ({len(texts[name])} chars)")
    qt, subtotal = quote_text(sc["quote"])
    texts["quote"] = norm(qt)
    types = {os.path.splitext(s["path"])[1] for s in sc["sources"]}
    if len(sc["sources"]) < 4 or len(types) < 4:
        errors.append("need four sources of four types")
    if not 5 <= len(sc["quote"]["line_items"]) <= 9:
        errors.append("quote needs 5-9 line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    if sc["quote"]["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    counts = {"answer": 0, "clarify": 0, "handoff": 0}
    non_en = {"answer": 0, "clarify": 0, "handoff": 0}
    ids = set()
    for q in qs:
        counts[q["expect"]] += 1
        if q["id"] in ids:
            errors.append(f"duplicate id {q['id']}")
        ids.add(q["id"])
        if q.get("language", "en") != "en":
            non_en[q["expect"]] += 1
            if q["language"] not in {"fr", "de", "es", "pt", "it", "nl"}:
                errors.append(f"{q['id']}: unexpected language {q['language']}")
        if q["expect"] == "answer":
            if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
                errors.append(f"{q['id']}: answer needs sources and 1-3 facts")
                continue
            for src in q["sources"]:
                if src not in texts:
                    errors.append(f"{q['id']}: unknown source {src}")
            for f in q["facts"]:
                if not any(norm(f) in texts.get(src, "") for src in q["sources"]):
                    errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or counts != want:
        errors.append(f"counts {counts} (total {len(qs)}), expected {want}")
    if sum(non_en.values()) != 10 or 0 in non_en.values():
        errors.append(f"non-English questions {non_en}: need 10 spread over all kinds")

    print(f"questions: {len(qs)} {counts}; non-English: {sum(non_en.values())} {non_en}")
    print(f"sources: {', '.join(f'{k} ({len(v)} chars)' for k, v in texts.items())}")
    print(f"quote subtotal before VAT: {subtotal:,.2f}")
    if errors:
        print("FAIL"); print("\n".join(" - " + e for e in errors)); sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
