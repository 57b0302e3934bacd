"""Check the stratagrow-vertical-farms scenario: files, counts, and that every answer fact is in its sources.

Run with: /work/main/.venv/bin/python validate.py   (PDF text needs pypdf, pdfminer.six or pdftotext)
"""
import json
import re
import subprocess
import sys
import zipfile
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def docx_text(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def pdf_text(p):
    try:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)
    except ImportError:
        pass
    try:
        from pdfminer.high_level import extract_text
        return extract_text(str(p))
    except ImportError:
        pass
    try:
        return subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pass
    # last resort, enough for reportlab output: decode ASCII85/Flate content streams, collect Tj/TJ strings
    import base64
    import zlib
    raw = p.read_bytes()
    out = []
    for m in re.finditer(rb"<<((?:(?!>>).)*?)>>\s*stream\r?\n(.*?)\s*endstream", raw, re.S):
        head, data = m.group(1), m.group(2)
        try:
            if b"ASCII85Decode" in head:
                a85 = data.strip()
                a85 = a85[2:] if a85.startswith(b"<~") else a85
                a85 = a85[:-2] if a85.endswith(b"~>") else a85
                data = base64.a85decode(re.sub(rb"\s", b"", a85))
            if b"FlateDecode" in head:
                data = zlib.decompress(data)
        except Exception:
            continue
        for t in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*T[jJ]", data):
            t = re.sub(rb"\\([0-7]{1,3})", lambda x: bytes([int(x.group(1), 8)]), t)
            t = re.sub(rb"\\(.)", rb"\1", t)
            out.append(t.decode("cp1252", errors="replace"))
    return "\n".join(out)


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.extend(str(v) for v in row if v is not None)
    return "\n".join(parts)


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, data):
        self.out.append(data)


def html_text(p):
    h = _H()
    h.feed(p.read_text(encoding="utf-8"))
    return " ".join(h.out)


def source_text(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return docx_text(p)
    if ext == ".pdf":
        return pdf_text(p)
    if ext == ".xlsx":
        return xlsx_text(p)
    if ext in (".html", ".htm"):
        return html_text(p)
    return p.read_text(encoding="utf-8")


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2011", "-")
    return re.sub(r"\s+", " ", s).lower()


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False), q["terms"], q["notes"]]
    subtotal = 0.0
    gross = 0.0
    for li in q["line_items"]:
        unit_net = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = round(unit_net * li["quantity"], 2)
        gross += li["unit_price"] * li["quantity"]
        subtotal += line
        parts += [f"{li['unit_price']:,.2f}", f"{unit_net:,.2f}", f"{line:,.2f}"]
    vat_rate = 0.21
    parts += [f"{subtotal:,.2f}", f"{gross - subtotal:,.2f}", f"{subtotal * vat_rate:,.2f}",
              f"{subtotal * (1 + vat_rate):,.2f}", f"{gross:,.2f}"]
    return "\n".join(parts), subtotal


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    n_items = len(q["line_items"])
    if not 5 <= n_items <= 9:
        err(f"quote has {n_items} line items, expected 5-9")
    users = {u["email"] for u in sc["users"]}
    if not 2 <= len(users) <= 3:
        err(f"{len(users)} users, expected 2-3")
    if q["owner"] not in users:
        err("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        err("buyer_contacts must be e-mail strings")

    texts = {}
    types = Counter()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            err(f"missing source {s['path']}")
            continue
        texts[p.name] = norm(source_text(p))
        types[p.suffix.lower() if s["type"] == "file" else s["type"]] += 1
        if len(texts[p.name]) < 1500:
            err(f"source {p.name} has little text ({len(texts[p.name])} chars)")
    for need in (".docx", ".pdf", ".xlsx"):
        if not types[need]:
            err(f"no {need} source")
    if not (types["kb_article"] or types["url"]):
        err("no kb_article or url source")
    from openpyxl import load_workbook
    for s in sc["sources"]:
        if s["path"].endswith(".xlsx") and len(load_workbook(HERE / s["path"]).sheetnames) < 2:
            err("xlsx needs 2+ sheets")
    qt, subtotal = quote_text(q)
    texts["quote"] = norm(qt)

    rows = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    exp = Counter(r["expect"] for r in rows)
    if len(rows) != 40:
        err(f"{len(rows)} questions, expected 40")
    for k, n in (("answer", 22), ("clarify", 5), ("handoff", 13)):
        if exp[k] != n:
            err(f"{exp[k]} {k} questions, expected {n}")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    non_en = [r for r in rows if r.get("language", "en") != "en"]
    if len(non_en) != 10:
        err(f"{len(non_en)} non-English questions, expected 10")
    langs = Counter(r["language"] for r in non_en)
    if not set(langs) <= {"fr", "de", "es", "pt", "it", "nl"}:
        err(f"unexpected languages {langs}")
    for k in ("answer", "clarify", "handoff"):
        if not any(r["expect"] == k for r in non_en):
            err(f"no non-English {k} question")

    for r in rows:
        if r["expect"] != "answer":
            continue
        if not r.get("sources") or not r.get("facts") or not 1 <= len(r["facts"]) <= 3:
            err(f"{r['id']}: answer needs sources and 1-3 facts")
            continue
        for s in r["sources"]:
            if s not in texts:
                err(f"{r['id']}: unknown source {s}")
        pool = " ".join(texts.get(s, "") for s in r["sources"])
        for f in r["facts"]:
            if norm(f) not in pool:
                err(f"{r['id']}: fact {f!r} not found in {r['sources']}")
        for s in r["sources"]:
            if s in texts and not any(norm(f) in texts[s] for f in r["facts"]):
                err(f"{r['id']}: source {s} holds none of the facts")

    print(f"quote subtotal before VAT: {subtotal:,.2f} EUR; questions {dict(exp)}; non-English {dict(langs)}")
    print(f"sources: {sorted(k for k in texts if k != 'quote')}")
    if errors:
        print("FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
