"""Generate the four knowledge sources of the fairlyne-robotic-mowing scenario.

Run with a Python that has python-docx and openpyxl; reportlab is looked up in /tmp/mowbot_pylib if not installed
(pip install --target /tmp/mowbot_pylib reportlab).
"""
import os
import sys

sys.path.append("/tmp/mowbot_pylib")

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
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)


# ---------------------------------------------------------------- DOCX: maintenance plan terms
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Fairlyne Care Maintenance Plans - Terms of Service", 0)
    d.add_paragraph("Version 4.2, effective 1 January 2025. Applies to Fairlyne Fairway 90 and Rough 70 robotic mowers, "
                    "charging docks and RTK-2 base stations supplied by Fairlyne Robotics Ltd in the United Kingdom.")
    d.add_heading("1. Plans and term", 1)
    d.add_paragraph("Fairlyne Care is sold per robot for a fixed term of 36 months starting on the commissioning date "
                    "recorded in the handover certificate. Two levels are available: Silver and Gold. A fleet must be "
                    "covered by a single plan level; mixing Silver and Gold robots on one site is not permitted.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Item", "Silver", "Gold"
    rows = [
        ("Scheduled on-site service visits", "one on-site service visit per year (pre-season, February-March)",
         "two on-site service visits per year (pre-season in March and mid-season in July)"),
        ("Remote diagnosis response", "next working day", "within 8 business hours"),
        ("On-site response to a critical fault", "within 5 working days", "within 2 working days"),
        ("Parts and labour for repairs", "parts only; labour charged at GBP 85 per hour", "all parts and labour included (wear parts excepted)"),
        ("Loan robot", "not included", "loan robot supplied if a repair takes longer than 5 working days"),
        ("Blade kits", "not included", "one blade kit per robot per season included"),
        ("Battery replacement", "not included after warranty", "one battery replacement per robot during the term if capacity falls below 70% of rated capacity"),
        ("RTK-2 base stations and docks", "not covered", "covered, including firmware and radio re-tuning"),
        ("Software and firmware updates", "included", "included"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("")
    d.add_paragraph("A critical fault is a fault that leaves a robot unable to mow, charge or navigate. All other faults "
                    "are handled at the next scheduled visit or remotely. Service hours are Monday to Friday 08:00-17:30 "
                    "all year, plus Saturday 08:00-12:00 in season (April to October). Faults reported outside service "
                    "hours are treated as received at the start of the next service period.")
    d.add_heading("2. Fleet availability target", 1)
    d.add_paragraph("For Gold customers Fairlyne targets 97% fleet availability, measured monthly from April to October "
                    "as the share of scheduled mowing hours in which robots were available. The target is a service "
                    "objective reported in the monthly FleetView service report; Fairlyne does not offer financial "
                    "service credits under this plan.")
    d.add_heading("3. Exclusions", 1)
    for s in [
        "Damage from vandalism, theft, flooding, lightning or fire.",
        "Damage caused by collisions with golf buggies, tractors or other maintenance vehicles.",
        "Use outside the published specification, including slopes steeper than the rated maximum or mowing in standing water.",
        "Repairs or modifications carried out by anyone other than Fairlyne or a Fairlyne-certified technician.",
        "Wear parts: blades, blade screws, skid plates, wheel treads and cutting-disc bearings (Gold includes one blade kit per robot per season).",
        "Ball-strike damage to the camera module unless the FL-CAM-GUARD camera guard is fitted.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("4. Winter storage service (optional)", 1)
    d.add_paragraph("Between November and February Fairlyne can collect robots, store them in a heated workshop, install "
                    "software updates and condition the batteries at 50-60% charge. The winter storage service costs "
                    "GBP 145 per robot per season and is available on both plans. Robots are returned and re-mapped "
                    "before 15 March unless the club asks for a later date.")
    d.add_heading("5. Price, renewal and cancellation", 1)
    d.add_paragraph("The plan fee is fixed for the 36-month term and invoiced annually in advance. Renewal prices for a "
                    "further term will not rise by more than CPI + 2% per year. Either party may end a plan at a term "
                    "anniversary by giving 90 days' written notice; fees already invoiced for the current year are not "
                    "refunded. Upgrading from Silver to Gold is possible at any anniversary; downgrades take effect only "
                    "at the end of the term.")
    d.add_heading("6. Customer obligations", 1)
    d.add_paragraph("The club keeps docks and base stations powered, keeps boundary wires and no-go zones in FleetView "
                    "up to date after course changes, and removes debris (branches, hoses, flags) from mowing areas. "
                    "Robots must be registered in FleetView for remote diagnosis; a plan does not cover robots that "
                    "have been offline for more than 30 consecutive days in season.")
    d.save(os.path.join(K, "fairlyne-care-maintenance-terms.docx"))


# ---------------------------------------------------------------- PDF: technical specification
def make_pdf():
    path = os.path.join(K, "fairlyne-f-series-technical-specification.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title="Fairlyne F-Series Technical Specification", pageCompression=0)
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = [Paragraph("Fairlyne F-Series Robotic Mowers - Technical Specification", ss["Title"]),
             Paragraph("Fairway 90 (FL-FW90) and Rough 70 (FL-RG70). Revision C, January 2025.", body), Spacer(1, 6)]
    data = [
        ["Parameter", "Fairway 90 (FL-FW90)", "Rough 70 (FL-RG70)"],
        ["Cutting system", "3 floating discs, 9 pivoting blades", "1 heavy-duty disc, 6 pivoting blades"],
        ["Cutting width", "90 cm", "70 cm"],
        ["Cutting height", "10-45 mm in 1 mm steps", "30-100 mm in 5 mm steps"],
        ["Maximum slope", "25% (14 degrees)", "35% (19 degrees)"],
        ["Recommended area per robot", "up to 2.5 ha of fairway cut daily", "up to 3 ha of rough cut every second day"],
        ["Battery", "48 V 36 Ah LiFePO4", "48 V 28 Ah LiFePO4"],
        ["Runtime per charge", "up to 4.5 hours", "up to 3.5 hours"],
        ["Charge time (20-100%)", "110 minutes", "90 minutes"],
        ["Maximum speed", "1.1 m/s", "0.9 m/s"],
        ["Weight", "118 kg", "96 kg"],
        ["Guaranteed sound power level", "66 dB(A)", "69 dB(A)"],
        ["Ingress protection", "IPX5", "IPX5"],
    ]
    t = Table(data, colWidths=[55 * mm, 60 * mm, 60 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [t, Spacer(1, 8)]
    paras = [
        ("Navigation", "Both models navigate by RTK-GNSS using corrections from a Fairlyne RTK-2 base station, with a "
         "horizontal accuracy of 2 cm when an RTK fix is held. Wheel odometry and an inertial unit bridge short outages "
         "under trees. If the RTK fix is lost for more than 60 seconds the robot stops its blades and parks in place, "
         "then resumes automatically when the fix returns; after 20 minutes without a fix it returns to its dock by "
         "dead reckoning and raises an alert in FleetView. No boundary wire is needed."),
        ("Safety", "Lift and tilt sensors stop the blades within 2 seconds. A front bump sensor and 360-degree ultrasonic "
         "obstacle detection slow the robot within 1.2 m of an obstacle. Golfer-aware mode uses the front camera to "
         "detect people: when a person is detected within 8 m the robot stops its blades and waits, and it resumes 30 "
         "seconds after the person has left. Golfer-aware mode is always on during the club's playing hours as set in "
         "FleetView. The top cover is hardened polycarbonate tested against golf-ball impacts at 150 km/h; the camera "
         "module should be protected with the FL-CAM-GUARD guard on holes where ball strikes are frequent."),
        ("Weather", "A capacitive rain sensor pauses mowing in heavy rain. Operating temperature is 3 to 40 degrees C; "
         "below 3 degrees C the robots stay docked to protect frosted turf. Robots do not mow on frost-covered grass."),
        ("Connectivity and security", "Built-in 4G LTE modem (data plan included with FleetView) and 2.4 GHz Wi-Fi. "
         "Each robot has a PIN code, GPS tracking and a 95 dB theft alarm that sounds if the robot is lifted outside "
         "its geofence."),
        ("Docking", "Each robot needs one charging dock (FL-CHG-DOCK) with a 230 V supply of at least 10 A, placed on "
         "level ground within 400 m of its mowing area. Docks have a rain canopy and can be sited in the rough. "
         "Cable runs to docks are not part of the dock price and are assessed during the site survey."),
        ("Typical deployment", "For an 18-hole parkland course Fairlyne typically recommends one Fairway 90 per 2.5 ha "
         "of fairway and one Rough 70 per 3 ha of semi-rough or rough, and one RTK-2 base station per 1.2 km of "
         "undulating terrain. Greens, tees and bunkers are set as no-go zones and stay with conventional mowing."),
    ]
    for h, p in paras:
        story += [Paragraph(h, ss["Heading3"]), Paragraph(p, body)]
    doc.build(story)


# ---------------------------------------------------------------- XLSX: price list and RTK sheet
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2025"
    ws["A1"] = "Fairlyne Robotics Ltd - UK Price List, valid 1 January to 31 December 2025 (GBP, excluding VAT)"
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (GBP)", "Lead time", "Notes"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("FL-FW90", "Fairway 90 robotic fairway mower", "each", 18950, "6-8 weeks", "Cutting height 10-45 mm"),
        ("FL-RG70", "Rough 70 robotic rough mower", "each", 14400, "6-8 weeks", "Cutting height 30-100 mm"),
        ("FL-RTK2", "RTK-2 GNSS base station with 6 m mast", "each", 3850, "3-4 weeks", "230 V or solar kit"),
        ("FL-RTK2-SOL", "Solar power kit for RTK-2 (80 W panel, 40 Ah battery)", "each", 690, "3-4 weeks", "For sites without mains power"),
        ("FL-CHG-DOCK", "Charging dock with rain canopy", "each", 1240, "4 weeks", "One per robot"),
        ("FL-BAT-36", "Spare battery 48 V 36 Ah (Fairway 90)", "each", 2180, "2 weeks", ""),
        ("FL-BAT-28", "Spare battery 48 V 28 Ah (Rough 70)", "each", 1740, "2 weeks", ""),
        ("FL-BLD-KIT", "Blade kit (9 blades and screws), fits Fairway 90 and Rough 70", "kit", 38, "stock", "Wear part"),
        ("FL-CAM-GUARD", "Ball-strike camera guard", "each", 64, "stock", "Recommended on exposed holes"),
        ("FL-FLEET-STD", "FleetView Standard, per robot, 36 months", "robot", 780, "-", "3 user seats"),
        ("FL-FLEET-PRO", "FleetView Pro, per robot, 36 months", "robot", 1260, "-", "Unlimited user seats, API, SSO"),
        ("FL-MP-SLV", "Fairlyne Care Silver maintenance plan, per robot, 36 months", "robot", 1380, "-", "See plan terms"),
        ("FL-MP-GLD", "Fairlyne Care Gold maintenance plan, per robot, 36 months", "robot", 2340, "-", "See plan terms"),
        ("FL-INST-18", "Installation, course mapping and greenkeeper training (18 holes)", "site", 6500, "2 weeks on site", "Price confirmed by site survey"),
        ("FL-WSTOR", "Winter storage service, per robot per season", "robot", 145, "Nov-Feb", "Collection and return included"),
    ]
    for r in rows:
        ws.append(list(r))
    ws.append([])
    ws.append(["Warranty", "Robots: 24 months parts and labour. RTK-2 base station: 36 months. Batteries: 24 months or "
               "1,500 charge cycles, whichever comes first. Charging docks: 24 months."])
    ws.append(["Delivery", "Free delivery to UK mainland sites; Scottish Highlands and islands GBP 350 per delivery."])
    for col, w in zip("ABCDEF", (16, 62, 8, 16, 16, 34)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("RTK-2 base station")
    ws2["A1"] = "RTK-2 GNSS base station - specification"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["Parameter", "Value"])
    for r in [
        ("GNSS constellations", "GPS, GLONASS, Galileo, BeiDou"),
        ("Correction link", "868 MHz LoRa radio, with NTRIP over 4G as fallback"),
        ("Radio range", "up to 3 km line of sight; 1.2 km typical on undulating or wooded terrain"),
        ("Robots per base station", "no limit within radio range"),
        ("Positioning accuracy (robot)", "2 cm horizontal with RTK fix"),
        ("Power supply", "230 V AC, or FL-RTK2-SOL solar kit"),
        ("Power consumption", "4.5 W"),
        ("Ingress protection", "IP67"),
        ("Operating temperature", "-20 to +60 degrees C"),
        ("Mounting", "6 m galvanised mast supplied; concrete base 600 x 600 x 800 mm prepared by the club"),
        ("Survey-in time", "about 24 hours after first installation; positions are then stored"),
    ]:
        ws2.append(list(r))
    ws2.column_dimensions["A"].width = 30
    ws2.column_dimensions["B"].width = 80
    wb.save(os.path.join(K, "fairlyne-price-list-2025.xlsx"))


# ---------------------------------------------------------------- Markdown: FleetView FAQ
MD = """# FleetView fleet software - FAQ for golf clubs

FleetView is the cloud software that plans, runs and monitors Fairlyne robots. It comes in two editions, Standard and
Pro, sold per robot for 36 months (the 4G data plan for each robot is included in both).

## What is the difference between Standard and Pro?

| Feature | Standard | Pro |
|---|---|---|
| User seats | 3 user seats | unlimited user seats |
| Mowing schedules and no-go zones | yes | yes |
| Stripe patterns (diagonal, chequerboard) | 2 patterns | 12 patterns |
| Tournament mode | no | yes |
| Weather integration (Met Office forecast) | no | yes |
| Data retention | 24 months | 60 months |
| REST API and data export | no | yes |
| Single sign-on | no | Microsoft Entra ID or Google Workspace |

## Where is our data kept?

FleetView is hosted on AWS in the London region (eu-west-2), with backups in a second UK availability zone. Robot
positions, mowing logs and alerts are kept for the data retention period of your edition and then deleted. Two-factor
authentication is mandatory for all users.

## What happens if the 4G signal drops?

Robots store their schedule and maps on board and keep mowing on the last schedule for up to 72 hours without
connectivity. Logs are uploaded when the connection returns. Map edits and new schedules need a connection.

## How do we stop mowing for a competition?

With Pro, tournament mode suspends mowing on selected holes or the whole course with one tap, for a set period; robots
return to their docks within 10 minutes. With Standard, edit the schedule of each robot.

## How fast do map changes reach the robots?

No-go zones and schedule changes drawn in the FleetView app reach the robots within 5 minutes. Temporary no-go zones
(for example around a drainage works area) can be given an end date.

## Weather integration

Pro reads the Met Office forecast for your postcode and pauses mowing when more than 2 mm/h of rain is forecast, or
when ground frost is forecast, and reschedules the missed cut within 48 hours.

## Alerts

Alerts (robot stuck, theft alarm, RTK fix lost, dock power loss) go by push notification, e-mail and SMS. SMS alerts
are limited to 200 per month per site; more can be bought in bundles.

## Exports and API

Pro exports course maps as GeoJSON and shapefile and mowing logs as CSV, and offers a REST API with a limit of 1,000
requests per hour per site.
"""


def make_md():
    with open(os.path.join(K, "fleetview-faq.md"), "w") as f:
        f.write(MD)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
