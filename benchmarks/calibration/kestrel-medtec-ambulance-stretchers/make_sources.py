"""Generate the knowledge sources of the kestrel-medtec-ambulance-stretchers scenario.

Run with a Python that has python-docx and openpyxl; reportlab may live in a scratch folder:
    PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
"""
import os
import sys

for extra in ("/tmp/rl",):
    if os.path.isdir(extra) and extra not in sys.path:
        sys.path.append(extra)

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


# ---------------------------------------------------------------- DOCX: CarePlan service terms
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Kestrel Medtec GmbH - CarePlan Service Terms for Stretcher and Loader Systems", 0)
    d.add_paragraph("Document KM-SVC-014, revision 6, effective 1 January 2025. These terms apply to CarePlan "
                    "Essential (SKU KSV-ESS) and CarePlan Plus (SKU KSV-CARE-5Y) contracts for ProLift powered "
                    "stretchers and PowerLoad loading systems. A 'set' means one stretcher and the loading system "
                    "installed in one vehicle. All prices are in EUR excluding VAT.")

    d.add_heading("1. Plan comparison", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Item", "CarePlan Essential", "CarePlan Plus"
    rows = [
        ("Price per set per year (2025 list)", "EUR 690", "EUR 1,150"),
        ("Preventive maintenance (PM) visits", "one PM visit per year", "two preventive maintenance visits per year, scheduled every 6 months"),
        ("Parts and labour for repairs", "labour only; parts invoiced at list price", "all parts and labour included (exclusions in section 4)"),
        ("Critical fault response", "remote diagnosis next business day; on-site within 5 business days",
         "on-site response within 8 working hours"),
        ("Non-critical fault response", "on-site within 10 business days", "on-site within 2 business days"),
        ("Loaner stretcher", "not included", "a loaner stretcher is delivered within 24 hours if the repair cannot be completed on the first visit"),
        ("Battery replacement", "not included", "one replacement KS-BAT-LI6 battery per set during the plan term"),
        ("Annual loader load test and inspection report", "included", "included"),
        ("Firmware updates", "included at PM visit", "included, also remote"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v

    d.add_heading("2. Definitions and service hours", 1)
    d.add_paragraph("Working hours are Monday to Friday, 07:00 to 19:00 local time, excluding public holidays in "
                    "the customer's federal state. A critical fault is a fault that takes a stretcher or loader out "
                    "of service (it cannot lift, lower, lock or release safely). All other faults are non-critical. "
                    "Response time runs from the moment the fault is logged through the 24/7 technical hotline "
                    "(+49 561 7730 400) or the Kestrel service portal. The hotline is staffed around the clock for "
                    "telephone diagnosis; on-site response times only run during working hours.")
    d.add_paragraph("Travel is included for stations within 150 km by road of the Kestrel service hub in Kassel or "
                    "of a Kestrel partner workshop. For stations beyond 150 km, travel is charged at EUR 0.65 per km "
                    "for the distance beyond 150 km, and response times are extended by 4 working hours.")

    d.add_heading("3. Fleet availability commitment (CarePlan Plus only)", 1)
    d.add_paragraph("Kestrel commits to 97% fleet availability per calendar quarter for the sets covered by a "
                    "CarePlan Plus contract, measured as covered set-days in service divided by covered set-days in "
                    "the quarter. Downtime caused by excluded events (section 4) or by the customer not giving "
                    "access to the vehicle does not count. If availability falls below 97%, the customer receives "
                    "a service credit of 5% of the quarterly plan fee for each full percentage point below 97%, "
                    "capped at 25% of the quarterly plan fee. Service credits are deducted from the next annual "
                    "invoice and are the customer's sole remedy for missed availability.")

    d.add_heading("4. Exclusions", 1)
    for s in [
        "Damage from misuse, dropping, overloading above the safe working load, or vehicle collisions.",
        "Damage caused by disinfectants not approved in the instructions for use, in particular phenol-based "
        "products and undiluted alcohol above 80%.",
        "Consumables: mattresses, restraint straps, wheel covers and IV-pole clamps.",
        "Cosmetic damage that does not affect function or safety.",
        "Repairs by persons who are not Kestrel-certified technicians.",
        "Stair chairs. TrackChair stair chairs are covered only by the separate stair-chair add-on KSV-CARE-SC "
        "(EUR 310 per chair per year, one PM visit per year, parts and labour included).",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("5. Term, invoicing and price adjustment", 1)
    d.add_paragraph("A CarePlan runs for 5 plan years from the commissioning date of the covered sets. Fees are "
                    "invoiced annually in advance, payable within 30 days. Plan prices are fixed for the first 24 "
                    "months. From month 25, the annual fee is adjusted once a year by the change in the Eurostat "
                    "HICP (euro area) over the previous 12 months, capped at 3.5% per year. After the first 24 "
                    "months, either party may end the plan with 90 days' notice to the end of a plan year. Sets "
                    "may be added during the term at the then-current price, pro rata to the next plan year.")

    d.add_heading("6. Customer obligations", 1)
    d.add_paragraph("The customer makes the vehicle and equipment available at the agreed station for PM visits "
                    "(about 75 minutes per set), keeps a daily check log as described in the instructions for use, "
                    "and reports faults without delay. If a booked PM visit is cancelled by the customer less than "
                    "2 business days in advance, a call-out fee of EUR 185 is charged.")
    d.save(os.path.join(K, "careplan-service-terms.docx"))


# ---------------------------------------------------------------- PDF: technical data
def make_pdf():
    path = os.path.join(K, "prolift-x2-powerload-l700-technical-data.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="ProLift X2 and PowerLoad L700 - Technical Data")
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = []

    def h(text, lvl=1):
        story.append(Paragraph(text, ss["Heading%d" % lvl]))

    def p(text):
        story.append(Paragraph(text, body))

    def table(rows):
        t = Table(rows, colWidths=[70 * mm, 100 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                               ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
        story.append(Spacer(1, 6))

    h("Kestrel ProLift X2 powered stretcher and PowerLoad L700 loading system - Technical Data", 1)
    p("Document KM-TD-X2L7, edition 03/2025. Summary of the technical data and of the instructions for use "
      "(IFU KM-IFU-221). The IFU prevails in case of doubt.")

    h("1. ProLift X2 powered stretcher (SKU KS-PRO-X2)", 2)
    table([
        ["Property", "Value"],
        ["Safe working load", "318 kg (701 lb)"],
        ["Stretcher weight", "57.6 kg without battery and mattress; battery 1.9 kg"],
        ["Length / width", "2,080 mm / 580 mm"],
        ["Height range", "lowest position 355 mm; loading height adjustable 610 to 915 mm"],
        ["Battery", "KS-BAT-LI6, 25.2 V lithium-ion, 4.0 Ah"],
        ["Capacity per charge", "approx. 160 lift cycles with a 130 kg patient"],
        ["Charging", "charged automatically while docked in the PowerLoad L700; full charge in 3 hours; "
                     "optional wall charger KS-CHG-W for station charging"],
        ["Ingress protection", "IPX6"],
        ["Operating temperature", "-20 to +50 degrees C"],
    ])
    p("<b>Battery depleted or power failure.</b> The ProLift X2 can always be raised and lowered by hand: the "
      "manual hydraulic release handle at the foot end lowers the stretcher in a controlled way, and two "
      "operators can raise it with the lift bars. A battery warning appears on the display at 20% charge.")
    p("<b>Cleaning and disinfection.</b> Use surface disinfectants based on quaternary ammonium compounds, "
      "hydrogen peroxide up to 3%, or up to 0.5% sodium hypochlorite. Do not use phenol-based products or "
      "high-pressure cleaners; do not immerse the battery. Damage caused by non-approved products is not "
      "covered by warranty.")

    h("2. PowerLoad L700 loading system (SKU KL-PLS-700)", 2)
    table([
        ["Property", "Value"],
        ["Load capacity", "318 kg including stretcher"],
        ["Installed weight", "79 kg including floor plate"],
        ["Rail travel", "1,020 mm"],
        ["Vehicle power", "12 V DC, dedicated 30 A fuse"],
        ["Compatible floor heights", "560 to 915 mm"],
        ["Load / unload cycle", "approx. 14 seconds from ground to locked"],
        ["Floor plate", "Kestrel floor plate FP-2 (supplied with every L700)"],
    ])
    p("<b>Compatible vehicles.</b> The PowerLoad L700 with floor plate FP-2 is approved for box-body and van "
      "ambulances on the Mercedes-Benz Sprinter, VW Crafter, Fiat Ducato and Ford Transit chassis. Other "
      "chassis need a vehicle-specific installation assessment by Kestrel before order.")
    p("<b>Manual release.</b> If vehicle power fails, the red manual release lever on the trolley unlocks the "
      "stretcher so it can be unloaded by hand.")
    p("<b>Older stretchers.</b> ProLift X1 stretchers (built 2015 to 2020) can dock in the L700 only after "
      "fitting retrofit kit KS-RK-X1 (list price EUR 1,240 per stretcher, fitted by a Kestrel technician in "
      "about 2 hours). Stretchers of other brands cannot be used with the L700.")

    h("3. Standards and crash testing", 2)
    p("The ProLift X2 complies with EN 1865-1:2010+A1:2015 and EN 1865-5:2012. The combination ProLift X2 plus "
      "PowerLoad L700 was dynamically crash tested at 10 g in forward, rearward and lateral directions according "
      "to EN 1789:2020 (test report TÜV-CT-2291). Both devices are class I medical devices under Regulation (EU) "
      "2017/745 (MDR). A crash test certificate and an installation report per vehicle are supplied for the "
      "vehicle inspection.")

    h("4. Daily check (from the IFU)", 2)
    p("Before each shift: check battery charge on the display, test raise and lower through the full range, "
      "check that the antler hooks lock into the L700 trolley with an audible click, and inspect wheels, "
      "restraint straps and mattress cover. Record the check in the daily log. Take the stretcher out of "
      "service if any lock fails to engage.")
    doc.build(story)


# ---------------------------------------------------------------- XLSX: price and spec list
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    title = "Kestrel Medtec GmbH - EU list prices 2025 (EUR, excl. VAT) - valid 1 January to 31 December 2025"

    def sheet(ws, name, header, rows, footnotes):
        ws.title = name
        ws.append([title])
        ws["A1"].font = Font(bold=True, size=12)
        ws.append([])
        ws.append(header)
        for c in ws[3]:
            c.font = bold
        for r in rows:
            ws.append(r)
        for row in ws.iter_rows(min_row=4, min_col=3, max_col=3):
            for c in row:
                if isinstance(c.value, (int, float)):
                    c.number_format = "#,##0"
        ws.append([])
        for f in footnotes:
            ws.append([f])
        for col, w in zip("ABCDEFG", (16, 52, 14, 14, 14, 16, 40)):
            ws.column_dimensions[col].width = w

    ws = wb.active
    sheet(ws, "Stretchers & Loaders",
          ["SKU", "Product", "List price", "Weight (kg)", "Safe working load (kg)", "Lead time (weeks)", "Remarks"],
          [
              ["KS-PRO-X2", "ProLift X2 powered stretcher", 24850, 57.6, 318, "10-12", "without battery and mattress"],
              ["KS-PRO-X2B", "ProLift X2B bariatric powered stretcher", 31900, 71.0, 454, "14-16", "needs loader KL-PLS-700B"],
              ["KS-PRO-M1", "ProLift M1 manual stretcher", 8450, 41.5, 250, "6", ""],
              ["KL-PLS-700", "PowerLoad L700 powered loading system", 21400, 79, 318, "10-12", "floor plate FP-2 included"],
              ["KL-PLS-700B", "PowerLoad L700B bariatric loading system", 27600, 96, 454, "14-16", ""],
              ["KL-MNL-300", "ManuLoad 300 manual loading rail", 6900, 38, 250, "6", ""],
              ["KS-RK-X1", "Retrofit kit for ProLift X1 to dock in L700", 1240, 3.2, "", "4", "fitting about 2 hours"],
          ],
          ["Volume discounts on stretchers and loaders per order: 5-9 units 5%, 10 or more units 8%.",
           "Volume discounts on stair chairs per order: 10 or more units 5%. No volume discounts on spares, accessories, service or training."])

    ws2 = wb.create_sheet()
    sheet(ws2, "Stair Chairs & Spares",
          ["SKU", "Product", "List price", "Weight (kg)", "Safe working load (kg)", "Lead time (weeks)", "Remarks"],
          [
              ["KC-STR-T3", "TrackChair T3 powered stair chair", 6980, 24.5, 227, "6", "weight incl. battery"],
              ["KC-TRK-T2", "TrackChair T2 manual tracked stair chair", 3150, 14.8, 182, "4", ""],
              ["KC-BAT-T3", "Spare battery for TrackChair T3", 420, 1.1, "", "2", ""],
              ["KS-BAT-LI6", "Spare battery 25.2 V Li-ion for ProLift X2", 745, 1.9, "", "2", ""],
              ["KS-CHG-W", "Wall charger for KS-BAT-LI6", 515, 2.4, "", "2", "station charging"],
              ["KS-MAT-VF", "Visco-foam stretcher mattress, fluid-resistant cover", 389, 3.8, "", "2", "consumable"],
              ["KS-IVP-2", "Two-stage IV pole", 212, 1.6, "", "2", ""],
              ["KS-OXH-10", "Oxygen bottle holder for 10 l bottles", 168, 2.1, "", "2", ""],
          ],
          ["Battery disposal: Kestrel takes back used Kestrel batteries free of charge."])

    ws3 = wb.create_sheet()
    sheet(ws3, "Service & Training",
          ["SKU", "Service", "Price", "Unit", "", "", "Remarks"],
          [
              ["KSV-ESS", "CarePlan Essential", 690, "per set per year", "", "", "5-year term"],
              ["KSV-CARE-5Y", "CarePlan Plus", 1150, "per set per year", "", "", "5-year term"],
              ["KSV-CARE-SC", "CarePlan stair-chair add-on", 310, "per chair per year", "", "", "requires a CarePlan on the fleet"],
              ["KTR-ONS-DAY", "On-site operator and train-the-trainer day", 1450, "per day", "", "", "up to 12 participants"],
              ["KI-VAN-INST", "Vehicle installation of L700 incl. floor plate fit", 890, "per vehicle", "", "", ""],
              ["KSV-CALL", "Call-out outside a CarePlan", 185, "per visit", "", "", "plus EUR 96 per hour"],
          ],
          ["Service and training prices are not discountable except as part of a fleet agreement."])
    wb.save(os.path.join(K, "kestrel-price-list-2025.xlsx"))


# ---------------------------------------------------------------- Markdown KB article
KB = """# Delivery, installation, training, warranty and trade-in - FAQ

*Kestrel Medtec knowledge base, article KB-0412, updated March 2025.*

## Lead times
- ProLift X2 stretchers and PowerLoad L700 loaders: 10-12 weeks after order confirmation.
- Bariatric ProLift X2B and L700B: 14-16 weeks.
- TrackChair T3 stair chairs: 6 weeks. Spares and accessories: 2 weeks.
- Fleet orders are delivered in waves agreed with the customer; a wave is at least 3 vehicles.

## Vehicle installation
- Installing a PowerLoad L700 including the FP-2 floor plate takes 5.5 hours per vehicle; plan for the vehicle to be out of service for one shift.
- Installation is done at the customer's station by two Kestrel technicians, up to 3 vehicles per day. The station must provide a covered bay and a 230 V socket.
- Every installation ends with a load test at 318 kg and a signed installation report. Together with the crash test certificate, this is what the vehicle inspector needs.
- If the ambulance body builder's warranty requires approval of floor changes, the customer obtains that approval; Kestrel supplies the drilling template and fixing drawings on request.

## Training
- An on-site training day covers up to 12 participants in two sessions (operators in the morning, trainers in the afternoon).
- Train-the-trainer participants receive the Kestrel Certified Trainer status, valid for 2 years.
- A free 45-minute e-learning module on the ProLift X2 and L700 is available to all crews; it does not replace hands-on training.

## Warranty
- ProLift stretchers and PowerLoad loaders: 24 months from delivery, parts and labour.
- Batteries (KS-BAT-LI6, KC-BAT-T3): 12 months.
- TrackChair stair chairs: see the TrackChair T3 product page.
- Warranty claims are made through the service portal within 14 days of discovering the fault, with the serial number and a photo of the daily check log.

## Trade-in of old stretchers
- Kestrel offers a trade-in credit of EUR 750 per powered stretcher of any brand that is no more than 10 years old and complete with battery; EUR 200 for manual stretchers.
- Traded-in units are collected during the installation wave. The credit is agreed in the order and cannot be added after the order confirmation.

## Returns
- Unused accessories and spares in original packaging can be returned within 30 days of delivery with a 15% restocking fee. Stretchers, loaders and stair chairs cannot be returned once installed or used.
"""

# ---------------------------------------------------------------- HTML product page
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>TrackChair T3 powered stair chair | Kestrel Medtec</title></head>
<body>
<header><nav>Kestrel Medtec &gt; Products &gt; Stair chairs &gt; TrackChair T3</nav></header>
<main>
<h1>TrackChair T3 powered stair chair</h1>
<p>The TrackChair T3 (SKU KC-STR-T3) takes patients down <em>and up</em> stairs with powered tracks, so one
operator guides while a second operator steadies at the foot end. No lifting is needed on the stairs.</p>

<h2>Key figures</h2>
<table border="1">
<tr><th>Safe working load</th><td>227 kg</td></tr>
<tr><th>Weight</th><td>24.5 kg including battery</td></tr>
<tr><th>Folded size</th><td>1,040 x 510 x 290 mm - fits a standard side locker</td></tr>
<tr><th>Stair angle</th><td>up to 40 degrees</td></tr>
<tr><th>Ascent speed</th><td>up to 30 steps per minute</td></tr>
<tr><th>Battery</th><td>KC-BAT-T3 lithium-ion, swappable without tools</td></tr>
<tr><th>Range per charge</th><td>up to 25 flights of stairs ascending with a 100 kg patient (flight of 14 steps)</td></tr>
<tr><th>Charging time</th><td>2.5 hours</td></tr>
<tr><th>Ingress protection</th><td>IPX5</td></tr>
<tr><th>Operating temperature</th><td>-10 to +40 degrees C</td></tr>
</table>

<h2>Where it can and cannot be used</h2>
<ul>
<li>Straight and winding staircases with a minimum step depth of 200 mm.</li>
<li>The TrackChair T3 is not approved for spiral staircases with an inner radius below 500 mm.</li>
<li>Not for patients with suspected spinal injury; use a vacuum mattress and scoop instead.</li>
</ul>

<h2>Warranty</h2>
<p>Chair frame: 36 months. Drive unit and tracks: 24 months. Battery: 12 months. The tracks are wear parts after
the warranty period; a replacement track set costs the current list price and is fitted in about 40 minutes.</p>

<h2>Service</h2>
<p>The TrackChair T3 needs one preventive maintenance visit per year. It can be added to a CarePlan with the
stair-chair add-on. Without a CarePlan, service visits are invoiced as call-outs.</p>
</main>
<footer>Kestrel Medtec GmbH, Kassel. Specifications may change; the instructions for use prevail.</footer>
</body></html>
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    with open(os.path.join(K, "delivery-installation-training-faq.md"), "w", encoding="utf-8") as f:
        f.write(KB)
    with open(os.path.join(K, "trackchair-t3.html"), "w", encoding="utf-8") as f:
        f.write(HTML)
    print("sources written to", K)
