"""Check the harvestline-grain-systems scenario: counts, sources, and that every answer fact
appears (case-insensitively) in one of the sources the question names, or in the quote
(its text plus figures computed from it: discounted unit prices, line totals, grand total)."""
import base64
import json
import os
import re
import sys
import zipfile
import zlib
from html.parser import HTMLParser

sys.path.append(os.environ.get("GRAINLIB", "/tmp/grainlib"))
HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fr", "de", "es", "pt", "it", "nl"}


def docx_text(p):
    with zipfile.ZipFile(p) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>|</w:tc>", "\n", xml)
    return re.sub(r"<[^>]+>", "", xml)


def pdf_text(p):
    try:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)
    except ImportError:  # no pypdf: decode the streams and read the Tj text operators
        raw = open(p, "rb").read()
        out = []
        for m in re.finditer(rb"stream\r?\n(.*?)endstream", raw, re.S):
            data = m.group(1).strip()
            if data.endswith(b"~>"):  # ASCII85 (reportlab's default), then Flate
                data = base64.a85decode(data[:-2].replace(b"\n", b""))
            try:
                data = zlib.decompress(data)
            except zlib.error:
                pass
            out += [s.decode("latin-1") for s in re.findall(rb"\((.*?)(?<!\\)\)\s*Tj", data)]
        return " ".join(out).replace("\\(", "(").replace("\\)", ")")


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, read_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                out.append(str(v))
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append(f"{v:,}")
    return "\n".join(out)


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, d):
        self.parts.append(d)


def html_text(p):
    h = _H()
    h.feed(open(p, encoding="utf-8").read())
    return " ".join(h.parts)


def source_text(p):
    ext = p.rsplit(".", 1)[-1].lower()
    return {"docx": docx_text, "pdf": pdf_text, "xlsx": xlsx_text, "html": html_text,
            "md": lambda q: open(q, encoding="utf-8").read()}[ext](p)


def money(x):
    forms = {f"{x:,.2f}", f"{x:.2f}"}
    if abs(x - round(x)) < 1e-9:
        forms |= {f"{round(x):,}", f"{round(x)}"}
    return forms


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        total += line
        parts += money(li["unit_price"]) | money(unit) | money(line)
    parts += money(total)
    return "\n".join(parts), total


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def main():
    errors = []
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    q = sc["quote"]
    texts = {}
    types = set()
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}")
            continue
        texts[os.path.basename(p)] = norm(source_text(p))
        types.add(p.rsplit(".", 1)[-1].lower())
    for need in ("docx", "pdf", "xlsx"):
        if need not in types:
            errors.append(f"no .{need} source")
    if not types & {"md", "html"}:
        errors.append("no Markdown or HTML source")
    qt, total = quote_text(q)
    texts["quote"] = norm(qt)

    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("2-3 users expected")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")

    rows = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    counts = {"answer": 0, "clarify": 0, "handoff": 0}
    ids = set()
    nonen = {"answer": 0, "clarify": 0, "handoff": 0}
    for r in rows:
        if r["id"] in ids:
            errors.append(f"duplicate id {r['id']}")
        ids.add(r["id"])
        counts[r["expect"]] += 1
        if "language" in r:
            if r["language"] not in LANGS:
                errors.append(f"{r['id']}: unexpected language {r['language']}")
            nonen[r["expect"]] += 1
        if r["expect"] != "answer":
            continue
        if not r.get("sources") or not 1 <= len(r.get("facts", [])) <= 3:
            errors.append(f"{r['id']}: answer needs sources and 1-3 facts")
            continue
        for s in r["sources"]:
            if s not in texts:
                errors.append(f"{r['id']}: unknown source {s}")
        for f in r["facts"]:
            if not any(norm(f) in texts.get(s, "") for s in r["sources"]):
                errors.append(f"{r['id']}: fact {f!r} not found in {r['sources']}")
    if len(rows) != 40:
        errors.append(f"{len(rows)} questions, expected 40")
    if counts != {"answer": 22, "clarify": 5, "handoff": 13}:
        errors.append(f"counts {counts}, expected 22/5/13")
    if sum(nonen.values()) != 10 or not all(nonen.values()):
        errors.append(f"non-English questions {nonen}: need 10 spread over all three kinds")
    print(f"questions: {counts}; non-English: {nonen}; sources: {sorted(types)}; quote total before tax: {total:,.2f} {q['currency']}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
