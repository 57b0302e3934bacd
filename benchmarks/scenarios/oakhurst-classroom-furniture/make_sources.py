"""Generate the four knowledge sources of the oakhurst-classroom-furniture scenario.

Run with a Python that has python-docx and openpyxl; reportlab may live in a scratch folder:
    PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
"""
import os
import sys

for extra in (os.environ.get("SCENARIO_PYPATH"), "/tmp/rl"):
    if extra and os.path.isdir(extra) and extra not in sys.path:
        sys.path.append(extra)

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "knowledge")
os.makedirs(OUT, exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Oakhurst Classroom Range: Product & Compliance Guide 2025", 0)
    d.add_paragraph(
        "Issued by Oakhurst Educational Furniture Ltd, January 2025 (edition 7). This guide covers the pupil "
        "tables, pupil chairs, teacher's desks, teacher's chairs, tray storage and height-adjustable desks in the "
        "2025 Education Price List. It states the standards each product is tested to, materials, stacking, "
        "colours and the warranty that applies from the handover date.")

    d.add_heading("1. Standards and testing", 1)
    for t in [
        "Pupil chairs and pupil tables are tested to BS EN 1729-1:2015 (functional sizes) and "
        "BS EN 1729-2:2012+A1:2015 (safety requirements and test methods) by an independent UKAS-accredited "
        "laboratory. Test reports are available on request for each size mark.",
        "Teacher's desks are tested to BS EN 527-2 (strength, durability and stability of work tables).",
        "The teacher's swivel chair is tested to BS EN 1335-2. Its upholstery meets BS 5852 Crib 5 "
        "(ignition source 5) as required for seating in schools; fabric certificates are supplied at handover.",
        "Tray storage units are tested to BS EN 16121 (non-domestic storage furniture) including the "
        "overturning test with all trays loaded and one bay fully extended.",
        "The height-adjustable electric desk is CE and UKCA marked and tested to BS EN 527-2 and "
        "BS EN 60335-1 for the control box.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("2. Size marks (BS EN 1729-1)", 1)
    d.add_paragraph(
        "Every pupil chair and table carries a size-mark colour label. Chair and table of the same size mark "
        "belong together. The stature range is the height of the pupil standing without shoes.")
    rows = [
        ("Size mark", "Colour code", "Pupil stature (mm)", "Seat height (mm)", "Table height (mm)"),
        ("1", "Orange", "930-1160", "260", "460"),
        ("2", "Violet", "1080-1210", "310", "530"),
        ("3", "Yellow", "1190-1420", "350", "590"),
        ("4", "Red", "1330-1590", "380", "640"),
        ("5", "Green", "1460-1765", "430", "710"),
        ("6", "Blue", "1590-1880", "460", "760"),
        ("7", "Brown", "1740-2070", "510", "820"),
    ]
    tb = d.add_table(rows=len(rows), cols=5)
    tb.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            tb.cell(i, j).text = v
    d.add_paragraph(
        "Oakhurst stocks size marks 3 to 7 for tables and chairs. Size marks 1 and 2 are made to order "
        "with 2 weeks added to the lead time.")

    d.add_heading("3. Materials", 1)
    for t in [
        "Table tops: 25 mm melamine-faced chipboard (MFC), FSC-certified board, formaldehyde emission class E1, "
        "with 2 mm PVC edging, radiused corners (minimum 3 mm radius).",
        "Table frames: 25 x 25 mm square steel tube, 1.5 mm wall, epoxy-polyester powder coat; each leg has a "
        "levelling glide adjustable by 10 mm.",
        "Pupil chair shells: one-piece polypropylene shell with 30% post-industrial recycled content, with a "
        "ventilation slot and carry handle; frame 18 mm round steel tube, 1.5 mm wall. The shell is fixed with "
        "four tamper-resistant rivets.",
        "Teacher's desk: 25 mm MFC top, 18 mm MFC carcass, 3-drawer pedestal with one key for all drawers; "
        "cable port 80 mm diameter.",
        "Tray storage: 18 mm MFC carcass, polypropylene trays, four 50 mm castors of which two are braking.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("4. Stacking and handling", 1)
    d.add_paragraph(
        "Pupil chairs stack up to 8 high on the floor, or up to 15 high on the OK-TRL-15 stacking trolley. "
        "Stacks taller than 8 on the floor are unstable and void the warranty for the chairs involved. "
        "Trapezoid and rectangular pupil tables are not stackable; chairs may be lifted onto them for floor "
        "cleaning (see the care article).")

    d.add_heading("5. Colours", 1)
    d.add_paragraph(
        "Table frames: 6 standard colours (Graphite, Silver, Navy, Forest, Signal Red, Sky). "
        "Pupil chair shells: 8 standard colours (Graphite, Charcoal, Navy, Royal Blue, Lime, Tangerine, Berry, "
        "Stone). MFC tops: 5 finishes (Beech, Maple, Light Grey, White, Oak). Teacher's chair fabric: 4 colours "
        "(Charcoal, Navy, Burgundy, Teal). Non-standard RAL frame colours are made to order: minimum 50 items "
        "per colour, 2 weeks added to the lead time, and such items cannot be returned.")

    d.add_heading("6. Warranty", 1)
    d.add_paragraph("The warranty runs from the handover date recorded on the installation sign-off sheet.")
    wrows = [
        ("Product / component", "Warranty"),
        ("Steel frames of pupil chairs and pupil tables", "10 years"),
        ("MFC table tops and PVC edging", "5 years"),
        ("Polypropylene chair shells", "5 years"),
        ("Teacher's desk carcass and top", "10 years"),
        ("Teacher's desk locks and drawer runners", "2 years"),
        ("Teacher's swivel chair frame and base", "5 years"),
        ("Teacher's swivel chair gas lift and mechanism", "2 years"),
        ("Teacher's swivel chair upholstery", "1 year"),
        ("Height-adjustable desk frame", "5 years"),
        ("Height-adjustable desk motor, control box and handset", "2 years"),
        ("Tray storage carcass", "10 years"),
        ("Tray storage castors", "2 years"),
        ("Trays", "1 year"),
    ]
    tb = d.add_table(rows=len(wrows), cols=2)
    tb.style = "Table Grid"
    for i, r in enumerate(wrows):
        for j, v in enumerate(r):
            tb.cell(i, j).text = v
    d.add_paragraph(
        "Exclusions: the warranty does not cover damage caused by vandalism, graffiti or deliberate misuse; "
        "standing or sitting on tables; stacking beyond the stated limits; use outdoors; loads above the rated "
        "load in the price list specifications; cleaning with chemicals not approved in the care article; or "
        "repairs and modifications by anyone other than Oakhurst. Under warranty Oakhurst repairs or replaces "
        "the faulty item at its option. Labour is included in the first 2 years; from year 3 labour is charged "
        "at the call-out rate unless the item is covered by a Classroom Care Plan. Normal wear such as scuffed "
        "powder coat, worn glides and faded fabric is not a defect.")
    d.save(os.path.join(OUT, "oakhurst-product-compliance-guide-2025.docx"))


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9.5
    body.leading = 12.5
    h = ss["Heading2"]
    story = [Paragraph("Oakhurst Educational Furniture Ltd: Delivery, Installation &amp; Aftercare Terms", ss["Title"]),
             Paragraph("Version 3.2, effective 1 February 2025. These terms apply to every quote that refers "
                       "to them, unless the quote states otherwise.", body), Spacer(1, 6)]

    def sec(title, paras):
        story.append(Paragraph(title, h))
        for p in paras:
            story.append(Paragraph(p, body))
            story.append(Spacer(1, 3))

    sec("1. Lead times", [
        "Standard colours: 6-8 weeks from order confirmation and written sign-off of the classroom layout "
        "drawings. Made-to-order colours and size marks 1 and 2: add 2 weeks. Height-adjustable electric desks "
        "(OK-HA-DESK-ELEC): 8-10 weeks. Lead times are to the installation date, not to dispatch.",
    ])
    sec("2. Installation windows", [
        "Installation in school holidays is planned in advance. Installation slots in the summer holiday must "
        "be confirmed by 30 April; requests after 30 April are accepted subject to availability only.",
        "Our installation teams work Monday to Friday, 07:30-17:00. Weekend working, where the school requests "
        "it, carries a surcharge of £195 per classroom per day. Evening working after 17:00 is not offered.",
        "Installation covers unloading, carrying to the room, assembly, placing to the agreed layout, levelling "
        "and removal of all packaging. Cardboard and film are taken to our depot and recycled; no packaging is "
        "left in school skips.",
    ])
    sec("3. Site readiness and access", [
        "The rooms must be clean, with flooring finished and decorating complete, and a clear route from the "
        "delivery point. Where there is no lift and items must be carried up stairs, a charge of £2.40 per item "
        "per floor applies. Carry distances over 25 m from the vehicle are charged at the same rate.",
        "If our team arrives and the site is not ready, a wasted-visit charge of £350 per vehicle applies and the "
        "installation is rebooked at the next free slot.",
    ])
    sec("4. Removal of old furniture (optional)", [
        "We can remove and dispose of existing furniture at installation: £18 per chair or pupil table, "
        "£45 per teacher's desk or storage unit. Items in usable condition are passed to our charity reuse "
        "partner where possible; the rest is recycled. Items containing asbestos or contaminated items are "
        "not accepted.",
    ])
    sec("5. Damage and shortages", [
        "Visible damage or shortages must be noted on the delivery note and reported to us within 48 hours of "
        "installation. Concealed damage must be reported within 5 working days. We replace damaged items free "
        "of charge; replacements follow the lead time of the item.",
    ])
    sec("6. Payment", [
        "Payment is due 30 days from invoice date. For orders over £50,000 net (excluding VAT) a 30% deposit is "
        "invoiced on order confirmation and the balance is invoiced at handover. We may charge interest on late "
        "payment under the Late Payment of Commercial Debts (Interest) Act 1998. Prices exclude VAT.",
    ])
    sec("7. Returns", [
        "Standard items that are unused and in their original packaging may be returned within 14 days of "
        "delivery, subject to a 20% restocking fee and collection cost. Made-to-order items (non-standard colours, "
        "size marks 1 and 2) cannot be returned.",
    ])
    sec("8. Classroom Care Plan (OK-CARE-3Y)", [
        "The Classroom Care Plan runs for 3 years from handover and is priced per classroom. Care Plan fees are "
        "invoiced annually in advance, one third of the plan price each year.",
        "Included: one inspection visit a year, in a school holiday agreed with the school, covering every "
        "Oakhurst item in the classroom (stability, welds and frame joints, rivets, glides, edging, castors, "
        "height-adjustable desk function); minor repairs during the visit with labour included (replacing "
        "glides, re-fixing edging, tightening fixings, adjusting drawer runners); and an inspection report with "
        "an item-by-item condition log for the school's health and safety records.",
        "Replacement parts that are outside warranty are charged at list price less 15%. "
        "Safety-critical defects reported by the school (for example a cracked frame or an unstable storage "
        "unit) receive a response within 2 working days, in which we make the item safe or remove it. Other "
        "defects are attended within 10 working days.",
        "Without a Care Plan, repair visits are charged at £120 per visit plus parts at list price.",
    ])
    story.append(Spacer(1, 6))
    t = Table([["Service", "Charge (ex VAT)"],
               ["Weekend installation", "£195 per classroom per day"],
               ["Stairs without lift / carry over 25 m", "£2.40 per item per floor"],
               ["Wasted visit", "£350 per vehicle"],
               ["Old furniture removal", "£18 per chair or table; £45 per desk or storage unit"],
               ["Repair visit without Care Plan", "£120 per visit plus parts"]],
              colWidths=[70 * mm, 90 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("FONTSIZE", (0, 0), (-1, -1), 9),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story.append(t)
    SimpleDocTemplate(os.path.join(OUT, "oakhurst-delivery-installation-aftercare-terms.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                      title="Oakhurst Delivery, Installation & Aftercare Terms v3.2").build(story)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price List 2025"
    ws.append(["Oakhurst Educational Furniture: Education Price List 2025 (GBP, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Band prices apply per line item quantity. Valid for orders confirmed 1 January - 31 December 2025."])
    ws.append([])
    hdr = ["SKU", "Description", "Unit", "Price 1-49", "Price 50-199", "Price 200+", "Lead time (weeks)", "Notes"]
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
    rows = [
        ("OK-TDL-1206-6", "Trapezoid pupil table 1200x600, size mark 6 (760 mm), MFC top", "each", 128.00, 118.00, 109.00, "6-8", "Other size marks: -3, -4, -5, -7 at the same price"),
        ("OK-RTB-1206-6", "Rectangular 2-seat pupil table 1200x600, size mark 6", "each", 112.00, 104.00, 97.00, "6-8", ""),
        ("OK-CHR-P6-46", "Poly-shell pupil chair, size mark 6 (460 mm seat)", "each", 46.00, 41.50, 38.90, "6-8", "Nylon glides standard"),
        ("OK-CHR-P7-51", "Poly-shell pupil chair, size mark 7 (510 mm seat)", "each", 47.50, 42.90, 40.20, "6-8", ""),
        ("OK-TCH-DESK-1600", "Teacher's desk 1600x800 with lockable 3-drawer pedestal", "each", 389.00, 389.00, 389.00, "6-8", ""),
        ("OK-TCH-CHR-SW", "Teacher's swivel chair, gas lift, fabric seat", "each", 164.00, 164.00, 164.00, "6-8", "Fabric to BS 5852 Crib 5"),
        ("OK-STR-TRAY-3B", "Tray storage unit, 3 bays, 24 shallow trays, on castors", "each", 472.00, 449.00, 449.00, "6-8", "Trays in 6 colours"),
        ("OK-HA-DESK-ELEC", "Height-adjustable electric pupil desk 1200x700", "each", 695.00, 695.00, 695.00, "8-10", "Accessibility desk"),
        ("OK-TRL-15", "Stacking trolley for up to 15 pupil chairs", "each", 129.00, 129.00, 129.00, "6-8", ""),
        ("OK-TRY-SHAL", "Shallow tray 75 mm, spare or replacement", "each", 5.20, 5.20, 5.20, "2", ""),
        ("OK-TRY-DEEP", "Deep tray 150 mm (takes the space of 2 shallow trays)", "each", 9.40, 9.40, 9.40, "2", "Swap in any bay"),
        ("OK-GLD-FELT", "Felt glide set for one pupil chair (4 glides), factory fitted", "per chair", 1.80, 1.80, 1.80, "no extra", "For timber, vinyl and laminate floors"),
        ("OK-INST-DEL", "Delivery, installation and packaging removal", "per classroom", 285.00, 285.00, 285.00, "-", "Up to 60 items per classroom"),
        ("OK-CARE-3Y", "Classroom Care Plan, 3-year term", "per classroom", 262.50, 262.50, 262.50, "-", "Invoiced annually in advance"),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDEFGH", (20, 62, 14, 11, 13, 11, 17, 44)):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=5, min_col=4, max_col=6):
        for c in row:
            c.number_format = "0.00"

    sp = wb.create_sheet("Specifications")
    sp.append(["Oakhurst Classroom Range: Product Specifications 2025"])
    sp["A1"].font = Font(bold=True, size=13)
    sp.append([])
    sp.append(["SKU", "W x D x H (mm)", "Weight (kg)", "Rated load", "Stacking", "Main materials"])
    for c in sp[3]:
        c.font = Font(bold=True)
    for r in [
        ("OK-TDL-1206-6", "1200 x 600 x 760", 17.5, "100 kg distributed", "not stackable", "25 mm MFC top, steel frame"),
        ("OK-RTB-1206-6", "1200 x 600 x 760", 16.0, "100 kg distributed", "not stackable", "25 mm MFC top, steel frame"),
        ("OK-CHR-P6-46", "420 x 500 x 800", 4.1, "110 kg user", "8 on floor / 15 on trolley", "polypropylene shell, steel frame"),
        ("OK-CHR-P7-51", "440 x 520 x 850", 4.4, "110 kg user", "8 on floor / 15 on trolley", "polypropylene shell, steel frame"),
        ("OK-TCH-DESK-1600", "1600 x 800 x 725", 58.0, "120 kg distributed", "-", "MFC top and carcass"),
        ("OK-TCH-CHR-SW", "640 x 640 x 900-1020", 12.8, "120 kg user", "-", "nylon 5-star base, fabric seat"),
        ("OK-STR-TRAY-3B", "1030 x 430 x 880", 38.0, "5 kg per shallow tray, 8 kg per deep tray", "-", "MFC carcass, PP trays"),
        ("OK-HA-DESK-ELEC", "1200 x 700 x 620-1040", 41.0, "80 kg distributed", "-", "single motor, anti-collision"),
        ("OK-TRL-15", "560 x 620 x 180", 9.0, "15 chairs", "-", "steel, 4 braked castors"),
    ]:
        sp.append(list(r))
    for col, w in zip("ABCDEF", (20, 22, 12, 40, 26, 34)):
        sp.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "oakhurst-price-list-2025.xlsx"))


# ---------------------------------------------------------------- Markdown KB article
KB = """# Choosing, using and caring for Oakhurst classroom furniture

*Knowledge-base article, Oakhurst Educational Furniture, updated February 2025.*

## Which size mark do our pupils need?
Size marks follow BS EN 1729-1 and are chosen by pupil stature, not by age. As a guide for secondary schools:
Year 7 and 8 classes usually need a mix of size marks 5 and 6; Year 9 to Year 11 mostly size mark 6; sixth form
mostly size mark 6 with some size mark 7. We recommend that 10-15% of the chairs and tables in a Year 7-8 room are
one size mark smaller than the rest. Measure a sample class if unsure; we provide a free stature wall chart.

## Accessible desks for wheelchair users
The height-adjustable electric desk OK-HA-DESK-ELEC adjusts from 620 to 1040 mm at the push of a button, so it
suits wheelchair users and pupils who stand to work. It gives a clear knee space 700 mm wide between the legs at
every height, has an anti-collision sensor that stops and reverses the desk if it meets an obstruction, three
memory positions and a child lock on the handset. Rated load is 80 kg distributed. It needs one standard 13 A
socket within 2 m. Do not lift chairs onto this desk for floor cleaning.

## Floors and glides
Pupil chairs are supplied with nylon glides, which suit carpet tiles and most hard floors. For timber, vinyl
or laminate floors specify the felt glide set OK-GLD-FELT at £1.80 per chair: it is fitted at the factory and adds
no lead time. Felt glides should be checked every term and replaced at least every 12 months; spare sets are
available.

## Lifting chairs onto tables for cleaning
Pupil chairs may be lifted seat-down onto trapezoid and rectangular pupil tables for floor cleaning: two chairs per
trapezoid table, four per rectangular table. Do not lift chairs onto teacher's desks or height-adjustable desks.

## Cleaning
- Everyday: warm water with a pH-neutral detergent and a soft cloth, then dry.
- Disinfection: alcohol wipes with up to 70% alcohol are fine on table tops and chair shells.
- Avoid: bleach solutions stronger than 1,000 ppm available chlorine, abrasive pads and cream cleaners, and
  solvent-based graffiti removers on PVC edging or chair shells.
- Marker pen: use a melamine sponge, lightly, on MFC tops only.
Cleaning with chemicals outside this list voids the warranty for the items affected.

## Safety rules for pupils and staff
Nobody should stand or sit on tables or stand on chairs. Tray storage units must have both braking castors locked
when in use, and no more than one bay should be fully pulled out at a time. Report a cracked frame or a wobbly
storage unit to the site team at once and take the item out of use.
"""


def make_md():
    with open(os.path.join(OUT, "kb-choosing-using-caring.md"), "w", encoding="utf-8") as f:
        f.write(KB)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", OUT)
