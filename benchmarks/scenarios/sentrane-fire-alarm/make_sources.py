"""Generate the knowledge sources of the sentrane-fire-alarm scenario.

Needs python-docx and openpyxl (in the appliance venv) and reportlab (install into a scratch folder with
`pip install --target /tmp/sentrane-rl reportlab` and set RL_PATH=/tmp/sentrane-rl, the default).
"""
import os
import sys

sys.path.append(os.environ.get("RL_PATH", "/tmp/sentrane-rl"))

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)


# ---------------------------------------------------------------- DOCX: method statement
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Installation and Commissioning Method Statement", 0)
    d.add_paragraph("Northmoor University - Main Campus fire detection and alarm replacement. "
                    "Sentrane Fire Systems Ltd, document SFS-MS-0417 rev B, issued 9 May 2025 for quote Q-SFS-2025-0417.")

    d.add_heading("1. Scope and design basis", 1)
    d.add_paragraph(
        "The works replace the conventional fire alarm systems in 14 buildings of the Main Campus with an addressable "
        "system of six AP-8 panels networked on a SentraNet fibre-optic ring. The system is designed, installed and "
        "commissioned to BS 5839-1:2017. Category L2 applies to the Library and the three halls of residence, "
        "category L3 to teaching buildings, and category M (manual call points) throughout. The university provides "
        "two spare single-mode fibre cores between each pair of networked buildings; Sentrane supplies and fits the "
        "network interface cards and fibre patch leads. The design is based on survey NM-SUR-0325; device quantities "
        "are re-measured after the asbestos survey and any variation of more than 3% is priced at the quoted unit rates.")

    d.add_heading("2. Programme", 1)
    d.add_paragraph("The programme runs for 30 weeks from site start, in four phases:")
    for t in [
        "Phase A - Science Quarter (Chemistry, Physics, Biosciences): 9 weeks. Laboratory areas are isolated only "
        "with a signed permit from the departmental technical manager.",
        "Phase B - Library and Student Union: 6 weeks. In term time, work in Library reading rooms is restricted to "
        "07:00-09:00; full days are worked in vacation periods.",
        "Phase C - Halls of residence (Ashby, Carrow and Dunmore Halls): 8 weeks, carried out during the summer "
        "vacation between 1 July and 12 September, when the halls are unoccupied apart from conference guests.",
        "Phase D - Arts Faculty, Sports Centre and Administration Building: 7 weeks.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Phases A and B overlap by 2 weeks; Phase D starts once Phase C is handed over.")

    d.add_heading("3. Working hours", 1)
    d.add_paragraph(
        "Standard working hours are 08:00-17:00, Monday to Friday. Saturday working in Phase C is included at no "
        "extra charge where agreed with the Estates project manager. Any other out-of-hours work requested by the "
        "university is charged at the engineer day rate plus 50%.")

    d.add_heading("4. Fire cover during changeover", 1)
    d.add_paragraph(
        "Each existing system remains live until the new panel in that building is commissioned. Where a building "
        "or area would be without automatic detection for more than 4 hours, Sentrane installs temporary wireless "
        "detection (up to 40 temporary heads per building) free of charge. Fire-watch patrols, where the university's "
        "fire risk assessment requires them, are provided by the university's security team.")

    d.add_heading("5. Cabling and containment", 1)
    d.add_paragraph(
        "Standard-grade fire-resistant cable (PH30) is used for loops in teaching buildings. Enhanced-grade cable "
        "(PH120) is used in the Library, the halls of residence and for all network links between buildings. Cables "
        "run in existing containment where it has spare capacity; new containment is red-cased steel trunking or "
        "clipped direct with metal fixings at no more than 300 mm centres.")
    d.add_paragraph(
        "Asbestos: no drilling or fixing starts in any area until the university has supplied its refurbishment and "
        "demolition asbestos survey for that area. If suspected asbestos is found, work stops in that area; removal "
        "and any resulting delay are excluded from the quoted price.")

    d.add_heading("6. Testing and commissioning", 1)
    d.add_paragraph(
        "Every detector is functionally tested with smoke or heat, not magnet-tested. Sounder output is measured in "
        "every room: at least 65 dB(A) generally and at least 75 dB(A) at the bedhead in sleeping rooms. The "
        "cause-and-effect programme is tested line by line and witnessed by the university Fire Safety Manager. Each "
        "phase is left in a 7-day soak period with a false-alarm log before handover. Design, installation, "
        "commissioning and acceptance certificates to BS 5839-1 are issued per phase.")

    d.add_heading("7. Handover documents", 1)
    d.add_paragraph(
        "As-fitted drawings (PDF and DWG), zone charts, the system logbook and the operation and maintenance manual "
        "are delivered within 10 working days of each phase handover.")

    d.add_heading("8. Decommissioning of the old systems", 1)
    d.add_paragraph(
        "Old panels, detectors and sounders are removed and disposed of under the WEEE regulations, with waste "
        "transfer notes supplied. Old cabling is left in place, made dead, cut back and labelled as abandoned. Removal "
        "of old cabling is not included; if the university orders it, it is charged at £4.20 per metre.")

    d.add_heading("9. Permits and isolations", 1)
    d.add_paragraph(
        "Permits to work are requested through the Estates helpdesk at least 48 hours in advance. Detector "
        "isolations for hot works by other contractors are the university's responsibility after handover of each phase.")
    d.save(os.path.join(K, "Installation_Method_Statement_Northmoor.docx"))


# ---------------------------------------------------------------- PDF: service agreement levels
def make_pdf():
    path = os.path.join(K, "Sentrane_CareCover_Service_Levels.pdf")
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Sentrane CareCover Service Levels", author="Sentrane Fire Systems Ltd")
    s = [Paragraph("Sentrane CareCover Service Agreement", ss["Title"]),
         Paragraph("Service levels and conditions - edition 2025. Applies to all CareCover agreements signed from 1 January 2025.", body),
         Spacer(1, 8),
         Paragraph("1. Service levels", ss["Heading2"])]
    rows = [["", "Bronze", "Silver", "Gold"],
            ["Routine inspection visits", "2 per year (six-monthly)", "4 per year (quarterly)", "4 per year (quarterly)"],
            ["Emergency response", "next working day", "8 working hours", "4 hours, 24/7/365"],
            ["Parts included", "none", "up to £1,500 per year", "all parts, except exclusions"],
            ["Remote monitoring (SentraLink)", "no", "no", "yes"],
            ["Annual price per AP-8 panel*", "£1,640", "£2,380", "£3,125"]]
    t = Table(rows, colWidths=[5.2 * cm, 3.9 * cm, 3.9 * cm, 3.9 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s += [t, Paragraph("* Indicative list price for up to 400 devices per panel; campus agreements are priced per site.", body)]
    paras = [
        ("2. Inspection visits",
         "Every visit follows BS 5839-1 clause 45. Each device is tested at least once in every 12 months: 25% of "
         "devices at each visit under Silver and Gold, 50% at each visit under Bronze. A visit report is published on "
         "the Sentrane customer portal within 5 working days and the logbook is signed on site."),
        ("3. Emergency response",
         "Response time is measured from the logged call to the engineer arriving on site. Gold response applies "
         "24/7/365, including public holidays. Silver response applies Monday to Friday 08:00-18:00; calls outside "
         "these hours are answered from 08:00 on the next working day. If a Gold response time is missed, 5% of the "
         "quarterly fee is credited per missed response, capped at 25% of the annual fee."),
        ("4. Parts and consumables under Gold",
         "Gold covers all parts, including panel PCBs and power supplies. Detector replacement is included for up to "
         "5% of installed detectors per contract year; further detectors are supplied at list price less 20%. "
         "Standby batteries are replaced free of charge every 4 years."),
        ("5. Unwanted alarms",
         "Call-outs caused by a fault in the system are free at all levels. Call-outs for false alarms caused by user "
         "actions or the environment (cooking fumes, steam from showers, aerosols, dust from building works by others) "
         "are charged at £145 per call-out, plus £68 per hour after the first hour on site."),
        ("6. Exclusions",
         "Not covered at any level: damage by vandalism, water ingress or building works by others; relocation or "
         "addition of devices; changes to the cause-and-effect programme after handover (charged at £95 per hour); "
         "cleaning or replacement of beam detector reflectors above 8 m without access equipment provided by the customer."),
        ("7. Price review",
         "The year-1 price is fixed. Prices are reviewed on each anniversary of the start date in line with CPI, "
         "capped at 4% per year. The review is notified in writing at least 60 days before the anniversary."),
        ("8. Term and termination",
         "The initial term is 36 months from the handover certificate, after which the agreement renews for 12-month "
         "terms. Either party may end the agreement at the end of a term with 90 days' written notice. If the "
         "customer terminates early during the initial term, 50% of the remaining annual fees for the initial term "
         "are payable."),
        ("9. Invoicing",
         "Annual fees are invoiced annually in advance; quarterly invoicing is available for a 3% surcharge. Invoices "
         "are payable within 30 days."),
    ]
    for h, p in paras:
        s += [Paragraph(h, ss["Heading2"]), Paragraph(p, body)]
    doc.build(s)


# ---------------------------------------------------------------- XLSX: product, price and spec list
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Products"
    ws.append(["Sentrane Fire Systems - Product and Price List 2025 (GBP, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Product", "Standard", "Key specification", "List price (GBP)", "Lead time"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ["SFS-AP8", "AP-8 addressable fire panel", "EN 54-2, EN 54-4", "8 loops, 250 addresses per loop, 2,000 addresses in total", 7850, "6 weeks"],
        ["SFS-AP2", "AP-2 addressable fire panel", "EN 54-2, EN 54-4", "2 loops, 250 addresses per loop", 3240, "4 weeks"],
        ["SFS-BC-65", "Extended battery cabinet for AP-8 (2 x 12 V 65 Ah)", "EN 54-4", "Extends standby to 72 hours", 610, "4 weeks"],
        ["SFS-MSD-300", "MSD-300 multisensor detector (optical + heat), with base", "EN 54-5, EN 54-7", "5 selectable modes; up to 100 m2 per head in smoke mode", 48, "3 weeks"],
        ["SFS-OSD-200", "OSD-200 optical smoke detector, with base", "EN 54-7", "Up to 100 m2 per head", 39.5, "3 weeks"],
        ["SFS-HD-210", "HD-210 heat detector, A1R or CS selectable, with base", "EN 54-5", "For kitchens and plant rooms, up to 50 m2 per head", 34, "3 weeks"],
        ["SFS-SB-100", "SB-100 sounder beacon base", "EN 54-3, EN 54-23", "32 tones, up to 100 dB(A); beacon category W-3.1-11.3", 72, "3 weeks"],
        ["SFS-MCP-20", "MCP-20 addressable manual call point with hinged cover", "EN 54-11", "Resettable element, indoor IP44", 39, "2 weeks"],
        ["SFS-BD-50", "BD-50 reflective beam detector", "EN 54-12", "Range 5 to 50 m", 1180, "5 weeks"],
        ["SFS-BD-100", "BD-100 reflective beam detector", "EN 54-12", "Range 50 to 100 m", 1640, "5 weeks"],
        ["SFS-RP-1", "RP-1 repeater panel", "EN 54-2", "Full control and display, network powered", 890, "4 weeks"],
        ["SFS-GW-PRO", "SentraView Pro graphics workstation", "-", "27-inch touchscreen PC, licence for up to 16 panels", 14600, "6 weeks"],
        ["SFS-LIC-OPS", "SentraView additional operator client licence", "-", "Full control from a second PC", 1450, "1 week"],
        ["SFS-LIC-WEB", "SentraView web viewer licence", "-", "Read-only, 5 concurrent users", 380, "1 week"],
    ]
    for r in rows:
        ws.append(r)
        ws.cell(row=ws.max_row, column=5).number_format = "#,##0.00"
    for col, w in zip("ABCDEF", [14, 52, 18, 58, 16, 10]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Panel specs")
    ws2.append(["AP-8 and AP-2 panel technical data"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Parameter", "AP-8", "AP-2"])
    for r in [
        ["Loops", "8", "2"],
        ["Addresses per loop", "250", "250"],
        ["Maximum loop current", "500 mA per loop", "500 mA per loop"],
        ["Maximum loop length", "2 km with 1.5 mm2 cable", "2 km with 1.5 mm2 cable"],
        ["Software zones", "500", "200"],
        ["Network", "up to 32 panels on SentraNet, fibre or copper ring", "up to 32 panels on SentraNet"],
        ["Standby battery, standard cabinet", "2 x 12 V 38 Ah: 24 hours standby plus 30 minutes alarm", "2 x 12 V 17 Ah: 24 hours standby plus 30 minutes alarm"],
        ["Standby battery, extended cabinet SFS-BC-65", "2 x 12 V 65 Ah: 72 hours standby plus 30 minutes alarm", "not available"],
        ["Event log", "10,000 events", "5,000 events"],
        ["Display", "7-inch colour touchscreen", "4.3-inch colour display"],
        ["Operating temperature", "-5 to +40 C", "-5 to +40 C"],
        ["Dimensions (H x W x D)", "620 x 480 x 160 mm", "420 x 380 x 120 mm"],
    ]:
        ws2.append(r)

    ws3 = wb.create_sheet("Device loading")
    ws3.append(["Loop device loading (per AP-8 loop)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append(["Device", "Quiescent current", "Alarm current", "Maximum per loop"])
    for r in [
        ["MSD-300 multisensor detector", "0.30 mA", "3.5 mA (LED on)", "250"],
        ["SB-100 sounder beacon base at 100 dB(A)", "0.25 mA", "7.0 mA", "64"],
        ["SB-100 sounder beacon base at 90 dB(A)", "0.25 mA", "3.8 mA", "120"],
        ["MCP-20 manual call point", "0.20 mA", "3.0 mA", "250"],
    ]:
        ws3.append(r)
    ws3.append(["Note: loop calculations for each building are made with SentraCalc at design stage; the quoted "
                "design uses no more than 80% of the loop current."])
    wb.save(os.path.join(K, "Sentrane_Product_Price_List_2025.xlsx"))


# ---------------------------------------------------------------- Markdown KB article
KB = """# Warranty, delivery, payment and training - FAQ for education customers

*Sentrane Fire Systems knowledge base, article KB-EDU-07, updated April 2025.*

## How long is the warranty?
It depends on the product:

| Product group | Warranty |
|---|---|
| Detectors, sounder beacon bases, manual call points | 3 years from the phase handover certificate |
| AP-8 and AP-2 panels | 5 years while a Sentrane Silver or Gold maintenance contract is in force; otherwise 2 years |
| SentraView Pro workstation hardware | 1 year on-site; software updates are included for 3 years |
| Standby batteries | 1 year |

Warranty covers manufacturing defects only. It does not cover damage from water, vandalism, paint or dust from
building works, or devices fitted or altered by others.

## How is equipment delivered?
Equipment is called off phase by phase. Stock items are delivered 10 working days after call-off; delivery to one
campus address is free. The university provides a secure, lockable store on site; Sentrane is responsible for the
goods until they are delivered to that store. Equipment prices on an accepted quote are held for call-offs made up to
31 March 2026.

## How do payments work?
For installation projects: 30% on order, 40% as installation phases are completed (pro rata to the phase value),
and 30% on handover. A retention of 5% of the installation value is held for 12 months after final handover.
Invoices are payable within 30 days and must quote the university's purchase order number.

## What does the operator training day cover?
One day on site, 09:30-15:30, for up to 8 staff: panel operation, silencing and resetting, isolations and
disablements, reading the event log, and day-to-day use of SentraView Pro. Each attendee receives a certificate.
Training for the Responsible Person (fire safety management duties under the Fire Safety Order) is not part of the
operator day; it is a separate one-day course at our Leeds training centre at £420 per delegate.

## How long are spare parts available?
Spares for discontinued products remain available for 10 years after the end of production. AP-8 firmware updates
are free for as long as a Sentrane maintenance contract is in force.
"""

# ---------------------------------------------------------------- HTML product page
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>SentraView Pro graphics workstation - Sentrane Fire Systems</title></head>
<body>
<h1>SentraView Pro graphics workstation</h1>
<p>SentraView Pro shows every device of a networked Sentrane fire alarm system on your own floor plans, so that
security and estates staff see at once which room an alarm comes from. The standard licence monitors up to 16
networked panels; the SFS-LIC-EXP32 expansion (list price &pound;2,900) raises this to 32 panels.</p>

<h2>Hardware (SFS-GW-PRO)</h2>
<ul>
<li>Industrial PC, Intel Core i5, 16 GB RAM, 512 GB SSD, Windows 11 IoT Enterprise LTSC</li>
<li>27-inch capacitive touchscreen</li>
<li>1,500 VA UPS included, giving 30 minutes of runtime on mains failure</li>
<li>Connected to the SentraNet ring through a dedicated network card, so it can be placed in any building on the ring</li>
</ul>

<h2>Floor plans</h2>
<p>Plans are imported from DWG, DXF or PDF. The first 40 floor plans are prepared by Sentrane and included with
every SFS-GW-PRO; further plans are prepared at &pound;65 each. Plans can be edited by the customer with the built-in editor.</p>

<h2>Integration</h2>
<ul>
<li>BACnet/IP output to building management systems: alarm, fault and disablement states per zone and per device</li>
<li>Modbus TCP output for PLC-based systems</li>
<li>E-mail and SMS alerts through the customer's own SMTP gateway</li>
<li>No direct cloud connection: remote access is only possible through the customer's VPN</li>
</ul>

<h2>Users and security</h2>
<p>Four user levels with individual passwords or Active Directory (LDAP) login; every operator action is written to
an audit trail. Events are archived for 5 years and can be exported as CSV or PDF reports.</p>

<h2>Licences</h2>
<table border="1">
<tr><th>Licence</th><th>What it does</th><th>List price</th></tr>
<tr><td>SFS-LIC-OPS operator client</td><td>Full control (silence, reset, isolate) from a second PC</td><td>&pound;1,450</td></tr>
<tr><td>SFS-LIC-WEB web viewer</td><td>Read-only view in a browser for 5 concurrent users</td><td>&pound;380</td></tr>
</table>
</body></html>
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    with open(os.path.join(K, "kb-warranty-delivery-payment.md"), "w", encoding="utf-8") as f:
        f.write(KB)
    with open(os.path.join(K, "sentraview-pro.html"), "w", encoding="utf-8") as f:
        f.write(HTML)
    print("sources written to", K)
