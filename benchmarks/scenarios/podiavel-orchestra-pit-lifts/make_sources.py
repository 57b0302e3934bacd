"""Generate the knowledge sources of the podiavel-orchestra-pit-lifts scenario.

Run with python-docx and openpyxl available, and reportlab on the path, e.g.:
    PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: technical specification
def make_docx():
    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Podiavel PitLift S2 and ForeLift A8 - Technical Specification", 0)
    d.add_paragraph("Document PDV-TS-0312, revision D, issued January 2025. Podiavel Bühnentechnik GmbH, "
                    "Augsburg. Applies to orchestra-pit lifts and forestage extension lifts delivered from 2025.")

    d.add_heading("1. System overview", 1)
    d.add_paragraph(
        "The PitLift S2 is a two-section orchestra-pit lift. Each platform section is carried by four rigid-chain "
        "spindle lifting columns (Podiavel SpiroColumn SC-40) mounted on the pit floor; there are no hydraulic "
        "components and no scissor mechanism. The two sections can travel together as one platform or "
        "independently, so that one half of the pit can stand at audience level while the other forms an "
        "orchestra pit. The ForeLift A8 is a single narrow platform in front of the pit that extends the stage "
        "apron; it uses two SpiroColumn SC-25 columns and a guided scissor-free frame.")
    d.add_paragraph(
        "Both lifts are controlled by the StageCommand SP4 control system with a safety PLC rated SIL 2 / PL d. "
        "The SP4 stores up to 12 preset positions per lift. Standard presets for a proscenium house are: stage "
        "level (0 mm), audience level (-1,100 mm), orchestra pit level (-2,300 mm) and storage level "
        "(-3,400 mm, S2 only), where seating wagons are rolled onto or off the platform.")

    d.add_heading("2. Performance data", 1)
    rows = [
        ("Parameter", "PitLift S2 (per section)", "ForeLift A8"),
        ("Platform size", "7.1 x 4.0 m (two sections = 14.2 x 4.0 m)", "8.0 x 1.6 m"),
        ("Maximum travel", "3,400 mm", "1,200 mm"),
        ("Lifting speed", "100 mm/s (adjustable from 5 mm/s)", "60 mm/s (adjustable from 5 mm/s)"),
        ("Live load while moving", "5.0 kN/m²", "3.0 kN/m²"),
        ("Static load, locked position", "7.5 kN/m²", "5.0 kN/m²"),
        ("Point load (100 x 100 mm)", "4.5 kN", "3.0 kN"),
        ("Positioning accuracy", "±1 mm", "±1 mm"),
        ("Synchronisation between sections", "±2 mm", "n/a (single platform)"),
        ("Noise at 1 m, full speed", "42 dB(A)", "47 dB(A)"),
        ("Drive power", "4 x 5.5 kW", "2 x 4.0 kW"),
        ("Dead weight", "9.8 t", "2.6 t"),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph(
        "Live loads apply while the platform is moving; the higher static load applies only once the mechanical "
        "locking bolts have engaged. A concert grand piano on a wagon (approx. 480 kg) may be moved on the S2 "
        "within the live load; it must not be placed on the ForeLift A8 while the A8 is moving.")

    d.add_heading("3. Safety", 1)
    for s in [
        "Designed and certified to EN 17206:2020 (machinery for stages) and the Machinery Directive 2006/42/EC; "
        "CE declaration of conformity issued per lift on acceptance.",
        "Pressure-sensitive safety edges on all four platform edges stop the platform within 10 mm of contact.",
        "Light curtains along the pit edge monitor the gap whenever a platform is more than 150 mm below stage "
        "level; movement is possible only with a hold-to-run pendant while the curtain is interrupted.",
        "Mechanical locking bolts engage automatically at stage level, audience level and orchestra pit level.",
        "Emergency stop category 0 on every pendant and on the control cabinet; after an emergency stop the "
        "lift can only be restarted from the main control desk.",
        "The telescopic pit-edge guard rail (PDV-RAIL-TG) rises to 1,100 mm whenever the adjacent platform is "
        "lower than 500 mm below stage level.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("4. Deck, finish and options", 1)
    d.add_paragraph(
        "Standard deck: 21 mm birch plywood with a black, anti-slip, screwable coating on a steel sub-frame; "
        "deck deflection under full live load is less than 1/500 of the span. Options: solid oak top layer "
        "(PDV-DECK-OAK), additional wired pendant (PDV-PND-W), wireless pendant with 2.4 GHz encrypted link "
        "and 80 m range (PDV-PND-RF), and 8-chair seating wagons (PDV-WAG-08S) for smaller ensembles.")
    d.add_paragraph(
        "Seating wagons run on 4 polyurethane castors (2 braked) and carry 12 musician chairs (PDV-WAG-12S) or "
        "8 chairs (PDV-WAG-08S) with music-stand sockets; one S2 section holds three 12-chair wagons.")
    d.save(K / "Podiavel_PitLift_Technical_Specification.docx")


# ---------------------------------------------------------------- PDF: service and warranty conditions
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = [
        Paragraph("Podiavel Bühnentechnik GmbH - Service and Warranty Conditions 2025", ss["Title"]),
        Paragraph("Valid for orchestra-pit lifts, forestage lifts and StageCommand controls ordered from "
                  "1 January 2025. Document PDV-SW-2025.", body),
        Paragraph("1. Warranty", ss["Heading2"]),
        Paragraph("The standard warranty is 24 months from the signature of the acceptance protocol, but ends "
                  "no later than 30 months after delivery to site. The SpiroColumn lifting columns carry an "
                  "extended warranty of 60 months from acceptance. Wear parts (safety-edge rubber profiles, "
                  "pendant cables, castors and the deck coating) are covered for 6 months.", body),
        Paragraph("The warranty does not cover: damage from loads above the rated live or static load; "
                  "operation by persons who have not completed Podiavel operator training; modifications or "
                  "repairs by third parties; water ingress from stage flooding or sprinkler release; and faults "
                  "arising when the annual expert inspection has not been carried out on time.", body),
        Paragraph("2. Service agreements", ss["Heading2"]),
    ]
    data = [
        ["", "Silver", "Gold", "Platinum"],
        ["Price per year (one pit lift + one forestage lift)", "EUR 5,900", "EUR 9,800", "EUR 15,400"],
        ["Preventive maintenance visits per year", "1", "2", "3"],
        ["Annual expert inspection to EN 17206", "billed at EUR 1,150", "included", "included"],
        ["Remote diagnostics hotline", "business hours", "24/7", "24/7"],
        ["On-site response after fault report", "within 72 hours", "within 24 hours", "within 8 hours"],
        ["Performance-day call-out", "not included", "within 4 hours", "within 2 hours"],
        ["Discount on spare parts", "0%", "15%", "20%"],
        ["Minimum term", "1 year", "3 years", "3 years"],
    ]
    tb = Table(data, colWidths=[70 * mm, 33 * mm, 33 * mm, 33 * mm])
    tb.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
    ]))
    story += [tb, Spacer(1, 6)]
    story += [
        Paragraph("A performance-day call-out applies when the fault is reported between 2 hours before "
                  "curtain-up and the end of a public performance, and the customer has registered the "
                  "performance calendar in the Podiavel service portal at least 14 days ahead. Labour and "
                  "travel for all call-outs are included in Gold and Platinum; parts are billed with the "
                  "discount above. Agreements renew for one year at a time unless terminated with 3 months' "
                  "notice before the end of the term.", body),
        Paragraph("3. Spare parts", ss["Heading2"]),
        Paragraph("Podiavel keeps spare parts for every lift available for 15 years after acceptance. Standard "
                  "parts are shipped within 2 business days from the Augsburg warehouse; SpiroColumn exchange "
                  "units within 10 business days. The recommended on-site spare parts kit (PDV-SPK-S2) contains "
                  "two safety-edge profiles, one limit-switch set, one pendant cable and one drive encoder.", body),
        Paragraph("4. Work outside a service agreement", ss["Heading2"]),
        Paragraph("Technician hour EUR 118, Saturdays +50%, Sundays and public holidays +100%; travel is billed "
                  "at EUR 0.85 per km from Augsburg plus travel time at the hourly rate. Minimum charge per "
                  "visit: 4 hours.", body),
        Paragraph("5. Inspections", ss["Heading2"]),
        Paragraph("EN 17206 requires an inspection by an expert at least once a year and after any major "
                  "modification. Podiavel's inspectors record the result in the lift logbook handed over at "
                  "acceptance and send the customer a written report within 10 business days. Defects "
                  "classified as safety-relevant must be fixed before the lift is used again in a "
                  "performance.", body),
    ]
    SimpleDocTemplate(str(K / "Podiavel_Service_and_Warranty_Conditions_2025.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                      bottomMargin=16 * mm).build(story)


# ---------------------------------------------------------------- XLSX: price list and technical data
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2025"
    ws.append(["Podiavel Bühnentechnik - Price list 2025 (EUR, excl. VAT, ex works Augsburg)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (EUR)", "Lead time (weeks)"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("PDV-OPL-S2-1420", "PitLift S2 orchestra-pit lift, 2 sections, 14.2 x 4.0 m", "each", 214600, 22),
        ("PDV-OPL-S3-2140", "PitLift S3 orchestra-pit lift, 3 sections, 21.4 x 4.0 m", "each", 309800, 26),
        ("PDV-FSL-A8", "ForeLift A8 forestage extension lift, 8.0 x 1.6 m", "each", 68300, 16),
        ("PDV-CTL-SP4", "StageCommand SP4 control, safety PLC, 2 wired pendants", "each", 41850, 14),
        ("PDV-PND-W", "Additional wired pendant, 15 m cable, hold-to-run", "each", 1890, 6),
        ("PDV-PND-RF", "Wireless pendant, encrypted 2.4 GHz, 80 m range", "each", 4950, 8),
        ("PDV-WAG-12S", "Seating wagon, 12 musician chairs", "each", 7450, 12),
        ("PDV-WAG-08S", "Seating wagon, 8 musician chairs", "each", 5980, 12),
        ("PDV-RAIL-TG", "Telescopic pit-edge guard rail", "metre", 1240, 10),
        ("PDV-DECK-OAK", "Solid oak top layer for platform deck", "m²", 310, 8),
        ("PDV-SPK-S2", "On-site spare parts kit for PitLift S2", "kit", 3480, 3),
        ("PDV-INST-TD", "Installation and commissioning", "technician-day", 1380, None),
        ("PDV-TRN-OPS", "Operator training, 1 day, max. 6 trainees", "session", 1650, None),
        ("PDV-TRN-MNT", "Maintenance training for in-house technicians, max. 4 trainees", "day", 2300, None),
        ("PDV-SVC-SILV-Y", "Silver service agreement", "year", 5900, None),
        ("PDV-SVC-GOLD-Y", "Gold service agreement (min. 3 years)", "year", 9800, None),
        ("PDV-SVC-PLAT-Y", "Platinum service agreement (min. 3 years)", "year", 15400, None),
    ]
    for r in rows:
        ws.append(list(r))
    ws.append([])
    ws.append(["Lead times are counted from the customer's approval of the workshop drawings. "
               "Training and installation are scheduled with the project plan."])
    for col, w in zip("ABCDE", (18, 60, 15, 17, 18)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Technical data")
    ws2.append(["Podiavel orchestra-pit and forestage lifts - technical data 2025"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Parameter", "PitLift S2", "PitLift S3", "ForeLift A8"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in [
        ("Sections", "2", "3", "1"),
        ("Total platform size", "14.2 x 4.0 m", "21.4 x 4.0 m", "8.0 x 1.6 m"),
        ("Maximum travel", "3,400 mm", "3,400 mm", "1,200 mm"),
        ("Lifting speed", "100 mm/s", "100 mm/s", "60 mm/s"),
        ("Live load while moving", "5.0 kN/m²", "5.0 kN/m²", "3.0 kN/m²"),
        ("Static load, locked", "7.5 kN/m²", "7.5 kN/m²", "5.0 kN/m²"),
        ("Noise at 1 m, full speed", "42 dB(A)", "44 dB(A)", "47 dB(A)"),
        ("Power supply", "400 V 3-phase, 63 A", "400 V 3-phase, 80 A", "400 V 3-phase, 32 A"),
        ("Lifting columns", "8 x SC-40", "12 x SC-40", "2 x SC-25"),
        ("Heaviest single component", "1.9 t", "1.9 t", "0.7 t"),
    ]:
        ws2.append(list(r))
    for col, w in zip("ABCD", (30, 22, 22, 22)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Installation days")
    ws3.append(["Typical installation effort (technician-days, crew of 3 plus site lead)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Configuration", "Technician-days", "Calendar weeks on site"])
    for r in [("PitLift S2 alone", 18, 4), ("PitLift S2 + ForeLift A8", 26, 5),
              ("PitLift S3 alone", 25, 5), ("PitLift S3 + ForeLift A8", 33, 6)]:
        ws3.append(list(r))
    wb.save(K / "Podiavel_Price_List_and_Technical_Data_2025.xlsx")


# ---------------------------------------------------------------- MD: knowledge-base article
MD = """# Site requirements and installation process for orchestra-pit lifts

*Podiavel knowledge base - article KB-117, updated February 2025*

This article explains what the venue must provide before Podiavel installs a PitLift or ForeLift, and how the
installation runs from setting-out to handover.

## What the venue provides (builders' work)

- **Pit floor:** reinforced concrete of at least C25/30, flatness within ±5 mm over 2 m. Where the floor is
  outside tolerance the venue's contractor must level it before our crew arrives; our crew does not grind or
  screed.
- **Anchor pockets:** one pocket of 300 x 300 x 250 mm per lifting column, positioned to the approved
  workshop drawings. A PitLift S2 needs 8 pockets, a ForeLift A8 needs 2.
- **Pit walls:** vertical within ±10 mm over the full pit depth; the gap between platform and wall is 15 mm.
- **Power:** a dedicated 400 V 3-phase supply of 63 A for the PitLift S2 drive cabinet and 32 A for the
  ForeLift A8, plus a separate 230 V 16 A circuit for the StageCommand SP4 control. Supplies must be ready and
  tested two weeks before commissioning starts.
- **Access:** a load-in route at least 2.4 m wide and 2.8 m high from the delivery bay to the pit. The heaviest
  single component (a SpiroColumn SC-40) weighs 1.9 t; the venue provides a forklift or chain hoist with a
  certified capacity of at least 2 t, or books one through us at cost.
- **Site facilities:** a lockable storage area of at least 30 m² near the stage, welfare facilities and
  Wi-Fi or a 4G-capable location for the remote diagnostics modem.
- **Old equipment:** removal of an existing lift is not part of a standard installation and is quoted separately.

## Installation sequence (PitLift S2 + ForeLift A8, 5 weeks)

| Week | Work |
|---|---|
| 1 | Setting-out, survey of anchor pockets, grouting of column base plates (grout cures 72 hours) |
| 2-3 | Lifting columns, platform sub-frames, decks, pit-edge guard rail |
| 4 | Electrical installation, StageCommand SP4, safety edges and light curtains, commissioning |
| 5 | Load test, expert acceptance inspection to EN 17206, operator training, handover |

Our standard crew is three technicians plus a site lead. We work on site from 07:00 to 18:00, Monday to Friday.
Saturday work is possible if requested at least 10 business days in advance and is billed at the Saturday
rate. The orchestra pit cannot be used at all during weeks 1 to 4; in week 5 it can be used for rehearsals
only after the load test has been passed.

## Acceptance and handover

Acceptance consists of a functional test of every preset, the safety-edge and light-curtain tests, and a load
test at 110% of the rated live load. The independent expert signs the inspection report, and the customer and
Podiavel sign the acceptance protocol; the warranty starts on that date. At handover the venue receives the
operating manual in German and English, the lift logbook, the CE declaration of conformity and the as-built
drawings (PDF and DWG).

## Common delays

The most frequent delays are late approval of the workshop drawings (every week of delay moves delivery by one
week), anchor pockets out of position, and power supplies that are not ready. If our crew has to stand down
because site work is not ready, waiting time is billed per technician-day.
"""


def make_md():
    (K / "site-requirements-and-installation.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
