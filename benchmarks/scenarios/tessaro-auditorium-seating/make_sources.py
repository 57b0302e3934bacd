"""Generate the knowledge sources for the tessaro-auditorium-seating scenario.

Run with a Python that has python-docx and openpyxl; reportlab is looked up in
/tmp/rl as well (pip install --target /tmp/rl reportlab).
"""
import os
import sys

sys.path.insert(0, "/tmp/rl")

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
KN = os.path.join(HERE, "knowledge")
os.makedirs(KN, exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Tessaro Seating - Warranty and CarePlan Service Terms", 0)
    d.add_paragraph("Edition 2026.1, valid for orders accepted from 1 January 2026. Applies to the Aria range of "
                    "fixed auditorium seating, Tessaro wheelchair platform modules and Tessaro aisle lighting.")

    d.add_heading("1. Warranty periods", 1)
    d.add_paragraph("The warranty starts on the date of the signed handover certificate, not the delivery date. "
                    "Periods per component:")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Component", "Warranty period", "Notes"]):
        t.rows[0].cells[i].text = h
    rows = [
        ("Steel frame, standards and floor fixings", "15 years", "Structural failure and weld defects"),
        ("Tip-up seat mechanism (gravity counterweight)", "10 years or 250,000 cycles, whichever comes first",
         "Cycle count read from the seat counter on sample seats"),
        ("Moulded foam, seat and back", "7 years", "Loss of more than 15% of original thickness"),
        ("Upholstery fabric, Band A and Band B", "5 years", "Seam failure, pilling above grade 3"),
        ("Upholstery fabric, Band C (wool-rich)", "3 years", "Wool fabrics wear faster on armrest edges"),
        ("Aisle-end LED step lights and drivers", "3 years", "Drivers replaced, not repaired"),
        ("Wheelchair platform modules", "5 years", "Includes locking pins and the T-key"),
        ("Timber armrest tops", "2 years", "Finish wear is not a defect"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v

    d.add_heading("2. Conditions of the warranty", 1)
    for s in [
        "The hall is kept between 35% and 65% relative humidity and between 15 and 28 degrees C; sustained "
        "operation outside these limits voids the foam and fabric warranty.",
        "Seats are cleaned as described in the Aria Care Guide. Solvent-based cleaners, steam cleaning of "
        "Band C fabrics and pressure washers void the fabric warranty.",
        "Only Tessaro technicians or CarePlan-certified venue staff adjust tip-up mechanisms or floor fixings.",
        "Attic stock supplied by Tessaro and fitted by trained venue staff keeps its own warranty from the "
        "date it is fitted, up to 8 years after handover.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("3. Exclusions", 1)
    d.add_paragraph("The warranty does not cover: vandalism or deliberate damage; damage from standing on seats or "
                    "armrests; fading caused by direct sunlight; water ingress or flooding; modifications or repairs "
                    "by third parties; chewing gum and ink stains; normal wear of timber armrest finishes; seats "
                    "moved or re-fixed by the venue after handover.")

    d.add_heading("4. Making a claim", 1)
    d.add_paragraph("Report a defect through the Tessaro service portal within 30 days of discovery, with the seat "
                    "reference (row letter and seat number) and at least one photo. Tessaro acknowledges every claim "
                    "the same business day and responds with a diagnosis within 5 business days. Repair or "
                    "replacement is at Tessaro's option. Replaced parts are warranted for the remainder of the "
                    "original period or 12 months, whichever is longer. Safety-critical faults (a seat that does not "
                    "tip up, a loose standard, an exposed edge) must also be reported by phone and the seat taken out "
                    "of use with the supplied red seat cover.")

    d.add_heading("5. CarePlan maintenance (SVC-CARE)", 1)
    d.add_paragraph("CarePlan is Tessaro's maintenance contract for installed seating. It includes:")
    for s in [
        "two preventive maintenance visits per year, one before the autumn season (August/September) and one in "
        "spring (March/April), scheduled on non-performance days;",
        "inspection of every seat's tip-up action, armrest tightness, fixing torque on a 10% sample of standards "
        "and aisle-light function;",
        "on-site response within 48 hours for safety-critical faults and within 10 business days for non-urgent "
        "faults;",
        "up to 40 labour hours of reactive repairs per year; further hours at EUR 68 per hour;",
        "parts up to EUR 2,500 per year; beyond that, parts at list price less 15%;",
        "an annual condition report with a colour-coded seat map of the hall.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph("Term: a minimum initial term of 3 years from handover. Prices are fixed for the initial term. "
                    "The contract then renews for one year at a time, with the annual price indexed to eurozone HICP, "
                    "capped at 4% per year. Either party may end the contract with 90 days' written notice before "
                    "an anniversary date. CarePlan does not cover cleaning, fabric replacement after vandalism, or "
                    "seats that are out of warranty because of an exclusion in section 3 (these are quoted "
                    "separately).")

    d.add_heading("6. Attic stock and reupholstery", 1)
    d.add_paragraph("Tessaro recommends an attic stock of 1% of seat pads and back pads, in the installed fabric, "
                    "so that damaged seats can be swapped within minutes. Attic stock ordered together with the main "
                    "order is supplied at 20% off list price; ordered later it is charged at list price with a "
                    "minimum order of 10 pads, and dye-lot matching cannot be guaranteed.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Reupholstery service (on site, Band A fabric included)"
    t.rows[0].cells[1].text = "Price per seat"
    for a, b in [("Seat pad recover", "EUR 64"), ("Back recover", "EUR 72"),
                 ("Seat pad and back together", "EUR 118"),
                 ("Surcharge for Band B or Band C fabric", "the fabric band surcharge from the price list")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_paragraph("Minimum call-out for reupholstery is 20 seats or EUR 1,400, whichever is higher.")
    d.save(os.path.join(KN, "warranty-careplan-terms.docx"))


# ---------------------------------------------------------------- PDF
def make_pdf():
    path = os.path.join(KN, "project-delivery-guide.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Tessaro Project Delivery and Installation Guide")
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Title"], ss["Heading2"]
    story = [Paragraph("Tessaro Seating - Project Delivery and Installation Guide", h1),
             Paragraph("Fixed auditorium seating projects, revision 7 (January 2026)", body), Spacer(1, 6)]

    def sec(title, paras):
        story.append(Paragraph(title, h2))
        for p in paras:
            story.append(Paragraph(p, body))
            story.append(Spacer(1, 3))

    sec("1. From order to delivery", [
        "A sample chair in the chosen model and fabric is delivered within 3 weeks of order acceptance. The venue "
        "approves the sample chair and the fabric within 10 business days; each further round of sample changes "
        "adds about 2 weeks to the programme.",
        "Manufacturing lead time is 12 weeks from sample approval for Band A and Band B fabrics, and 15 weeks for "
        "Band C or custom-dyed fabrics. Seats are delivered on row-sequenced, labelled pallets, at most 90 seats "
        "per pallet, in the order of installation.",
        "Tessaro provides a setting-out drawing with sightline (C-value) checks before manufacture. Any change to "
        "row layout after sample approval is treated as a variation and may change the price and the programme.",
    ])
    sec("2. Installation programmes", [
        "<b>Continuous closure programme.</b> The hall is closed to the public. Two crews of four fitters install "
        "about 160 seats per working day. Halls of 1,000 to 1,300 seats are typically completed in 3 weeks, "
        "including removal of existing seats and snagging.",
        "<b>Phased programme.</b> The hall stays open for performances while one seating block at a time is "
        "closed off. One crew installs about 60 seats per working day and the block is returned to use each "
        "evening with temporary barriers. Halls of 1,000 to 1,300 seats typically take 7 to 8 weeks.",
        "Installation prices per seat are the same for both programmes when the work is in normal working hours "
        "(Monday to Friday, 07:00 to 19:00). Evening and Saturday work is charged with a 35% surcharge on "
        "installation labour; Sundays and public holidays with a 60% surcharge.",
    ])
    sec("3. Site requirements", [
        "Floors must be concrete of at least 120 mm thickness, strength class C25/30 or better. Standards are "
        "fixed with M10 x 110 mm chemical anchors; timber or raised access floors need a steel sub-frame, which "
        "is quoted separately after a survey.",
        "Riser heights must be within +/- 5 mm of the drawing and treads level within 3 mm over 2 m. The venue "
        "provides a 230 V supply point in each aisle for the LED step lights, an access route with doors at least "
        "1.2 m wide, a goods lift or crane access for upper tiers, and secure storage for at least two days of "
        "deliveries. Lifting equipment is at the venue's cost.",
    ])
    sec("4. Removal of existing seating", [
        "When removal is ordered, Tessaro dismantles the existing seats, separates steel, aluminium, timber and "
        "textiles, and recycles the metal through a licensed recycler; a waste transfer note is issued for every "
        "load. Existing floor anchors are cut flush and the holes filled with epoxy mortar.",
        "Carpet repair or replacement is excluded and must be arranged by the venue. Screeding of damaged risers "
        "is quoted at EUR 85 per linear metre if needed.",
    ])
    sec("5. Payment milestones", [
        "Unless the quote states otherwise: 30% on order acceptance, 50% on delivery of the first consignment to "
        "site, and 20% on the signed handover certificate. Invoices are payable within 30 days of invoice date. "
        "Storage of finished seats at Tessaro's warehouse beyond 4 weeks after the agreed delivery date, at the "
        "venue's request, is charged at EUR 1.20 per seat per week.",
    ])
    sec("6. Acoustic seat undersides", [
        "The TS-ACU-PAN perforated seat underside adds sound absorption when the seat is tipped up and empty, so "
        "that rehearsal and performance acoustics stay close. Absorption is measured to ISO 354 in a reverberation "
        "room; the unoccupied seat is designed to be within 15% of the occupied seat between 500 Hz and 2 kHz. "
        "The acoustic consultant receives the test report before sample approval.",
    ])
    sec("7. Handover", [
        "Handover is a row-by-row inspection with the venue. Snags are listed on the handover certificate and "
        "closed within 10 business days. Tessaro supplies an as-built seating plan in DWG and PDF, the operation "
        "and maintenance manual, and the fire certificates for the installed fabric and foam.",
    ])
    tbl = Table([["Milestone", "Typical timing"],
                 ["Sample chair delivered", "3 weeks after order acceptance"],
                 ["Sample and fabric approval", "within 10 business days"],
                 ["Manufacture, Band A/B", "12 weeks"],
                 ["Manufacture, Band C / custom-dyed", "15 weeks"],
                 ["Installation, continuous closure", "about 3 weeks (1,000-1,300 seats)"],
                 ["Installation, phased", "7 to 8 weeks (1,000-1,300 seats)"],
                 ["Snag closure", "10 business days"]],
                colWidths=[75 * mm, 90 * mm])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                             ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story += [Spacer(1, 6), tbl]
    doc.build(story)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    title = "Tessaro Aria Range - Specification and Price List 2026 (EUR, excluding VAT)"

    def sheet(ws, header, rows, widths):
        ws.append([title])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append(header)
        for c in ws[2]:
            c.font = Font(bold=True)
        for r in rows:
            ws.append(r)
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        for row in ws.iter_rows(min_row=3):
            for c in row:
                if isinstance(c.value, float):
                    c.number_format = "#,##0.00"

    ws = wb.active
    ws.title = "Models"
    sheet(ws, ["SKU", "Model", "Seat width (mm, centres)", "Back height from floor (mm)",
               "Minimum row pitch (mm)", "Weight (kg)", "Folded depth (mm)", "List price EUR", "Notes"],
          [["TS-ARIA-S", "Aria Standard", 520, 980, 900, 19.5, 560, 412.00, "Most common concert-hall seat"],
           ["TS-ARIA-W", "Aria Wide", 600, 980, 950, 22.0, 580, 468.00, "Recommended for about 3% of seats"],
           ["TS-ARIA-P", "Aria Premier", 560, 1080, 1000, 24.5, 610, 545.00, "High back, head cushion"],
           ["TS-ARIA-B", "Aria Balcony", 500, 900, 850, 18.0, 540, 398.00, "Low back for steep balcony rakes"],
           ["TS-WSP-REM", "Removable wheelchair platform module", "replaces 2 seats", "n/a", "n/a", 56.0, "n/a",
            1240.00, "See Accessibility FAQ"]],
          [12, 36, 14, 14, 14, 10, 12, 14, 34])

    ws = wb.create_sheet("Options")
    sheet(ws, ["SKU", "Option", "Unit", "List price EUR", "Compatibility / notes"],
          [["TS-CUP-C", "Clip-on cupholder", "per seat", 14.00, "Fits under any armrest, can be retrofitted"],
           ["TS-CUP-I", "Integrated armrest cupholder", "per armrest", 39.00,
            "Factory-fitted; must be ordered with the chairs"],
           ["TS-TAB-W", "Folding writing tablet", "per seat", 86.00, "Not available on TS-ARIA-W"],
           ["TS-ACU-PAN", "Acoustic perforated seat underside", "per seat", 24.00, "Tested to ISO 354"],
           ["TS-NUM-BR", "Brass seat and row numbering", "per seat", 6.50, "Seat number on back, row on aisle end"],
           ["TS-NUM-TAC", "Tactile and braille seat numbering", "per seat", 11.00, "Replaces TS-NUM-BR"],
           ["TS-LED-AE", "Aisle-end LED step light with row letter", "per unit", 138.00, "24 V DC"],
           ["TS-HEAD-C", "Head cushion", "per seat", 47.00, "Standard on TS-ARIA-P"],
           ["TS-ARM-OAK", "Solid oak armrest top", "per armrest", 29.00, "Standard is beech"]],
          [12, 40, 12, 14, 48])

    ws = wb.create_sheet("Fabrics")
    sheet(ws, ["Range", "Band", "Composition", "Martindale abrasion", "Fire rating (with FR foam)",
               "Surcharge per seat EUR", "Colours"],
          [["Lumen", "A", "100% FR polyester", "100,000 rubs", "EN 1021-1/-2 and BS 5852 Crib 5", 0.0, 24],
           ["Tessera", "B", "85% FR polyester, 15% wool", "80,000 rubs", "EN 1021-1/-2 and BS 5852 Crib 5",
            18.0, 16],
           ["Merino Vello", "C", "90% wool, 10% polyamide", "60,000 rubs", "EN 1021-1/-2 and BS 5852 Crib 5",
            42.0, 12],
           ["Custom-dyed", "C", "Lumen or Merino Vello base", "as base fabric", "tested per venue",
            "on request", "any (minimum 800 seats)"]],
          [16, 8, 30, 20, 32, 20, 22])
    wb.save(os.path.join(KN, "aria-range-spec-price-2026.xlsx"))


# ---------------------------------------------------------------- Markdown KB article
MD = """# Accessibility, Fire Safety and Compliance FAQ

*Tessaro Seating knowledge base, last reviewed January 2026.*

## Wheelchair positions

**How does the removable wheelchair platform work?**
The TS-WSP-REM module replaces two Aria seats on a flat or stepped row. Removing it leaves a level space 900 mm
wide by 1,400 mm deep. Two staff convert one position in about 10 minutes with the supplied T-key; no tools are
needed for the fixings, which stay in the floor. Each module splits into two halves of 28 kg for storage. A storage
trolley (TS-WSP-TRL, EUR 310) carries four halves.

**Can aisle seats have a lift-up armrest for transfer from a wheelchair?**
Yes. The lift-up aisle armrest TS-ARM-LIFT costs EUR 58 per armrest and can be fitted on any Aria model except
Aria Balcony. We recommend it on the aisle seat next to every wheelchair position.

**How many wide seats should we plan?**
We recommend that about 3% of seats are Aria Wide (600 mm), spread over the price zones rather than grouped at
the back.

## Fire safety

**What fire rating do the seats have?**
All standard fabrics (Lumen, Tessera, Merino Vello) combined with Tessaro FR foam meet EN 1021-1 and EN 1021-2
(cigarette and match) and BS 5852 Crib 5. Certificates are issued per order at handover. Custom-dyed or
venue-supplied fabrics must be tested with our foam before manufacture; one test costs EUR 1,850 and takes about
3 weeks.

**Do the aisle lights have battery backup?**
The TS-LED-AE aisle-end light gives at least 1 lux at the step nosing and runs on 24 V DC SELV. Battery backup is
not included: the lights connect to the venue's emergency lighting circuit, which the venue's electrician wires to
the supply point in each aisle.

**What clearway do you design to?**
Our layouts keep a clearway of at least 400 mm between the front of a tipped-up seat and the back of the row in
front, and no more than 22 seats in a row between two aisles. Local fire authorities may require more; the
venue's fire engineer approves the final layout.

## Other accessibility features

- Tactile and braille numbering (TS-NUM-TAC) replaces the brass plates where requested.
- Row letters on the aisle lights are 40 mm high, white on dark grey, for contrast.
- Hearing loops are not part of Tessaro's supply; seat positions for loop coverage can be marked on our layout.
"""


def make_md():
    with open(os.path.join(KN, "accessibility-fire-safety-faq.md"), "w") as f:
        f.write(MD)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", KN)
