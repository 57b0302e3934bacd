"""Generate the knowledge sources of the rivelto-smart-water-meters scenario.

Run with a Python that has python-docx, openpyxl and reportlab, e.g.
    PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(reportlab installed with `pip install --target /tmp/rl reportlab`).
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

K = Path(__file__).resolve().parent / "knowledge"
K.mkdir(exist_ok=True)


# --------------------------------------------------------------------------- DOCX: SLA
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("MeterSphere Service Level Agreement and Support Terms", 0)
    d.add_paragraph("Rivelto Metering B.V., Eindhoven. Document RVM-SLA-MS, version 3.2, effective 1 March 2026. "
                    "This SLA forms part of every MeterSphere subscription and of the Rivelto General Terms of Supply "
                    "for Utilities. It covers (a) the hosted MeterSphere meter-data platform, (b) the Rivelto field "
                    "network (Collector gateways) and (c) hardware support for Rivelto meters and radio modules.")

    d.add_heading("1. Platform availability", 1)
    d.add_paragraph("Rivelto guarantees a Monthly Availability of the MeterSphere platform of 99.5%, measured per "
                    "calendar month as the share of minutes in which the web application, the REST API and the "
                    "billing export are all reachable from two external monitoring locations. Planned Maintenance "
                    "is excluded from the calculation.")
    d.add_paragraph("Planned Maintenance takes place in the maintenance window Sundays 02:00-05:00 CET and is "
                    "announced at least 5 business days in advance in the customer portal. Planned Maintenance is "
                    "limited to 6 hours per calendar month; any excess counts as downtime. Emergency maintenance "
                    "counts as downtime unless it applies a critical security patch announced with at least 24 "
                    "hours' notice.")

    d.add_heading("2. Service credits", 1)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Monthly Availability"
    t.rows[0].cells[1].text = "Service credit (share of the monthly subscription fee)"
    for a, b in [("below 99.5% but at least 99.0%", "5%"),
                 ("below 99.0% but at least 98.0%", "10%"),
                 ("below 98.0%", "20%")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_paragraph("The monthly subscription fee is one twelfth of the annual MeterSphere subscription invoiced "
                    "for the contract year. Credits must be claimed in writing within 30 days after the end of the "
                    "month concerned, are capped at 20% of the monthly subscription fee, are not paid in cash and "
                    "are deducted from the next annual subscription invoice. Service credits are the Customer's sole "
                    "and exclusive remedy for failures to meet the availability target.")

    d.add_heading("3. Read-rate performance indicators", 1)
    d.add_paragraph("Daily read success: at least 98.5% of installed and commissioned endpoints deliver a valid "
                    "daily index to MeterSphere within 24 hours, measured as a rolling 30-day average. Billing read "
                    "success: 99.8% of endpoints have a valid billing read in MeterSphere by the 3rd business day "
                    "after the billing due date (wM-Bus walk-by reads collected by the Customer count towards this "
                    "figure).")
    d.add_paragraph("The read-rate indicators apply only to endpoints inside the surveyed coverage area whose "
                    "serving gateways have mains power and working backhaul. If daily read success stays below "
                    "98.5% for two consecutive months, Rivelto delivers a written remediation plan within 10 "
                    "business days and, where the shortfall is caused by the network design, supplies and installs "
                    "additional gateways at its own cost. The read-rate indicators do not carry service credits.")

    d.add_heading("4. Support and severity levels", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Severity", "Examples", "Response time", "Target restoration"]):
        t.rows[0].cells[i].text = h
    rows = [
        ("P1 Critical", "Platform unavailable; more than 10% of endpoints not reporting; billing export failed",
         "1 hour, 24/7 (phone only: +31 40 555 0190)", "4 hours"),
        ("P2 High", "Major function degraded; single gateway outage affecting more than 200 endpoints",
         "4 business hours", "1 business day"),
        ("P3 Normal", "Minor fault with workaround; individual meter not reporting",
         "next business day", "10 business days"),
        ("P4 Request", "Questions, configuration changes, report requests", "3 business days", "as agreed"),
    ]
    for row in rows:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph("Business hours are Monday to Friday, 08:30-17:30 CET, excluding Dutch public holidays. P2-P4 "
                    "tickets are raised in the customer portal; the Customer names up to 6 authorised support "
                    "contacts. Response time is the time until a Rivelto engineer acknowledges the ticket and starts "
                    "work, not the time to resolution.")

    d.add_heading("5. Field hardware support", 1)
    d.add_paragraph("Gateways: a faulty Collector gateway under warranty is replaced by advance replacement, shipped "
                    "within 2 business days of fault confirmation. The Customer swaps the unit using the "
                    "pre-configured replacement; an on-site swap by a Rivelto engineer is available at EUR 640 per "
                    "visit. Meters and radio modules: faulty units under warranty are replaced through the RMA "
                    "process; the Customer returns the removed units within 60 days. No-fault-found returns are "
                    "charged a handling fee of EUR 18 per meter.")

    d.add_heading("6. Data retention", 1)
    d.add_paragraph("15-minute interval data is kept online for 36 months. Daily indexes and billing reads are kept "
                    "for 10 years. User and system audit logs are kept for 24 months. On termination the Customer "
                    "may export all data within 90 days, after which Rivelto deletes it and confirms deletion in "
                    "writing.")

    d.add_heading("7. Exclusions", 1)
    d.add_paragraph("This SLA does not apply to faults caused by vandalism, frost damage, installation not in "
                    "accordance with the Rivelto installation guide, outages of third-party mobile networks used for "
                    "gateway backhaul, changes made by the Customer to gateway configuration, or force majeure.")

    d.add_heading("8. Escalation and service reviews", 1)
    d.add_paragraph("Escalation path: account manager, then Head of Customer Operations, then Chief Operating "
                    "Officer. Rivelto holds a quarterly service review with the Customer covering availability, "
                    "read rates, open tickets and the RMA log during the first two years, and twice a year after "
                    "that.")
    d.save(K / "MeterSphere_Service_Level_Agreement.docx")


# --------------------------------------------------------------------------- PDF: data sheet
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9
    body.leading = 11.5
    doc = SimpleDocTemplate(str(K / "UltraSonic_BulkSonic_Technical_Data_Sheet.pdf"), pagesize=A4,
                            leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                            title="UltraSonic U15/U20 and BulkSonic B50 Technical Data Sheet")
    s = [Paragraph("UltraSonic U15 / U20 and BulkSonic B50 - Technical Data Sheet", ss["Title"]),
         Paragraph("Rivelto Metering B.V. - data sheet TDS-US-2026-03, issued March 2026. Static ultrasonic "
                   "cold-water meters with integrated radio (U15, U20) and flanged bulk meter with RM2 external "
                   "radio module (B50).", body), Spacer(1, 5)]

    s.append(Paragraph("1. Metrology", ss["Heading2"]))
    data = [["", "U15 (DN15)", "U20 (DN20)", "B50 (DN50)"],
            ["Permanent flow Q3", "2.5 m3/h", "4.0 m3/h", "25 m3/h"],
            ["Overload flow Q4", "3.125 m3/h", "5.0 m3/h", "31.25 m3/h"],
            ["Ratio R (Q3/Q1)", "R160", "R250", "R400"],
            ["Minimum flow Q1", "15.6 l/h", "16 l/h", "62.5 l/h"],
            ["Start-up flow", "1 l/h", "1.5 l/h", "6 l/h"],
            ["Connection", "G3/4B thread, 110 mm", "G1B thread, 130 mm", "PN16 flanges EN 1092-2, 200 mm"],
            ["Pressure loss class", "dP63", "dP63", "dP40"],
            ["Weight", "0.5 kg", "0.6 kg", "9.8 kg"]]
    tb = Table(data, colWidths=[38 * mm, 44 * mm, 44 * mm, 52 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightblue),
                            ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    s += [tb, Spacer(1, 4)]
    s.append(Paragraph("All models: accuracy class 2 under MID 2014/32/EU (modules B + D, EC type-examination "
                       "certificate NL-TCM-22-0318), OIML R49 and ISO 4064. Pressure class MAP 16 (PN16). "
                       "Temperature class T50 (water 0.1-50 &deg;C); ambient operating range -25 to +55 &deg;C. "
                       "Enclosure IP68 (continuous submersion to 2 m), suitable for flooded meter pits. "
                       "Installation in any orientation; no straight inlet or outlet pipe runs are required "
                       "(flow profile sensitivity class U0D0). Drinking-water contact approval: KIWA ATA for all "
                       "wetted materials (lead-free composite body on U15/U20, epoxy-coated ductile iron on B50).",
                       body))

    s.append(Paragraph("2. Radio and data", ss["Heading2"]))
    s.append(Paragraph("U15/U20 have a dual-mode radio built into the meter; the B50 uses the RM2 external radio "
                       "module on a 1.5 m cable, wall- or lid-mounted. Protocols: LoRaWAN 1.0.4 class A on EU868 "
                       "and wireless M-Bus (OMS 4.0, modes C1 and T1, 868.95 MHz), transmit power +14 dBm. All "
                       "telegrams are encrypted with AES-128 using an individual key per device; keys are delivered "
                       "per shipment in a PGP-encrypted key file. Default profile: one LoRaWAN uplink per day "
                       "carrying the 96 fifteen-minute volume values of the previous day, plus wM-Bus walk-by "
                       "telegrams every 12 seconds between 07:00 and 19:00 on working days. The meter logs "
                       "15-minute volume intervals and stores 62 days of interval data and 36 monthly indexes "
                       "on board, so gaps can be back-filled after a network outage.", body))

    s.append(Paragraph("3. Alarms", ss["Heading2"]))
    s.append(Paragraph("<b>Leak:</b> raised when flow has not dropped to zero for 24 consecutive hours (threshold "
                       "configurable from 6 to 72 hours in MeterSphere). <b>Burst:</b> flow above 1.5 x Q3 for more "
                       "than 30 minutes. <b>Backflow:</b> reverse volume above 20 litres. <b>Dry pipe:</b> no water "
                       "in the measuring tube. <b>Tamper:</b> removal from the pipe or opening of the RM2 housing. "
                       "<b>Frost:</b> water temperature below 2 &deg;C. <b>Low battery:</b> raised 12 months "
                       "before the calculated end of battery life. Leak, burst and backflow alarms are sent "
                       "immediately as an extra uplink; the others travel with the next daily uplink.", body))

    s.append(Paragraph("4. Battery", ss["Heading2"]))
    s.append(Paragraph("Lithium thionyl chloride cells. U15/U20: battery sealed in the meter, not replaceable; "
                       "battery life 15 years with the default profile (daily LoRaWAN uplink, walk-by window as "
                       "above, average ambient 15 &deg;C); 10 years with hourly LoRaWAN uplinks. B50: meter "
                       "electronics battery life 16 years; RM2 radio module battery life 12 years with the default "
                       "profile, field-replaceable with battery pack RV-BAT-RM2 without removing the meter.", body))

    s.append(Paragraph("5. Warranty", ss["Heading2"]))
    s.append(Paragraph("U15/U20 meters: 10 years from delivery, including the battery. Years 1-6: free replacement "
                       "of a faulty meter; years 7-10: credit of 50% of the then current list price towards a "
                       "replacement meter. B50 meters and RM2 radio modules: 5 years from delivery; RM2 battery "
                       "packs: 1 year. The warranty excludes frost damage, damage from water hammer above 25 bar, "
                       "and meters installed without following the Rivelto installation guide. Claims are handled "
                       "through the RMA process described in the MeterSphere SLA.", body))

    s.append(Paragraph("6. Storage and installation notes", ss["Heading2"]))
    s.append(Paragraph("Meters ship in sleep mode in cartons of 20 (U15/U20) and wake on the first water flow or "
                       "by NFC with the Rivelto Installer app. Store at -10 to +40 &deg;C; shelf life in sleep mode "
                       "24 months without measurable loss of battery life. Meters in chambers deeper than 1.2 m or "
                       "under cast-iron lids should be checked for radio coverage during installation; where the "
                       "signal is insufficient, an RM2 external radio module can be used with a U20 (adapter kit "
                       "required, order through Rivelto pre-sales).", body))
    doc.build(s)


# --------------------------------------------------------------------------- XLSX: price & spec list
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price List 2026"
    ws["A1"] = "Rivelto Metering B.V. - Price and Specification List 2026 (EUR, excl. VAT, valid 1 Feb 2026 - 31 Jan 2027)"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["SKU", "Description", "Unit", "List price (EUR)", "Lead time", "Minimum order", "Warranty"]
    ws.append([])
    ws.append(hdr)
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("RV-US15-R160-LW", "UltraSonic U15 DN15 R160, LoRaWAN/wM-Bus", "each", 62.50, "6 weeks", "500", "10 years"),
        ("RV-US20-R250-LW", "UltraSonic U20 DN20 R250, LoRaWAN/wM-Bus", "each", 75.00, "6 weeks", "200", "10 years"),
        ("RV-BU50-R400-RM2", "BulkSonic B50 DN50 flanged R400 with RM2 radio module", "each", 690.00, "10 weeks", "10", "5 years"),
        ("RV-BU80-R400-RM2", "BulkSonic B80 DN80 flanged R400 with RM2 radio module", "each", 940.00, "12 weeks", "5", "5 years"),
        ("RV-RM2", "RM2 external radio module, spare", "each", 118.00, "6 weeks", "10", "5 years"),
        ("RV-BAT-RM2", "Replacement battery pack for RM2", "each", 26.50, "4 weeks", "20", "1 year"),
        ("RV-GW8-LTE", "Collector G8 outdoor gateway, 8-channel, LTE Cat-4", "each", 1480.00, "8 weeks", "1", "5 years"),
        ("RV-GW16-LTE", "Collector G16 outdoor gateway, 16-channel, LTE Cat-4", "each", 2350.00, "10 weeks", "1", "5 years"),
        ("RV-GW-SOLAR", "Solar power kit for Collector gateways (60 W panel, LiFePO4 battery)", "each", 690.00, "8 weeks", "1", "2 years"),
        ("RV-ANT-9DBI", "High-gain 9 dBi omni antenna with 5 m cable", "each", 145.00, "4 weeks", "1", "2 years"),
        ("RV-MS-SUB-EP", "MeterSphere platform subscription", "endpoint/year", 2.10, "n/a", "5,000 endpoints", "SLA applies"),
        ("RV-MS-CPORTAL", "MeterSphere consumer portal add-on (household consumption app)", "endpoint/year", 0.45, "n/a", "5,000 endpoints", "SLA applies"),
        ("RV-SVC-GWINST", "Gateway site survey, installation and commissioning", "site", 950.00, "after survey", "1", "12 months workmanship"),
        ("RV-SVC-MTRINST", "Meter exchange by Rivelto-accredited installation partner", "meter", 38.00, "by plan", "1,000", "12 months workmanship"),
        ("RV-INT-ISU", "MeterSphere connector for SAP IS-U, fixed price", "project", 24500.00, "12 weeks", "1", "12 months"),
        ("RV-TRN-DAY", "Training day on site (administrators or field crews)", "day", 1150.00, "3 weeks", "1", "n/a"),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDEFG", [20, 62, 14, 16, 14, 16, 22]):
        ws.column_dimensions[col].width = w
    ws.append([])
    ws.append(["Notes: lead times run from written order confirmation. Prices exclude VAT and delivery outside the "
               "Netherlands, Belgium, Germany and Ireland (quoted separately). Subscription pricing is per "
               "commissioned endpoint per year."])

    g = wb.create_sheet("Gateway & Radio Specs")
    g["A1"] = "Collector gateways - technical specification"
    g["A1"].font = Font(bold=True, size=12)
    g.append([])
    g.append(["Parameter", "Collector G8 (RV-GW8-LTE)", "Collector G16 (RV-GW16-LTE)"])
    for c in g[3]:
        c.font = Font(bold=True)
    specs = [
        ("LoRaWAN channels", "8 (EU868)", "16 (EU868)"),
        ("Capacity", "up to 2,000 endpoints at 1 uplink/day", "up to 5,000 endpoints at 1 uplink/day"),
        ("Typical range, dense urban", "1.5 to 3 km", "1.5 to 3 km"),
        ("Typical range, suburban", "3 to 5 km", "3 to 5 km"),
        ("Typical range, rural", "up to 10 km (line of sight)", "up to 10 km (line of sight)"),
        ("Backhaul", "LTE Cat-4 (dual SIM) and Ethernet 100BASE-TX", "LTE Cat-4 (dual SIM) and Ethernet 100BASE-TX"),
        ("Power supply", "100-240 V AC or PoE IEEE 802.3at", "100-240 V AC or PoE IEEE 802.3at"),
        ("Power consumption", "9 W typical", "14 W typical"),
        ("Backup battery", "4 hours, with power-fail alarm", "4 hours, with power-fail alarm"),
        ("Store and forward", "72 hours of uplinks buffered if backhaul is lost", "72 hours of uplinks buffered if backhaul is lost"),
        ("Enclosure", "IP67, UV-stable polycarbonate", "IP67, UV-stable polycarbonate"),
        ("Operating temperature", "-30 to +60 C", "-30 to +60 C"),
        ("Mounting", "pole (35-115 mm) or wall bracket included", "pole (35-115 mm) or wall bracket included"),
        ("Weight", "3.2 kg", "4.1 kg"),
        ("Time synchronisation", "GPS", "GPS"),
    ]
    for r in specs:
        g.append(list(r))
    for col, w in zip("ABC", [28, 48, 48]):
        g.column_dimensions[col].width = w

    v = wb.create_sheet("Volume Discounts")
    v["A1"] = "Standard volume discounts 2026 (on list price, per order)"
    v["A1"].font = Font(bold=True, size=12)
    v.append([])
    v.append(["Product group", "Quantity band", "Discount"])
    for c in v[3]:
        c.font = Font(bold=True)
    for r in [
        ("Residential meters U15 + U20 (combined quantity)", "1,000 - 4,999", "3%"),
        ("Residential meters U15 + U20 (combined quantity)", "5,000 - 14,999", "5%"),
        ("Residential meters U15 + U20 (combined quantity)", "15,000 - 29,999", "8%"),
        ("Residential meters U15 + U20 (combined quantity)", "30,000 and more", "10%"),
        ("Bulk meters B50 + B80", "100 and more", "5%"),
        ("Collector gateways", "20 - 39", "5%"),
        ("Collector gateways", "40 and more", "10%"),
        ("Services, subscription, training", "-", "no standard volume discount"),
    ]:
        v.append(list(r))
    v.append([])
    v.append(["Conditions: meter volume discounts require the full quantity to be called off within 24 months of "
              "the order; quantities not called off by then are invoiced at the discount band actually reached."])
    for col, w in zip("ABC", [52, 20, 28]):
        v.column_dimensions[col].width = w
    wb.save(K / "Rivelto_Price_and_Spec_List_2026.xlsx")


# --------------------------------------------------------------------------- Markdown KB article
MD = """# AMI rollout and coverage FAQ

*Rivelto knowledge base - article KB-112, last reviewed 9 October 2026. Applies to UltraSonic U15/U20, BulkSonic B50/B80,
Collector G8/G16 gateways and MeterSphere.*

## What are the phases of a typical rollout?

1. **Desktop radio plan** - Rivelto models coverage from the meter register (addresses, meter locations) and proposes
   gateway sites. Typical result for a mixed urban/rural utility: one gateway per 400 to 600 meters.
2. **Site surveys** - each proposed gateway site is visited: RF noise measurement, LTE signal check on both SIMs,
   mains power and mounting proposal. The survey report is delivered within 10 business days of the visit.
3. **Pilot** - 500 meters and 2 gateways in a representative area, run for 8 weeks. The pilot passes when daily read
   success is at least 98.5% over the final 14 days.
4. **Mass rollout** - monthly meter call-offs, gateway installation ahead of each meter area.
5. **Network acceptance** - see below.

## What coverage do you guarantee?

After the gateways are installed according to the surveyed radio plan, Rivelto guarantees that **at least 97% of the
installed meters in the surveyed area are reachable by at least one gateway**. If fewer are reachable, Rivelto supplies
and installs additional gateways free of charge until 97% is reached, provided the customer gives access to the
proposed extra sites within 30 days. Meters in chambers deeper than 1.2 m or under cast-iron lids for which the
customer declines the recommended fix (RM2 external radio module or lid change) are excluded from the calculation.

## When is the network accepted?

Network acceptance (which triggers the final 20% milestone) is signed when, for 30 consecutive days, at least 97% of
installed meters are reachable and daily read success is at least 98.5%. If the customer has not raised a documented
objection within 10 business days of Rivelto's acceptance report, the network is deemed accepted.

## How many meters can a crew exchange per day?

A trained two-person crew typically exchanges **25 to 35 residential meters per day** where meters are in external
boxes or pits, and 12 to 18 per day for indoor meters that need an appointment with the occupant. Plan for 3-5% of
sites needing a return visit (stuck stopcocks, no access, damaged pipework).

## How is a meter commissioned?

Meters ship in sleep mode and wake on the first water flow, or the installer wakes them with NFC using the Rivelto
Installer app (Android 11 or later). The app records the GPS position, a photo, the new meter's serial number and the
final index of the old meter. A meter normally joins the LoRaWAN network within 15 minutes of waking; the app shows the
first received uplink.

## What training do our crews and administrators need?

Field crew training is 1 day with at most 12 participants per day and covers the exchange procedure, the Installer app
and radio checks in chambers. Platform administrator training is 1 day with at most 8 participants and covers users
and roles, alarms, validation rules and billing exports. Rivelto recommends at least one field crew day per 10 crews.

## How do we move our existing meter register into MeterSphere?

The legacy register is imported from Rivelto's CSV template (connection ID, address, meter location, old meter serial,
last billed index). Old-meter final reads captured by the Installer app are passed to billing in the next export so
each customer gets a closing read on the old meter and an opening read on the new one.

## Who arranges gateway sites?

Preferred sites are water towers, reservoirs, pumping stations and municipal buildings. Lease or permission agreements
for sites the utility does not own are the customer's responsibility; Rivelto provides the drawings and RF exposure
calculations needed for them. Each gateway needs a mains socket or PoE within 30 m; where there is no power, the solar
kit RV-GW-SOLAR can be used at sites with at least 4 hours of winter sun.

## What if a gateway loses its LTE connection?

The gateway switches to its second SIM and buffers up to 72 hours of uplinks. Meters also store 62 days of interval
data on board, so MeterSphere back-fills missing intervals once the connection is restored.
"""


# --------------------------------------------------------------------------- HTML page
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Security and data protection - Rivelto MeterSphere</title></head>
<body>
<h1>Security and data protection in MeterSphere</h1>
<p>Last updated 2 September 2026. This page summarises how Rivelto protects meter data from the meter to the
platform. A full security whitepaper and our standard Data Processing Agreement (DPA) are available from your
account manager.</p>

<h2>Certifications and audits</h2>
<ul>
<li>Rivelto Metering B.V. is certified to ISO/IEC 27001:2022; the scope covers the development and operation of
MeterSphere and the Collector gateway firmware.</li>
<li>An independent SOC 2 Type II report is issued every year and is shared with customers under NDA.</li>
<li>An independent penetration test of the platform, the REST API and the gateway firmware is performed every year;
a summary of findings and remediation is shared on request.</li>
<li>Critical vulnerabilities (CVSS 9.0 or higher) are patched within 72 hours of confirmation.</li>
</ul>

<h2>Where is the data hosted?</h2>
<p>All customer data is hosted in the European Union only, in two ISO 27001 certified data centres: Frankfurt
(primary) and Amsterdam (secondary, disaster recovery). Data is replicated continuously between them. Recovery point
objective (RPO): 15 minutes; recovery time objective (RTO): 4 hours. No customer data is stored or processed outside
the EU, including by support staff.</p>

<h2>Encryption</h2>
<table border="1">
<tr><th>Layer</th><th>Protection</th></tr>
<tr><td>Radio (meter to gateway)</td><td>AES-128 with an individual key per device (LoRaWAN session keys, OMS security
profile for wM-Bus)</td></tr>
<tr><td>Gateway to platform</td><td>TLS 1.2 or higher with mutual certificate authentication</td></tr>
<tr><td>At rest</td><td>AES-256, keys held in a hardware security module</td></tr>
<tr><td>Device keys</td><td>Delivered per shipment in a PGP-encrypted key file; never sent in plain text</td></tr>
</table>

<h2>GDPR</h2>
<p>The utility is the controller; Rivelto acts as processor under the DPA. Fifteen-minute consumption data of
households is treated as personal data. The list of sub-processors is annexed to the DPA, and customers are given 30
days' notice of any new sub-processor. Personal data breaches are notified to the customer within 24 hours of
discovery. Tools are provided to answer data-subject access and erasure requests per connection.</p>

<h2>Access control</h2>
<p>Single sign-on via SAML 2.0 or OpenID Connect. Multi-factor authentication is mandatory for administrator roles.
MeterSphere has 6 predefined roles (administrator, billing, operations, field supervisor, analyst, read-only) and
custom roles. Every login, export and configuration change is written to the audit log, which is kept for 24 months.</p>

<h2>Integration and data export</h2>
<ul>
<li>REST API (JSON, OpenAPI 3 description), rate limit 600 requests per minute per tenant.</li>
<li>Daily file export of reads, alarms and events as CSV over SFTP, delivered at 04:00 CET.</li>
<li>SAP IS-U connector for SAP ECC 6.0 (EHP7 or later): billing reads and meter exchanges are exchanged as IDocs.</li>
<li>The customer owns all meter data. On termination, a full export is available for 90 days.</li>
</ul>
</body></html>
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "ami-rollout-faq.md").write_text(MD, encoding="utf-8")
    (K / "security-and-data-protection.html").write_text(HTML, encoding="utf-8")
    print("sources written to", K)
