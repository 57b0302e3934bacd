"""Check the kassory-restaurant-pos scenario: counts, and that every answer fact appears in its named sources.

Run:  PYTHONPATH=/tmp/rl-pos /work/main/.venv/bin/python validate.py
PDF text is read with pypdf when importable; otherwise with a fallback that decodes the PDF's content streams.
"""
import base64
import json
import re
import sys
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def text_docx(p):
    import docx
    d = docx.Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def text_pdf(p):
    try:
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)
    except ImportError:
        raw = p.read_bytes()
        out = []
        for m in re.finditer(rb"stream\r?\n(.*?)endstream", raw, re.S):
            data = m.group(1)
            def a85(b):
                b = re.sub(rb"\s", b"", b)
                b = b[2:] if b.startswith(b"<~") else b
                return zlib.decompress(base64.a85decode(b[:-2] if b.endswith(b"~>") else b))
            for dec in (a85, lambda b: zlib.decompress(b), lambda b: b):
                try:
                    s = dec(data)
                    break
                except Exception:
                    continue
            for lit in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*T[jJ]", s):
                out.append(re.sub(rb"\\(.)", rb"\1", lit).decode("latin-1"))
        return " ".join(out)


def text_xlsx(p):
    import openpyxl
    wb = openpyxl.load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def text_html(p):
    return re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8"))


def money(x):
    return f"{x:,.2f}"


def quote_text(q):
    """The quote as a buyer sees it, plus the figures a buyer derives from it by simple arithmetic."""
    parts = [json.dumps(q, ensure_ascii=False)]
    total = hardware = subs = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        net = round(li["quantity"] * unit, 2)
        total += net
        parts.append(f'{li["sku"]}: unit {money(li["unit_price"])}, net unit {money(unit)}, line total {money(net)}')
        if li["sku"].startswith("KSY-SUB-"):
            subs += net
            parts.append(f'{li["sku"]} net per unit per month {money(unit / 12)}')
        elif li["sku"] != "KSY-INST-SITE":
            hardware += net
    parts.append(f"total before VAT {money(total)}")
    parts.append(f"hardware subtotal {money(hardware)}")
    parts.append(f"annual subscriptions subtotal {money(subs)}")
    return "\n".join(parts)


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    errors = []
    texts = {"quote": quote_text(sc["quote"])}
    types = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        ext = p.suffix.lower()
        types.add(ext if s["type"] != "kb_article" else "kb_article")
        texts[p.name] = {".docx": text_docx, ".pdf": text_pdf, ".xlsx": text_xlsx, ".html": text_html}.get(
            ext, lambda f: f.read_text(encoding="utf-8"))(p)
        if len(texts[p.name]) < 1500:
            errors.append(f"{p.name}: only {len(texts[p.name])} characters of text extracted")
    if len(sc["sources"]) < 4 or len(types) < 4:
        errors.append(f"need four sources in four types, got {types}")

    import openpyxl
    wb = openpyxl.load_workbook(HERE / "knowledge/kassory-price-and-spec-list-2025.xlsx")
    if len(wb.worksheets) < 2:
        errors.append("xlsx needs 2+ sheets")

    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote needs 5-9 line items")
    if not all(isinstance(c, str) for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be strings")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")

    qs = [json.loads(line) for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    counts = Counter(x["expect"] for x in qs)
    if len(qs) != 40 or counts != Counter(answer=22, clarify=5, handoff=13):
        errors.append(f"counts wrong: {len(qs)} {dict(counts)}")
    if len({x["id"] for x in qs}) != len(qs):
        errors.append("duplicate ids")
    langs = [x for x in qs if x.get("language") and x["language"] != "en"]
    if len(langs) != 10:
        errors.append(f"need 10 non-English questions, got {len(langs)}")
    for kind in ("answer", "clarify", "handoff"):
        if not any(x["expect"] == kind for x in langs):
            errors.append(f"no non-English {kind} question")

    for x in qs:
        if x["expect"] != "answer":
            if x.get("sources") or x.get("facts"):
                errors.append(f'{x["id"]}: only answers carry sources/facts')
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f'{x["id"]}: needs sources and 1-3 facts')
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f'{x["id"]}: unknown source {s}')
        hay = " ".join(texts.get(s, "") for s in x["sources"]).lower()
        for f in x["facts"]:
            if f.lower() not in hay:
                errors.append(f'{x["id"]}: fact {f!r} not found in {x["sources"]}')

    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print(f"OK: {len(qs)} questions {dict(counts)}, {len(langs)} non-English, "
          f"{len(sc['sources'])} sources, {len(q['line_items'])} line items")


if __name__ == "__main__":
    main()
