"""Check the cyclonar-dust-extraction scenario: counts, languages and that every answer fact is in its sources.

    /work/main/.venv/bin/python validate.py        (pypdf is used when importable, else a small built-in reader)
"""
import base64
import json
import re
import sys
import zlib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def pdf_text(p):
    try:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    except ImportError:
        pass
    raw = p.read_bytes()
    streams = []
    for m in re.finditer(rb"<<((?:(?!>>).)*?)>>\s*stream\r?\n(.*?)\s*endstream", raw, re.S):
        data = m.group(2)
        if b"ASCII85Decode" in m.group(1):
            try:
                data = base64.a85decode(data.strip(), adobe=data.strip().startswith(b"<~"))
            except ValueError:
                try:
                    data = base64.a85decode(data.strip().removesuffix(b"~>"))
                except ValueError:
                    continue
        if b"FlateDecode" in m.group(1):
            try:
                data = zlib.decompress(data)
            except zlib.error:
                continue
        streams.append(data)
    out = []
    for s in streams:
        for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", s):
            t = m.group(1)
            t = re.sub(rb"\\([0-7]{1,3})", lambda x: bytes([int(x.group(1), 8)]), t)
            t = re.sub(rb"\\(.)", rb"\1", t)
            out.append(t.decode("latin-1"))
    return " ".join(out)


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def html_text(p):
    h = _H()
    h.feed(p.read_text(encoding="utf-8"))
    return " ".join(h.parts)


def money(x):
    return f"{x:,.2f}"


def quote_text(q):
    parts = [q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"]]
    subtotal = list_total = 0.0
    for li in q["line_items"]:
        net_unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(net_unit * li["quantity"], 2)
        subtotal += line
        list_total += li["unit_price"] * li["quantity"]
        parts.append(f'{li["sku"]} {li["name"]} qty {li["quantity"]} unit {money(li["unit_price"])} '
                     f'discount {li["discount_percent"]}% net unit {money(net_unit)} line total {money(line)}')
    parts.append(f"Subtotal before tax {money(subtotal)}; total discount {money(list_total - subtotal)}")
    parts += [q["terms"], q["notes"]]
    return "\n".join(parts)


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    errors = []
    readers = {".docx": docx_text, ".pdf": pdf_text, ".xlsx": xlsx_text, ".md": lambda p: p.read_text(encoding="utf-8"),
               ".html": html_text}
    texts = {}
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        texts[p.name] = norm(readers[p.suffix](p))
    texts["quote"] = norm(quote_text(sc["quote"]))
    if len({Path(s["path"]).suffix for s in sc["sources"]}) < 4:
        errors.append("fewer than four source types")

    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails or not 2 <= len(sc["users"]) <= 3:
        errors.append("owner must be one of 2-3 users")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")

    rows = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    c = Counter(r["expect"] for r in rows)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(rows) != 40 or dict(c) != want:
        errors.append(f"counts {len(rows)} {dict(c)} != 40 {want}")
    if len({r["id"] for r in rows}) != len(rows):
        errors.append("duplicate ids")
    langs = Counter(r.get("language") for r in rows if r.get("language"))
    if sum(langs.values()) != 10:
        errors.append(f"non-English questions: {sum(langs.values())} != 10")
    for kind in want:
        if not any(r.get("language") for r in rows if r["expect"] == kind):
            errors.append(f"no non-English {kind} question")
    for r in rows:
        if r["expect"] != "answer":
            continue
        if not r.get("sources") or not 1 <= len(r.get("facts", [])) <= 3:
            errors.append(f'{r["id"]}: needs sources and 1-3 facts')
            continue
        for s in r["sources"]:
            if s not in texts:
                errors.append(f'{r["id"]}: unknown source {s}')
        pool = " ".join(texts.get(s, "") for s in r["sources"])
        for f in r["facts"]:
            if norm(f) not in pool:
                errors.append(f'{r["id"]}: fact {f!r} not found in {r["sources"]}')
    print(f"questions: {len(rows)} {dict(c)}; languages: {dict(langs)}; sources: {list(texts)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
