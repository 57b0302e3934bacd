"""Check the rotorvale-lab-centrifuges scenario: counts, languages, and that every answer fact appears verbatim
(case-insensitive) in one of the sources the question names, or in the quote (line items plus the derived figures a
quote page shows: net unit prices, line totals and the total before tax).

Run: /work/main/.venv/bin/python validate.py   (pypdf is used when importable; otherwise a built-in PDF text reader)
"""
import base64
import json
import re
import sys
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).lower()


def docx_text(p):
    from docx import Document
    d = Document(p)
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.extend(c.text for c in r.cells)
    return "\n".join(parts)


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def pdf_text(p):
    try:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    except ImportError:
        pass
    raw = Path(p).read_bytes()
    texts = []
    for m in re.finditer(rb"(?<!end)stream\r?\n(.*?)\s*endstream", raw, re.S):
        data2 = m.group(1)
        header = raw[max(0, m.start() - 300):m.start()]
        if b"ASCII85Decode" in header:
            body = data2.strip()
            if body.endswith(b"~>"):
                body = body[:-2]
            if body.startswith(b"<~"):
                body = body[2:]
            try:
                data2 = base64.a85decode(re.sub(rb"\s", b"", body))
            except Exception:
                continue
        if b"FlateDecode" in header:
            try:
                data2 = zlib.decompress(data2)
            except Exception:
                continue
        for s in re.findall(rb"\((.*?)(?<!\\)\)", data2, re.S):
            texts.append(s.replace(rb"\(", b"(").replace(rb"\)", b")").decode("latin-1"))
        texts.append("\n")
    return " ".join(texts)


def html_text(p):
    return re.sub(r"<[^>]+>", " ", Path(p).read_text(encoding="utf-8"))


def source_text(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        return docx_text(path)
    if ext == ".xlsx":
        return xlsx_text(path)
    if ext == ".pdf":
        return pdf_text(path)
    if ext in (".html", ".htm"):
        return html_text(path)
    return path.read_text(encoding="utf-8")


def money(x):
    return [f"{x:,.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}", f"{x:.2f}"]


def quote_text(q):
    parts = [q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"],
             q["terms"], q["notes"]]
    total = 0.0
    for li in q["line_items"]:
        net_unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(net_unit * li["quantity"], 2)
        total += line
        parts += [li["sku"], li["name"], str(li["quantity"]), f"{li['discount_percent']}%",
                  *money(li["unit_price"]), *money(net_unit), *money(line)]
    parts += money(round(total, 2))
    return "\n".join(parts), round(total, 2)


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
        if len(texts[p.name]) < 1500:
            errors.append(f"source {p.name} looks too short ({len(texts[p.name])} chars)")
    qtext, total = quote_text(sc["quote"])
    texts["quote"] = norm(qtext)
    types = Counter(Path(s["path"]).suffix for s in sc["sources"])
    for need in (".docx", ".pdf", ".xlsx"):
        if types[need] != 1:
            errors.append(f"expected one {need} source")
    if not any(s["type"] in ("kb_article", "url") for s in sc["sources"]):
        errors.append("expected a kb_article or url source")
    n_items = len(sc["quote"]["line_items"])
    if not 5 <= n_items <= 9:
        errors.append(f"{n_items} line items, expected 5-9")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("expected 2-3 users")
    if not all(isinstance(c, str) for c in sc["quote"]["buyer_contacts"]):
        errors.append("buyer_contacts must be strings")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [q["id"] for q in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    c = Counter(q["expect"] for q in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(c) != want:
        errors.append(f"counts {len(qs)} {dict(c)}, expected 40 {want}")
    non_en = [q for q in qs if q.get("language", "en") != "en"]
    if len(non_en) != 10:
        errors.append(f"{len(non_en)} non-English questions, expected 10")
    if {q["expect"] for q in non_en} != set(want):
        errors.append("non-English questions must be spread over answer/clarify/handoff")
    for q in qs:
        if q["expect"] != "answer":
            continue
        if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
            errors.append(f"{q['id']}: answer needs sources and 1-3 facts")
            continue
        for s in q["sources"]:
            if s not in texts:
                errors.append(f"{q['id']}: unknown source {s}")
        for f in q["facts"]:
            hits = [s for s in q["sources"] if s in texts and norm(f) in texts[s]]
            if not hits:
                errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")
    print(f"quote total before tax: {total:,.2f} {sc['quote']['currency']}")
    print(f"questions: {len(qs)} {dict(c)}; non-English: {len(non_en)} "
          f"{dict(Counter(q['language'] for q in non_en))}")
    if errors:
        print("FAILED:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
