"""Validate the copperglen-still-refurbishment scenario.

Checks: scenario.json shape, the four sources exist and are of four types, 40 questions with 22 answer /
5 clarify / 13 handoff, 10 non-English, and every `facts` string of an answer question appears
(case-insensitively) in at least one of its named sources. For `quote`, the text searched is the quote's
JSON plus figures derived from it (net unit prices, line totals, total before VAT, VAT at 20%, total incl. VAT,
30% first payment), formatted as 1234, 1,234 and 1,234.00.
Run: /work/main/.venv/bin/python validate.py  (needs python-docx, openpyxl, pypdf: PYTHONPATH=/tmp/rl)
"""
import json, os, sys, zipfile, re

HERE = os.path.dirname(os.path.abspath(__file__))


def fmt(x):
    out = {f"{x:,.2f}", f"{x:.2f}"}
    if abs(x - round(x)) < 1e-9:
        out |= {f"{round(x):,}", str(round(x))}
    return " ".join(sorted(out))


def text_docx(p):
    import docx
    d = docx.Document(p)
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts += [c.text for c in r.cells]
    return "\n".join(parts)


def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)


def text_xlsx(p):
    import openpyxl
    wb = openpyxl.load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    parts.append(fmt(float(v)) + " " + str(v))
                else:
                    parts.append(str(v))
    return "\n".join(parts)


def text_html(p):
    return re.sub(r"<[^>]+>", " ", open(p, encoding="utf-8").read())


def extract(p):
    ext = p.rsplit(".", 1)[-1].lower()
    return {"docx": text_docx, "pdf": text_pdf, "xlsx": text_xlsx, "html": text_html,
            "htm": text_html}.get(ext, lambda q: open(q, encoding="utf-8").read())(p)


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False), q["terms"], q["notes"]]
    total = 0.0
    for li in q["line_items"]:
        net = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = net * li["quantity"]
        total += line
        parts += [fmt(li["unit_price"]), fmt(net), fmt(line), str(li["quantity"])]
    vat = total * 0.20
    parts += [fmt(total), fmt(vat), fmt(total + vat), fmt(total * 0.30)]
    return "\n".join(parts), total


def main():
    errors = []
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    q = sc["quote"]
    for k in ["number", "title", "owner", "buyer_company", "buyer_contacts", "currency", "created_on",
              "expires_on", "line_items", "terms", "notes"]:
        if k not in q:
            errors.append(f"quote missing {k}")
    if not (5 <= len(q["line_items"]) <= 9):
        errors.append("line_items must be 5-9")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    emails = {u["email"] for u in sc["users"]}
    if not (2 <= len(sc["users"]) <= 3) or q["owner"] not in emails:
        errors.append("users: 2-3 and owner must be one of them")
    texts, types = {}, set()
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {p}")
            continue
        types.add(p.rsplit(".", 1)[-1])
        texts[os.path.basename(p)] = extract(p).lower()
    if len(types) < 4:
        errors.append(f"need four source types, got {types}")
    qt, total = quote_text(q)
    texts["quote"] = qt.lower()

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    counts = {}
    for x in qs:
        counts[x["expect"]] = counts.get(x["expect"], 0) + 1
    nonen = [x for x in qs if x.get("language", "en") != "en"]
    ids = [x["id"] for x in qs]
    if len(qs) != 40: errors.append(f"{len(qs)} questions, want 40")
    if len(set(ids)) != len(ids): errors.append("duplicate ids")
    if counts != {"answer": 22, "clarify": 5, "handoff": 13}: errors.append(f"counts {counts}")
    if len(nonen) != 10: errors.append(f"{len(nonen)} non-English, want 10")
    if {x["expect"] for x in nonen} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions not spread across all three kinds")
    for x in qs:
        if x["expect"] != "answer":
            continue
        if not x.get("sources") or not (1 <= len(x.get("facts", [])) <= 3):
            errors.append(f"{x['id']}: needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            if not any(f.lower() in texts.get(s, "") for s in x["sources"]):
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")
    print(f"sources: {sorted(k for k in texts if k != 'quote')}")
    print(f"quote total before VAT: {total:,.2f} {q['currency']}")
    print(f"questions: {len(qs)} {counts}, non-English: {len(nonen)} "
          f"({sorted({x['language'] for x in nonen})})")
    if errors:
        print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
    print("OK: all answer facts found in their named sources")


if __name__ == "__main__":
    main()
