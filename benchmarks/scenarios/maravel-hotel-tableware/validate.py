"""Check the maravel-hotel-tableware scenario: structure, counts, and that every answer fact appears verbatim
(case-insensitively) in one of the sources it names or in the quote.

Quote text = the quote fields as a buyer sees them on the quote page, plus the figures a buyer derives from it
by simple arithmetic (discounted unit prices, line totals, total before VAT, per-year cost of monthly items).
PDF text is read with pypdf when it is installed, otherwise with a small built-in reader for reportlab output.
"""
import json, os, re, sys, zlib, html
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()

def docx_text(p):
    import docx
    d = docx.Document(p)
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)

def xlsx_text(p):
    import openpyxl
    wb = openpyxl.load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, float):
                    cells.append(f"{v:,.2f}")
                else:
                    cells.append(str(v))
            out.append(" | ".join(cells))
    return "\n".join(out)

def _pdf_builtin(p):
    data = open(p, "rb").read()
    chunks = []
    for m in re.finditer(rb"<<((?:(?!<<).)*?)>>\s*stream\r?\n(.*?)\r?\n?endstream", data, re.S):
        d, raw = m.group(1), m.group(2)
        if b"ASCII85Decode" in d:
            import base64
            raw = raw.strip()
            raw = base64.a85decode(raw[:-2] if raw.endswith(b"~>") else raw)
        if b"FlateDecode" in d:
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                continue
        for line in raw.split(b"\n"):
            for s in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", line):
                s = re.sub(rb"\\([()\\])", rb"\1", s)
                s = re.sub(rb"\\(\d{3})", lambda x: bytes([int(x.group(1), 8)]), s)
                chunks.append(s.decode("latin-1"))
    return "\n".join(chunks)

def pdf_text(p):
    try:
        import pypdf
        return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(p).pages)
    except ImportError:
        return _pdf_builtin(p)

def html_text(p):
    t = open(p, encoding="utf-8").read()
    t = re.sub(r"<(script|style)\b.*?</\1>", " ", t, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", t))

def source_text(p):
    ext = p.rsplit(".", 1)[-1].lower()
    if ext == "docx": return docx_text(p)
    if ext == "xlsx": return xlsx_text(p)
    if ext == "pdf": return pdf_text(p)
    if ext in ("html", "htm"): return html_text(p)
    return open(p, encoding="utf-8").read()

def money(x):
    return f"{x:,.2f}"

def quote_text(q):
    parts = [q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"],
             q["terms"], q["notes"]]
    subtotal = 0.0
    for li in q["line_items"]:
        net_unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = round(li["quantity"] * net_unit, 2)
        subtotal += line
        parts.append(f'{li["sku"]} {li["name"]} qty {li["quantity"]:,} unit {money(li["unit_price"])} '
                     f'discount {li["discount_percent"]}% net unit {money(net_unit)} line total {money(line)}')
        if "per month" in li["name"]:
            parts.append(f'{li["sku"]} per year {money(li["unit_price"] * 12 * (1 - li["discount_percent"] / 100))}')
    parts.append(f"total before VAT {money(subtotal)}")
    return "\n".join(parts), round(subtotal, 2)

def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    q = sc["quote"]
    # structure
    users = sc["users"]
    if not 2 <= len(users) <= 3: errors.append(f"users: {len(users)}")
    if q["owner"] not in {u["email"] for u in users}: errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]): errors.append("buyer_contacts")
    if not 5 <= len(q["line_items"]) <= 9: errors.append(f"line items: {len(q['line_items'])}")
    if not any(li["discount_percent"] for li in q["line_items"]): errors.append("no discounts")
    ha = sc["agent"]["handoff"]["assign_to"]
    if not (ha == "quote_owner" or isinstance(ha, dict) and ha.get("teams")): errors.append("handoff.assign_to")
    qt, subtotal = quote_text(q)
    texts = {"quote": norm(qt)}
    types = Counter()
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}"); continue
        types[p.rsplit(".", 1)[-1]] += 1
        t = source_text(p)
        if len(t) < 1500: errors.append(f"{s['path']}: only {len(t)} characters of text")
        texts[os.path.basename(p)] = norm(t)
    for need in ("docx", "pdf", "xlsx"):
        if not types[need]: errors.append(f"no .{need} source")
    if not (types["md"] or types["html"]): errors.append("no .md or .html source")
    import openpyxl
    if len(openpyxl.load_workbook(os.path.join(HERE, "knowledge/maravel-price-list-2025.xlsx")).worksheets) < 2:
        errors.append("xlsx has fewer than 2 sheets")
    # questions
    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids): errors.append("duplicate ids")
    c = Counter(x["expect"] for x in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(c) != want: errors.append(f"counts: {len(qs)} {dict(c)}")
    foreign = [x for x in qs if x.get("language") and x["language"] != "en"]
    if len(foreign) != 10: errors.append(f"non-English: {len(foreign)}")
    if {x["expect"] for x in foreign} != set(want): errors.append("non-English questions not spread over all kinds")
    for x in qs:
        if x["expect"] != "answer":
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f"{x['id']}: sources/facts"); continue
        for s in x["sources"]:
            if s not in texts: errors.append(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            if not any(norm(f) in texts.get(s, "") for s in x["sources"]):
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")
    print(f"questions: {len(qs)} {dict(c)}; non-English: {len(foreign)} "
          f"{dict(Counter(x['language'] for x in foreign))}; quote total before VAT {money(subtotal)} {q['currency']}")
    print(f"sources: {', '.join(f'{k} ({len(v)} chars)' for k, v in texts.items())}")
    if errors:
        print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
