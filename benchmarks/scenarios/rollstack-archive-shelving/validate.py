"""Check the rollstack-archive-shelving scenario: structure, counts, and that every answer fact
appears (case-insensitively, whitespace-normalised) in at least one of the sources the question names.

For `quote`, the searchable text is the quote JSON plus figures derived from it by plain arithmetic
(line totals before/after discount, discounted unit prices, total before VAT, total discount, VAT at 20%,
total including VAT, and sums of pairs of line totals), each in several number formats.
PDF text is read with pypdf (from RL_PATH, default /tmp/scratch_rl) or pdftotext as a fallback.
"""
import itertools
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.append(os.environ.get("RL_PATH", "/tmp/scratch_rl"))
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def fmt(v):
    out = {str(v)}
    if isinstance(v, (int, float)):
        out |= {f"{v:,.2f}", f"{v:.2f}"}
        if float(v).is_integer():
            out |= {f"{int(v):,}", str(int(v))}
    return out


def text_docx(p):
    import docx
    d = docx.Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def text_pdf(p):
    try:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)
    except ImportError:
        return subprocess.run(["pdftotext", "-layout", p, "-"], capture_output=True, text=True, check=True).stdout


def text_xlsx(p):
    import openpyxl
    wb = openpyxl.load_workbook(p, data_only=True)
    parts = []
    if len(wb.sheetnames) < 2:
        err(f"{os.path.basename(p)}: fewer than 2 sheets")
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is not None:
                    parts += sorted(fmt(v))
    return "\n".join(parts)


def text_html(p):
    import html
    raw = open(p, encoding="utf-8").read()
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return text_docx(path)
    if ext == "pdf":
        return text_pdf(path)
    if ext == "xlsx":
        return text_xlsx(path)
    if ext in ("html", "htm"):
        return text_html(path)
    return open(path, encoding="utf-8").read()


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    nets = []
    for li in q["line_items"]:
        for k in ("quantity", "unit_price", "discount_percent"):
            parts += fmt(li[k])
        gross = round(li["quantity"] * li["unit_price"], 2)
        net = round(gross * (1 - li["discount_percent"] / 100), 2)
        unit_net = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        nets.append(net)
        for v in (gross, net, unit_net, round(gross - net, 2)):
            parts += fmt(v)
    subtotal = round(sum(nets), 2)
    saving = round(sum(li["quantity"] * li["unit_price"] for li in q["line_items"]) - subtotal, 2)
    for v in (subtotal, saving, round(subtotal * 0.2, 2), round(subtotal * 1.2, 2)):
        parts += fmt(v)
    for a, b in itertools.combinations(nets, 2):
        parts += fmt(round(a + b, 2))
    return "\n".join(parts)


def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    q = sc["quote"]
    users = sc["users"]
    if not 2 <= len(users) <= 3:
        err("need 2-3 users")
    if q["owner"] not in {u["email"] for u in users}:
        err("quote owner is not a user")
    if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
        err("buyer_contacts must be a list of e-mail strings")
    if not 5 <= len(q["line_items"]) <= 9:
        err("need 5-9 line items")
    if not any(li["discount_percent"] for li in q["line_items"]):
        err("no discounts in quote")
    ho = sc["agent"]["handoff"]["assign_to"]
    if ho != "quote_owner":
        teams = {t for u in users for t in u["teams"]}
        missing = set(ho["teams"]) - teams
        if missing:
            err(f"handoff teams with no members: {missing}")

    texts = {"quote": norm(quote_text(q))}
    types = set()
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            err(f"missing source {s['path']}")
            continue
        types.add(p.rsplit(".", 1)[-1].lower())
        if s["type"] == "kb_article" and not s.get("title"):
            err(f"kb_article without title: {s['path']}")
        texts[os.path.basename(p)] = norm(text_of(p))
    if len(sc["sources"]) < 4 or not {"docx", "pdf", "xlsx"} <= types or not types & {"md", "html", "htm"}:
        err(f"need docx, pdf, xlsx and md/html sources, got {sorted(types)}")

    qs = [json.loads(line) for line in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if line.strip()]
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    counts = {k: sum(1 for x in qs if x["expect"] == k) for k in ("answer", "clarify", "handoff")}
    if len(qs) != 40 or counts != {"answer": 22, "clarify": 5, "handoff": 13}:
        err(f"counts wrong: {len(qs)} {counts}")
    foreign = [x for x in qs if x.get("language", "en") != "en"]
    if len(foreign) != 10:
        err(f"need 10 non-English questions, got {len(foreign)}")
    if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
        err("non-English questions not spread across answer/clarify/handoff")
    if not {x["language"] for x in foreign} <= {"fr", "de", "es", "pt", "it", "nl"}:
        err("unexpected language code")

    for x in qs:
        if x["expect"] != "answer":
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            err(f"{x['id']}: needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                err(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            if not any(norm(f) in texts.get(s, "") for s in x["sources"]):
                err(f"{x['id']}: fact {f!r} not found in {x['sources']}")

    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print(f"OK: {len(qs)} questions {counts}, {len(foreign)} non-English, "
          f"{sum(len(x.get('facts', [])) for x in qs)} facts verified in {len(texts)} texts")


if __name__ == "__main__":
    main()
