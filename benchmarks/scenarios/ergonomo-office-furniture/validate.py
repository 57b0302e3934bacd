"""Validate the ergonomo-office-furniture scenario.

Checks: scenario.json shape, that every source file exists, 40 questions with 22 answer / 5 clarify / 13 handoff,
10 non-English questions spread over the three kinds, and that every fact of an `answer` question appears
(case-insensitively, whitespace-normalised) in the text of at least one of its named sources. For the source
`quote`, the text is the quote JSON plus its derived figures (discounted unit prices, discount amounts, line
totals, total before VAT, VAT at 21%, total with VAT, and the per-year amount of multi-year lines), each written
as 1234.50, 1,234.50 and, when whole, 1,234 / 1234.

Text extraction needs no third-party package: DOCX and XLSX are read as zip/XML; the PDF is read with pypdf or
pdfminer.six when installed, otherwise with a small built-in reader of the (Flate) content streams.
Run: python validate.py   (exit code 0 = pass)
"""
import html
import json
import re
import sys
import zipfile
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def xml_text(xml, para_tag):
    xml = re.sub(r"</%s>" % para_tag, "\n", xml)
    xml = re.sub(r"<(w:tab|w:br)[^>]*/>", " ", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


def docx_text(p):
    with zipfile.ZipFile(p) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:tc>", " \n", xml)
    return xml_text(xml, "w:p")


def xlsx_text(p):
    out = []
    with zipfile.ZipFile(p) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            sx = z.read("xl/sharedStrings.xml").decode("utf-8")
            for si in re.findall(r"<si>(.*?)</si>", sx, re.S):
                shared.append(html.unescape("".join(re.findall(r"<t[^>]*>(.*?)</t>", si, re.S))))
        for name in sorted(n for n in z.namelist() if re.match(r"xl/worksheets/sheet\d+\.xml", n)):
            sx = z.read(name).decode("utf-8")
            for row in re.findall(r"<row[^>]*>(.*?)</row>", sx, re.S):
                cells = []
                for attrs, body in re.findall(r"<c([^>]*)>(.*?)</c>", row, re.S):
                    v = re.search(r"<v>(.*?)</v>", body, re.S)
                    if 't="s"' in attrs and v:
                        cells.append(shared[int(v.group(1))])
                    elif 't="inlineStr"' in attrs:
                        cells.append(html.unescape("".join(re.findall(r"<t[^>]*>(.*?)</t>", body, re.S))))
                    elif v:
                        val = v.group(1)
                        try:
                            f = float(val)
                            cells.append(str(int(f)) if f == int(f) else str(f))
                            if f != int(f):
                                cells.append("%.2f" % f)
                        except ValueError:
                            cells.append(html.unescape(val))
                out.append(" | ".join(cells))
    return "\n".join(out)


def _pdf_builtin(p):
    import base64
    data = Path(p).read_bytes()
    chunks = []
    for m in re.finditer(rb"<<((?:(?!<<|>>).)*)>>\s*stream\r?\n(.*?)\s*endstream", data, re.S):
        head, s = m.group(1), m.group(2)
        filters = re.findall(rb"/(ASCII85Decode|FlateDecode|A85|Fl)\b", head)
        try:
            for f in filters:
                if f in (b"ASCII85Decode", b"A85"):
                    s = s.strip()
                    s = base64.a85decode(s[2:] if s.startswith(b"<~") else s, adobe=False) if not s.endswith(b"~>") \
                        else base64.a85decode((s if s.startswith(b"<~") else b"<~" + s), adobe=True)
                else:
                    s = zlib.decompress(s)
        except Exception:
            continue
        if b"BT" not in s:
            continue
        for line in re.findall(rb"\((?:\\.|[^\\)])*\)\s*Tj|\[.*?\]\s*TJ", s, re.S):
            txt = b"".join(re.findall(rb"\(((?:\\.|[^\\)])*)\)", line))
            txt = re.sub(rb"\\([0-7]{1,3})", lambda mm: bytes([int(mm.group(1), 8) & 255]), txt)
            txt = re.sub(rb"\\(.)", rb"\1", txt)
            chunks.append(txt.decode("cp1252", "replace"))
    return "\n".join(chunks)


def pdf_text(p):
    try:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    except ImportError:
        pass
    try:
        from pdfminer.high_level import extract_text
        return extract_text(str(p))
    except ImportError:
        pass
    return _pdf_builtin(p)


def source_text(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return docx_text(p)
    if ext == ".xlsx":
        return xlsx_text(p)
    if ext == ".pdf":
        return pdf_text(p)
    if ext in (".html", ".htm"):
        return html.unescape(re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8")))
    return p.read_text(encoding="utf-8")


def money_forms(x):
    x = round(x + 1e-9, 2)
    forms = {"%.2f" % x, "{:,.2f}".format(x)}
    if x == int(x):
        forms |= {"%d" % x, "{:,}".format(int(x))}
    return forms


def quote_text(q):
    figs = []
    subtotal = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        disc = li["unit_price"] * li["quantity"] - line
        subtotal += line
        figs += [unit, line, disc]
        m = re.search(r"(\d+) years", li["name"])
        if m:
            figs.append(line / int(m.group(1)))
    vat = subtotal * 0.21
    figs += [subtotal, vat, subtotal + vat]
    derived = " ".join(sorted(f for x in figs for f in money_forms(x)))
    return json.dumps(q, ensure_ascii=False) + "\n" + derived, subtotal


def main():
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    emails = {u["email"] for u in sc["users"]}
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("users: need 2-3")
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote: need 5-9 line items")
    ho = sc["agent"]["handoff"]["assign_to"]
    if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
        errors.append("handoff.assign_to invalid")
    teams = {t for u in sc["users"] for t in u["teams"]}
    if isinstance(ho, dict) and not set(ho["teams"]) <= teams:
        errors.append("handoff team without a member")

    texts = {}
    types = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append("missing source " + s["path"])
            continue
        types.add(p.suffix.lower())
        texts[p.name] = norm(source_text(p))
        if len(texts[p.name]) < 1500:
            errors.append("source too short: " + p.name)
    if len(sc["sources"]) != 4 or len(types) != 4:
        errors.append("need four sources of four types")
    qt, subtotal = quote_text(q)
    texts["quote"] = norm(qt)

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    kinds = Counter(x["expect"] for x in qs)
    if len(qs) != 40 or kinds != Counter(answer=22, clarify=5, handoff=13):
        errors.append("counts: %d questions, %s" % (len(qs), dict(kinds)))
    if len({x["id"] for x in qs}) != len(qs):
        errors.append("duplicate ids")
    foreign = [x for x in qs if x.get("language")]
    if len(foreign) != 10:
        errors.append("need 10 non-English questions, have %d" % len(foreign))
    if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions not spread over answer/clarify/handoff")
    for x in qs:
        if x["expect"] != "answer":
            continue
        srcs = x.get("sources") or []
        facts = x.get("facts") or []
        if not srcs or not 1 <= len(facts) <= 3:
            errors.append("%s: needs sources and 1-3 facts" % x["id"])
        for s in srcs:
            if s not in texts:
                errors.append("%s: unknown source %s" % (x["id"], s))
        for f in facts:
            if not any(norm(f) in texts.get(s, "") for s in srcs):
                errors.append("%s: fact %r not found in %s" % (x["id"], f, srcs))

    print("total before VAT: {:,.2f}".format(subtotal))
    print("questions:", dict(kinds), "non-English:", dict(Counter(x["language"] for x in foreign)))
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
