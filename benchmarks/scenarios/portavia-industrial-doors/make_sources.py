"""Generate the four knowledge sources of the portavia-industrial-doors scenario.

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv; reportlab installed with `pip install --target /tmp/rl reportlab`).
"""
import os
import sys

if os.path.isdir("/tmp/rl"):
    sys.path.insert(0, "/tmp/rl")

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)


# ---------------------------------------------------------------- DOCX: SLA
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Portavia DoorCare Service Level Agreement", 0)
    d.add_paragraph("Version 2025.1 - applies to all DoorCare maintenance contracts signed from 1 January 2025. "
                    "Portavia Door Services B.V., Ringbaan-Oost 212, Tilburg.")

    d.add_heading("1. Scope of the agreement", 1)
    d.add_paragraph(
        "This SLA covers the door types listed in the customer's asset register: sectional overhead doors, "
        "high-speed rapid-roll doors, roller shutters and fire shutters, including their operators, control panels, "
        "safety edges and photocells. Dock levellers, dock shelters and dock seals are excluded from this SLA and are "
        "not maintained under DoorCare, even where they share a control panel with a covered door. Pedestrian "
        "wicket doors built into a sectional door are serviced together with their host door at no extra charge.")

    d.add_heading("2. Planned preventive maintenance (PPM)", 1)
    d.add_paragraph(
        "Sectional overhead doors receive 2 PPM visits per year (one every 6 months). High-speed rapid-roll doors "
        "receive 4 PPM visits per year (quarterly), because their cycle counts typically exceed 150,000 cycles per "
        "year. Fire shutters receive one annual drop test and certification visit as described in the Portavia "
        "Fire Shutter Testing & Certification Guide. Roller shutters receive 1 PPM visit per year.")
    d.add_paragraph(
        "Every PPM visit follows the Portavia 42-point checklist: spring tension and spring cycle count, lifting "
        "cables and drums, hinges and rollers, track alignment, operator and brake, emergency manual operation, "
        "safety edge and photocell test to EN 12453, force measurement at the closing edge, lubrication and a "
        "logbook entry in Portavia Connect. PPM visits take place during normal hours, Monday to Friday "
        "07:00-17:00. Consumables (lubricant, fasteners, cable ties) up to EUR 15 per door per visit are included; "
        "replacement parts are not included in the PPM price and are charged at the Portavia rate card after "
        "written approval by the customer for any single part above EUR 250.")

    d.add_heading("3. Reactive call-outs and response times", 1)
    d.add_paragraph(
        "Faults are logged through Portavia Connect (QR label on each door) or the 24-hour hotline "
        "+31 85 040 2210. Response time is measured from the moment the ticket is logged until the technician "
        "arrives on site. Faults are classified as follows:")
    d.add_paragraph("Category A - a door stuck open that compromises site security, a door stuck closed that blocks "
                    "an operational dock, or a failed safety device (safety edge, photocell, brake).", style="List Bullet")
    d.add_paragraph("Category B - any other fault, including noisy operation, damaged seals, slow operation or a "
                    "door that is usable in manual mode.", style="List Bullet")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Cover", "Category A response", "Category B response"
    for row in [("Standard DoorCare (no Priority cover)", "within 8 working hours", "next working day"),
                ("With Priority call-out cover (PDS-CALL-PRI)", "within 4 hours, 24/7/365", "within 8 hours, 24/7/365")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph(
        "Without Priority cover, each reactive visit carries the call-out fee shown on the rate card plus labour. "
        "With Priority call-out cover the call-out fee is waived and the first hour of labour on site is included "
        "for every call-out, with no limit on the number of call-outs; labour beyond the first hour and parts are "
        "charged at the rate card.")
    d.add_paragraph(
        "Service credits: if Portavia misses a Category A response time under Priority cover, the customer "
        "receives a credit of 10% of the monthly equivalent of the Priority cover fee for each missed response, "
        "capped at 50% of the monthly equivalent in any calendar month. Credits are applied to the next invoice.")

    d.add_heading("4. Term, renewal and pricing", 1)
    d.add_paragraph(
        "The initial term is 36 months from the contract start date. The contract then renews automatically for "
        "successive 12-month periods unless either party gives written notice at least 90 days before the end of "
        "the current term. PPM fees, Priority cover and the Portavia Connect licence are indexed once a year on the "
        "anniversary of the start date using the CBS collective labour agreement wage index, with the increase "
        "capped at 4% per year.")
    d.add_paragraph(
        "Invoicing: PPM fees are invoiced quarterly in advance; Priority call-out cover and the Portavia Connect "
        "licence are invoiced annually in advance; parts and additional labour are invoiced monthly in arrears. "
        "Payment is due within 30 days of the invoice date.")

    d.add_heading("5. Exclusions", 1)
    for s in [
        "Damage from vehicle impact (forklift, truck or trailer strikes) is not covered by PPM or Priority cover; "
        "impact repairs are carried out on a quotation basis after an on-site assessment.",
        "Faults caused by misuse, unauthorised modification, or repairs by third parties.",
        "Doors older than 25 years or fitted with drive units that the manufacturer has discontinued are serviced "
        "on a best-effort basis; Portavia cannot guarantee the availability of parts for them.",
        "Work at height above 8 m requires a mobile elevating work platform (MEWP); hire is charged at cost plus 12%.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("6. Take-on survey", 1)
    d.add_paragraph(
        "Within the first 30 days of the contract Portavia carries out a condition survey of every door in the "
        "asset register and tags each door with a Portavia Connect QR label. A door found in an unsafe condition is "
        "taken out of service with the customer's site manager, and a remedial quotation is issued within 5 working "
        "days. Doors that fail the take-on survey are excluded from PPM and Priority cover until the remedial work "
        "has been completed. The take-on survey is included in the first PPM round and is not invoiced separately.")
    d.save(os.path.join(K, "doorcare-sla-2025.docx"))


# ---------------------------------------------------------------- PDF: fire shutter guide
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h = ss["Heading2"]
    story = [Paragraph("Fire Shutter Testing &amp; Certification Guide", ss["Title"]),
             Paragraph("Portavia Door Services B.V. - Technical guide TG-07, edition March 2025", body),
             Spacer(1, 0.4 * cm)]

    def sec(title, paras):
        story.append(Paragraph(title, h))
        for p in paras:
            story.append(Paragraph(p, body))
            story.append(Spacer(1, 0.15 * cm))

    sec("1. Why fire shutters are tested every year", [
        "Fire shutters are part of the building's passive fire protection. They are designed to EN 16034 and "
        "EN 13241 and must close reliably when the fire alarm triggers or when the supply power fails. Most "
        "property insurers require a documented test at least once every 12 months. Portavia tests every fire "
        "shutter once a year and recommends an additional visual inspection every 6 months where shutters are "
        "located in traffic routes used by forklifts.",
    ])
    sec("2. The annual drop test", [
        "The shutter is released from the open position using the fire alarm interface signal, and again using "
        "the fusible link or the fail-safe release on power loss. The technician records the descent speed, which "
        "must be between 0.05 and 0.15 m/s over the full travel, and the closing time: the curtain must close "
        "fully within 60 seconds. The governor, the bottom bar contact with the floor, the curtain guides and the "
        "manual reset are checked and the results are entered on the test sheet.",
        "A drop test takes 45 to 90 minutes per shutter, depending on the shutter height and the reset mechanism. "
        "The area under the shutter must be cleared for 3 m on each side before the test starts.",
        "Portavia does not isolate or reset third-party fire alarm systems. The customer must arrange the "
        "isolation of the fire alarm panel and the re-arming afterwards with its own alarm contractor, and must "
        "have that contractor or a competent person present during the test.",
    ])
    sec("3. Certificates", [
        "A test certificate for each shutter that passes is issued within 5 working days of the test. "
        "Certificates are uploaded to Portavia Connect as PDF files, are valid for 12 months, and carry a "
        "reference in the format FS-YYYY-NNNNN.",
    ])
    sec("4. When a shutter fails", [
        "A shutter that fails any part of the drop test receives a red NOT CERTIFIED tag on the control box and "
        "the customer's site contact is told before the technician leaves site. Portavia issues a remedial "
        "quotation within 48 hours. The re-test is free of charge if the remedial work is carried out by Portavia "
        "within 30 days of the failed test; otherwise the re-test is invoiced at EUR 190 per shutter.",
    ])
    sec("5. Scheduling and supplements", [
        "Tests are scheduled Monday to Friday between 07:00 and 17:00. Tests scheduled outside those hours at "
        "the customer's request carry an out-of-hours supplement of 35% on the test price. Cancellations with "
        "less than 2 working days' notice are charged at 50% of the test price.",
    ])
    sec("6. Components with a fixed replacement interval", [])
    data = [["Component", "Replacement interval", "Note"],
            ["Fusible link (68 °C)", "every 5 years", "earlier if painted over or corroded"],
            ["Hold-open battery backup unit", "every 4 years", "battery tested at every annual test"],
            ["Governor brake pads", "at 10,000 drops or 10 years", "whichever comes first"]]
    tbl = Table(data, colWidths=[5.5 * cm, 5 * cm, 6 * cm])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                             ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story.append(tbl)
    doc = SimpleDocTemplate(os.path.join(K, "fire-shutter-testing-guide.pdf"), pagesize=A4,
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story)


# ---------------------------------------------------------------- XLSX: rate card
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Parts"
    ws.append(["Portavia rate card 2025 - spare parts (EUR, excl. VAT, valid 1 January - 31 December 2025)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU", "Description", "Fits", "Unit price (EUR)", "Lead time", "Warranty"])
    for r in [
        ["PDS-SP-SPRING", "Torsion spring pair", "Sectional doors up to 4.5 m wide", 245.00, "3 working days", "12 months"],
        ["PDS-SP-SPRING-XL", "Torsion spring pair, heavy duty", "Sectional doors 4.5 m to 6 m wide", 318.00, "5 working days", "12 months"],
        ["PDS-CBL-PAIR", "Lifting cable pair", "Sectional doors", 92.00, "2 working days", "12 months"],
        ["PDS-DL-SEAL-35", "Bottom seal kit 3.5 m", "Sectional doors 3.5 m wide", 72.00, "2 working days", "6 months"],
        ["PDS-DL-SEAL-45", "Bottom seal kit 4.5 m", "Sectional doors 4.5 m wide", 89.00, "2 working days", "6 months"],
        ["PDS-RR-SEAL", "Bottom edge seal", "High-speed rapid-roll doors", 134.00, "4 working days", "6 months"],
        ["PDS-RR-CURT-STD", "Replacement PVC curtain (up to 4 x 5 m)", "High-speed rapid-roll doors", 1480.00, "15 working days", "12 months"],
        ["PDS-FS-CURT", "Fire shutter curtain replacement, per m²", "Fire shutters", 395.00, "30 working days", "24 months"],
        ["PDS-FS-LINK", "Fusible link 68 °C", "Fire shutters", 24.50, "1 working day", "none"],
        ["PDS-SE-OPTO", "Optical safety edge 3.5 m", "Sectional and rapid-roll doors", 286.00, "3 working days", "24 months"],
        ["PDS-PC-PAIR", "Photocell pair (transmitter + receiver)", "All powered doors", 118.00, "1 working day", "24 months"],
        ["PDS-MOT-SEC", "Door operator (motor and control unit)", "Sectional doors", 1150.00, "7 working days", "24 months"],
    ]:
        ws.append(r)
    ws.append([])
    ws.append(["Parts are supplied and fitted by Portavia technicians; fitting labour is charged separately at the rates on the Labour sheet."])
    for col, w in zip("ABCDEF", [18, 40, 34, 16, 16, 12]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Labour")
    ws2.append(["Portavia rate card 2025 - labour, call-out and travel (EUR, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["Item", "Time band", "Rate (EUR)", "Unit", "Minimum charge"])
    for r in [
        ["Technician", "Normal hours, Mon-Fri 07:00-17:00", 78, "per hour", "1 hour"],
        ["Technician", "Out of hours, Mon-Fri 05:00-07:00 and 17:00-22:00", 112, "per hour", "2 hours"],
        ["Technician", "Night (22:00-05:00), weekend and public holidays", 149, "per hour", "3 hours"],
        ["Second technician (two-person tasks)", "Same time bands as above", "same as first technician", "per hour", "same as first technician"],
        ["Call-out fee (without Priority cover)", "Normal hours", 95, "per visit", "-"],
        ["Call-out fee (without Priority cover)", "Outside normal hours", 165, "per visit", "-"],
        ["Travel", "All hours", "included within 60 km of the Tilburg depot", "-", "-"],
        ["Travel beyond 60 km", "All hours", 0.85, "per km (return trip)", "-"],
    ]:
        ws2.append(r)
    for col, w in zip("ABCDE", [38, 50, 40, 20, 22]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("PPM intervals")
    ws3.append(["Recommended planned maintenance intervals by door type"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append([])
    ws3.append(["Door type", "PPM visits per year", "Condition"])
    for r in [
        ["Sectional overhead door", 2, "up to 50,000 cycles per year; 3 visits per year above 50,000 cycles"],
        ["High-speed rapid-roll door", 4, "any cycle count"],
        ["Roller shutter", 1, "any cycle count"],
        ["Fire shutter", 1, "annual drop test; visual check every 6 months recommended in forklift routes"],
    ]:
        ws3.append(r)
    ws3.column_dimensions["A"].width = 30
    ws3.column_dimensions["B"].width = 20
    ws3.column_dimensions["C"].width = 70
    wb.save(os.path.join(K, "rate-card-2025.xlsx"))


# ---------------------------------------------------------------- Markdown KB article
KB = """# Portavia Connect: service portal and door asset register - FAQ

Portavia Connect is the web portal included with every DoorCare contract (licence SKU PDS-LOG-PORTAL). It holds the
asset register of your doors, the service history, certificates and open fault tickets.

## How do doors get into the register?
During the take-on survey every door receives a weatherproof QR label with an asset ID in the format
`PV-<site code>-<4 digits>`, for example PV-KGT-0143. The register records door type, size, manufacturer, year of
installation, cycle counter reading and photos.

## How do I report a fault?
Scan the QR label on the door with any smartphone. The fault form opens without a login, with the asset ID already
filled in; add a description and up to 3 photos. Logged-in users can also report faults from the portal dashboard.
If the portal is unavailable, call the 24-hour hotline +31 85 040 2210. The response-time clock starts when the
ticket is logged, whichever channel is used.

## Who can use the portal?
The site licence includes unlimited users per site. Each user gets one of three roles: Viewer (read only),
Reporter (can log faults) or Site admin (manages users, approves quotations and parts above the approval limit).
Single sign-on with Microsoft Entra ID is available on request at no extra charge.

## Notifications
Users can receive e-mail notifications for new tickets, technician arrival, job completion and new certificates.
SMS notifications for Category A faults can be sent to at most 5 mobile numbers per site.

## Certificates and reports
Fire shutter certificates, PPM checklists and job sheets are stored as PDF files against each door. Site admins can
export the asset register and the full service history as CSV or PDF at any time. A monthly performance report
(response times achieved, open tickets, doors out of service) is e-mailed to site admins on the 3rd working day of
each month.

## Data retention and end of contract
Service history is kept for 10 years. If the DoorCare contract ends, the portal stays available in read-only mode for
90 days; after that, a complete export of the asset register, certificates and history is sent to the site admin
and the account is closed.
"""


def make_md():
    with open(os.path.join(K, "portavia-connect-faq.md"), "w", encoding="utf-8") as f:
        f.write(KB)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
