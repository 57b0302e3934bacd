"""Check the veridicta-courtroom-recording scenario: counts, languages, and that every answer fact appears
(case-insensitively) in one of the named sources or in the quote (including figures derived from the quote:
net unit prices, line totals, subtotal, VAT, grand total, per-year figures of multi-year items)."""
import json, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/tmp/rl")  # pypdf, if installed there


def docx_text(p):
    from docx import Document
    d = Document(p)
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts += [c.text for c in r.cells]
    return "\n".join(parts)


def pdf_text(p):
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)


def xlsx_text(p):
    from openpyxl import load_workbook
    out = []
    for ws in load_workbook(p, data_only=True).worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    out += [str(v), f"{v:,.2f}", f"{v:,.0f}"]
                else:
                    out.append(str(v))
    return "\n".join(out)


def html_text(p):
    return re.sub(r"<[^>]+>", " ", open(p, encoding="utf-8").read())


def money(v):
    return f"{v:,.2f} {v:.2f}"


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False), q["terms"], q["notes"]]
    subtotal = 0.0
    for li in q["line_items"]:
        unit_net = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit_net * li["quantity"], 2)
        subtotal += line
        parts += [money(li["unit_price"]), money(unit_net), money(line)]
        m = re.search(r"(\d+) years", li["name"])
        if m:  # per-year figure of a multi-year item
            parts.append(money(round(unit_net / int(m.group(1)), 2)))
    vat = round(subtotal * 0.21, 2)
    parts += [money(subtotal), money(vat), money(round(subtotal + vat, 2))]
    return "\n".join(parts)


def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    texts = {}
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        ext = p.rsplit(".", 1)[-1].lower()
        fn = {"docx": docx_text, "pdf": pdf_text, "xlsx": xlsx_text, "html": html_text}.get(ext)
        texts[os.path.basename(p)] = fn(p) if fn else open(p, encoding="utf-8").read()
    texts["quote"] = quote_text(sc["quote"])
    errors = []
    for name, t in texts.items():
        if len(t.strip()) < 200:
            errors.append(f"source {name} has too little text")
    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    counts = {}
    for q in qs:
        counts[q["expect"]] = counts.get(q["expect"], 0) + 1
        if q["expect"] == "answer":
            if not q.get("sources") or not (1 <= len(q.get("facts", [])) <= 3):
                errors.append(f"{q['id']}: answer needs sources and 1-3 facts")
            for s in q.get("sources", []):
                if s not in texts:
                    errors.append(f"{q['id']}: unknown source {s}")
            for f in q.get("facts", []):
                if not any(f.lower() in texts[s].lower() for s in q.get("sources", []) if s in texts):
                    errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")
    non_en = [q for q in qs if q.get("language") and q["language"] != "en"]
    by_expect = {e: sum(1 for q in non_en if q["expect"] == e) for e in ("answer", "clarify", "handoff")}
    if len(qs) != 40:
        errors.append(f"{len(qs)} questions, expected 40")
    if counts != {"answer": 22, "clarify": 5, "handoff": 13}:
        errors.append(f"counts {counts}, expected answer 22 / clarify 5 / handoff 13")
    if len(non_en) != 10 or min(by_expect.values()) == 0:
        errors.append(f"non-English questions {len(non_en)} {by_expect}, expected 10 spread over all kinds")
    if len({q["id"] for q in qs}) != len(qs):
        errors.append("duplicate ids")
    li = sc["quote"]["line_items"]
    if not 5 <= len(li) <= 9:
        errors.append(f"{len(li)} line items, expected 5-9")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("expected 2-3 users")
    kinds = {os.path.splitext(s["path"])[1] for s in sc["sources"]}
    print(f"sources: {', '.join(f'{k} ({len(v)} chars)' for k, v in texts.items())}")
    print(f"questions: {len(qs)} {counts}; non-English: {len(non_en)} {by_expect} "
          f"languages {sorted({q['language'] for q in non_en})}; source types {sorted(kinds)}")
    if errors:
        print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
