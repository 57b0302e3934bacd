"""Validate the tessaro-auditorium-seating scenario.

Checks the scenario shape, the question counts and that every `answer` fact appears (case-insensitively) in at
least one of the sources it names. The quote is rendered as a quote page shows it: line items with discounted unit
prices and line totals, the total before VAT, terms and notes.
PDF text needs pypdf (looked up in /tmp/rl as well) or the pdftotext command.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter

sys.path.insert(0, "/tmp/rl")
HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def money(x):
    return "{:,.2f}".format(x)


def docx_text(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def pdf_text(path):
    try:
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    except ImportError:
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                              check=True).stdout


def xlsx_text(path):
    from openpyxl import load_workbook
    wb = load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append("## " + ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, float):
                    v = str(int(v)) if v.is_integer() else "%.2f" % v
                cells.append(str(v))
            out.append(" | ".join(cells))
    return "\n".join(out)


def html_text(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S | re.I)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", raw))


def source_text(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return docx_text(path)
    if ext == "pdf":
        return pdf_text(path)
    if ext == "xlsx":
        return xlsx_text(path)
    if ext in ("html", "htm"):
        return html_text(path)
    return open(path, encoding="utf-8").read()


def quote_text(q):
    lines = ["Quote %s: %s" % (q["number"], q["title"]), "Buyer: " + q["buyer_company"],
             "Currency: " + q["currency"], "Created %s, expires %s" % (q["created_on"], q["expires_on"])]
    total = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100.0), 2)
        line = round(unit * li["quantity"], 2)
        total += line
        lines.append("%s | %s | qty %s | unit %s | discount %s%% | net unit %s | line total %s"
                     % (li["sku"], li["name"], "{:,}".format(li["quantity"]), money(li["unit_price"]),
                        li["discount_percent"], money(unit), money(line)))
    lines.append("Total before VAT: " + money(round(total, 2)))
    lines += ["Terms: " + q["terms"], "Notes: " + q["notes"]]
    return "\n".join(lines)


def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    for k in ("name", "description", "agent", "users", "quote", "sources"):
        if k not in sc:
            err("scenario.json misses " + k)
    ag = sc["agent"]
    for k in ("name", "welcome_message", "first_action_message", "quick_replies", "handoff"):
        if k not in ag:
            err("agent misses " + k)
    ho = ag["handoff"]
    if not (ho.get("assign_to") == "quote_owner" or
            (isinstance(ho.get("assign_to"), dict) and ho["assign_to"].get("teams"))):
        err("handoff.assign_to must be 'quote_owner' or {'teams': [...]}")
    for k in ("owner_unavailable_message", "all_unavailable_message"):
        if not ho.get(k):
            err("handoff misses " + k)
    users = sc["users"]
    if not 2 <= len(users) <= 3:
        err("expected 2-3 users, got %d" % len(users))
    for u in users:
        if u.get("role") not in ("super_admin", "sales_rep"):
            err("bad role for " + u.get("email", "?"))
    q = sc["quote"]
    if q["owner"] not in {u["email"] for u in users}:
        err("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        err("buyer_contacts must be e-mail strings")
    if not 5 <= len(q["line_items"]) <= 9:
        err("expected 5-9 line items, got %d" % len(q["line_items"]))
    if not any(li["discount_percent"] for li in q["line_items"]):
        err("no discounted line item")

    texts = {"quote": quote_text(q).lower()}
    types = Counter()
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            err("missing source " + s["path"])
            continue
        if s["type"] == "kb_article" and not s.get("title"):
            err("kb_article without title: " + s["path"])
        types[s["path"].rsplit(".", 1)[-1].lower()] += 1
        texts[os.path.basename(p)] = source_text(p).lower()
    for ext in ("docx", "pdf", "xlsx"):
        if types[ext] != 1:
            err("expected exactly one .%s source" % ext)
    if types["md"] + types["html"] < 1:
        err("expected a Markdown kb_article or an HTML page")
    if len(sc["sources"]) != 4:
        err("expected 4 sources, got %d" % len(sc["sources"]))

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        err("duplicate question ids")
    exp = Counter(x["expect"] for x in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(exp) != want:
        err("counts: %d questions, %s; want 40, %s" % (len(qs), dict(exp), want))
    foreign = [x for x in qs if x.get("language") and x["language"] != "en"]
    if len(foreign) != 10:
        err("expected 10 non-English questions, got %d" % len(foreign))
    langs = Counter(x["language"] for x in foreign)
    if not set(langs) <= {"fr", "de", "es", "pt", "it", "nl"} or len(langs) < 5:
        err("unexpected language mix %s" % dict(langs))
    if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
        err("non-English questions must be spread across answer/clarify/handoff")

    for x in qs:
        if x["expect"] != "answer":
            if x.get("sources") or x.get("facts"):
                err("%s: only answer questions carry sources/facts" % x["id"])
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            err("%s: answer needs sources and 1-3 facts" % x["id"])
            continue
        for s in x["sources"]:
            if s not in texts:
                err("%s: unknown source %s" % (x["id"], s))
        for f in x["facts"]:
            if not any(f.lower() in texts.get(s, "") for s in x["sources"]):
                err("%s: fact %r not found in %s" % (x["id"], f, x["sources"]))

    print("questions: %d %s; non-English: %d %s" % (len(qs), dict(exp), len(foreign), dict(langs)))
    print("sources: %s" % ", ".join("%s (%d chars)" % (k, len(v)) for k, v in texts.items()))
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
