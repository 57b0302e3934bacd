"""Generate the knowledge sources of the inkvelde-press-blankets scenario.
DOCX/XLSX: /work/main/.venv/bin/python make_sources.py --office
PDF:       PYTHONPATH=/tmp/rl python3 make_sources.py --pdf
(no flag: everything, if all libraries are importable)"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")

DOCX_TITLE = "Inkvelde Blanket Systems B.V. - Supply & Consignment Terms (edition 2025-1)"
DOCX = [
 ("1. Scope", [
  "These terms apply to all supplies of offset blankets, underpacking, wash chemistry, fitting services and the consignment stock programme by Inkvelde Blanket Systems B.V., De Run 5412, 5504 DG Veldhoven, the Netherlands (\"Inkvelde\"), unless a quote expressly states otherwise. Where a quote and these terms conflict, the quote prevails for price and quantity only."]),
 ("2. Ordering and lead times", [
  "Standard cut-and-barred blankets for the press models listed in the Inkvelde press format table are dispatched within 5 working days of order confirmation.",
  "Non-standard sizes, special bars or press models not listed in the press format table are dispatched within 12 working days. Uncut roll goods are dispatched within 3 working days.",
  "Express service: stock items ordered by 14:00 CET Monday to Thursday are dispatched the same day by overnight courier. An express surcharge of EUR 95 per consignment applies. Express service is not available for non-standard sizes."]),
 ("3. Delivery and freight", [
  "Delivery is DAP the buyer's site (Incoterms 2020). Freight is free for orders of EUR 750 net or more. Below that value a freight charge of EUR 38 per delivery applies in the Benelux and EUR 54 per delivery in Germany and France.",
  "Split deliveries requested by the buyer after order confirmation are charged as separate deliveries."]),
 ("4. Consignment stock programme (IV-CSP-12)", [
  "Under the consignment stock programme Inkvelde places an agreed stock of blankets at the buyer's site. Consigned blankets remain the property of Inkvelde until they are withdrawn from the cabinet and scanned.",
  "The programme fee covers one lockable IV-CAB storage cabinet holding up to 40 blankets, a handheld barcode scanner, access to the Inkvelde stock portal and the quarterly physical audit. The programme term is 12 months.",
  "Withdrawals are invoiced monthly, on the first working day of the following month, from the scan log at the unit prices of the quote.",
  "A reorder point is agreed per press. When the stock of an article falls below its reorder point, Inkvelde replenishes it within 48 hours (working days only), at no freight charge.",
  "The buyer performs a monthly stock count in the portal. Inkvelde performs a physical audit once per quarter. Blankets missing at the quarterly audit and not recorded in the scan log are invoiced at the quote unit price.",
  "Consigned stock must be kept under the storage conditions of Technical Guide TG-07. Damage to consigned stock while stored at the buyer's site is at the buyer's risk.",
  "Either party may end the programme with 60 days' written notice. At the end of the programme, unused consigned stock is collected by Inkvelde free of charge, or the buyer may purchase it at the programme unit prices.",
  "Unit prices are fixed for the programme term, subject only to the raw-material surcharge of section 5."]),
 ("5. Prices and raw-material surcharge", [
  "Prices are in EUR and exclude VAT. If the elastomer raw-material index used by Inkvelde rises by more than 8% compared with its value on the quote date, Inkvelde may apply a surcharge equal to the increase above 8%, capped at 6% of the unit price, with 30 days' written notice. The surcharge does not apply to services, wash chemistry or the programme fee."]),
 ("6. Payment", [
  "Payment is due 30 days net from invoice date. A 2% early payment discount applies if the invoice is paid in full within 10 days of invoice date. Late payments bear the statutory commercial interest rate."]),
 ("7. Returns", [
  "Unused, unbarred blankets in their original packaging may be returned within 30 days of delivery, subject to a restocking fee of 15%.",
  "Cut-and-barred blankets are made to order for the buyer's press and cannot be returned unless defective; defect claims follow the Inkvelde warranty article. Opened containers of wash chemistry are not returnable."]),
 ("8. Fitting service days (IV-FIT-DAY)", [
  "A fitting service day covers one Inkvelde technician for up to 8 hours on site during normal working hours (Monday to Friday, 07:00-17:00). It includes measurement of the packing height of every blanket cylinder, blanket and underlay replacement, a torque check of every reel, and a written press packing audit report sent within 5 working days after the visit.",
  "Travel is included within 250 km of Veldhoven; beyond that, travel is charged at EUR 0.65 per km. A visit cancelled less than 5 working days before the agreed date is charged at 50% of the day rate.",
  "Fitting days must be used within 6 months of the quote acceptance date; unused days lapse."]),
 ("9. Liability", [
  "Inkvelde's liability for defective goods is limited to replacement or credit of the invoice value of the affected goods. Inkvelde is not liable for indirect loss, production downtime, lost profit or spoiled substrate, except in case of intent or gross negligence."]),
]

PDF_TITLE = "Technical Guide TG-07: Mounting, packing and care of Inkvelde offset blankets"
PDF = [
 ("1. Blanket constructions", [
  "IV-CP420 is a 4-ply compressible printing blanket, 1.95 mm thick, for conventional and low-migration oil-based sheetfed inks. Its microsphere compressible layer absorbs impression peaks and recovers after most smashes.",
  "IV-UV460 is a 4-ply compressible printing blanket, 1.95 mm thick, with an EPDM face for UV, LED-UV and hybrid inks. It must not be used with conventional oil-based inks: the EPDM face swells in mineral-oil based inks and washes.",
  "IV-CT210 is a 3-ply strippable coating blanket, 1.70 mm thick, for water-based and UV coatings. The top layer can be cut and stripped to create spot-coating areas; strip depth is 0.50 mm."]),
 ("2. Packing heights (Heidelberg Speedmaster XL 106)", [
  "The nominal total packing height on the XL 106 blanket cylinder is 2.60 mm. With IV-CP420 or IV-UV460 (1.95 mm) this requires 0.65 mm of calibrated underlay; with the IV-CT210 coating blanket (1.70 mm) in the coating unit this requires 0.90 mm of underlay.",
  "Build the underlay from IV-UP calibrated underpacking sheets (0.05, 0.10 and 0.20 mm). Measure with a packing gauge at three points on each side of the cylinder; the tolerance is +/- 0.02 mm. Overpacking by more than 0.05 mm causes dot gain, slurring and premature wear of the compressible layer."]),
 ("3. Mounting and tension", [
  "Insert the bars fully into the clamping channel before tensioning. Unless the press manufacturer specifies otherwise, tighten the reel to 70 Nm.",
  "New blankets stretch by about 0.5% during running-in. Re-tension every new blanket after the first 2,000 sheets, then check tension at every blanket change of the neighbouring units."]),
 ("4. Washing", [
  "Use IV-BW20 low-VOC blanket and roller wash (flash point above 100 deg C) on IV-CP420 blankets in conventional units. IV-BW20 is not approved for IV-UV460: for UV, LED-UV and hybrid units use IV-BW25 UV wash.",
  "Never use ketones (MEK, acetone) on IV-CP420: they swell the face rubber within minutes. Wipe the blanket dry after automatic washing programmes with water content above 20%."]),
 ("5. Smash recovery", [
  "After a paper wrap or smash, wash the IV-CP420 blanket, remove it from the press and let it rest flat for 24 hours. If the remaining depression is below 0.05 mm the blanket can go back into service; between 0.05 mm and 0.10 mm it can be used for non-critical work with a local 0.05 mm shim; above 0.10 mm it must be replaced. Cut or perforated blankets must always be replaced.",
  "IV-UV460 blankets recover more slowly: allow 48 hours of rest before measuring."]),
 ("6. Service life", [
  "Typical service life in sheetfed commercial printing is 1.5 to 3 million impressions for IV-CP420 and 800,000 to 1.5 million impressions for IV-UV460. IV-CT210 coating blankets are usually replaced per coating job layout. Service life depends on the wash regime, substrate, packing and smashes and is not guaranteed."]),
 ("7. Storage", [
  "Store blankets flat in their original black packaging, in the dark, at 15-25 deg C and away from ozone sources such as electric motors and corona treaters. Cut-and-barred blankets may be stacked up to 10 high. Shelf life is 24 months from the manufacture date printed on the back of the blanket."]),
]

MD = """# Blanket warranty and defect claims

*Inkvelde Blanket Systems knowledge base - article KB-112, updated April 2025*

## What the warranty covers
Every Inkvelde blanket (IV-CP420, IV-UV460, IV-CT210) carries a **12-month warranty from the delivery date** against manufacturing defects:
- ply separation (delamination) or bar detachment;
- blisters or bubbles in the face rubber;
- thickness out of tolerance by more than +/- 0.02 mm across the blanket.

## What it does not cover
The following are **not covered**:
- smashes, paper wraps, cuts and perforations;
- swelling caused by non-approved washes (for example ketones such as MEK or acetone on IV-CP420, or conventional oil-based inks and washes on IV-UV460);
- wear caused by incorrect packing height or reel torque (see Technical Guide TG-07);
- blankets stored outside the storage conditions, or blankets older than 24 months from manufacture.

## How to claim
1. Report the defect within **10 working days** of discovering it through the Inkvelde claims portal.
2. Give the batch number printed on the back of the blanket (format IVB-YYWW-nnnn), two or more photos and the impression counter reading.
3. Keep the blanket: Inkvelde may ask for it to be returned for inspection, with a prepaid label.
4. Inkvelde decides within **5 working days** of receiving the blanket or, when no return is requested, of receiving the photos.

## Remedy
- Defect found within the first **250,000 impressions**: full replacement blanket, or a credit note at the price paid.
- Defect found after 250,000 impressions: **pro rata** credit based on the impressions remaining to 1.5 million impressions (IV-CP420) or 800,000 impressions (IV-UV460).
- The remedy is limited to the blanket itself; downtime, labour and spoiled paper are not compensated.

## Emergency replacement during a claim
If you cannot wait for the assessment, Inkvelde sends a replacement by express courier straight away. If the claim is rejected, the replacement is invoiced at your normal price plus the EUR 95 express surcharge.

## Consignment stock customers
Take a replacement from the cabinet, scan it, and mark the defective blanket as "claim" in the stock portal. The withdrawal is credited on the next monthly invoice once the claim is accepted.
"""

PRICE_ROWS = [
 ("IV-CP420-XL106", "Compressible blanket, conventional inks, cut & barred, Heidelberg Speedmaster XL 106", 1.95, "each", 189.00, 179.50, 5),
 ("IV-CP420-SM74", "Compressible blanket, conventional inks, cut & barred, Heidelberg Speedmaster SM 74", 1.95, "each", 142.00, 134.90, 5),
 ("IV-CP420-RA106", "Compressible blanket, conventional inks, cut & barred, Koenig & Bauer Rapida 106", 1.95, "each", 192.00, 182.40, 5),
 ("IV-UV460-XL106", "UV/LED-UV/hybrid blanket, EPDM face, cut & barred, Heidelberg Speedmaster XL 106", 1.95, "each", 236.00, 224.20, 5),
 ("IV-UV460-RA106", "UV/LED-UV/hybrid blanket, EPDM face, cut & barred, Koenig & Bauer Rapida 106", 1.95, "each", 239.00, 227.05, 5),
 ("IV-CT210-XL106", "Strippable coating blanket, cut & barred, Speedmaster XL 106 coating unit", 1.70, "each", 312.00, 296.40, 5),
 ("IV-UP-005", "Calibrated underpacking sheets 0.05 mm, XL 106 format", 0.05, "pack of 25", 58.00, 55.10, 3),
 ("IV-UP-010", "Calibrated underpacking sheets 0.10 mm, XL 106 format", 0.10, "pack of 25", 64.50, 61.30, 3),
 ("IV-UP-020", "Calibrated underpacking sheets 0.20 mm, XL 106 format", 0.20, "pack of 25", 72.00, 68.40, 3),
 ("IV-BW20", "Blanket & roller wash, low-VOC, conventional inks, 20 L drum", None, "drum", 118.00, 112.10, 3),
 ("IV-BW25", "UV blanket & roller wash, for UV/LED-UV/hybrid, 20 L drum", None, "drum", 134.00, 127.30, 3),
 ("IV-CAB", "Lockable blanket cabinet, 40 blankets (included in IV-CSP-12)", None, "each", 890.00, None, 10),
 ("IV-FIT-DAY", "On-site fitting & press packing audit, one technician, per day", None, "day", 1150.00, None, None),
 ("IV-CSP-12", "Consignment stock programme, 12 months", None, "programme", 2400.00, None, None),
]
TECH_ROWS = [
 ("IV-CP420", "4-ply compressible, microsphere layer", 1.95, 78, 0.13, 0.85, 0.9, "Conventional and low-migration oil-based"),
 ("IV-UV460", "4-ply compressible, EPDM face", 1.95, 80, 0.12, 0.90, 1.0, "UV, LED-UV, hybrid"),
 ("IV-CT210", "3-ply strippable, 0.50 mm strip depth", 1.70, 75, 0.09, 0.70, 0.8, "Water-based and UV coatings"),
]
FORMAT_ROWS = [
 ("Heidelberg Speedmaster XL 106", "Printing unit", "1052 x 840", "Heidelberg pin bar (quick-change)", "-XL106"),
 ("Heidelberg Speedmaster XL 106", "Coating unit", "1052 x 840", "Heidelberg pin bar (quick-change)", "-XL106"),
 ("Heidelberg Speedmaster SM 74", "Printing unit", "791 x 615", "Heidelberg clamp bar", "-SM74"),
 ("Koenig & Bauer Rapida 106", "Printing unit", "1060 x 880", "KBA aluminium bar", "-RA106"),
]


def make_docx():
    from docx import Document
    d = Document()
    d.add_heading(DOCX_TITLE, 0)
    for h, paras in DOCX:
        d.add_heading(h, 1)
        for p in paras:
            d.add_paragraph(p)
    d.save(os.path.join(K, "supply-and-consignment-terms.docx"))


def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list"
    ws.append(["Inkvelde Blanket Catalogue & Price List 2025 - prices in EUR excl. VAT, valid from 1 January 2025"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["SKU", "Description", "Thickness (mm)", "Unit", "List price EUR", "Volume price 25+ EUR", "Lead time (working days)"])
    for r in PRICE_ROWS:
        ws.append(list(r))
    ws.append([])
    ws.append(["Volume prices apply per order line of 25 or more units of the same SKU. Quote prices prevail over this list."])
    t = wb.create_sheet("Technical data")
    t.append(["Inkvelde blanket technical data (typical values)"])
    t["A1"].font = Font(bold=True, size=13)
    t.append(["Blanket", "Construction", "Thickness (mm)", "Hardness Shore A", "Compressibility (mm at 1,000 kPa)", "Surface roughness Ra (um)", "Elongation at 500 N/5 cm (%)", "Ink / coating systems"])
    for r in TECH_ROWS:
        t.append(list(r))
    f = wb.create_sheet("Press formats")
    f.append(["Press format table - standard cut-and-barred sizes"])
    f["A1"].font = Font(bold=True, size=13)
    f.append(["Press model", "Unit", "Blanket size (mm)", "Bar type", "SKU suffix"])
    for r in FORMAT_ROWS:
        f.append(list(r))
    f.append([])
    f.append(["Presses not listed here are non-standard: 12 working days lead time."])
    wb.save(os.path.join(K, "blanket-catalogue-2025.xlsx"))


def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    ss = getSampleStyleSheet()
    doc = SimpleDocTemplate(os.path.join(K, "technical-guide-tg07.pdf"), pagesize=A4, title=PDF_TITLE)
    story = [Paragraph(PDF_TITLE, ss["Title"]), Paragraph("Inkvelde Blanket Systems B.V. - revision 3, February 2025", ss["Italic"]), Spacer(1, 10)]
    for h, paras in PDF:
        story.append(Paragraph(h, ss["Heading2"]))
        for p in paras:
            story.append(Paragraph(p, ss["BodyText"]))
    doc.build(story)


def make_md():
    with open(os.path.join(K, "warranty-and-claims.md"), "w") as fh:
        fh.write(MD)


if __name__ == "__main__":
    os.makedirs(K, exist_ok=True)
    a = sys.argv[1:]
    if not a or "--office" in a:
        make_docx(); make_xlsx(); make_md()
    if not a or "--pdf" in a:
        make_pdf()
