"""Validate the carrowell-bedhead-nursecall scenario.

Checks: scenario.json shape, the four sources exist and are of four types, 40 questions with 22 answer /
5 clarify / 13 handoff, 10 non-English, and every fact of an `answer` question appears (case-insensitively) in
the text of at least one of its named sources. For `quote`, the quote's text is its JSON plus the figures a quote
page displays or a buyer derives by simple arithmetic (discounted unit prices, line totals, subtotals, VAT,
total with VAT, per-year service cost, payment milestones); these are computed here, not typed in.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (pypdf or reportlab-free fallback for PDF text)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def text_docx(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts += [c.text for c in r.cells]
    return "\n".join(parts)


def text_pdf(path):
    try:
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    except ImportError:
        import subprocess
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout


def text_xlsx(path):
    from openpyxl import load_workbook
    wb = load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                if isinstance(v, float):
                    out.append(f"{v:.2f}")
                    out.append(f"{v:,.2f}")
                out.append(str(v))
    return "\n".join(out)


def text_html(path):
    raw = open(path, encoding="utf-8").read()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", raw))


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    return {"docx": text_docx, "pdf": text_pdf, "xlsx": text_xlsx, "html": text_html}.get(
        ext, lambda p: open(p, encoding="utf-8").read())(path)


def money(x):
    s = [f"{x:,.2f}", f"{x:.2f}"]
    if abs(x - round(x)) < 1e-9:
        s += [f"{x:,.0f}", f"{x:.0f}"]
    return s


def quote_text(q):
    figs = []
    total = 0.0
    groups = {}
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        total += line
        figs += money(unit) + money(line)
        groups.setdefault(li["sku"].split("-")[0], []).append(line)
        if li["sku"].startswith("SVC-CARE-3Y"):
            figs += money(line / 3)  # per year over the 3-year term
    total = round(total, 2)
    figs += money(total)
    for prefix, lines in groups.items():
        figs += money(round(sum(lines), 2))
    m = re.search(r"VAT at (\d+)%", q["terms"])
    vat = int(m.group(1)) / 100
    figs += money(round(total * vat, 2)) + money(round(total * (1 + vat), 2))
    for pct in re.findall(r"(\d+)% on ", q["terms"]):
        figs += money(round(total * int(pct) / 100, 2))
    return json.dumps(q, ensure_ascii=False) + "\n" + "\n".join(figs)


def main():
    errors = []
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails or not 2 <= len(sc["users"]) <= 3:
        errors.append("owner must be one of 2-3 users")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    texts = {"quote": quote_text(q)}
    exts = set()
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}")
            continue
        exts.add(p.rsplit(".", 1)[-1])
        texts[os.path.basename(p)] = text_of(p)
    if len(sc["sources"]) != 4 or len(exts) != 4:
        errors.append(f"need four sources of four types, got {sorted(exts)}")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    counts = {k: sum(1 for x in qs if x["expect"] == k) for k in ("answer", "clarify", "handoff")}
    if len(qs) != 40 or counts != {"answer": 22, "clarify": 5, "handoff": 13}:
        errors.append(f"counts wrong: {len(qs)} {counts}")
    if len({x["id"] for x in qs}) != len(qs):
        errors.append("duplicate ids")
    foreign = [x for x in qs if x.get("language")]
    if len(foreign) != 10:
        errors.append(f"need 10 non-English questions, got {len(foreign)}")
    if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions must be spread across answer/clarify/handoff")
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
            if not any(f.lower() in texts.get(s, "").lower() for s in x["sources"]):
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print(f"OK: {len(qs)} questions {counts}, {len(foreign)} non-English, "
          f"{sum(len(x.get('facts', [])) for x in qs)} facts verified in {len(texts)} texts")


if __name__ == "__main__":
    main()
