"""Generate the four knowledge sources of the liftara-forklift-leasing scenario.

Run with a Python that has python-docx, reportlab and openpyxl:
    python make_sources.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)


# --------------------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Liftara Fleet Services Ltd - Standard Lease Conditions v7.2", 0)
    d.add_paragraph("Effective 1 January 2025. These conditions apply to every Liftara contract hire quote that "
                    "refers to them, unless a signed schedule expressly varies a clause.")

    sections = [
        ("1. Hire term and start date",
         ["The hire term of each truck starts on its delivery date, as recorded on the signed delivery note, and "
          "runs for the number of months stated in the quote (36, 48 or 60 months).",
          "Rentals are invoiced monthly in advance and collected by Direct Debit on the 1st working day of each month. "
          "A part month at the start of the term is charged pro rata on a 30-day basis."]),
        ("2. Contracted hours and excess hours",
         ["Each truck includes 1,500 operating hours per year, measured by the truck hour meter or LiftLink where fitted. "
          "Hours are reconciled annually on each anniversary of the delivery date; unused hours are not carried forward "
          "and are not refunded.",
          "Hours above the annual allowance are charged per excess hour at the following rates: reach trucks £1.85; "
          "counterbalance trucks £1.40; powered pallet trucks £0.95; VNA turret trucks £3.10. "
          "If a truck exceeds its allowance by more than 25% in any year, Liftara may propose a revised rental for "
          "the remaining term."]),
        ("3. Price review",
         ["Rentals and service charges are fixed for the first 12 months. From month 13, and every 12 months after, "
          "they are indexed by the UK CPI annual rate published for the preceding January, capped at 4% per year, "
          "whichever is lower. Indexation never reduces a rental."]),
        ("4. Flex-fleet (short-term additional trucks)",
         ["During the term the customer may hire additional trucks of a model already on contract, up to 20% of the "
          "contracted fleet at any one time, for a minimum of 4 weeks per truck. Flex-fleet trucks are charged at the "
          "customer's contracted monthly rental plus a 15% premium, pro rata per week, and require 10 working days' "
          "notice. Availability is subject to Liftara stock."]),
        ("5. Early termination",
         ["The customer may end the hire of one or more trucks before the end of the term by giving 90 days' written "
          "notice. An early termination charge is payable on the rentals that would have fallen due for the remainder "
          "of the term: 50% of the remaining rentals if notice expires in months 1 to 24, and 35% of the remaining "
          "rentals if notice expires in month 25 or later. Service and telematics charges stop at the termination date "
          "and are not included in the charge.",
          "No early termination charge applies where Liftara has failed to meet the FleetCare uptime guarantee for the "
          "same truck in three consecutive months."]),
        ("6. End of term",
         ["At least 90 days before the end of the term the customer chooses either to (a) return the trucks, or (b) "
          "extend the hire of any truck for a further 12 months at 70% of the rental current at the end of the term, "
          "with FleetCare continuing at the then current rate. If no choice is made, the hire continues month to month "
          "at 100% of the current rental until 90 days' notice is given."]),
        ("7. Return condition and damage",
         ["Trucks are returned clean, with all keys, chargers and documents. Fair wear and tear is accepted as "
          "described in the FleetCare Service Levels. Damage beyond fair wear and tear, including bent or cracked forks, "
          "mast or overhead-guard impact damage, chunked tyres caused by debris, and charger cable damage, is charged "
          "at Liftara's published parts and labour rates (labour £78 per hour, Monday to Friday)."]),
        ("8. Insurance and risk",
         ["Risk in the trucks passes to the customer on delivery. The customer insures each truck for its full "
          "replacement value against loss, theft and damage, and maintains public and employer's liability cover of "
          "at least £5,000,000 per claim, noting Liftara's interest as owner. Evidence of cover is provided before "
          "delivery and on each renewal.",
          "The customer is responsible for operating the trucks with trained, authorised operators and for daily "
          "pre-use checks."]),
        ("9. Payment and late payment",
         ["One-off charges are payable 30 days net from invoice. Overdue amounts bear interest at 4% above the Bank "
          "of England base rate. Liftara may suspend service visits (but not safety-critical repairs) on accounts more "
          "than 45 days overdue."]),
    ]
    for title, paras in sections:
        d.add_heading(title, level=1)
        for p in paras:
            d.add_paragraph(p)

    d.add_heading("Schedule A - Summary of charges", level=1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Item", "Charge", "Clause"
    for row in [
        ("Excess hour - reach truck", "£1.85 per hour", "2"),
        ("Excess hour - counterbalance", "£1.40 per hour", "2"),
        ("Excess hour - powered pallet truck", "£0.95 per hour", "2"),
        ("Excess hour - VNA turret truck", "£3.10 per hour", "2"),
        ("Flex-fleet premium", "15% over contracted rental", "4"),
        ("Early termination, months 1 to 24", "50% of remaining rentals", "5"),
        ("Early termination, month 25 onward", "35% of remaining rentals", "5"),
        ("Extension rental", "70% of current rental for 12 months", "6"),
        ("Damage repair labour", "£78 per hour", "7"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.save(OUT / "Liftara_Standard_Lease_Conditions_v7.2.docx")


# --------------------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = [Paragraph("FleetCare Service Levels 2025", ss["Title"]),
             Paragraph("Liftara Fleet Services Ltd - service description for contract hire customers. "
                       "Applies to FleetCare Standard and FleetCare Plus from 1 January 2025.", body),
             Spacer(1, 8)]

    def h(t):
        story.append(Paragraph(t, ss["Heading2"]))

    def p(t):
        story.append(Paragraph(t, body))

    h("1. Plans at a glance")
    tbl = Table([
        ["", "FleetCare Standard", "FleetCare Plus"],
        ["Price per truck per month", "£49", "£68"],
        ["Breakdown response (truck inoperable)", "8 working hours", "4 working hours"],
        ["Non-critical fault response", "2 working days", "8 working hours"],
        ["Uptime guarantee", "None", "97% per truck per month"],
        ["Tyres (fair wear and tear)", "Excluded", "Included"],
        ["Substitute truck", "At hire rates", "Free after 24 hours"],
        ["LOLER thorough examination", "Included", "Included"],
    ], colWidths=[190, 140, 140])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                             ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    story += [tbl, Spacer(1, 8)]

    h("2. Service hours and response")
    p("Engineer cover runs 06:00 to 22:00 Monday to Friday and 07:00 to 15:00 on Saturday, excluding English bank "
      "holidays. Response times are counted in working hours within these hours from the time the fault is logged "
      "by phone, in the LiftLink app or on the customer portal. A truck is inoperable when it cannot lift, travel or "
      "be operated safely. Under FleetCare Plus an engineer attends a breakdown within 4 working hours; under "
      "FleetCare Standard within 8 working hours. Calls logged after 20:00 are counted from 06:00 the next working day.")

    h("3. Planned maintenance and statutory examination")
    p("Planned maintenance is carried out every 500 operating hours or every 3 months, whichever comes first, "
      "using manufacturer parts. The LOLER thorough examination is carried out every 6 months for every truck and "
      "the report is uploaded to the customer portal within 2 working days. Visits are booked at least 5 working days "
      "ahead and can be done on Saturday mornings at no extra charge.")

    h("4. Uptime guarantee and service credits (FleetCare Plus only)")
    p("Liftara guarantees 97% uptime per truck per calendar month, measured within the contracted shift hours stated "
      "in the quote. Downtime starts when an inoperable fault is logged and ends when the truck, or a substitute "
      "truck, is available. Downtime caused by damage, misuse, operator error, power supply faults or site access "
      "delays is excluded. For each full percentage point below 97%, a service credit of 5% of that truck's monthly "
      "rental is applied to the next invoice, capped at 25% of the monthly rental. Credits must be claimed within "
      "60 days and are the customer's sole remedy for downtime.")

    h("5. What is covered")
    p("FleetCare Plus covers all parts and labour for faults arising from normal use, including drive and hydraulic "
      "components, Li-ion battery management faults, chargers, seats, lights and alarms, and replacement tyres and "
      "fork pads worn through fair wear and tear. FleetCare Standard covers the same items except tyres, which are "
      "charged at list price.")

    h("6. Exclusions")
    p("Neither plan covers: damage caused by impact, misuse or unauthorised modification; bent or cracked forks; "
      "damage from debris or floor defects; cleaning of trucks used in food or chemical environments; "
      "repairs to customer-owned attachments; call-outs where no fault is found (charged at £95 per visit); "
      "and operation outside the environment stated in the quote, for example cold stores below 0°C unless the cold "
      "store pack is fitted.")

    h("7. Substitute trucks")
    p("Under FleetCare Plus, if a truck cannot be repaired within 24 hours of the engineer's first visit, Liftara "
      "delivers a substitute truck of equal or greater capacity at no charge, subject to access for a rigid vehicle. "
      "Under FleetCare Standard a substitute can be provided at the flex-fleet rate.")

    h("8. Escalation")
    p("Unresolved faults are escalated to the regional service manager after 8 working hours and to the Head of "
      "Service after 2 working days. Monthly service reports, including uptime per truck, are issued by the 10th "
      "working day of the following month.")

    SimpleDocTemplate(str(OUT / "FleetCare_Service_Levels_2025.pdf"), pagesize=A4,
                      title="FleetCare Service Levels 2025", author="Liftara Fleet Services Ltd").build(story)


# --------------------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Trucks"
    ws.append(["Liftara Fleet Services - Truck Specification and Lease Price List 2025 (GBP per truck per month, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    head = ["SKU", "Model", "Type", "Rated capacity (kg)", "Max lift height (mm)", "Battery",
            "Run time per full charge", "Full charge time", "Charger supply", "Outer turning radius (mm)",
            "Working aisle, 1000x1200 pallet (mm)", "Rental 60 months", "Rental 48 months", "Rental 36 months"]
    ws.append(head)
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ["LFT-RT16-LI", "RT16", "Reach truck", "1,600", "10,500", "48 V / 560 Ah Li-ion", "8.5 h", "2.5 h",
         "400 V 3-phase 32 A", "1,690", "2,780", 945, 1010, 1095],
        ["LFT-RT20-LI", "RT20", "Reach truck", "2,000", "11,500", "48 V / 700 Ah Li-ion", "8 h", "3 h",
         "400 V 3-phase 32 A", "1,780", "2,880", 1060, 1130, 1225],
        ["LFT-CB25-LI", "CB25", "Counterbalance", "2,500", "4,700 (triplex)", "80 V / 400 Ah Li-ion", "7.5 h", "2 h",
         "400 V 3-phase 32 A", "2,150", "3,950", 720, 775, 840],
        ["LFT-CB35-LI", "CB35", "Counterbalance", "3,500", "4,700 (triplex)", "80 V / 560 Ah Li-ion", "7 h", "2.5 h",
         "400 V 3-phase 63 A", "2,420", "4,300", 865, 930, 1010],
        ["LFT-PP20-LI", "PP20", "Powered pallet truck, ride-on", "2,000", "205 (initial lift)", "24 V / 205 Ah Li-ion",
         "6 h", "1.5 h", "230 V single-phase 16 A", "1,980", "3,450", 240, 260, 285],
        ["LFT-VNA15-LI", "VNA15", "VNA turret truck", "1,500", "12,500", "80 V / 930 Ah Li-ion", "10 h", "4 h",
         "400 V 3-phase 63 A", "n/a (guided aisle)", "1,750", 2150, 2290, 2480],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Run times are typical for a two-shift operation at 60% duty cycle; cold store use reduces run time by up to 20%."])
    ws.append(["Rentals include one charger per truck. Maintenance (FleetCare) and LiftLink telematics are priced separately."])

    ws2 = wb.create_sheet("Options")
    ws2.append(["Liftara Fleet Services - Factory Options and Accessories 2025 (GBP per truck per month, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["Option code", "Option", "Reach (RT16/RT20)", "Counterbalance (CB25/CB35)", "Pallet truck (PP20)",
                "VNA (VNA15)", "Lead time"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    opts = [
        ["OPT-FP", "Integrated fork positioner", 28, 22, "n/a", "n/a", "6 weeks"],
        ["OPT-SS", "Integral side shift", "Included", 9, "n/a", "Included", "Stock"],
        ["OPT-BSL", "Blue spot warning light", 6.5, 6.5, 6.5, 6.5, "Stock"],
        ["OPT-CAM", "Fork-tip camera kit with mast display", 19, "n/a", "n/a", "Included", "4 weeks"],
        ["OPT-CSP", "Cold store pack, down to -30°C", 85, 70, 35, "n/a", "10 weeks"],
        ["OPT-LW", "Load weighing display", 15, 15, 12, "n/a", "6 weeks"],
        ["OPT-PDR", "Pedestrian detection radar (rear zone)", 24, 24, "n/a", "n/a", "8 weeks"],
    ]
    for r in opts:
        ws2.append(r)
    ws2.append([])
    ws2.append(["Options fitted at build cannot be removed during the term; retrofit after delivery adds a one-off fitting charge of £240."])

    for sheet in (ws, ws2):
        for col in sheet.columns:
            sheet.column_dimensions[col[0].column_letter].width = 18
    wb.save(OUT / "Liftara_Truck_Specs_and_Price_List_2025.xlsx")


# --------------------------------------------------------------------------- HTML
HTML = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Operator training, LiftLink and lithium-ion battery care | Liftara Fleet Services</title></head>
<body>
<h1>Operator training, LiftLink and lithium-ion battery care</h1>
<p>Everything your site needs to get a new Liftara fleet running safely: accredited operator training, the LiftLink
telematics system and how to look after the lithium-ion batteries in our trucks.</p>

<h2>RTITB-accredited operator training</h2>
<p>All courses are delivered at your site by Liftara's RTITB-accredited instructors, on the trucks you lease from us.
Each delegate receives an RTITB certificate and is registered on the National Register of Lift Truck Operators.</p>
<table border="1">
<tr><th>Course</th><th>Duration</th><th>Max delegates per instructor</th><th>Price per delegate</th></tr>
<tr><td>Novice course (reach, counterbalance or VNA)</td><td>5 days</td><td>3</td><td>£385</td></tr>
<tr><td>Conversion course (experienced operator, new truck type)</td><td>2 days</td><td>3</td><td>£385</td></tr>
<tr><td>Refresher course</td><td>1 day</td><td>4</td><td>£165</td></tr>
<tr><td>Powered pallet truck operator</td><td>1 day</td><td>6</td><td>£140</td></tr>
</table>
<p>Courses booked at the same time as a new fleet are priced at £385 per delegate for either the novice or the conversion course.
Refresher training is recommended every 3 years.</p>
<p><strong>Cancellation:</strong> courses cancelled with less than 10 working days' notice are charged at 50% of the
course price; with less than 3 working days' notice, or if delegates do not attend, 100% is charged. A delegate may be
substituted free of charge up to the day before the course.</p>

<h2>LiftLink telematics and digital pre-use checks</h2>
<ul>
<li>Operator access by PIN or RFID card; only operators with a valid training record can start the truck.</li>
<li>Digital pre-use check on the truck display before each shift; a failed critical item locks the truck in slow mode
until a supervisor clears it.</li>
<li>Impact sensing with three thresholds; a high impact sends an e-mail alert to the site manager within 60 seconds.</li>
<li>Utilisation reports per truck, per operator and per shift, with hour-meter readings used for the annual hours reconciliation.</li>
<li>Data is hosted in the UK and retained for 24 months, then deleted. Reports can be exported to CSV at any time.</li>
</ul>

<h2>Lithium-ion batteries: warranty and care</h2>
<p>Every Liftara Li-ion battery is covered for 5 years or 10,000 operating hours, whichever comes first, with a
guaranteed minimum of 80% of rated capacity over that period. A battery that falls below 80% is replaced free of charge.</p>
<p>Li-ion batteries need no watering, no equalising charge and no separate charging room. Opportunity charging during
breaks is encouraged: a 30-minute charge adds roughly 1.5 hours of typical run time. Keep the state of charge between
20% and 100%; trucks show a warning at 20% and reduce lift speed at 10%.</p>
<p><strong>Charger installation:</strong> the customer provides a dedicated socket for each charger to the supply shown in the
truck price list, within 3 m of the charging position, installed and certified by a qualified electrician before delivery.
Chargers must be installed indoors, away from direct sunlight, at an ambient temperature between 0°C and 40°C. Liftara's
site survey confirms the number and position of sockets.</p>
<p><strong>Cold stores:</strong> batteries should be charged outside the cold store. Trucks working at -25°C or below need the
cold store pack and lose up to 20% of their run time.</p>
</body>
</html>
"""


def make_html():
    (OUT / "training-and-battery-care.html").write_text(HTML, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_html()
    print("sources written to", OUT)
