"""Generate the four knowledge sources for the kinetra-amr-robotics scenario.

Run with: PYTHONPATH=<folder with reportlab> /work/main/.venv/bin/python make_sources.py
"""
import os

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)


# --------------------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("KineCare Service Agreement - Service Levels and Warranty Terms", 0)
    d.add_paragraph("Document KC-SLA v4.2, valid from 1 March 2025. Kinetra Robotics GmbH, Hafenstrasse 41, "
                    "44147 Dortmund, Germany. This document forms part of every Kinetra offer that references "
                    "a KineCare plan or the standard hardware warranty.")

    d.add_heading("1. Standard hardware warranty", 1)
    d.add_paragraph("Kinetra robots (Carrier 600, Carrier 1200), top modules and ChargeDock stations carry a "
                    "hardware warranty of 24 months from the signed commissioning acceptance, or 26 months from "
                    "delivery, whichever ends earlier.")
    d.add_paragraph("Traction batteries (LiFePO4 packs) are warranted for 36 months or 3,000 cycles, whichever "
                    "comes first, against a loss of capacity below 80% of rated capacity.")
    d.add_paragraph("Wear parts - drive wheels, castor wheels, bumper foam and scanner windows - are warranted "
                    "for 6 months only. Warranty repairs are carried out by exchange of the faulty module; "
                    "replaced parts become the property of Kinetra.")

    d.add_heading("2. KineCare plans", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Feature", "KineCare Basic", "KineCare Plus", "KineCare Premium"]):
        c.text = h
    rows = [
        ("Remote support hours", "Mon-Fri 08:00-17:00 CET", "24/7 hotline", "24/7 hotline"),
        ("P1 remote response", "8 business hours", "within 1 hour", "within 30 minutes"),
        ("P1 on-site attendance", "3 business days", "next business day", "within 4 hours"),
        ("P2 remote response", "2 business days", "within 4 hours", "within 2 hours"),
        ("Preventive maintenance visits", "1 per year", "2 per year", "4 per year"),
        ("Spare-parts kit on site (consignment)", "no", "yes", "yes"),
        ("Monthly fleet uptime guarantee", "none", "98.5%", "99.2%"),
        ("Price per robot per year (list)", "EUR 1,150", "EUR 2,100", "EUR 3,400"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v

    d.add_heading("3. Priority definitions", 1)
    d.add_paragraph("P1 (critical): more than 25% of the fleet is out of service, or the KineFleet fleet manager "
                    "is unavailable. P2 (major): a single robot or a single ChargeDock is out of service. "
                    "P3 (minor): questions, cosmetic defects, change requests. P3 tickets are answered within "
                    "5 business days under all plans.")

    d.add_heading("4. Uptime guarantee and service credits", 1)
    d.add_paragraph("Fleet uptime is measured monthly as the share of scheduled operating hours in which the "
                    "fleet manager is available and at least 90% of the robots are able to accept missions. "
                    "If the guaranteed uptime is missed, the customer receives a service credit of 5% of the "
                    "monthly plan fee for every started 0.5 percentage point below the guarantee. Service "
                    "credits are capped at 30% of the annual plan fee and are the sole remedy for missed "
                    "uptime. Credits must be claimed within 60 days after the end of the month concerned.")

    d.add_heading("5. Exclusions", 1)
    for s in [
        "Damage caused by floor conditions outside the specification in the Carrier data sheet.",
        "Collisions caused by manually driven forklifts or other vehicles not controlled by KineFleet.",
        "Software changes or integrations not made or approved by Kinetra.",
        "Battery deep discharge caused by storing a robot for more than 30 days without charging.",
        "Use outside the permitted operating temperature of 5 to 40 degrees Celsius.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("6. Work outside a plan", 1)
    d.add_paragraph("Work not covered by a KineCare plan or by the warranty is charged at EUR 145 per hour "
                    "(minimum 4 hours per visit) or EUR 1,090 per engineer day of 8 hours, plus a travel flat "
                    "rate of EUR 390 per visit within Germany. Work on Saturdays, Sundays and public holidays "
                    "carries a surcharge of 50%.")

    d.add_heading("7. Term, termination and price adjustment", 1)
    d.add_paragraph("KineCare plans have a minimum term of 36 months from commissioning acceptance. After the "
                    "minimum term a plan renews for 12 months at a time and can be terminated with 3 months' "
                    "notice to the end of a contract year. KineCare plan fees may be adjusted once per contract "
                    "year by at most 3%, with 2 months' written notice.")

    d.add_heading("8. Software and spare parts", 1)
    d.add_paragraph("Software updates of the robot firmware and of KineFleet are included in the KineFleet "
                    "licence, not in the KineCare plan. Major releases are published twice a year and installed "
                    "in a maintenance window agreed with the customer. Spare parts are available for at least "
                    "7 years after the end of series production of a robot model.")
    d.save(os.path.join(K, "KineCare_Service_Agreement_KC-SLA_v4.2.docx"))


# --------------------------------------------------------------------------- PDF
def make_pdf():
    path = os.path.join(K, "Carrier600_Technical_Data_Sheet.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Kinetra Carrier 600 - Technical Data Sheet")
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = [Paragraph("Kinetra Carrier 600 - Technical Data Sheet and Safety Information", ss["Title"]),
             Paragraph("Revision 2025-03. Applies to robots with serial numbers from C6-25-0001. "
                       "Kinetra Robotics GmbH, Dortmund.", body), Spacer(1, 6)]

    def table(rows):
        tb = Table(rows, colWidths=[62 * mm, 110 * mm])
        tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return tb

    story.append(Paragraph("1. Key data", ss["Heading2"]))
    story.append(table([
        ["Parameter", "Value"],
        ["Maximum payload", "600 kg (evenly distributed, centre of gravity max. 800 mm above floor)"],
        ["Dimensions (L x W x H)", "1,150 x 780 x 290 mm"],
        ["Own weight", "168 kg including battery"],
        ["Maximum speed", "1.5 m/s unloaded, 1.2 m/s loaded; 0.3 m/s in shared pedestrian zones (default)"],
        ["Navigation", "Natural-feature laser SLAM, no floor markers needed"],
        ["Positioning accuracy", "+/- 10 mm at stations; +/- 5 mm with KN-QR-KIT floor markers"],
        ["Battery", "LiFePO4, 48 V, 105 Ah"],
        ["Runtime", "up to 10 hours at a typical duty cycle of 60%"],
        ["Charging at ChargeDock C2", "20 to 80% in 35 minutes; 0 to 100% in 75 minutes"],
        ["Battery life", "3,000 full cycles to 80% of rated capacity"],
        ["Ingress protection", "IP54"],
        ["Noise", "below 62 dB(A) at 1 m"],
    ]))
    story.append(Paragraph("2. Top module KN-LIFT-TM (shelf lifter)", ss["Heading2"]))
    story.append(Paragraph(
        "The shelf lifter docks under mobile racks and lifts them by 60 mm in 3 seconds. Lifting capacity is "
        "550 kg, so with the lifter fitted the usable payload of the Carrier 600 is 550 kg, not 600 kg. "
        "Mobile racks must have a clear underside height of at least 320 mm and a clear width of 820 mm.", body))
    story.append(Paragraph("3. Site and floor requirements", ss["Heading2"]))
    story.append(Paragraph(
        "Operating temperature 5 to 40 degrees Celsius, relative humidity 10 to 90% non-condensing. The Carrier "
        "600 is not suitable for cold stores, outdoor use or ATEX zones. Floor flatness must meet DIN 18202, "
        "table 3, line 4. Maximum step 10 mm, maximum gap 20 mm. Maximum slope on ramps is 5% unloaded and 3% "
        "loaded; the robot must not stop or turn on a ramp. Floors must be dry; wet floors reduce braking "
        "performance and robots are slowed automatically to 0.5 m/s where wet-floor zones are set.", body))
    story.append(Paragraph("4. Safety", ss["Heading2"]))
    story.append(Paragraph(
        "The Carrier 600 is designed and tested to ISO 3691-4:2023 (driverless industrial trucks) and is CE "
        "marked under the Machinery Directive 2006/42/EC; EMC to EN 61000-6-2 and EN 61000-6-4. Two safety laser "
        "scanners with 270 degree fields each provide 360 degree personnel protection at performance level PL d. "
        "Four emergency-stop buttons are fitted, one at each corner. A blue spot light projects the travel "
        "direction onto the floor 3 m ahead of the robot.", body))
    story.append(Paragraph(
        "Under ISO 3691-4 the operator of the site is responsible for the zone classification and the site risk "
        "assessment. Kinetra supplies a zone-marking plan and a risk-assessment template during commissioning. "
        "If the Wi-Fi connection is lost, the robot finishes its current travel segment for up to 30 seconds "
        "and then stops safely until the connection is restored.", body))
    story.append(Paragraph("5. ChargeDock C2", ss["Heading2"]))
    story.append(Paragraph(
        "Automatic contact charging station for the Carrier 600 (the Carrier 1200 requires the ChargeDock C2X). "
        "Footprint 900 x 600 mm, wall or floor mounted, 1.5 m of free approach space in front of the dock. "
        "Connection: dedicated 230 V, 16 A circuit with RCD type A. Ingress protection IP54. The dock carries "
        "the same 24-month hardware warranty as the robots.", body))
    doc.build(story)


# --------------------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2025"
    ws["A1"] = "Kinetra Robotics - Price List 2025 (EUR, net, excluding VAT, ex works Dortmund)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Valid 1 January to 31 December 2025. Annual items are invoiced yearly in advance."
    hdr = ["SKU", "Description", "Unit", "List price EUR", "Lead time (weeks)"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
    items = [
        ("KN-AMR-600", "Carrier 600 autonomous mobile robot, 600 kg payload", "each", 38500, 14),
        ("KN-AMR-1200", "Carrier 1200 autonomous mobile robot, 1,200 kg payload", "each", 52900, 18),
        ("KN-LIFT-TM", "Shelf lifter top module for Carrier 600 (550 kg lift)", "each", 4200, 8),
        ("KN-ROLL-TM", "Roller conveyor top module for Carrier 600, tote/box transfer", "each", 5600, 10),
        ("KN-TOW-H", "Towing hook kit for trolleys, Carrier 600/1200", "each", 2350, 6),
        ("KN-DOCK-C2", "ChargeDock C2 automatic charging station (Carrier 600)", "each", 6900, 6),
        ("KN-DOCK-C2X", "ChargeDock C2X high-power charging station (Carrier 1200)", "each", 8400, 8),
        ("KN-FLEET-STD", "KineFleet Standard licence, up to 10 robots, single zone", "robot/year", 890, 2),
        ("KN-FLEET-ENT", "KineFleet Enterprise licence, unlimited robots, multi-zone traffic control, WMS API",
         "robot/year", 1450, 2),
        ("KN-WMS-INT", "WMS integration package (REST or SAP EWM adaptor)", "package", 24000, None),
        ("KN-SVC-COMM", "Commissioning package - site survey, mapping, SAT", "engineer day", 1250, None),
        ("KN-TRAIN-OP", "Operator and super-user training, 1 day, max. 8 participants", "session", 1600, None),
        ("KN-CARE-BAS", "KineCare Basic service plan", "robot/year", 1150, None),
        ("KN-CARE-PLUS", "KineCare Plus service plan", "robot/year", 2100, None),
        ("KN-CARE-PREM", "KineCare Premium service plan", "robot/year", 3400, None),
        ("KN-BAT-SP", "Spare battery pack LiFePO4 48 V 105 Ah", "each", 5950, 4),
        ("KN-QR-KIT", "Floor marker kit for +/- 5 mm positioning (50 markers)", "kit", 480, 1),
        ("KN-IO-8", "I/O box, 8 channels, for fast doors and fire-alarm interface", "each", 1180, 4),
    ]
    for it in items:
        ws.append(list(it))
    for row in ws.iter_rows(min_row=5, min_col=4, max_col=4):
        for c in row:
            c.number_format = "#,##0.00"
    ws.column_dimensions["A"].width = 15
    ws.column_dimensions["B"].width = 80

    s2 = wb.create_sheet("Model comparison")
    s2["A1"] = "Kinetra Carrier models - comparison"
    s2["A1"].font = Font(bold=True, size=13)
    s2.append([])
    s2.append(["Parameter", "Carrier 600", "Carrier 1200"])
    for r in [
        ("Payload", "600 kg", "1,200 kg"),
        ("Max speed loaded", "1.2 m/s", "1.0 m/s"),
        ("Battery", "LiFePO4 48 V 105 Ah", "LiFePO4 48 V 160 Ah"),
        ("Runtime", "up to 10 hours", "up to 8 hours"),
        ("Charging station", "ChargeDock C2", "ChargeDock C2X"),
        ("Compatible top modules", "KN-LIFT-TM, KN-ROLL-TM, KN-TOW-H", "KN-TOW-H only"),
        ("Minimum aisle width (one-way)", "1.1 m", "1.6 m"),
    ]:
        s2.append(list(r))

    s3 = wb.create_sheet("Volume discounts")
    s3["A1"] = "Volume discounts on robots and top modules (per order)"
    s3["A1"].font = Font(bold=True, size=13)
    s3.append([])
    s3.append(["Robots per order", "Discount on robots and top modules"])
    for r, p in [("1-4", 0), ("5-9", 0.04), ("10-19", 0.08), ("20 or more", 0.12)]:
        s3.append([r, p])
        s3.cell(row=s3.max_row, column=2).number_format = "0%"
    s3.append([])
    s3.append(["ChargeDock stations: 5% when ordered together with 10 or more robots."])
    s3.append(["WMS integration package: project discount of up to 10% with 10 or more robots."])
    s3.append(["KineCare plans: 5% from 10 robots. KineFleet licences, commissioning and training: no discount."])
    wb.save(os.path.join(K, "Kinetra_Price_List_2025.xlsx"))


# --------------------------------------------------------------------------- Markdown KB article
KB = """# Implementing a Kinetra AMR fleet: project phases, integration and IT requirements

This article describes how a Kinetra fleet goes from signed order to live operation, and what the customer has to
provide. A typical project for a fleet of up to 20 robots takes 16 to 20 weeks from order to go-live.

## Phase 1 - Site survey and simulation
Two engineers spend 2 days on site recording the layout, routes, floor condition and Wi-Fi coverage. Within
10 business days Kinetra delivers a layout proposal and a throughput simulation showing missions per hour, robot
utilisation and the recommended number of charging docks.

## Phase 2 - Mapping and configuration
Mapping takes about 1 day per 5,000 m2 of travel area. Zones (shared pedestrian zones, one-way aisles, waiting
positions, wet-floor zones) are configured in KineFleet and signed off by the customer.

## Phase 3 - Integration
KineFleet connects to the warehouse management system through its REST API, or to SAP EWM through the Kinetra SAP
adaptor (RFC/IDoc). The WMS integration package KN-WMS-INT includes:

- up to 6 mission types (for example replenishment, pick-tote transport, returns to inbound);
- connection of 2 environments (QA and production);
- 40 hours of interface consulting for the customer's SAP team.

Each additional mission type is charged at EUR 1,800. For mixed fleets KineFleet supports VDA 5050 version 2.0,
so robots of other makes can be managed in the same traffic control. Fast doors and the fire-alarm system are
connected through the KN-IO-8 I/O box: on a fire alarm all robots drive to the nearest position outside escape
routes and fire-door swing areas and stop.

## Phase 4 - Commissioning and site acceptance test (SAT)
The SAT is passed when the fleet completes 3 consecutive shifts with a mission success rate of at least 95%.
Commissioning acceptance starts the warranty and the KineCare plan.

## Phase 5 - Hypercare
After go-live a Kinetra engineer is assigned for 4 weeks of hypercare, with a daily check-in call and on-site
presence on request.

## Charging docks: how many?
As a rule of thumb one ChargeDock C2 serves up to 4 robots in two-shift operation and up to 3 robots in
three-shift operation, because robots top up during idle time (opportunity charging).

## What the customer provides
- Wi-Fi (5 GHz) covering all routes with a signal of at least -67 dBm and roaming times below 100 ms.
- A dedicated 230 V / 16 A circuit at each dock position.
- Floors meeting the data-sheet specification, free of cables and loose material on the routes.
- Two nominated super-users per shift who attend the training.

## IT requirements
KineFleet runs either on-premise or in Kinetra Cloud. On-premise it needs a virtual machine provided by the
customer with 8 vCPU, 32 GB RAM and 500 GB SSD storage running Ubuntu 22.04 LTS, and a VPN for remote support.
Kinetra Cloud runs in ISO 27001-certified data centres in the EU; no VM is needed.
"""


def make_md():
    with open(os.path.join(K, "amr-implementation-guide.md"), "w", encoding="utf-8") as f:
        f.write(KB)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
