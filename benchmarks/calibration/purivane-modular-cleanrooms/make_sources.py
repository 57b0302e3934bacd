"""Generate the four knowledge sources of the purivane-modular-cleanrooms scenario.

Run with a Python that has python-docx and openpyxl, plus reportlab (e.g. installed with
`pip install --target /tmp/purivane_pylib reportlab pypdf` and PYTHONPATH=/tmp/purivane_pylib).
"""
import os

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


# --------------------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Purivane Cleanroom Systems GmbH", level=0)
    d.add_heading("Service, Maintenance & Requalification Terms (SRT-2025)", level=1)
    d.add_paragraph(
        "Document SRT-2025, revision 2, effective 1 February 2025. These terms apply to all service plans, "
        "requalification services, call-outs and training delivered by Purivane Cleanroom Systems GmbH "
        "(\"Purivane\") for cleanroom suites, air handling units (AHU), fan filter units (FFU), pass boxes and "
        "monitoring systems supplied by Purivane. Equipment from other manufacturers is serviced only under a "
        "separate written agreement."
    )

    d.add_heading("1. Service plans", level=2)
    d.add_paragraph(
        "Two annual service plans are available. A plan is not included in an equipment quote unless it appears "
        "as a line item; the plan must be selected before the order is placed and runs for 12 months from "
        "handover, renewing automatically each year."
    )
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Feature", "Essential plan (PV-SVC-ESS)", "Premium plan (PV-SVC-PRM)"
    rows = [
        ("Remote support", "Mon-Fri 08:00-17:00 CET by phone and e-mail",
         "24/7 hotline, 365 days a year"),
        ("On-site response to a critical fault",
         "within 2 business days (Germany, Netherlands, Belgium, Luxembourg); 3 business days elsewhere in the EU",
         "within 8 hours, any day, for critical faults (loss of room pressure, AHU stop, FFU failure in an ISO 5 or ISO 7 room)"),
        ("Preventive maintenance visits", "1 per year", "2 per year"),
        ("Spare parts", "list price", "10% discount on spare parts and filters"),
        ("Call-out labour", "charged at the rates in section 3", "included for critical faults; other call-outs at section 3 rates"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph(
        "A critical fault is a fault that stops classified operation of a room. Non-critical faults (for example a "
        "failed HMI backlight or a cosmetic panel defect) are handled at the next scheduled visit or within "
        "10 business days, whichever is earlier."
    )

    d.add_heading("2. Annual requalification (PV-RQ-ANN)", level=2)
    d.add_paragraph(
        "Requalification follows ISO 14644-2 and EU GMP Annex 1 and is carried out at rest unless agreed otherwise. "
        "One visit per year covers up to 6 rooms and up to 30 terminal filters; each additional terminal filter "
        "tested is charged at EUR 95. The visit comprises:"
    )
    for item in [
        "particle count classification according to ISO 14644-1 at rest (in-operation classification on request, "
        "charged at the engineer day rate);",
        "airflow volume, face velocity and air change rate measurement for every room and FFU;",
        "HEPA/ULPA filter installation leak test of every terminal filter with PAO aerosol according to "
        "ISO 14644-3 (DEHS aerosol on request at no extra cost);",
        "verification of the room differential pressures and of the pressure alarms;",
        "recovery test (100:1) in every classified room, every year;",
        "a signed test report, delivered within 10 working days of the visit.",
    ]:
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph(
        "Not included: airflow visualisation (smoke study), quoted separately at EUR 2,400 per study; temperature "
        "and humidity mapping; microbiological environmental monitoring; requalification of isolators, safety "
        "cabinets or equipment not supplied by Purivane. If a test fails because of Purivane-supplied equipment "
        "under warranty, the retest is free of charge; in all other cases the retest is charged at the rates in "
        "section 3."
    )

    d.add_heading("3. Call-out and labour rates (2025)", level=2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Item", "Rate (EUR, excl. VAT)"
    for a, b in [
        ("Engineer day rate (up to 8 hours on site)", "1,380.00"),
        ("Engineer hourly rate, Mon-Fri 07:00-18:00", "185.00"),
        ("Out of hours and Saturdays", "hourly rate + 50%"),
        ("Sundays and public holidays", "hourly rate + 100%"),
        ("Emergency call-out fee (dispatch within 24 hours, without a Premium plan)", "450.00 flat, plus hours"),
        ("Travel beyond 150 km from the nearest service base (Freiburg or Utrecht)", "0.85 per km"),
    ]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b

    d.add_heading("4. Warranty", level=2)
    d.add_paragraph(
        "The warranty starts at handover, which is the date of the signed OQ report, or at the latest 3 months "
        "after delivery to site if handover is delayed for reasons outside Purivane's control. Warranty periods:"
    )
    for item in [
        "modular wall and ceiling panel system (structure and finish): 5 years;",
        "air handling units PV-AHU: 24 months;",
        "EC motors of fan filter units PV-FFU: 36 months; FFU housings 24 months;",
        "monitoring system PV-BMS (hardware and sensors): 24 months;",
        "pass boxes: 24 months, except UV-C lamps;",
        "filters and UV-C lamps are consumables and carry a 6-month warranty against manufacturing defects only.",
    ]:
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph(
        "The warranty is conditional on annual requalification or preventive maintenance by Purivane or a "
        "Purivane-certified partner. Damage caused by disinfectants outside the list in section 6, by filter changes "
        "not following Purivane procedure PV-SOP-014, or by modifications made without Purivane's written consent "
        "is excluded."
    )

    d.add_heading("5. Filter replacement intervals", level=2)
    d.add_paragraph(
        "Intervals are typical values for a pharmaceutical QC laboratory with 2-shift operation; the governing "
        "criterion is always the final pressure drop or a failed test."
    )
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, v in enumerate(["Filter", "Typical interval", "Replace at"]):
        t.rows[0].cells[i].text = v
    for r in [
        ("AHU pre-filter G4 (ISO 16890 Coarse 60%)", "every 3 to 6 months", "final pressure drop 150 Pa"),
        ("AHU bag filter F7 (ePM1 60%)", "every 12 months", "final pressure drop 200 Pa"),
        ("AHU final filter F9 (ePM1 80%)", "every 18 to 24 months", "final pressure drop 300 Pa"),
        ("FFU terminal filter H14 (EN 1822)", "typically 5 to 8 years",
         "pressure drop twice the initial value, or a failed leak test"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v

    d.add_heading("6. Operator training (PV-TRN-GMP)", level=2)
    d.add_paragraph(
        "The one-day on-site course is limited to 8 participants per day and covers gowning, material transfer "
        "through pass boxes and airlocks, behaviour in classified areas, and cleaning and disinfection of the panel "
        "surfaces. Approved disinfectants for powder-coated panels: 70% isopropyl alcohol, hydrogen peroxide up to "
        "6%, and quaternary ammonium compounds. Chlorine-based agents above 1,000 ppm must not be used on "
        "powder-coated panels. Each participant receives a training certificate."
    )
    d.save(os.path.join(KN, "Purivane_Service_and_Requalification_Terms_SRT-2025.docx"))


# --------------------------------------------------------------------------- PDF
def make_pdf():
    path = os.path.join(KN, "PV-MCR_Technical_Specification_and_Site_Requirements.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="PV-MCR Technical Specification and Site Requirements")
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9.5
    body.leading = 12.5
    h1, h2 = ss["Heading1"], ss["Heading2"]
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))

    P("PV-MCR Modular Cleanroom System and PV-AHU Air Handling", h1)
    P("Technical specification and site requirements - document TS-MCR-2025-03, revision C (March 2025). "
      "Purivane Cleanroom Systems GmbH, Freiburg im Breisgau, Germany.")

    P("1. Standard suite PV-MCR-7-120", h2)
    P("The PV-MCR-7-120 is a 120 m2 modular suite for pharmaceutical QC and microbiology laboratories, designed "
      "for ISO 14644-1 Class 7 in operation in the main laboratory. The standard layout comprises:")
    tbl = [["Room", "Area", "Class (in operation)", "Design air changes", "Minimum air changes", "Pressure vs corridor"],
           ["Main laboratory", "84 m2", "ISO 7", "40 per hour", "30 per hour", "+45 Pa"],
           ["Gowning room", "18 m2", "ISO 8", "25 per hour", "20 per hour", "+30 Pa"],
           ["Material airlock", "10 m2", "ISO 8", "25 per hour", "20 per hour", "+30 Pa"],
           ["Personnel exit airlock", "8 m2", "ISO 8", "25 per hour", "20 per hour", "+15 Pa"]]
    t = Table(tbl, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    s.append(t)
    s.append(Spacer(1, 5))
    P("The pressure cascade provides a minimum differential of 15 Pa between adjacent rooms of different "
      "classes (design value 15 Pa, alarm at 10 Pa after a 60-second delay to ride through door openings). "
      "Room conditions: 20 +/- 2 degC and 45 +/- 10% RH. Recovery time (100:1) in the main laboratory is "
      "15 minutes or less. Sound pressure level in the main laboratory is 58 dB(A) or less, measured 1.5 m above "
      "the floor with all FFUs at nominal speed.")

    P("2. Wall, ceiling and doors", h2)
    P("Walls are 50 mm sandwich panels with 0.6 mm powder-coated galvanised steel skins (RAL 9010) and a mineral "
      "wool core, fire classification A2-s1,d0 according to EN 13501-1. Internal corners are coved with a 40 mm "
      "radius. Windows are flush-glazed, 6 mm double glazing. Ceiling panels are walk-on, rated for a 150 kg point "
      "load per panel, so that FFUs and lights can be serviced from above. Upgrade options (priced per m2 of wall in "
      "the price list): HPL-faced panels for high-impact areas, or stainless steel 316L panels for aggressive "
      "disinfection regimes. Doors are 1,000 mm single-leaf hinged doors with interlock between airlock doors; "
      "automatic sliding doors are an option. Panels are demountable: on relocation typically 85% of panels can be "
      "reused.")

    P("3. Air handling and air distribution", h2)
    P("The PV-AHU-4500-EC supplies a nominal 4,500 m3/h with EC plug fans (N+1 redundancy not included; twin-fan "
      "version on request). The fresh-air portion is adjustable from 20% to 100%. Filter stages in the AHU: G4 "
      "(ISO 16890 Coarse 60%), F7 (ePM1 60%) and F9 (ePM1 80%). Terminal filtration is provided by PV-FFU-H14-1206 "
      "fan filter units (1200 x 600 mm, H14 according to EN 1822, EC motor, nominal face velocity 0.45 m/s, "
      "140 W at nominal speed). The cooling coil requires chilled water at 6/12 degC with a cooling capacity of "
      "38 kW; the heating coil uses LTHW at 60/40 degC. Controls: Purivane PLC with a 10-inch touch-screen HMI; "
      "integration with a building management system is available on request and scoped separately.")

    P("4. Site requirements (customer responsibility)", h2)
    for line in [
        "Floor flatness: +/- 3 mm over 2 m; a sealed or coated floor finish suitable for cleanroom use.",
        "Clear height under the building structure: minimum 3.20 m for the standard 2.60 m room height.",
        "AHU electrical supply: 400 V, 3-phase, 50 Hz, fused at 63 A, terminated at an isolator next to the AHU.",
        "Plant space for the AHU: footprint 6.5 m x 2.0 m plus 1.0 m service clearance on the access side; "
        "operating weight 1,850 kg.",
        "Delivery route: minimum door opening 1.2 m wide x 2.1 m high from the unloading point to the installation area.",
        "During installation the site must be clean, dry, lockable and heated to at least 12 degC.",
    ]:
        P("- " + line)

    P("5. Lead times and installation", h2)
    P("Factory lead time from order confirmation and approved layout drawing: 10 weeks for the panel system and "
      "14 weeks for the PV-AHU-4500-EC; FFUs 6 weeks; dynamic pass boxes 8 weeks. On-site installation of a "
      "120 m2 suite takes approx. 25 working days, followed by 5 working days of commissioning and 8 working days "
      "of IQ/OQ execution. Standard working hours are Monday to Friday, 07:00-17:00; weekend work is possible at the "
      "surcharges of the service terms. Building works such as floor coating, drainage, chilled-water pipework up to "
      "the AHU valves and power supply up to the AHU isolator are not included.")
    doc.build(s)


# --------------------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)

    def sheet(ws, title, header, rows, widths):
        price_col = header.index("List price EUR") + 1
        ws.append([title])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append([])
        ws.append(header)
        for c in ws[3]:
            c.font = bold
        for r in rows:
            ws.append(list(r))
            ws.cell(row=ws.max_row, column=price_col).number_format = "#,##0.00"
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w

    ws = wb.active
    ws.title = "Systems & Equipment"
    sheet(ws, "Purivane Price List 2025 - Systems & Equipment (EUR, excl. VAT, DAP EU mainland)",
          ["SKU", "Description", "Key specification", "Unit", "List price EUR", "Lead time (weeks)"],
          [
              ("PV-MCR-7-120", "Modular cleanroom suite ISO 7, 120 m2", "main lab 84 m2 ISO 7 + 3 ISO 8 rooms, 50 mm panels, walk-on ceiling", "suite", 186400, 10),
              ("PV-MCR-8-EXT", "ISO 8 room extension", "per additional 10 m2 of ISO 8 floor area, incl. panels and ceiling", "10 m2", 14200, 10),
              ("PV-AHU-4500-EC", "Air handling unit 4,500 m3/h", "EC plug fans, G4+F7+F9, chilled-water and LTHW coils", "each", 68900, 14),
              ("PV-AHU-8000-EC", "Air handling unit 8,000 m3/h", "EC plug fans, G4+F7+F9, for suites up to 220 m2", "each", 97500, 16),
              ("PV-FFU-H14-1206", "Fan filter unit H14, 1200 x 600 mm", "EC motor, 0.45 m/s, 140 W", "each", 1480, 6),
              ("PV-FFU-H14-0606", "Fan filter unit H14, 600 x 600 mm", "EC motor, 0.45 m/s, 85 W", "each", 1090, 6),
              ("PV-PB-DYN-0606", "Dynamic pass box 600 x 600 x 600 mm", "H14 filtered, interlocked doors, UV-C lamp rated 9,000 h", "each", 6250, 8),
              ("PV-PB-STA-0606", "Static pass box 600 x 600 x 600 mm", "unventilated, interlocked doors, no UV-C", "each", 3150, 6),
              ("PV-BMS-CR-PRO", "Cleanroom monitoring system PV-Sense Pro", "12 measuring points: differential pressure, T/RH, 2 particle counters 28.3 l/min", "system", 24750, 8),
              ("PV-BMS-ADD-PT", "Additional measuring point", "DP or T/RH sensor incl. cabling up to 25 m", "each", 1180, 8),
          ], [18, 40, 62, 8, 15, 17])

    ws = wb.create_sheet("Options & Spares")
    sheet(ws, "Purivane Price List 2025 - Options & Spare Parts (EUR, excl. VAT)",
          ["SKU", "Description", "Unit", "List price EUR", "Note"],
          [
              ("PV-OPT-HPL", "Upgrade: HPL-faced wall panels", "per m2 of wall", 96, "for high-impact areas"),
              ("PV-OPT-SS316", "Upgrade: stainless steel 316L wall panels", "per m2 of wall", 312, "for sporicidal / aggressive disinfection"),
              ("PV-OPT-WIN", "Additional flush window 1200 x 900 mm", "each", 1240, ""),
              ("PV-OPT-DOOR-AUT", "Automatic sliding door with interlock", "each", 7850, "replaces a hinged door"),
              ("PV-FLT-H14-1206", "Replacement H14 filter for PV-FFU-H14-1206", "each", 612, "leak test after installation required"),
              ("PV-FLT-G4-AHU", "Pre-filter set G4 for PV-AHU-4500-EC", "set", 186, ""),
              ("PV-FLT-F7-AHU", "Bag filter set F7 for PV-AHU-4500-EC", "set", 348, ""),
              ("PV-FLT-F9-AHU", "Final filter set F9 for PV-AHU-4500-EC", "set", 524, ""),
              ("PV-UVC-LAMP", "Spare UV-C lamp for dynamic pass box", "each", 145, "rated life 9,000 h"),
          ], [18, 46, 16, 15, 40])

    ws = wb.create_sheet("Services")
    sheet(ws, "Purivane Price List 2025 - Services (EUR, excl. VAT)",
          ["SKU", "Description", "Unit", "List price EUR", "Note"],
          [
              ("PV-INST-CQ", "Installation, commissioning and IQ/OQ for PV-MCR-7-120", "suite", 42300, "incl. documentation package"),
              ("PV-RQ-ANN", "Annual requalification (ISO 14644-2)", "per year", 9850, "up to 6 rooms and 30 terminal filters"),
              ("PV-RQ-EXTRA", "Additional terminal filter tested", "each", 95, ""),
              ("PV-SMOKE", "Airflow visualisation (smoke study)", "per study", 2400, "video documentation included"),
              ("PV-SVC-ESS", "Essential service plan", "per year", 4900, "see SRT-2025 section 1"),
              ("PV-SVC-PRM", "Premium service plan", "per year", 11400, "see SRT-2025 section 1"),
              ("PV-TRN-GMP", "Operator gowning & cleanroom behaviour training", "per day", 1650, "max 8 participants"),
              ("PV-ENG-DAY", "Engineer day rate", "per day", 1380, "up to 8 hours on site"),
              ("PV-EMG-CALL", "Emergency call-out fee", "per call-out", 450, "plus hours; not charged under Premium plan"),
          ], [16, 52, 14, 15, 44])
    wb.save(os.path.join(KN, "Purivane_Price_List_2025.xlsx"))


# --------------------------------------------------------------------------- Markdown KB article
MD = """# Qualification, GMP documentation and data integrity - FAQ

*Purivane Cleanroom Systems knowledge base - article KB-QA-007, last reviewed April 2025*

## Which qualification stages does Purivane perform?
Purivane reviews the customer's user requirement specification (URS) as part of design qualification (DQ) and
executes installation qualification (IQ) and operational qualification (OQ) with its own protocol templates, which the
customer's QA approves before execution. Performance qualification (PQ), i.e. qualification in operation with the
customer's real processes and personnel, is the customer's responsibility. On request Purivane supports PQ on site at
the engineer day rate (EUR 1,380 per day).

## What is in the documentation package?
The package is delivered within 15 working days after the signed OQ report, as PDF/A plus one signed paper copy:
as-built drawings (DWG and PDF), material certificates for panels and filters, the factory acceptance test (FAT)
report of the AHU, calibration certificates of all sensors, executed IQ/OQ protocols and reports, and the operation
and maintenance manual. The standard language is English; a German, Dutch or French translation costs EUR 2,900 per
language.

## Can we attend the factory acceptance test?
Yes. The FAT of the air handling unit takes one day at the Freiburg plant. Up to 3 customer representatives may
attend; their travel costs are borne by the customer.

## Is the monitoring system compliant with 21 CFR Part 11?
The PV-Sense Pro software provides the technical controls required by FDA 21 CFR Part 11 and EU GMP Annex 11:
a complete audit trail, electronic signatures, role-based user management and password ageing. Data is stored on an
on-premise server; the retention period is configurable and defaults to 10 years. Differential pressure and T/RH are
sampled every 1 minute; the particle counters sample 28.3 l/min (1 CFM) with channels at 0.5 um and 5.0 um. Alarms
are sent by e-mail and SMS. Computer system validation (CSV) of the software in the customer's environment remains a
customer task; Purivane supplies a validation support pack.

## How often are the monitoring sensors calibrated?
Differential pressure and T/RH sensors and the particle counters are calibrated every 12 months; particle counters are
calibrated according to ISO 21501-4. Purivane uses swap-out units so that monitoring is not interrupted for more than
30 minutes per measuring point.

## What happens if we modify the cleanroom after OQ?
Any modification to the room envelope, the air handling or the FFU layout after OQ goes through the customer's change
control; the affected rooms must be requalified before they are released again.
"""


def make_md():
    with open(os.path.join(KN, "kb-qualification-gmp-documentation.md"), "w", encoding="utf-8") as f:
        f.write(MD)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", KN)
