"""Generate the four knowledge sources of the conveyra-baggage-systems scenario.

Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv; reportlab installed into a scratch folder)
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

OUT = Path(__file__).parent / "knowledge"
OUT.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Conveyra Baggage Systems — Maintenance Service Schedule", 0)
    d.add_paragraph("Schedule MS-3 to the Conveyra Maintenance Agreement. Version 2025.1, applies to baggage handling "
                    "systems installed by Conveyra at regional airports (up to 3 million passengers per year).")

    d.add_heading("1. Service levels", 1)
    d.add_paragraph("Three service levels are offered. The level is chosen per site, not per machine; all conveyors, "
                    "carousels and controls at the site are covered at the same level.")
    rows = [
        ("", "Bronze (MNT-BRONZE-Y)", "Silver (MNT-SILVER-Y)", "Gold (MNT-GOLD-Y)"),
        ("Planned preventive maintenance (PPM) visits", "2 per year", "4 per year", "12 per year (monthly)"),
        ("Hotline", "Business days 08:00-18:00", "Daily 06:00-22:00", "24/7, 365 days"),
        ("P1 on-site response", "8 hours", "4 hours", "2 hours"),
        ("P2 on-site response", "2 business days", "next business day", "8 hours"),
        ("P3 response", "10 business days", "5 business days", "next business day"),
        ("Wear parts", "charged at list price", "15% off list price", "included up to EUR 6,000 per contract year"),
        ("Availability guarantee", "none", "none", "99.5%"),
        ("Remote PLC/SCADA diagnostics", "no", "yes", "yes"),
    ]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v

    d.add_heading("2. Priority definitions", 1)
    d.add_paragraph("P1 (critical): a check-in island, the hold baggage screening line or a reclaim carousel is out of "
                    "service and no manual workaround keeps flights departing on time.")
    d.add_paragraph("P2 (degraded): the system runs with reduced capacity or a workaround (for example one check-in "
                    "desk stopped, or bags re-routed manually to the out-of-gauge conveyor).")
    d.add_paragraph("P3 (minor): cosmetic faults, reporting issues, requests for information or non-urgent "
                    "adjustments. Response times run from the moment the call is logged with the Conveyra hotline.")

    d.add_heading("3. Availability guarantee and service credits (Gold only)", 1)
    d.add_paragraph("Availability is measured monthly during airport operating hours, 05:00 to 23:00 local time, "
                    "for the whole baggage handling system as reported by the SCADA event log. Conveyra guarantees "
                    "99.5% availability. For each 0.1 percentage point (or part of it) below 99.5%, the airport "
                    "receives a service credit of 2% of the monthly maintenance fee, capped at 20% of the monthly "
                    "maintenance fee. Service credits are deducted from the next annual invoice and are the airport's "
                    "sole financial remedy for availability shortfalls.")
    d.add_paragraph("Downtime is not counted when it is caused by: misuse by airline or ground-handling staff; foreign "
                    "objects such as loose straps, pushchairs or animal crates sent untrayed; collisions by "
                    "ground-handling vehicles (tugs, dollies, belt loaders); failure of the airport power supply; the "
                    "third-party EDS screening machine itself; or works requested by the airport.")

    d.add_heading("4. Term, price indexation and notice", 1)
    d.add_paragraph("The maintenance term starts on the date of the Provisional Acceptance Certificate (PAC). During "
                    "the 24-month equipment warranty the contract covers PPM, hotline and call-outs, while defective "
                    "parts are replaced under warranty. The minimum term is 3 years; afterwards the contract renews "
                    "automatically for periods of 12 months unless either party gives written notice at least "
                    "90 days before the end of the current term.")
    d.add_paragraph("Fees are indexed on each anniversary of the PAC date by the change in the Eurostat HICP "
                    "(euro area, all items) over the previous 12 months, capped at 4% per year. There is no "
                    "downward indexation.")

    d.add_heading("5. Spare parts on site", 1)
    d.add_paragraph("Gold includes the critical spares kit CSK-A (list value EUR 8,750), held at the airport on "
                    "consignment and replenished by Conveyra within 5 business days after use. The kit contains "
                    "motor-rollers, photo-eyes, one weigh-belt load-cell set, drive belts for the carousels and PLC "
                    "I/O cards. Silver and Bronze customers may buy the kit at list price.")

    d.add_heading("6. Work outside the contract", 1)
    d.add_paragraph("Call-outs for excluded causes (see section 3) and for customers without a contract are charged "
                    "at EUR 145 per hour on business days 07:00-18:00 and EUR 210 per hour at night, on Sundays and "
                    "on public holidays, with a minimum of 3 hours per call-out plus a travel fee of EUR 95 per "
                    "visit. Software changes requested by the airport (new routing rules, new airline codes, extra "
                    "SCADA screens) are quoted separately.")

    d.add_heading("7. Reporting", 1)
    d.add_paragraph("Gold and Silver customers receive a monthly report by the 10th working day of the following "
                    "month with availability, fault statistics by conveyor, parts used and open actions. Gold "
                    "customers also have a quarterly review meeting on site with their Conveyra service manager.")
    d.save(OUT / "Conveyra_Maintenance_Service_Schedule.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Title"], ss["Heading2"]
    doc = SimpleDocTemplate(str(OUT / "Conveyra_BHS_Technical_Specification.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Conveyra BHS Technical Specification", author="Conveyra Baggage Systems")
    s = []
    P = lambda txt: s.append(Paragraph(txt, body))

    def table(data, widths):
        tb = Table(data, colWidths=widths)
        tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s.append(tb)
        s.append(Spacer(1, 6))

    s.append(Paragraph("Conveyra Baggage Systems — Technical Specification, regional airport BHS (TS-R 2025)", h1))
    P("This specification describes the standard Conveyra equipment for check-in, collection, hold baggage "
      "screening interface and reclaim at regional airports. Project-specific layouts are defined in the layout "
      "drawing referenced in the quote.")

    s.append(Paragraph("1. Check-in desk conveyor set CKB-300-W", h2))
    P("Each set consists of a weigh belt (1,500 mm), a label belt (1,800 mm) and a dispatch belt (2,000 mm), all "
      "800 mm wide, driven by 24 V DC motor-rollers. Belt speed is 0.5 m/s. The weigh belt is legal-for-trade, "
      "approved to OIML R51 class Y(a), with a weighing range of 0 to 60 kg and a scale interval of 0.1 kg. "
      "Initial verification by a notified body is arranged by Conveyra before go-live. Noise level is at most "
      "68 dB(A) at 1 m from the desk. Each set draws 1.1 kW at peak and has an emergency stop button at the agent "
      "position.")

    s.append(Paragraph("2. Conveyors, screening interface and out-of-gauge", h2))
    table([
        ["Item", "Key data"],
        ["CLC-1000-M collector", "1000 mm wide belt, 1.0 m/s, capacity 1,200 bags per hour, IE3 motors"],
        ["HBS-INT-2 screening interface", "Merge, EDS infeed and reject diverter for a third-party ECAC Standard 3 EDS; "
                                          "bar-code reading array with ATR read rate of at least 98.5% for "
                                          "IATA-compliant bag tags; unread bags go to manual encoding"],
        ["OGV-100 out-of-gauge", "Vertical conveyor for bags up to 100 kg and 2 m long (skis, golf bags, "
                                 "pushchairs); lift height up to 6 m; speed 0.3 m/s"],
        ["RC-SP45 reclaim carousel", "45 m sloped-plate carousel, plate angle 22 degrees, 0.45 m/s, static "
                                     "capacity approx. 110 standard bags, 2 x 2.2 kW drives, noise at most "
                                     "70 dB(A) at 1 m"],
    ], [48 * mm, 122 * mm])

    s.append(Paragraph("3. Baggage dimensions", h2))
    P("Standard conveyors (check-in, collector, screening interface, carousel) accept bags from 300 x 200 x 80 mm "
      "up to 900 x 700 x 450 mm (length x width x height) and up to 50 kg. Smaller items must travel in a tub; "
      "larger or heavier items must use the OGV-100 out-of-gauge conveyor.")

    s.append(Paragraph("4. Electrical and energy", h2))
    P("Supply: 400 V, 3-phase, 50 Hz, TN-S, provided by the airport to each control panel. All drives are IE3 "
      "efficiency class or better. Belts enter sleep mode after 60 seconds without a bag and restart automatically "
      "when a photo-eye detects a bag. All belts are fire-retardant to ISO 340.")

    s.append(Paragraph("5. Installation and phasing", h2))
    table([
        ["Phase", "Duration"],
        ["Design freeze and layout approval", "2 weeks after order"],
        ["Manufacturing", "14 weeks"],
        ["On-site installation (phased)", "6 weeks"],
        ["Commissioning and site acceptance test (SAT)", "2 weeks"],
        ["Trial operations, then Provisional Acceptance Certificate (PAC)", "2 weeks"],
    ], [110 * mm, 60 * mm])
    P("Installation is phased so that at least 50% of check-in desks remain in service throughout the works. "
      "Airside work is carried out at night between 23:30 and 04:30, which is included in the installation price. "
      "The airport provides airside passes, escorts where required and a lay-down area of at least 150 m2.")

    s.append(Paragraph("6. Warranty", h2))
    P("Conveyra warrants all mechanical and electrical equipment for 24 months from the PAC date, parts and labour. "
      "Wear parts (belts, rollers, carousel plate buffers) are warranted for 12 months from the PAC date. SCADA "
      "software updates are free of charge during the warranty period. The warranty does not cover damage from "
      "ground-handling vehicles, foreign objects or operation outside this specification.")
    doc.build(s)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)

    ws = wb.active
    ws.title = "Systems"
    ws.append(["Conveyra Baggage Systems — Price & Spares List 2025 (EUR, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["SKU", "Description", "Unit", "List price (EUR)", "Lead time (weeks)", "Key spec"])
    for c in ws[2]:
        c.font = bold
    for r in [
        ["CKB-300-W", "Check-in desk conveyor set (weigh, label, dispatch)", "set", 18400, 10, "OIML R51 weigh belt, 0.5 m/s"],
        ["CKB-300-SBD", "Self bag drop conversion kit for CKB-300", "desk", 21900, 12, "camera, intrusion sensor, tag printer interface"],
        ["CLC-800-M", "Collector belt conveyor 800 mm", "metre", 980, 8, "1.0 m/s"],
        ["CLC-1000-M", "Collector belt conveyor 1000 mm", "metre", 1150, 8, "1.0 m/s, 1,200 bags per hour"],
        ["HBS-INT-2", "Hold baggage screening interface", "each", 62000, 16, "for ECAC Standard 3 EDS"],
        ["RC-SP45", "Sloped-plate reclaim carousel 45 m", "each", 138000, 18, "22 degree plates"],
        ["RC-FP35", "Flat-plate reclaim carousel 35 m", "each", 104000, 16, "flat plates, for low ceilings"],
        ["OGV-100", "Out-of-gauge vertical conveyor", "each", 29800, 12, "up to 100 kg"],
        ["CTRL-SCADA-L", "PLC panels and SCADA site licence", "site", 48000, 10, "perpetual licence"],
        ["MNT-BRONZE-Y", "Bronze maintenance contract", "year", 14900, "", "2 PPM visits per year"],
        ["MNT-SILVER-Y", "Silver maintenance contract", "year", 24800, "", "4 PPM visits per year"],
        ["MNT-GOLD-Y", "Gold maintenance contract", "year", 39600, "", "12 PPM visits per year, 99.5% availability"],
        ["TRN-DAY", "Operator and technician training", "day", 1450, "", "max 8 trainees per day"],
    ]:
        ws.append(r)

    sp = wb.create_sheet("Spares")
    sp.append(["Conveyra spare parts and consumables 2025 (EUR, excluding VAT)"])
    sp["A1"].font = Font(bold=True, size=13)
    sp.append(["SKU", "Description", "Fits", "Unit", "Price (EUR)", "Stock"])
    for c in sp[2]:
        c.font = bold
    for r in [
        ["SP-WB-1500", "Weigh belt 1,500 mm", "CKB-300-W", "each", 640, "ex stock"],
        ["SP-LB-1800", "Label belt 1,800 mm", "CKB-300-W", "each", 590, "ex stock"],
        ["SP-DB-2000", "Dispatch belt 2,000 mm", "CKB-300-W", "each", 680, "ex stock"],
        ["SP-CB-1000", "Collector belt 1000 mm", "CLC-1000-M", "metre", 118, "ex stock"],
        ["SP-MR-080", "Motor-roller 80 mm, 24 V DC", "CKB-300-W, CLC", "each", 385, "ex stock"],
        ["SP-PE-01", "Photo-eye pair", "all conveyors", "pair", 142, "ex stock"],
        ["SP-LC-60", "Load cell set 60 kg (set of 4)", "CKB-300-W", "set", 1260, "2 weeks"],
        ["SP-PL-SP45", "Sloped carousel plate", "RC-SP45", "each", 212, "3 weeks"],
        ["CSK-A", "Critical spares kit", "whole site", "kit", 8750, "4 weeks"],
    ]:
        sp.append(r)

    sr = wb.create_sheet("Service rates")
    sr.append(["Conveyra service rates 2025 (outside maintenance contract cover)"])
    sr["A1"].font = Font(bold=True, size=13)
    sr.append(["Item", "Rate (EUR)", "Condition"])
    for c in sr[2]:
        c.font = bold
    for r in [
        ["Technician hour, business days 07:00-18:00", 145, "minimum 3 hours per call-out"],
        ["Technician hour, nights, Sundays, public holidays", 210, "minimum 3 hours per call-out"],
        ["Travel fee", 95, "per visit"],
        ["Scale re-verification", 180, "per check-in desk, notified body fee included"],
        ["Additional training day", 1450, "max 8 trainees"],
    ]:
        sr.append(r)
    for sheet in wb.worksheets:
        sheet.column_dimensions["A"].width = 22
        sheet.column_dimensions["B"].width = 48
        sheet.column_dimensions["F"].width = 44
    wb.save(OUT / "Conveyra_Price_and_Spares_List_2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# Check-in belts: weighing, calibration and self bag drop FAQ

*Conveyra knowledge base — applies to the CKB-300-W check-in desk conveyor set.*

## How accurate is the check-in scale and who certifies it?
The weigh belt is approved to OIML R51 class Y(a) with a 0.1 kg scale interval. Before go-live Conveyra arranges
the initial verification by a notified body. In most EU countries check-in scales must be re-verified every
2 years; Conveyra sends a reminder 60 days before the verification expires and can carry out the re-verification
(EUR 180 per check-in desk, notified body fee included).

## What does the agent see when a bag is too heavy?
The weight appears on the desk display and on the agent workstation. The display turns amber above 23 kg and red
above 32 kg. Both thresholds are configurable per airline by the airport's system administrator in SCADA.
Bags above 50 kg are refused by the standard conveyors and must be sent via the out-of-gauge conveyor.

## How does the scale talk to the airline systems?
The weight is sent over Ethernet through the CUPPS scale interface, so any CUPPS-compliant common-use platform
reads it without extra hardware. A serial RS-232 output is available for legacy dedicated airline desks.

## Daily checks
At the start of the day the set runs a 20-second self-test. Agents should press ZERO with an empty belt at the
start of each shift. If the display shows "ZERO ERR", remove any object from the weigh belt and press ZERO again;
if the error remains, log a P2 call with the Conveyra hotline.

## Can we convert the desks to self bag drop later?
Yes. All CKB-300-W sets delivered since 2023 are SBD-ready. The conversion kit CKB-300-SBD adds a bag camera,
an intrusion sensor and a bag-tag printer interface. Fitting takes about 5 hours per desk and is done in a
night shift, so the desk is back in service the next morning. The kit is priced separately (see the price list).

## Cleaning
Wipe belts with a neutral pH cleaner and a damp cloth. Never use solvents or abrasive pads: they damage the belt
cover and void the wear-part warranty.

## A belt stops unexpectedly
Press the emergency stop, check for a jammed strap or object at the belt transitions, clear it, release the
emergency stop and press RESET. A belt that stops three times within an hour should be reported to the hotline.
"""


def make_md():
    (OUT / "checkin-belts-weighing-faq.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", OUT)
