"""Generate the knowledge sources for the gannetmark-buoy-maintenance scenario.

Run with:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from the scratch folder)
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


# --------------------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Gannetmark Marine Aids Ltd", level=0)
    d.add_heading("Service Agreement Schedule GM-SAS-7: Maintenance Programme and Service Levels", level=1)
    d.add_paragraph(
        "This schedule forms part of every Gannetmark maintenance quote for aids to navigation (AtoN). It describes "
        "what each visit includes, how quickly we respond to faults, how weather and access are handled and how "
        "we report. Where a quote and this schedule differ, the quote prevails for prices and quantities and this "
        "schedule prevails for service levels. Version 7, issued 1 April 2026."
    )

    d.add_heading("1. Annual lighthouse station maintenance visit (GM-SVC-LH-ANN)", level=2)
    d.add_paragraph("Each annual station visit is carried out by two certified AtoN technicians and includes:")
    for t in [
        "cleaning and inspection of the lantern, optic or LED array, lantern-room glazing and vents;",
        "verification of the light character (rhythm and period) against the published List of Lights and any "
        "current Notice to Mariners;",
        "measurement of luminous intensity with a calibrated photometer and comparison with the baseline value;",
        "battery capacity test (discharge test at C/10 for 1 hour) and inspection of the charge controller;",
        "cleaning of solar arrays and a check of array output against the rated value;",
        "functional test of the remote monitoring unit and any AIS AtoN transponder at the station;",
        "update of the station log book and the client's asset register.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "A station visit normally takes one working day per station. Failed lamps, LED modules, batteries and other "
        "parts are charged separately at price-list rates unless covered by a manufacturer warranty. Rock stations "
        "that can only be reached by helicopter are excluded from the visit price: helicopter charter is passed on "
        "at cost plus 12% handling."
    )

    d.add_heading("2. Fault priorities and response times", level=2)
    tbl = d.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    hdr = tbl.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Priority", "Definition", "Target response (technician on site)"
    for row in [
        ("Priority A", "Light extinguished or showing the wrong character at a primary aid: lighthouse, "
         "leading light, harbour-entrance beacon, or an AIS AtoN failure", "within 24 hours"),
        ("Priority B", "Buoy light extinguished, wrong character on a buoy, or buoy off-station", "within 72 hours"),
        ("Priority C", "Defects that do not affect the navigational signal (paint, topmark damage, "
         "log book, minor corrosion)", "next scheduled campaign, or within 30 days"),
    ]:
        c = tbl.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph(
        "Response times run from the moment the fault is reported to the Gannetmark duty line (or raised "
        "automatically by AtoN Watch) and are always subject to weather and safe access. Where the client's own "
        "staff can make a temporary repair, Gannetmark provides telephone guidance at no charge."
    )
    d.add_paragraph(
        "Call-outs outside normal hours carry an uplift on labour of 50% between 18:00 and 07:00 and at weekends, "
        "and of 100% on UK public holidays. Each emergency call-out is charged for a minimum of 4 hours labour."
    )

    d.add_heading("3. Weather, sea state and access", level=2)
    d.add_paragraph(
        "Vessel-based work (buoy lifts, relays, beacon work from the water) is suspended when the wind is above "
        "Beaufort force 5 or the significant wave height exceeds 1.5 m, or whenever the skipper judges conditions "
        "unsafe. The first 2 weather days in each campaign are at Gannetmark's cost. From the third weather day, "
        "weather standby is charged per day at the weather standby day rate in the current price list, covering "
        "vessel and crew."
    )
    d.add_paragraph(
        "The client provides harbour and quay access, any works licences or permits, and confirmed buoy positions "
        "in WGS84 from its latest hydrographic survey before the campaign starts."
    )
    d.add_paragraph(
        "If the client cancels or postpones a campaign less than 14 days before the planned mobilisation date, the "
        "workboat mobilisation fee for that campaign is charged in full. Postponements notified 14 days or more "
        "ahead are free of charge."
    )

    d.add_heading("4. Reporting", level=2)
    d.add_paragraph(
        "A written service report is issued within 10 working days of the end of each campaign or station visit. "
        "It contains before and after photographs, chain measurement records, lantern and photometer test "
        "results, position fixes after relay and a list of recommended remedial work with prices."
    )

    d.add_heading("5. Warranty on workmanship", level=2)
    d.add_paragraph(
        "Gannetmark warrants its workmanship for 12 months from completion of the visit or campaign in which the "
        "work was done. Equipment supplied by Gannetmark carries the manufacturer's warranty stated in its "
        "datasheet; warranty replacements are shipped free of charge, and fitting them is free of charge only "
        "when it is done during a scheduled visit under this schedule."
    )

    d.add_heading("6. Prices and indexation", level=2)
    d.add_paragraph(
        "Service rates (visits, lifts, mobilisation, day rates and monitoring subscriptions) are adjusted once a "
        "year on 1 April by the UK CPI change over the previous 12 months, capped at 4%. Equipment prices are "
        "fixed for orders placed within the quote validity."
    )
    d.save(K / "gannetmark-service-schedule-GM-SAS-7.docx")


# --------------------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9
    body.leading = 12
    doc = SimpleDocTemplate(str(K / "ML-series-lantern-datasheet.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="ML-series Marine LED Lanterns: Technical Datasheet and Warranty")
    s = [
        Paragraph("Gannetmark ML-series Marine LED Lanterns", ss["Title"]),
        Paragraph("Technical Datasheet and Warranty: ML-300 and ML-500 (document DS-ML-2026-02)", ss["Heading2"]),
        Paragraph(
            "The ML-300 is a self-contained solar lantern for buoys and small beacons. The ML-500 is a "
            "higher-intensity lantern for beacons, leading lights and secondary lighthouse lights, powered from an "
            "external battery or supply. Both are built to IALA Recommendation E-200 and produced since 2024 with "
            "a built-in LTE-M monitoring radio, so they report to AtoN Watch without a separate module.", body),
        Spacer(1, 6),
    ]
    rows = [
        ["Parameter", "ML-300", "ML-500"],
        ["Typical use", "Buoys, small beacons", "Beacons, leading lights, secondary lights"],
        ["Visible range (T = 0.74)", "3 to 5 NM", "5 to 8 NM"],
        ["Peak luminous intensity", "up to 110 cd", "up to 850 cd"],
        ["Power", "Integrated 4 x 2.5 W solar panels", "External 12/24 V DC"],
        ["Battery", "Integrated LiFePO4, 12.8 V 18 Ah", "External (e.g. GM-BAT-100, 100 Ah)"],
        ["Autonomy without sun", "30 nights", "60 nights with GM-BAT-100"],
        ["Average consumption (white, 25% duty)", "0.6 W", "2.1 W"],
        ["Flash characters", "256 IALA characters", "256 IALA characters + custom"],
        ["Programming", "Infrared or Bluetooth app", "Bluetooth app or RS-485"],
        ["Ingress protection", "IP68", "IP67"],
        ["Colours", "Red, green, white, yellow", "Red, green, white, yellow"],
        ["Weight", "6.8 kg", "9.4 kg"],
        ["Mounting", "3 x M12 on 200 mm PCD", "4 x M12 on 250 mm PCD"],
        ["Operating temperature", "-30 to +60 C", "-30 to +55 C"],
        ["Warranty (LED module and electronics)", "3 years", "5 years"],
        ["Warranty (battery)", "2 years", "per battery maker (GM-BAT-100: 2 years)"],
    ]
    t = Table(rows, colWidths=[62 * mm, 55 * mm, 57 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1d3557")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    s += [t, Spacer(1, 8)]
    s += [
        Paragraph("Installation", ss["Heading3"]),
        Paragraph(
            "Tighten the M12 mounting bolts to 25 Nm with stainless washers and anti-seize compound. Fit the "
            "supplied bird spikes on all buoy installations; guano on the solar panels of an ML-300 can reduce "
            "charging by up to 40%. On the ML-500, use cable of at least 2.5 mm2 for runs up to 10 m and fit the "
            "supplied surge arrester where the structure has no lightning protection.", body),
        Paragraph("Service life", ss["Heading3"]),
        Paragraph(
            "LED lifetime is rated L70 above 100,000 hours. We recommend replacing the ML-300 integrated battery "
            "every 5 to 7 years; battery replacement is a workshop job (part GM-ML300-BATKIT) and cannot be done "
            "at sea.", body),
        Paragraph("Warranty conditions", ss["Heading3"]),
        Paragraph(
            "The warranty runs from the date of delivery and covers defects in materials and manufacture of the "
            "LED module, optics, electronics and housing. It does not cover: impact or collision damage (including "
            "vessel strikes), lightning, vandalism, damage caused by incorrect mounting torque, or units whose "
            "sealed housing has been opened by anyone other than Gannetmark. A replacement unit is shipped within "
            "5 working days of a confirmed warranty claim. Replacements are shipped free of charge; on-site "
            "exchange is charged at the technician day rate unless carried out during a scheduled visit under a "
            "Gannetmark service agreement.", body),
        Paragraph(
            "Claims: e-mail warranty@gannetmark.example with the serial number, the installation date and the "
            "AtoN Watch alarm log if available.", body),
    ]
    doc.build(s)


# --------------------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    title = Font(bold=True, size=14)

    ws = wb.active
    ws.title = "Equipment"
    ws.append(["Gannetmark Marine Aids Ltd: 2026-27 Price & Specification List (GBP, excl. VAT, valid to 31 March 2027)"])
    ws["A1"].font = title
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (GBP)", "Lead time", "Notes"])
    for c in ws[3]:
        c.font = bold
    for r in [
        ["GM-LED-ML300", "ML-300 self-contained solar LED lantern, 3 to 5 NM", "each", 895.00, "4 weeks", "IP68, 3-year warranty"],
        ["GM-LED-ML500", "ML-500 LED lantern, external 12/24 V DC, 5 to 8 NM", "each", 1980.00, "6 weeks", "IP67, 5-year warranty"],
        ["GM-BAT-100", "100 Ah LiFePO4 battery box for ML-500", "each", 410.00, "4 weeks", ""],
        ["GM-ML300-BATKIT", "ML-300 replacement battery kit (workshop fit)", "each", 185.00, "2 weeks", ""],
        ["GM-AIS-T1", "AIS AtoN Type 1 transponder incl. installation", "each", 2240.00, "8 weeks", "Transmit only, fixed schedule"],
        ["GM-AIS-T3", "AIS AtoN Type 3 transponder incl. installation", "each", 3180.00, "10 weeks", "Receive and transmit, includes monitoring link"],
        ["GM-CHN-32-SHOT", "32 mm Grade U2 stud-link chain, 27.5 m shot", "shot", 612.00, "3 weeks", "Galvanised"],
        ["GM-CHN-38-SHOT", "38 mm Grade U2 stud-link chain, 27.5 m shot", "shot", 845.00, "3 weeks", "Galvanised"],
        ["GM-SNK-3T", "3-tonne cast-iron sinker", "each", 880.00, "5 weeks", ""],
        ["GM-ANODE-Z6", "6 kg zinc sacrificial anode (weld-on)", "each", 48.00, "stock", ""],
        ["GM-SHK-35", "35 t bow shackle with safety pin", "each", 96.00, "stock", ""],
        ["GM-TOP-CARD", "Cardinal topmark set (two cones)", "set", 265.00, "3 weeks", ""],
    ]:
        ws.append(r)
    for row in ws.iter_rows(min_row=4, min_col=4, max_col=4):
        for c in row:
            c.number_format = "#,##0.00"
    for col, w in zip("ABCDEF", [18, 52, 8, 16, 11, 40]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Services & Rates")
    ws2.append(["Gannetmark Marine Aids Ltd: 2026-27 Service Rates (GBP, excl. VAT)"])
    ws2["A1"].font = title
    ws2.append([])
    ws2.append(["Code", "Service", "Unit", "Rate (GBP)", "Conditions"])
    for c in ws2[3]:
        c.font = bold
    for r in [
        ["GM-SVC-LH-ANN", "Annual lighthouse station maintenance visit", "per station", 4850.00, "Two technicians, normally one day; helicopter access excluded"],
        ["GM-SVC-BL-STL", "Buoy lift, clean, inspect & relay, steel buoy up to 2.4 m", "per buoy", 1260.00, "Vessel-based; excludes chain, sinkers and full repaint"],
        ["GM-SVC-BL-PE", "Buoy lift, clean, inspect & relay, polyethylene buoy up to 1.5 m", "per buoy", 740.00, "Vessel-based; excludes chain and sinkers"],
        ["GM-MOB-WB", "Workboat mobilisation, MV Solan Goose (12 t SWL crane)", "per campaign", 3150.00, "Charged in full if cancelled less than 14 days before mobilisation"],
        ["GM-WX-STBY", "Weather standby day (vessel and crew)", "per day", 1150.00, "From the third weather day of a campaign"],
        ["GM-TECH-DAY", "AtoN technician day rate", "per day", 780.00, "8 hours on site"],
        ["GM-OOH", "Out-of-hours uplift on labour", "%", "50%", "18:00 to 07:00 and weekends; 100% on public holidays"],
        ["GM-CALLOUT", "Emergency call-out", "minimum", "4 hours", "Charged at technician rate plus uplift"],
        ["GM-TRAVEL", "Road travel", "per mile", 0.65, "From Oban depot"],
        ["GM-HELI", "Helicopter access", "at cost", "cost + 12%", "Rock stations only"],
    ]:
        ws2.append(r)
    for row in ws2.iter_rows(min_row=4, min_col=4, max_col=4):
        for c in row:
            if isinstance(c.value, (int, float)):
                c.number_format = "#,##0.00"
    for col, w in zip("ABCDE", [16, 60, 14, 12, 62]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Buoy Service Intervals")
    ws3.append(["Recommended buoy service intervals (Gannetmark practice, IALA Guideline G1077 basis)"])
    ws3["A1"].font = title
    ws3.append([])
    ws3.append(["Buoy type", "Full lift, clean & relay", "In-situ inspection", "Typical hull life", "Remarks"])
    for c in ws3[3]:
        c.font = bold
    for r in [
        ["Steel buoy (1.8 to 2.4 m)", "every 24 months", "every 6 months", "25 years", "Anodes renewed at each lift"],
        ["Polyethylene buoy (up to 1.5 m)", "every 36 months", "every 12 months", "15 years", "No anodes; collars replaced when UV-faded"],
        ["Spar buoy", "every 24 months", "every 6 months", "20 years", "Check ballast tube"],
    ]:
        ws3.append(r)
    for col, w in zip("ABCDE", [30, 24, 20, 18, 45]):
        ws3.column_dimensions[col].width = w
    wb.save(K / "gannetmark-price-spec-list-2026-27.xlsx")


# --------------------------------------------------------------------------- Markdown KB
KB = """# What happens during a buoy lift, clean, inspect & relay

*Gannetmark knowledge base, article KB-114, updated October 2026*

A buoy lift (service codes GM-SVC-BL-STL for steel buoys and GM-SVC-BL-PE for polyethylene buoys) takes the buoy,
its mooring chain and its lantern out of the water, services them on deck and puts them back on the charted position.
Our workboat MV Solan Goose has a 12 t SWL crane and typically completes 5 to 7 buoys per day in good weather.

## Step by step
1. **Pre-lift fix.** We log the buoy's position with DGPS before lifting, so any drift is recorded.
2. **Lift.** The buoy and the upper chain are lifted onto deck; the sinker stays on the seabed unless a sinker
   change is ordered.
3. **Clean.** Steel buoys are pressure-washed to remove marine growth. Polyethylene buoys are cleaned with a
   low-pressure wash only, to avoid damaging the surface.
4. **Inspect the hull.** Dents, cracks, corrosion, the topmark, the ladder and the lifting eyes are checked.
   On steel buoys the sacrificial anodes are renewed at every lift; anodes are charged per unit at price-list rates.
5. **Measure the chain.** Link diameter is measured with calipers at the thrash zone (where the chain touches the
   seabed) and at the top shackle. A chain worn by more than 20% of its nominal diameter must be replaced; for
   32 mm chain that means a measured diameter below 25.6 mm. Wear between 10% and 20% is recorded as "monitor" and
   re-measured at the next lift. Shackles and swivels are replaced when worn by more than 10%.
6. **Paint.** Spot repairs of the paint are included. A full repaint (grit blast and a 3-coat epoxy and polyurethane
   system in the IALA colour) is not included and costs an extra GBP 420 per steel buoy. Polyethylene buoys are
   coloured through and are never painted.
7. **Lantern check.** The lantern is cleaned, its character checked against the List of Lights and its battery
   voltage logged.
8. **Relay.** The buoy is relaid within 5 m of its charted position, and a post-relay DGPS fix is recorded.
9. **Night check.** Where the campaign plan allows, the light is checked from the vessel after dark on the day of relay.

## What is not included
- New chain, shackles, swivels and sinkers (supplied at price-list rates and fitted during the lift).
- Diver work, for example to free a fouled sinker: GBP 1,350 per diver team day.
- Disposal of old chain: GBP 35 per shot.
- A full repaint of steel buoys (see step 6).

## Campaign size
A campaign needs at least 6 buoys per mobilisation. Smaller campaigns carry a small-campaign surcharge of GBP 600.

## Documentation
You receive a service report within 10 working days of the end of the campaign with before and after photographs,
the chain measurement record for each buoy and the pre- and post-relay position fixes.
"""


# --------------------------------------------------------------------------- HTML
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>AtoN Watch remote monitoring | Gannetmark Marine Aids</title></head>
<body>
<header><h1>AtoN Watch: remote monitoring for lights and buoys</h1>
<p>AtoN Watch tells you the moment a light goes out or a buoy drags off station, so you can act before a mariner
reports it. It works with Gannetmark ML-series lanterns and AIS AtoN transponders and with most third-party lanterns
through the GM-MON-MOD monitoring module.</p></header>

<section><h2>Plans</h2>
<table border="1">
<tr><th></th><th>AtoN Watch Basic</th><th>AtoN Watch Plus</th></tr>
<tr><td>Price</td><td>GBP 88 per asset per year</td><td>GBP 145 per asset per year</td></tr>
<tr><td>Light status (on/off, character fault)</td><td>Yes</td><td>Yes</td></tr>
<tr><td>Battery voltage and solar charge</td><td>Yes</td><td>Yes</td></tr>
<tr><td>Off-station alarm (GNSS geo-fence)</td><td>Yes, default radius 50 m</td><td>Yes, radius adjustable from 15 m</td></tr>
<tr><td>Reporting interval</td><td>Status every 60 minutes, alarms immediately</td><td>Status every 5 minutes, alarms immediately</td></tr>
<tr><td>Alerts</td><td>E-mail</td><td>E-mail and SMS</td></tr>
<tr><td>Data retention</td><td>13 months</td><td>7 years</td></tr>
<tr><td>IALA availability report</td><td>No</td><td>Monthly and annual</td></tr>
<tr><td>API access</td><td>No</td><td>REST API</td></tr>
</table>
<p>Plans are sold for 1- or 3-year terms, invoiced annually in advance. At the end of the term a plan renews
automatically for 12 months unless cancelled with 90 days' notice before the renewal date. You can upgrade from Basic
to Plus at any time; the price difference is charged pro rata for the rest of the billing year.</p>
</section>

<section><h2>Hardware and connectivity</h2>
<ul>
<li>Gannetmark ML-300 and ML-500 lanterns made since 2024 have a built-in LTE-M radio and need no extra hardware.</li>
<li>AIS AtoN Type 3 transponders report through the AIS link. Type 1 transponders are transmit-only and need a
GM-MON-MOD module (GBP 320 per asset) to be monitored.</li>
<li>Offshore assets beyond mobile coverage use Iridium Short Burst Data through the GM-MON-MOD-SAT module
(GBP 540 per asset plus GBP 9 per month airtime).</li>
</ul>
</section>

<section><h2>Service levels</h2>
<p>Platform availability is 99.5% per calendar month, excluding announced maintenance on Sunday mornings between
02:00 and 05:00 UK time. Alarms are delivered within 2 minutes of the event reaching our platform. All monitoring
data is hosted in the UK (London region) and never leaves the UK. The portal supports any number of users per client
at no extra cost, with single sign-on on the Plus plan.</p>
</section>
<footer><p>Gannetmark Marine Aids Ltd, North Pier, Oban. AtoN Watch page updated 2 November 2026.</p></footer>
</body></html>
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "kb-buoy-lift-what-is-included.md").write_text(KB, encoding="utf-8")
    (K / "aton-watch-monitoring.html").write_text(HTML, encoding="utf-8")
    print("sources written to", K)
