"""Generate the knowledge sources of the salmaren-feed-barges scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from the scratch folder /tmp/rl)
"""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Salmaren Marine AS - Service & Warranty Terms (SW-2025)", 0)
    d.add_paragraph(
        "These terms apply to feed barges, feeding systems, power packs and accessories delivered by Salmaren Marine AS "
        "(\"Salmaren\") from 1 January 2025 and to the Silver, Gold and Platinum service agreements. They form part of "
        "every Salmaren quotation that refers to SW-2025. Where a quotation and these terms conflict, the quotation prevails.")

    d.add_heading("1. Warranty periods", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Component", "Warranty period", "Starts"]):
        c.text = h
    rows = [
        ("Concrete hull and superstructure (structural defects)", "10 years", "Delivery at site"),
        ("Feeding system: blowers, rotary dosers, selector valves, PLC and FeedLink control cabinet", "24 months", "Commissioning acceptance"),
        ("Hybrid power pack battery (LFP)", "5 years or 3,000 full equivalent cycles, whichever comes first; "
         "guaranteed residual capacity of 80%", "Commissioning acceptance"),
        ("Diesel generator set", "24 months or 8,000 running hours, whichever comes first", "Commissioning acceptance"),
        ("Underwater cameras and camera winches", "12 months", "Commissioning acceptance"),
        ("PE feed pipe", "12 months (excludes mechanical damage from vessels, anchors or propellers)", "Delivery at site"),
        ("Spare parts supplied after delivery", "6 months", "Invoice date"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v

    d.add_heading("2. Warranty conditions and exclusions", 1)
    for p in [
        "Warranty is conditional on an annual inspection carried out by Salmaren or by a Salmaren-certified technician, "
        "on the use of Salmaren-approved spare parts, and on the barge logbook being kept up to date (feeding hours, "
        "blower running hours, alarm log).",
        "The hull warranty is void if the barge is moored at a site whose significant wave height exceeds the design "
        "value stated in the technical specification, or if the mooring is altered without a new mooring analysis.",
        "Not covered: wear parts (doser rotor seals, pipe couplings, blower inlet filters, camera lens wipers); damage "
        "caused by feed outside the specified pellet sizes; storm damage beyond the design criteria; damage caused by "
        "third-party vessels; and consequential losses of any kind, including loss of fish, lost feed or lost production.",
        "Warranty repairs are carried out on site or, at Salmaren's choice, by exchange of the faulty unit. Travel and "
        "boat transfer for warranty work are free of charge during the first 12 months after commissioning acceptance; "
        "afterwards they are charged at the rates in the price list unless a service agreement covers them.",
    ]:
        d.add_paragraph(p)

    d.add_heading("3. Service agreements", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["", "Silver", "Gold", "Platinum"]):
        c.text = h
    rows = [
        ("Remote support hours", "08:00-16:00 on weekdays", "24/7", "24/7"),
        ("Remote response time", "Next working day", "2 hours", "30 minutes"),
        ("On-site attendance", "Best effort", "Within 48 hours", "Within 24 hours"),
        ("Scheduled service visits per year", "1", "2", "4"),
        ("Spare parts on board", "None", "Critical parts kit (SPK-CRIT)", "Full parts kit"),
        ("Remote blower vibration monitoring", "No", "Yes", "Yes"),
        ("Travel and boat transfer for call-outs", "Charged", "Included", "Included"),
        ("Annual price per barge (GBP)", "11,900", "24,600", "41,500"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph(
        "On-site attendance times are counted from the moment Salmaren confirms that the fault cannot be solved "
        "remotely, and apply when crew transfer is safe (wind of Beaufort 6 or below and daylight). Time during which "
        "the weather prevents transfer does not count. Software updates for FeedLink are included in all three levels.")

    d.add_heading("4. Service credits", 1)
    d.add_paragraph(
        "Gold: if the on-site attendance target is missed, the customer receives a credit of 5% of the annual fee for "
        "each full 24 hours of delay, capped at 25% of the annual fee. Platinum: 8% of the annual fee for each full 12 "
        "hours of delay, capped at 40%. Silver carries no service credits. Credits are deducted from the next annual "
        "invoice and are the customer's sole remedy for late attendance.")

    d.add_heading("5. Term, renewal and price adjustment", 1)
    d.add_paragraph(
        "Service agreements have a minimum term of 3 years from commissioning acceptance and renew automatically for "
        "one year at a time. Either party may terminate with 90 days' written notice before an anniversary date. "
        "Fees are invoiced annually in advance and adjusted on each anniversary by UK CPI, capped at 5% per year. "
        "An upgrade (for example from Gold to Platinum) may be made at any anniversary; a downgrade only after the "
        "minimum term.")

    d.add_heading("6. Spare-parts availability", 1)
    d.add_paragraph(
        "Salmaren guarantees availability of spare parts, or of a compatible replacement, for 15 years from delivery. "
        "Critical parts held in the Salmaren depot in Oban are dispatched within 1 working day; other parts within "
        "10 working days.")
    d.save(os.path.join(K, "salmaren-service-warranty-terms.docx"))


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(os.path.join(K, "fb480-technical-specification.pdf"), pagesize=A4,
                            title="FeedBarge FB-480 Technical Specification", author="Salmaren Marine AS")
    el = [Paragraph("Salmaren FeedBarge FB-480 - Technical Specification", ss["Title"]),
          Paragraph("Document TS-FB480 rev. D, March 2025. Applies to FB-480C concrete-hull barges built from 2025.", body),
          Spacer(1, 8)]

    def table(rows):
        t = Table(rows, colWidths=[200, 280])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                               ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    sections = [
        ("1. Hull and general arrangement", [
            ("Item", "Value"),
            ("Hull", "Reinforced concrete, class C45/55, steel superstructure"),
            ("Length overall / beam", "32.4 m / 12.8 m"),
            ("Depth / draught loaded", "4.6 m / 2.9 m"),
            ("Minimum freeboard, fully loaded", "1.4 m"),
            ("Displacement, fully loaded", "approx. 1,450 t"),
            ("Deck crane", "12 tm knuckle-boom, SWL 1.5 t at 8 m outreach"),
        ]),
        ("2. Feed storage", [
            ("Item", "Value"),
            ("Silos", "6 silos of 80 t each, total feed storage 480 tonnes"),
            ("Silo filling", "From feed vessel by pneumatic transfer at up to 60 t/h"),
            ("Level measurement", "Radar level sensor in every silo, read by FeedLink"),
        ]),
        ("3. Feeding system (FDS-8L)", [
            ("Item", "Value"),
            ("Feed lines", "Up to 8 feed lines, one selector port per pen"),
            ("Blowers", "3 blowers of 55 kW: 2 duty + 1 standby"),
            ("Capacity per line", "25 to 1,100 kg/h depending on pellet size and pipe length"),
            ("Pellet sizes", "2 to 14 mm"),
            ("Feed pipe", "PE100 SDR11, outside diameter 90 mm or 110 mm"),
            ("Maximum recommended pipe length", "1,400 m for 90 mm pipe; 1,800 m for 110 mm pipe"),
            ("Pellet breakage", "Below 0.5% at 25 m/s air velocity"),
        ]),
        ("4. Power", [
            ("Item", "Value"),
            ("Standard power", "200 kVA diesel generator set"),
            ("Hybrid option GEN-HYB150", "150 kVA generator set + 300 kWh LFP battery bank"),
            ("Average diesel use, standard", "24 L/h on a typical feeding day"),
            ("Average diesel use, hybrid", "13 L/h on a typical feeding day; reduction of up to 45%"),
            ("Fuel tank", "45,000 litres"),
            ("Shore power connection", "400 V, 250 A (where a grid cable to the site exists)"),
        ]),
        ("5. Site design criteria", [
            ("Item", "Value"),
            ("Standard", "Designed and certified to NS 9415:2021"),
            ("Design significant wave height", "Hs 4.5 m, peak period 9 s"),
            ("Design current", "1.5 m/s"),
            ("Design wind", "38 m/s (3-second gust)"),
            ("Ambient temperature", "-20 to +35 degrees C"),
        ]),
        ("6. Accommodation and safety", [
            ("Item", "Value"),
            ("Rooms", "Control room, mess room for 8 persons, 2 toilets, drying room, 14 m2 workshop"),
            ("Emergency accommodation", "8 persons for 72 hours"),
            ("Noise in control room", "Below 60 dB(A) with generator running"),
            ("Heating", "Heat recovery from generator; electric back-up heaters"),
        ]),
        ("7. Cameras (CAM-UW4)", [
            ("Item", "Value"),
            ("Camera", "1080p colour, 360 degree pan, +/-90 degree tilt, depth rated 100 m"),
            ("Winch", "Electric, 60 m cable, controlled from FeedLink"),
            ("Configuration", "One camera with winch per pen"),
        ]),
    ]
    for title, rows in sections:
        el.append(Paragraph(title, ss["Heading2"]))
        el.append(table(rows))
        el.append(Spacer(1, 6))
    el.append(Paragraph(
        "Notes. Capacities per line are measured with 9 mm pellets on 600 m of 90 mm pipe; longer pipes or smaller pellets "
        "reduce capacity. Sites with a design wave height above Hs 4.5 m require the reinforced FB-480X hull, quoted "
        "separately. The diesel figures assume 14 feeding hours per day and 2 of 3 blowers in service.", body))
    doc.build(el)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    ws = wb.active
    ws.title = "Barges"
    ws.append(["Salmaren Price List 2025 - Feed barges (GBP, excluding VAT, valid 1 January to 31 December 2025)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["Model", "Hull", "Feed storage (t)", "Silos", "Max feed lines", "LOA (m)", "List price (GBP)", "Lead time ex yard (weeks)"])
    for c in ws[3]:
        c.font = bold
    for r in [
        ["FB-240S", "Steel", 240, 4, 6, 24.0, "712,000", 30],
        ["FB-360C", "Concrete", 360, 6, 8, 28.6, "1,095,000", 36],
        ["FB-480C", "Concrete", 480, 6, 8, 32.4, "1,385,000", 40],
        ["FB-600C", "Concrete", 600, 8, 12, 36.0, "1,690,000", 44],
    ]:
        ws.append(r)
    ws.append([])
    ws.append(["Barge prices include the 200 kVA diesel generator set, FeedLink control software licence for the first year and the deck crane. Feeding system, cameras and moorings are priced separately."])

    ws = wb.create_sheet("Options & spares")
    ws.append(["Salmaren Price List 2025 - Options, equipment and spares (GBP, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "Price (GBP)", "Lead time"])
    for c in ws[3]:
        c.font = bold
    for r in [
        ["FDS-6L", "Pneumatic feeding system, 6 lines, 3 blowers, rotary dosers", "each", "152,800", "with barge"],
        ["FDS-8L", "Pneumatic feeding system, 8 lines, 3 blowers, rotary dosers", "each", "186,400", "with barge"],
        ["FDS-12L", "Pneumatic feeding system, 12 lines, 4 blowers (FB-600C only)", "each", "262,000", "with barge"],
        ["CAM-UW4", "Underwater feeding camera with 60 m winch", "per pen", "7,850", "6 weeks"],
        ["CAM-UW4-AI", "Camera with winch and AI pellet-detection licence (first year)", "per pen", "10,900", "6 weeks"],
        ["UPG-AI", "Upgrade of an installed CAM-UW4 to AI pellet detection", "per camera", "3,300", "2 weeks"],
        ["GEN-HYB150", "Hybrid power pack: 150 kVA generator + 300 kWh LFP battery (replaces standard genset)", "each", "214,000", "with barge"],
        ["GEN-HYB250", "Hybrid power pack: 250 kVA generator + 500 kWh LFP battery (FB-600C only)", "each", "298,000", "with barge"],
        ["PIPE-90-500", "Feed pipe PE100 SDR11, 90 mm, 500 m roll", "roll", "3,920", "3 weeks"],
        ["PIPE-110-500", "Feed pipe PE100 SDR11, 110 mm, 500 m roll", "roll", "5,480", "3 weeks"],
        ["MOOR-B8", "Barge mooring package, 8 legs, incl. mooring analysis", "each", "96,500", "10 weeks"],
        ["SPK-CRIT", "Critical spare parts kit (doser seals, selector valve, blower filters, PLC I/O card)", "kit", "9,750", "1 week"],
        ["TRN-OPS", "Extra operator course at Oban training centre, 3 days, up to 6 people", "course", "6,400", "on request"],
        ["SVC-SILVER", "Silver service agreement", "per year", "11,900", "-"],
        ["SVC-GOLD", "Gold service agreement", "per year", "24,600", "-"],
        ["SVC-PLAT", "Platinum service agreement", "per year", "41,500", "-"],
        ["UPG-GOLD-PLAT", "Upgrade from Gold to Platinum service (difference)", "per year", "16,900", "at anniversary"],
        ["CALL-OUT", "Technician call-out without agreement, incl. boat transfer", "per day", "1,650", "-"],
    ]:
        ws.append(r)

    ws = wb.create_sheet("Discounts & conditions")
    ws.append(["Salmaren Price List 2025 - Standard discounts and conditions"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["Condition", "Rule"])
    for c in ws[3]:
        c.font = bold
    for r in [
        ["Multi-barge order", "5% on barge list prices when 2 or more barges are ordered on one contract"],
        ["Cameras", "10% on CAM-UW4 and CAM-UW4-AI when 8 or more are ordered with a barge"],
        ["Hybrid power pack", "5% on GEN-HYB150 or GEN-HYB250 when ordered together with a new barge"],
        ["Feed pipe", "No discount; prices follow the PE resin index and may change monthly"],
        ["Service agreements", "No discount; indexed annually by UK CPI capped at 5%"],
        ["Price validity", "Quotations are valid for 60 days; barge prices are fixed once the 30% down-payment is received"],
    ]:
        ws.append(r)
    for w in wb.worksheets:
        w.column_dimensions["A"].width = 22
        w.column_dimensions["B"].width = 70
    wb.save(os.path.join(K, "salmaren-price-list-2025.xlsx"))


# ---------------------------------------------------------------- HTML
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Delivery, tow and commissioning | Salmaren Marine</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/barges">Feed barges</a> | <a href="/service">Service</a></nav>
<main>
<h1>Delivery, tow and commissioning: how a Salmaren barge reaches your site</h1>
<p>Every Salmaren feed barge is built at our partner yard in Gdansk, Poland, towed to your site and commissioned by
our own crew. This page explains the steps, the time they take and what we need from you.</p>

<h2>1. From order to launch</h2>
<ul>
<li>Week 0: order signed and 30% down-payment received. The lead time runs from this date.</li>
<li>Week 4: design freeze (silo layout, feed-line count, power option, camera count). Changes after design freeze
are charged at cost and may extend the lead time.</li>
<li>Weeks 12 to 26: hull casting and curing.</li>
<li>Launch and outfitting; the 40% milestone is invoiced at hull launch.</li>
<li>Sea trials in Gdansk: 2 days, the customer is welcome to attend.</li>
</ul>
<p>Typical lead time ex yard is 40 weeks for an FB-480C (see the price list for other models).</p>

<h2>2. Tow to site</h2>
<p>The tow from Gdansk to the Scottish west coast is about 1,400 nautical miles and usually takes 11 to 14 days,
including waiting for a weather window with a significant wave height below 2.5 m. Tow insurance is arranged by
Salmaren. Winter tows, departing between 1 November and the end of February, carry a weather surcharge of
GBP 18,500 because of the longer standby time of the tug.</p>

<h2>3. Installation and commissioning</h2>
<p>The mooring package is installed by our marine contractor before the barge arrives. Once the barge is moored,
commissioning takes 10 working days on site and includes:</p>
<ul>
<li>calibration of every feed line with the customer's own feed;</li>
<li>set-up of FeedLink, cameras and remote access;</li>
<li>a 2-day operator training on board for up to 6 staff (further courses: see TRN-OPS in the price list);</li>
<li>the acceptance test: a 72-hour continuous feeding run without a critical alarm.</li>
</ul>
<p>Commissioning acceptance is signed when the acceptance test is passed. The warranty periods of the feeding system,
power pack and cameras, and any service agreement, start on that date. The final 10% milestone is invoiced at
commissioning acceptance.</p>

<h2>4. What we need from you</h2>
<ul>
<li>All consents for the barge position (marine licence and planning consent) before the tow departs.</li>
<li>Site data for the mooring analysis: bathymetry, current and wave measurements, at least 8 weeks before tow.</li>
<li>Feed on site for calibration: at least 20 t of the pellet sizes you intend to use.</li>
<li>A workboat available during mooring hook-up.</li>
</ul>

<h2>5. Late delivery</h2>
<p>If delivery at site is late for reasons within Salmaren's control, liquidated damages of 0.5% of the barge price
apply for each full week of delay, capped at 5% of the barge price. Delay caused by weather during the tow, by missing
consents or by changes after design freeze does not count. Title and risk pass to the customer at delivery at site.</p>
</main>
<footer>Salmaren Marine AS, Ålesund, Norway; UK office Oban. Page last updated April 2025.</footer>
</body></html>
"""


def make_html():
    with open(os.path.join(K, "delivery-and-commissioning.html"), "w", encoding="utf-8") as f:
        f.write(HTML)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_html()
    print("written:", sorted(os.listdir(K)))
