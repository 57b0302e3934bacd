"""Generate the four knowledge sources of the halyard-boat-lifts scenario.

Run with a Python that has python-docx, openpyxl and reportlab, e.g.:
    pip install --target /tmp/rl reportlab
    PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)


# ---------------------------------------------------------------- PDF
def make_pdf():
    path = OUT / "halyard-technical-installation-guide.pdf"
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Halyard Technical and Installation Guide", author="Halyard Liftsystems B.V.")
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))
    P("Halyard Liftsystems B.V. - Technical and Installation Guide: BL four-post lifts, PWC floating lifts and DV quay davits", h1)
    P("Document HLG-TI-07, revision 2025-11. Applies to lifts and davits supplied from 1 December 2025. "
      "Halyard Liftsystems B.V., Industrieweg 14, 3846 BD Harderwijk, the Netherlands. Iberian service base: Palma de Mallorca.")
    P("1. BL four-post electric boat lifts", h2)
    P("The BL40 four-post lift has a rated capacity of 4,000 kg and accepts hulls up to a maximum beam of 3.6 m. "
      "Lift travel is 2.4 m at a lifting speed of 1.2 m per minute, so a full raise takes about 2 minutes. "
      "The drive is a 1.1 kW motor that can be supplied for 230 V single-phase or 400 V three-phase; the supply must be stated on the order.")
    P("The BL70 four-post lift has a rated capacity of 7,000 kg and accepts hulls up to a maximum beam of 4.3 m. "
      "Lift travel is 2.6 m at a lifting speed of 0.9 m per minute (a full raise takes about 3 minutes). "
      "The BL70 uses a 2.2 kW motor and requires a 400 V three-phase supply; there is no single-phase version.")
    P("All BL lifts use an enclosed worm-gear drive with a stainless steel 316 cable drum. The motor housing is rated IP67 and is "
      "mounted on the top beam, at least 0.8 m above the highest astronomical tide. Posts are marine-grade aluminium 6082-T6, "
      "supplied in lengths up to 7.5 m. Maximum water depth at the post position is 4.2 m for the BL40 and 4.0 m for the BL70.")
    P("Seabed: posts are jetted or driven into sand, gravel or mud to a minimum embedment of 1.5 m. On a rock seabed each post "
      "needs a drilled rock socket (SKU HL-ROCK-SKT), priced per post and not included unless shown on the quote. Whether rock "
      "sockets are needed is decided by the seabed survey.")
    P("2. Safety functions", h2)
    P("Every BL lift controller has upper and lower limit switches and an overload cut-out that stops lifting at 110% of rated "
      "capacity; each overload cut-out is recorded in the controller log. An emergency stop button is fitted on the remote and on the "
      "isolator pedestal. If power is lost with a boat raised, the boat is lowered with the hand-crank supplied with every BL lift "
      "(manual lowering rate about 0.1 m per minute). Lifts must not be operated in winds above Beaufort 6 or when waves at the berth exceed 0.5 m.")
    P("3. PWC16 floating personal-watercraft lift", h2)
    P("The PWC16 is a floating lift for jet-skis and RIBs up to 1,600 kg. Buoyancy chambers are filled with air by a 230 V "
      "single-phase blower; a full raise takes approximately 45 seconds. The PWC16 is moored to the pontoon with two hinged arms "
      "and needs no posts or seabed works. Minimum water depth 0.9 m.")
    P("4. DV450 stainless quay davits", h2)
    P("The DV450 davit pair is built in stainless steel 316 with a safe working load (SWL) of 450 kg per pair and an outreach of 1.1 m. "
      "Each davit has a 24 V DC electric winch with a wired pendant plus the wireless remote. Davits are fixed to the quay wall or deck with "
      "M16 chemical anchors and require reinforced concrete of at least class C25/30 and a minimum slab thickness of 250 mm. "
      "Where the quay does not meet this, a steel base plate and a structural engineer's check are required (quoted separately).")
    P("5. Installation and electrical interface", h2)
    data = [["Item", "Standard installation time", "Notes"],
            ["BL40 four-post lift", "1.5 crew days each", "posts installed from the pontoon"],
            ["BL70 four-post lift", "2 crew days each", "posts installed from the pontoon"],
            ["PWC16 floating lift", "up to three units per crew day", "no seabed works"],
            ["DV450 davit pair", "0.5 crew day per pair", "concrete must be cured 28 days"],
            ["Handover training", "1 crew day per site", "up to 8 club staff"]]
    t = Table(data, colWidths=[45 * mm, 55 * mm, 70 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    s.append(t)
    s.append(Spacer(1, 6))
    P("A crew is three Halyard technicians. Times assume posts can be set from the existing pontoon; where this is impossible a work "
      "pontoon (HL-BARGE-DAY) is needed and times increase by about 30%. The club provides, before the crew arrives: a 400 V three-phase "
      "16 A circuit protected by a 30 mA RCD to each pedestal location (or 230 V 16 A where single-phase BL40 or PWC16 units are ordered), "
      "clear access to the berth, and any port-authority or coastal permits. Halyard supplies drawings and load calculations for the permit "
      "application but does not apply for permits.")
    P("Each BL lift is connected through an HL-PED-32A isolator pedestal (32 A, IP66) with lockable isolator, emergency stop and a "
      "key switch that disables the remote. The wireless remote (HL-RC2-KIT) pairs with one lift only.")
    P("6. Commissioning", h2)
    P("After installation each lift is load-tested at 100% of rated capacity with water bags and all safety functions are checked. "
      "Halyard then issues a commissioning certificate per lift or davit pair. Lead time for BL and DV equipment is 12 weeks from order "
      "confirmation and an approved seabed survey.")
    doc.build(s)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("Halyard Warranty and CarePlus Service Terms", 0)
    d.add_paragraph("Edition 2025 (Iberia). These terms apply to all Halyard BL lifts, PWC lifts and DV davits delivered in Spain and "
                    "Portugal and form part of every Halyard quotation unless the quotation states otherwise.")
    d.add_heading("1. Warranty periods", 1)
    tbl = d.add_table(rows=1, cols=2)
    tbl.style = "Table Grid"
    tbl.rows[0].cells[0].text = "Component"
    tbl.rows[0].cells[1].text = "Warranty period"
    for a, b in [("Aluminium posts and cradle frames (BL series)", "10 years against structural failure"),
                 ("Drive units, motors, worm gears and limit switches", "3 years"),
                 ("DV davit stainless steel frames", "5 years"),
                 ("DV davit winches", "2 years"),
                 ("PWC16 buoyancy chambers and blower", "3 years"),
                 ("Remote controls, batteries and isolator pedestals", "2 years")]:
        r = tbl.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_paragraph("The warranty starts on the date of the commissioning certificate, or 30 days after delivery to site if commissioning "
                    "is delayed for reasons attributable to the buyer. Warranty covers parts and labour; travel is covered within 150 km "
                    "of a Halyard service base (Palma de Mallorca, Valencia, Barcelona, Lisbon).")
    d.add_heading("2. Conditions", 1)
    for t in [
        "Sacrificial anodes must be inspected every 6 months and replaced when they are 50% consumed. Damage caused by galvanic "
        "corrosion where anodes were not maintained is not covered.",
        "The controller logs overload cut-outs. More than 3 logged overload cut-outs in any 12 months voids the warranty on the drive unit of that lift.",
        "Boats must not be left on a raised lift with a cover or sail that can act as a windage surface in winds above Beaufort 8.",
        "Exclusions: damage from storms above Beaufort 10 or from named storms, marine growth, vandalism, collision by vessels, "
        "modification by third parties and use of non-Halyard spare parts.",
        "Halyard's liability under the warranty is limited to repair or replacement of the defective component. Consequential "
        "loss is governed by the main contract, not by these terms.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("3. CarePlus service plan", 1)
    d.add_paragraph("CarePlus is available per lift or davit pair as a 1-year plan (HL-CARE-1Y, EUR 460 per unit) or a prepaid 3-year plan "
                    "(HL-CARE-3Y, EUR 1,260 per unit, equivalent to EUR 420 per unit per year). CarePlus includes:")
    for t in [
        "Two preventive maintenance visits per year: a pre-season visit in March or April and a lay-up visit in October or November, "
        "each covering cable inspection, limit-switch test, anode check, gearbox oil level and controller log download.",
        "In-season breakdown response (1 April to 31 October): a technician on site within 48 hours of the call being logged.",
        "Off-season breakdown response (1 November to 31 March): on site within 5 working days.",
        "Remote diagnostics by telephone and video, 08:00 to 18:00 CET Monday to Saturday in season.",
        "Labour and travel for covered repairs, and a 15% discount on spare parts that are not covered by warranty.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Not included: consumables (anodes, remote batteries, bunk carpets), damage excluded from the warranty, and work "
                    "on equipment not supplied by Halyard. CarePlus does not include an availability guarantee or service credits.")
    d.add_heading("4. Term and cancellation", 1)
    d.add_paragraph("CarePlus starts on the commissioning date. It cannot be cancelled in the first 12 months. After that it may be "
                    "cancelled with 90 days written notice; for prepaid 3-year plans the unused full years are refunded pro rata less a 10% "
                    "administration fee. Renewal prices are set by the Halyard price list in force at the time of renewal.")
    d.save(OUT / "halyard-warranty-careplus-terms.docx")


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Lifts & Davits"
    bold = Font(bold=True)
    ws.append(["Halyard Price and Specification List 2026 - Iberia (EUR, excluding VAT, valid 1 Jan - 31 Dec 2026)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Product", "Rated capacity (kg)", "Max beam (m)", "Lift travel (m)", "Motor", "Supply", "List price EUR"])
    for c in ws[3]:
        c.font = bold
    rows = [
        ["HL-BL25-4P", "BL25 four-post electric boat lift", 2500, 3.0, 2.2, "0.75 kW", "230 V 1-ph or 400 V 3-ph", 11900],
        ["HL-BL40-4P", "BL40 four-post electric boat lift", 4000, 3.6, 2.4, "1.1 kW", "230 V 1-ph or 400 V 3-ph", 14850],
        ["HL-BL70-4P", "BL70 four-post electric boat lift", 7000, 4.3, 2.6, "2.2 kW", "400 V 3-ph", 21400],
        ["HL-BL100-6P", "BL100 six-post electric boat lift", 10000, 4.8, 2.8, "2 x 2.2 kW", "400 V 3-ph", 32600],
        ["HL-PWC10", "PWC10 floating personal-watercraft lift", 1000, 1.4, "n/a", "0.55 kW blower", "230 V 1-ph", 5900],
        ["HL-PWC16", "PWC16 floating personal-watercraft lift", 1600, 2.1, "n/a", "0.75 kW blower", "230 V 1-ph", 7200],
        ["HL-DV300-SS", "DV300 stainless quay davit pair", 300, "n/a", 3.0, "24 V DC winch", "230 V via charger", 4980],
        ["HL-DV450-SS", "DV450 stainless quay davit pair", 450, "n/a", 3.5, "24 V DC winch", "230 V via charger", 6950],
    ]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCDEFGH", [14, 40, 18, 12, 14, 16, 24, 15]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Accessories & Services")
    ws2.append(["Halyard Accessories and Services 2026 - Iberia (EUR, excluding VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Description", "Unit", "List price EUR", "Notes"])
    for c in ws2[3]:
        c.font = bold
    for r in [
        ["HL-RC2-KIT", "Wireless two-button remote and key-fob kit", "per lift or davit pair", 385,
         "Range 60 m line of sight; 2 key fobs; pairs with one lift only"],
        ["HL-PED-32A", "Shore-side isolator pedestal 32 A, IP66", "each", 940,
         "Lockable isolator, emergency stop, key switch; one per BL lift"],
        ["HL-ROCK-SKT", "Drilled rock socket for BL post", "per post", 1150, "Required on rock seabed; the seabed survey decides"],
        ["HL-CANOPY-40", "Fabric canopy for BL40", "each", 2350, "Must be removed when winds above Beaufort 8 are forecast"],
        ["HL-GUIDE-PVC", "Guide-on posts with PVC bumpers", "pair", 420, "Recommended for berths with cross-current"],
        ["HL-SURVEY", "Seabed survey (bathymetry and probing)", "per marina", 2400, "Report within 10 working days"],
        ["HL-INST-CREW", "Installation and commissioning, 3-person crew", "crew day", 1480,
         "Includes travel within mainland Spain and the Balearic Islands; work pontoon extra"],
        ["HL-BARGE-DAY", "Work pontoon with spud legs", "day", 1950, "Needed where posts cannot be set from the pontoon"],
        ["HL-CARE-1Y", "CarePlus service plan, 1 year", "per lift or davit pair", 460, "See Warranty and CarePlus Service Terms"],
        ["HL-CARE-3Y", "CarePlus service plan, 3 years, prepaid", "per lift or davit pair", 1260, "Equivalent to EUR 420 per unit per year"],
        ["HL-ANODE-SET", "Replacement anode set", "per lift", 96, "Consumable; not covered by CarePlus"],
    ]:
        ws2.append(r)
    for col, w in zip("ABCDE", [14, 44, 22, 15, 60]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Volume discounts")
    ws3.append(["Halyard volume and bundle discounts 2026 (applied to list price per order)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Product group", "Quantity on one order", "Discount", "Condition"])
    for c in ws3[3]:
        c.font = bold
    for r in [
        ["BL four-post lifts", "3-5 units", "4%", "All BL models counted together"],
        ["BL four-post lifts", "6-9 units", "8%", "All BL models counted together"],
        ["BL four-post lifts", "10 or more units", "10%", "All BL models counted together"],
        ["DV davit pairs", "4 or more pairs", "5%", "DV300 and DV450 counted together"],
        ["HL-PED-32A pedestals", "ordered with BL lifts", "10%", "Bundle discount"],
        ["PWC lifts, services, CarePlus", "any", "0%", "Net prices; no volume discount"],
    ]:
        ws3.append(r)
    for col, w in zip("ABCD", [30, 24, 10, 36]):
        ws3.column_dimensions[col].width = w
    wb.save(OUT / "halyard-price-spec-list-2026.xlsx")


# ---------------------------------------------------------------- HTML
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Delivery, payment and site readiness - Halyard Iberia</title></head>
<body>
<h1>Delivery, payment and site readiness for Halyard projects in Spain and Portugal</h1>
<p>Last updated 8 January 2026. This page explains how Halyard Liftsystems B.V. delivers, invoices and installs lift and davit
projects for marinas and yacht clubs in Iberia. Where a signed quotation says something different, the quotation prevails.</p>

<h2>Payment milestones</h2>
<ul>
<li>30% of the order value on order confirmation;</li>
<li>60% on delivery of the equipment to site;</li>
<li>10% on the signed commissioning certificate.</li>
</ul>
<p>Invoices are payable within 30 days of the invoice date by bank transfer in EUR. Equipment remains the property of Halyard
until paid in full. CarePlus plans are invoiced in full on the commissioning date.</p>

<h2>Delivery</h2>
<p>Equipment is delivered DAP (Incoterms 2020) to the club site. Lead time is 12 weeks from order confirmation and an approved
seabed survey. Delivery to the Balearic or Canary Islands carries a ferry freight surcharge of EUR 1,850 per consignment, which
is quoted separately unless the quotation states that it is included. The club provides a hard-standing area of at least
10 m x 6 m and a forklift or crane for unloading; if neither is available Halyard hires a truck-mounted crane at cost.</p>

<h2>Seabed survey</h2>
<p>Every BL project needs a seabed survey (bathymetry and probing at each post position) at least 6 weeks before installation.
The club may supply its own survey if it meets the Halyard survey specification, or order the Halyard survey (HL-SURVEY) at
EUR 2,400 per marina. The survey result decides whether drilled rock sockets are needed.</p>

<h2>Installation windows</h2>
<p>In Balearic marinas no in-water installation work is carried out between 15 June and 15 September, because of port-authority
restrictions and the high season. Halyard schedules installations from October to May. Installation dates are fixed in writing
once the survey is approved; a date moved by the club less than 15 working days before the start is charged at EUR 650 per crew
day reserved.</p>

<h2>Cancellation</h2>
<p>An order cancelled after order confirmation but before production starts is charged a cancellation fee of 15% of the order
value. After production has started the fee is 40% of the order value. Installation and CarePlus not yet performed are not charged.</p>

<h2>Permits</h2>
<p>Permits from the port authority or the coastal administration are the club's responsibility. Halyard supplies general
arrangement drawings and load calculations within 10 working days of order confirmation to support the application.</p>
</body></html>
"""


def make_html():
    (OUT / "halyard-delivery-payment-site-readiness.html").write_text(HTML, encoding="utf-8")


if __name__ == "__main__":
    make_pdf()
    make_docx()
    make_xlsx()
    make_html()
    print("sources written to", OUT)
