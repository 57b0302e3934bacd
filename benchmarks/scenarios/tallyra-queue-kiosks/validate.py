"""Check the tallyra-queue-kiosks scenario: counts, languages, and that every answer fact appears verbatim
(case-insensitively) in the named sources or in the quote.

The quote text is scenario.json's quote plus figures derived from it as the quote page shows them: each line's
discounted unit price and line total, the total before tax, and the yearly recurring total (software licence and
maintenance lines). Numbers are rendered with a thousands comma and without trailing ".00".

Run: /work/main/.venv/bin/python validate.py   (pypdf is used when importable; otherwise a built-in PDF reader)
"""
import json
import re
import sys
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/tmp/rl")  # optional scratch install of pypdf/reportlab


def pdf_text(path):
    try:
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    except ImportError:
        pass
    import base64
    data = path.read_bytes()
    chunks = []
    for m in re.finditer(rb"<<((?:(?!<<|stream).)*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        head, raw = m.group(1), m.group(2).strip()
        try:
            if b"ASCII85Decode" in head:
                raw = raw[2:] if raw.startswith(b"<~") else raw
                raw = base64.a85decode(raw[:-2] if raw.endswith(b"~>") else raw)
            if b"FlateDecode" in head:
                raw = zlib.decompress(raw)
        except Exception:
            continue
        for op in re.finditer(rb"\[(.*?)\]\s*TJ|\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            if op.group(1) is not None:
                pieces = re.findall(rb"\(((?:\\.|[^\\)])*)\)", op.group(1))
                t = b"".join(pieces)
            else:
                t = op.group(2)
            t = re.sub(rb"\\([()\\])", rb"\1", t)
            chunks.append(t.decode("latin-1"))
    return " ".join(chunks)


def docx_text(path):
    from docx import Document
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.extend(c.text for c in r.cells)
    return "\n".join(parts)


def xlsx_text(path):
    from openpyxl import load_workbook
    wb = load_workbook(str(path), data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def html_text(path):
    return re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))


def source_text(path):
    ext = path.suffix.lower()
    if ext == ".pdf":
        return pdf_text(path)
    if ext == ".docx":
        return docx_text(path)
    if ext == ".xlsx":
        return xlsx_text(path)
    if ext in (".html", ".htm"):
        return html_text(path)
    return path.read_text(encoding="utf-8")


def money(x):
    s = f"{x:,.2f}"
    return s[:-3] if s.endswith(".00") else s


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    recurring = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = round(unit * li["quantity"], 2)
        total += line
        if li["sku"].startswith(("TQ-SW-", "TQ-SLA-")):
            recurring += line
        parts += [f"{li['sku']} unit after discount {money(unit)} line total {money(line)}"]
    parts += [f"total before tax {money(total)}", f"yearly recurring {money(recurring)}"]
    return "\n".join(parts), total, recurring


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


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
        texts[p.name] = norm(source_text(p))
        if len(texts[p.name]) < 1500:
            errors.append(f"source {p.name} has too little text ({len(texts[p.name])} chars)")
    qt, total, recurring = quote_text(sc["quote"])
    texts["quote"] = norm(qt)
    types = Counter(Path(s["path"]).suffix for s in sc["sources"])
    if len(types) != 4:
        errors.append(f"expected 4 source types, got {dict(types)}")

    n_items = len(sc["quote"]["line_items"])
    if not 5 <= n_items <= 9:
        errors.append(f"{n_items} line items, expected 5-9")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("expected 2-3 users")
    emails = {u["email"] for u in sc["users"]}
    if sc["quote"]["owner"] not in emails:
        errors.append("quote owner is not a user")

    counts = Counter(q["expect"] for q in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(counts) != want:
        errors.append(f"counts {len(qs)} {dict(counts)} != 40 {want}")
    ids = [q["id"] for q in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    langs = Counter(q.get("language") for q in qs if q.get("language"))
    if sum(langs.values()) != 10:
        errors.append(f"{sum(langs.values())} non-English questions, expected 10")
    for exp in want:
        if not any(q.get("language") for q in qs if q["expect"] == exp):
            errors.append(f"no non-English {exp} question")

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
            if not any(norm(f) in texts.get(s, "") for s in q["sources"]):
                errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")

    print(f"questions: {len(qs)} {dict(counts)}; languages: {dict(langs)}")
    print(f"sources: {', '.join(f'{k} ({len(v)} chars)' for k, v in texts.items())}")
    print(f"quote total before tax: {money(total)}; yearly recurring: {money(recurring)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
