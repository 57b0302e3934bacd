"""Check the bunkwell-residence-furniture scenario: structure, counts, and that every answer fact appears
(case-insensitively) in one of the sources the question names, or in the quote / figures computed from it."""
import json
import os
import re
import sys
import zipfile
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).lower()


# ------------------------------------------------------------------ text extraction
def text_docx(path):
    try:
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    except ImportError:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf8")
        return re.sub(r"<[^>]+>", " ", xml.replace("</w:p>", "\n"))


def text_pdf(path):
    try:
        try:
            import pypdf
        except ImportError:
            sys.path.insert(0, "/tmp/bunkwell_pkgs")
            import pypdf
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
    except ImportError:
        import zlib
        raw = open(path, "rb").read()
        out = []
        for m in re.finditer(rb"stream\r?\n(.*?)endstream", raw, re.S):
            data = m.group(1).strip()
            if data.endswith(b"~>"):
                import base64
                try:
                    data = base64.a85decode(data[:-2])
                except Exception:
                    pass
            try:
                data = zlib.decompress(data)
            except Exception:
                pass
            for s in re.findall(rb"\((.*?)(?<!\\)\)\s*Tj", data, re.S):
                out.append(s.replace(b"\\(", b"(").replace(b"\\)", b")").decode("latin-1"))
        return "\n".join(out)


def text_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, float):
                    v = str(int(v)) if v.is_integer() else f"{v:.2f}"
                cells.append(str(v))
            parts.append(" | ".join(cells))
    return "\n".join(parts), len(wb.worksheets)


def source_text(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return text_docx(path)
    if ext == "pdf":
        return text_pdf(path)
    if ext == "xlsx":
        return text_xlsx(path)[0]
    with open(path, encoding="utf8") as f:
        t = f.read()
    if ext in ("html", "htm"):
        t = re.sub(r"<[^>]+>", " ", t)
    return t


# ------------------------------------------------------------------ quote figures
def money(d):
    d = d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    plain = f"{d:.2f}"
    comma = f"{d:,.2f}"
    forms = {plain, comma, "$" + plain, "$" + comma}
    if d == d.to_integral_value():
        forms |= {f"{int(d)}", f"{int(d):,}"}
    return forms


def quote_text_and_figures(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    figures = set()
    subtotal = Decimal(0)
    for li in q["line_items"]:
        unit = Decimal(str(li["unit_price"]))
        disc = Decimal(str(li.get("discount_percent", 0)))
        net_unit = unit * (100 - disc) / 100
        line = (net_unit * li["quantity"]).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        subtotal += line
        figures |= money(unit) | money(net_unit) | money(line) | money(unit * li["quantity"])
        figures |= money(unit - net_unit) | money(unit * li["quantity"] - line)
        for years in (2, 5, 10, 12, 15):  # per-year figures over warranty periods
            figures |= money(line / years)
    figures |= money(subtotal)
    rooms = max(li["quantity"] for li in q["line_items"])
    figures |= money(subtotal / rooms)
    for pct in (10, 30, 60):  # payment milestones named in the terms
        figures |= money(subtotal * pct / 100)
    return "\n".join(parts), figures, subtotal


# ------------------------------------------------------------------ checks
def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf8"))
    q = sc["quote"]
    for k in ("name", "description", "agent", "users", "quote", "sources"):
        if k not in sc:
            err(f"scenario.json lacks {k}")
    ho = sc["agent"]["handoff"]
    if not (ho["assign_to"] == "quote_owner" or isinstance(ho["assign_to"], dict) and ho["assign_to"].get("teams")):
        err("bad handoff.assign_to")
    if not 2 <= len(sc["users"]) <= 3:
        err("need 2-3 users")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails:
        err("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        err("buyer_contacts must be e-mail strings")
    if not 5 <= len(q["line_items"]) <= 9:
        err("need 5-9 line items")
    if not any(li.get("discount_percent") for li in q["line_items"]):
        err("no discounts")
    if isinstance(ho["assign_to"], dict):
        teams = {t for u in sc["users"] for t in u["teams"]}
        for t in ho["assign_to"]["teams"]:
            if t not in teams:
                err(f"handoff team {t} has no user")

    texts = {}
    types = Counter()
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            err(f"missing source {s['path']}")
            continue
        name = os.path.basename(s["path"])
        texts[name] = norm(source_text(p))
        types[name.rsplit(".", 1)[-1]] += 1
        if s["type"] == "kb_article" and not s.get("title"):
            err(f"kb_article {name} lacks title")
        if p.endswith(".xlsx") and text_xlsx(p)[1] < 2:
            err("xlsx needs 2+ sheets")
        if len(texts[name]) < 1500:
            err(f"source {name} looks too short ({len(texts[name])} chars)")
    for ext in ("docx", "pdf", "xlsx"):
        if not types[ext]:
            err(f"no {ext} source")
    if not (types["md"] or types["html"]):
        err("no md/html source")

    qtext, figures, subtotal = quote_text_and_figures(q)
    texts["quote"] = norm(qtext + "\n" + "\n".join(sorted(figures)))

    rows = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf8") if l.strip()]
    if len(rows) != 40:
        err(f"{len(rows)} questions, expected 40")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    kinds = Counter(r["expect"] for r in rows)
    if kinds != Counter(answer=22, clarify=5, handoff=13):
        err(f"expect counts {dict(kinds)}")
    foreign = [r for r in rows if r.get("language") and r["language"] != "en"]
    if len(foreign) != 10:
        err(f"{len(foreign)} non-English questions, expected 10")
    if {r["expect"] for r in foreign} != {"answer", "clarify", "handoff"}:
        err("non-English questions not spread over all three kinds")
    for r in rows:
        if r["expect"] != "answer":
            if r.get("facts") or r.get("sources"):
                err(f"{r['id']}: non-answer has facts/sources")
            continue
        if not r.get("sources") or not 1 <= len(r.get("facts", [])) <= 3:
            err(f"{r['id']}: answer needs sources and 1-3 facts")
            continue
        for s in r["sources"]:
            if s not in texts:
                err(f"{r['id']}: unknown source {s}")
        for f in r["facts"]:
            if not any(norm(f) in texts.get(s, "") for s in r["sources"]):
                err(f"{r['id']}: fact {f!r} not found in {r['sources']}")
    print(f"quote subtotal before tax: {subtotal:,.2f} {q['currency']}")
    print(f"questions: {dict(kinds)}, non-English: {len(foreign)} {dict(Counter(r['language'] for r in foreign))}")
    print(f"sources: {', '.join(f'{k} ({len(v)} chars)' for k, v in texts.items() if k != 'quote')}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
