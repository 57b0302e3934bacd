"""Generate the four knowledge sources of the skylanza-helipad-lighting scenario.

Run with /work/main/.venv/bin/python make_sources.py (reportlab may live in /tmp/rl).
"""
import os
import sys

sys.path.insert(0, "/tmp/rl")

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
KN = os.path.join(HERE, "knowledge")
os.makedirs(KN, exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Statement of Works - Rooftop Helipad Lighting Upgrade", 0)
    d.add_paragraph(
        "Skylanza Aviation Lighting Ltd, Unit 7 Hangar Row, Filton Aerospace Park, Bristol BS34 7QW. "
        "Client: Northmoor University Hospitals NHS Foundation Trust, Northmoor General Hospital, rooftop helipad "
        "(Block C, level 9). Document SOW-NMH-2025-03, issue B, prepared after the site survey of 3 April 2025. "
        "This Statement of Works forms part of quote Q-SKY-25-0418."
    )
    d.add_heading("1. Scope", 1)
    d.add_paragraph(
        "Skylanza will remove the existing 22 halogen perimeter fittings and their transformers, and will take them "
        "back for recycling under the WEEE regulations at no charge. Skylanza will supply and install 24 inset green "
        "TLOF perimeter lights (SKY-TLOF-G24), 16 elevated white FATO perimeter lights (SKY-FATO-W16), 6 low-profile "
        "floodlights (SKY-FLD-90), one illuminated wind direction indicator (SKY-WDI-6L), one pilot-controlled "
        "lighting controller (SKY-PCL-RX) and 4 red obstacle lights (SKY-OBL-32) on the lift motor room and the "
        "stair core. All new cabling is LSZH, run in galvanised trunking on the roof and in existing risers."
    )
    d.add_heading("2. Programme", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for i, h in enumerate(["Phase", "Work", "Duration on site", "Helipad status"]):
        hdr[i].text = h
    rows = [
        ("1", "Setting-out, cable routes, deck cores survey", "2 working days", "Operational"),
        ("2", "Core drilling, inset lights, floodlights, WDI, controller", "7 working days", "Closed for up to 5 consecutive days"),
        ("3", "Commissioning, photometric verification, night flight check", "2 working days", "Operational (night check by arrangement)"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph(
        "Total time on site is 11 working days. Site hours are 07:30 to 18:00, Monday to Friday. During phases 1 and "
        "3 the helipad stays in service: when the helipad landing officer announces an inbound aircraft, Skylanza "
        "stops work, secures all loose materials and clears the pad within 10 minutes. During phase 2 the helipad "
        "must be closed to flights for up to 5 consecutive days because the TLOF ring is cored and resin-set. If the "
        "Trust needs to keep the pad usable during that period, a temporary battery-powered perimeter set "
        "(SKY-TMP-8, 8 lights) can be hired at £950 per week; it is suitable for daytime and visual night "
        "operations but has no pilot-controlled activation."
    )
    d.add_heading("3. Deck and core drilling", 1)
    d.add_paragraph(
        "Each inset TLOF light needs a 150 mm diameter core, 95 mm deep, sealed with two-part epoxy and a "
        "butyl collar. The quote assumes a concrete deck of at least 180 mm. Where the survey finds a deck thinner "
        "than 180 mm, Skylanza replaces the affected inset lights with elevated frangible fittings at the same unit "
        "price, and the Trust's structural engineer must approve any core within 500 mm of a post-tensioned tendon. "
        "Skylanza reinstates the roof membrane within 300 mm around each core; membrane repairs beyond that zone "
        "are excluded."
    )
    d.add_heading("4. Trust responsibilities", 1)
    for s in [
        "A dedicated 230 V, 32 A single-phase circuit, with its own RCBO, in the plant room within 40 m of the pad edge.",
        "A permit to work at height and roof access for materials (goods lift to level 8; crane lift, if needed, booked by the Trust).",
        "Access to the asbestos register for Block C before phase 1.",
        "A named helipad landing officer contact for stand-downs during phases 1 and 3.",
        "Availability of the air ambulance operator's pilot for the night flight check in phase 3.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("5. Commissioning and handover", 1)
    d.add_paragraph(
        "Commissioning includes a photometric check with a calibrated lux meter: the floodlights must give an average "
        "of at least 10 lux on the TLOF with a uniformity (max:min) not worse than 8:1 and no glare above the "
        "horizontal plane. The controller is set to the Trust's assigned VHF frequency and tested at all three "
        "intensity steps. A night flight check is flown with the operator's pilot; any snag found is cleared within "
        "5 working days. As-built drawings, test sheets and the O&M manual are delivered within 10 working days of "
        "handover. Training: two sessions of 3 hours each for estates staff and helipad landing officers, up to 8 "
        "attendees per session, on site."
    )
    d.add_heading("6. Exclusions", 1)
    d.add_paragraph(
        "Structural repairs to the deck; roof membrane works beyond 300 mm around each core; repainting of the "
        "helipad surface markings (the H, TLOF and FATO lines), which Skylanza can offer separately at £4,800; "
        "frequency licence fees; fire-suppression system changes; any out-of-hours working requested by the Trust "
        "(quoted on request)."
    )
    d.add_heading("7. Payment milestones", 1)
    d.add_paragraph(
        "30% of the equipment and installation value on order; 50% on delivery of the equipment to site; 20% on "
        "successful commissioning and signature of the handover certificate. CarePlus maintenance is invoiced "
        "separately, annually in advance, starting on the handover date. Invoices are payable 30 days from invoice date."
    )
    d.save(os.path.join(KN, "statement-of-works-northmoor.docx"))


# ---------------------------------------------------------------- PDF
def make_pdf():
    path = os.path.join(KN, "careplus-service-and-warranty-terms.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="CarePlus Service and Warranty Terms")
    ss = getSampleStyleSheet()
    H1, H2, P = ss["Title"], ss["Heading2"], ss["BodyText"]
    f = []
    f.append(Paragraph("Skylanza CarePlus Service and Warranty Terms", H1))
    f.append(Paragraph("Edition 2025-1, applicable to helipad lighting systems supplied by Skylanza Aviation Lighting Ltd.", P))
    f.append(Paragraph("1. Product warranty", H2))
    f.append(Paragraph(
        "Warranty periods run from the date of the signed handover certificate. LED light fittings (TLOF, FATO, "
        "floodlights and obstacle lights) are warranted for 5 years. Control electronics, including the SKY-PCL-RX "
        "pilot-controlled lighting controller, its VHF receiver, UPS battery and power supplies, are warranted for 2 years. "
        "The wind direction indicator mast, cage and internal lighting are warranted for 5 years; the windsock fabric "
        "is a consumable part with a 12 months warranty. Under warranty Skylanza supplies the replacement part free "
        "of charge; labour is free of charge only where the system is covered by a CarePlus contract.", P))
    f.append(Paragraph("2. Warranty exclusions", H2))
    f.append(Paragraph(
        "The warranty does not cover: damage from lightning strike or mains surges above the 6 kV rating of the "
        "surge protection; impact damage from vehicles, equipment or foreign objects moved by rotor downwash; "
        "corrosion caused by urea-based de-icers (glycol-based and potassium-formate de-icers are approved); "
        "use of cleaning agents containing solvents on the lenses; fittings modified or repaired by anyone other "
        "than Skylanza or its approved partners; and normal wear of the windsock fabric after its 12 months.", P))
    f.append(Paragraph("3. CarePlus Standard (SKY-CARE-Y)", H2))
    f.append(Paragraph(
        "CarePlus Standard is an annual maintenance contract with a minimum initial term of 3 years. It includes: "
        "2 preventive maintenance visits per year (one in March-April, one in September-October); a photometric "
        "check of the floodlights and a visual intensity check of every perimeter light at each visit; cleaning of "
        "all lenses and inspection of seals; one replacement windsock fabric per year; remote monitoring of the "
        "controller through its 4G modem with automatic fault alerts; a 24/7 helpdesk on 0117 496 0750; and an "
        "on-site spares kit held at the hospital (2 TLOF lights, 2 FATO lights and 1 floodlight driver), replenished "
        "free of charge when used.", P))
    data = [["Fault class", "Definition", "Response"],
            ["Critical", "Pad cannot be used at night: 2 or more adjacent TLOF lights out, any floodlight out, WDI lighting failure, controller failure", "Engineer on site within 6 hours, 24/7"],
            ["Non-critical", "Any other single-fitting fault with the pad still usable", "Engineer on site within 2 working days"],
            ["Advice", "Questions on operation, configuration", "Helpdesk call-back within 1 hour"]]
    tb = Table([[Paragraph(c, P) for c in r] for r in data], colWidths=[28 * mm, 95 * mm, 50 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    f.append(Spacer(1, 4))
    f.append(tb)
    f.append(Paragraph("4. Service credits", H2))
    f.append(Paragraph(
        "If Skylanza misses the response time for a critical fault, the customer receives a service credit of 10% "
        "of the annual CarePlus fee per incident, capped at 30% of the annual fee per contract year. Credits are "
        "applied to the next annual invoice and must be claimed within 60 days of the incident. Non-critical and "
        "advice response times carry no service credit.", P))
    f.append(Paragraph("5. Fees, indexation and termination", H2))
    f.append(Paragraph(
        "The annual fee is invoiced in advance on the handover date and on each anniversary. The fee is fixed for "
        "the initial 3-year term; from year 4 it is indexed each year to UK CPI, capped at 4%. After the initial "
        "term the contract renews for 12 months at a time unless either party gives 90 days' written notice before "
        "an anniversary. Call-outs outside CarePlus, or for excluded causes, are charged at £165 per hour "
        "(minimum 3 hours) plus travel at £0.65 per mile; parts at the current list price.", P))
    f.append(Paragraph("6. Customer obligations", H2))
    f.append(Paragraph(
        "The customer keeps the pad and the plant room accessible for scheduled visits, keeps the 4G modem powered, "
        "reports faults through the helpdesk, and does not let untrained staff open the controller. Snow clearance "
        "of the TLOF ring is the customer's responsibility; metal shovels must not be used on inset fittings.", P))
    doc.build(f)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Luminaires"
    bold = Font(bold=True)
    ws.append(["Skylanza Helipad Lighting - Product Specification and List Prices 2025 (GBP, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    hdr = ["SKU", "Product", "Mounting", "Colour", "Power (W)", "Intensity / output", "IP rating", "Weight (kg)",
           "LED life (h)", "Operating temp", "List price (GBP)"]
    ws.append(hdr)
    for c in ws[3]:
        c.font = bold
    rows = [
        ["SKY-TLOF-G24", "TLOF perimeter light, inset 8 inch", "Inset, flush, load-rated 20 t", "Green", 14, "30 cd omnidirectional", "IP68", 4.1, "100,000 (L70)", "-40 to +55 °C", 612.00],
        ["SKY-FATO-W16", "FATO perimeter light, elevated frangible", "Elevated, 250 mm frangible stem", "White", 9, "25 cd omnidirectional", "IP67", 2.3, "100,000 (L70)", "-40 to +55 °C", 448.00],
        ["SKY-FLD-90", "Helipad floodlight, low-profile", "Elevated, max 250 mm above deck", "White 4000 K", 90, "11,700 lm, asymmetric", "IP66", 11.8, "60,000 (L80)", "-30 to +50 °C", 1890.00],
        ["SKY-OBL-32", "Obstacle light, low-intensity Type B, dual LED", "Wall or pole", "Red", 6, "32 cd steady", "IP66", 1.6, "100,000 (L70)", "-40 to +55 °C", 725.00],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Notes: intensities are minimum values measured at the horizontal; all fittings carry CE and UKCA marking. "
               "Inset fittings need a 150 mm core, 95 mm deep."])
    for col, w in zip("ABCDEFGHIJK", [15, 40, 30, 13, 10, 22, 10, 11, 14, 15, 15]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Control & Accessories")
    ws2.append(["Skylanza Helipad Lighting - Control equipment and accessories 2025 (GBP, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Product", "Key data", "Power (W)", "Weight (kg)", "List price (GBP)"])
    for c in ws2[3]:
        c.font = bold
    for r in [
        ["SKY-PCL-RX", "Pilot-controlled lighting controller", "VHF receiver 118-137 MHz; 3 intensity steps; 15 minutes timer; built-in UPS 3 hours autonomy; 4G modem for remote monitoring; wall cabinet IP65", 45, 18.5, 9800.00],
        ["SKY-WDI-6L", "Illuminated wind direction indicator", "2.4 m windsock, internally lit, 6 m hinged mast, orange fabric", 60, 38.0, 4350.00],
        ["SKY-WDI-SOCK", "Spare windsock fabric for SKY-WDI-6L", "Orange, UV-stabilised polyester", "", 1.2, 185.00],
        ["SKY-PNL-LO", "Landing officer override panel", "Wall-mounted, key switch, 3 intensity buttons", 3, 2.0, 640.00],
        ["SKY-TMP-8", "Temporary portable perimeter set (hire)", "8 battery lights, 12 hours per charge, price per week", "", 24.0, 950.00],
    ]:
        ws2.append(r)
    for col, w in zip("ABCDEF", [15, 40, 70, 10, 11, 15]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Options & Lead Times")
    ws3.append(["Skylanza Helipad Lighting - Factory options, surcharges and lead times 2025"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Option", "Applies to", "Surcharge per unit (GBP)", "Lead time", "Comment"])
    for c in ws3[3]:
        c.font = bold
    for r in [
        ["Standard", "All SKUs", 0, "6 weeks", "From written order"],
        ["NVG-compatible (850 nm IR emitter)", "SKY-TLOF-G24", 140.00, "10 weeks", "Visible output unchanged"],
        ["NVG-compatible (850 nm IR emitter)", "SKY-FATO-W16", 120.00, "10 weeks", "Visible output unchanged"],
        ["NVG-compatible (850 nm IR emitter)", "SKY-FLD-90", 310.00, "10 weeks", "Adds IR flood channel"],
        ["Heated lens (25 W thermostatic)", "SKY-TLOF-G24", 95.00, "8 weeks", "Keeps lens clear down to -25 °C; heater on below +3 °C"],
        ["Heated mast head and bearing", "SKY-WDI-6L", 1150.00, "8 weeks", "Prevents sock freezing to the cage"],
    ]:
        ws3.append(r)
    for col, w in zip("ABCDE", [36, 16, 22, 12, 50]):
        ws3.column_dimensions[col].width = w
    wb.save(os.path.join(KN, "product-spec-and-prices-2025.xlsx"))


# ---------------------------------------------------------------- HTML
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Helipad lighting compliance and pilot-controlled lighting FAQ - Skylanza</title></head>
<body>
<h1>Helipad lighting compliance and pilot-controlled lighting: FAQ</h1>
<p>Skylanza Aviation Lighting Ltd - knowledge centre. Last reviewed February 2025.</p>

<h2>Which standards do Skylanza hospital helipad systems meet?</h2>
<p>Our hospital helipad systems are designed to CAP 1264 (Standards for helicopter landing areas at hospitals), to
ICAO Annex 14 Volume II (Heliports) and to EASA CS-HPT-DSN. Green TLOF perimeter lights are spaced no more than 3 m
apart with a minimum of 14 lights per ring; white FATO lights are spaced no more than 50 m apart with at least 4 per
side; obstacle lights are low-intensity Type B (32 cd, red, steady). Colour chromaticity is verified per batch in
our Bristol photometric lab and recorded on the test certificate delivered at handover.</p>

<h2>How does pilot-controlled lighting (PCL) work?</h2>
<p>The SKY-PCL-RX controller listens on the VHF frequency assigned to the hospital. The pilot keys the microphone a
number of times within 5 seconds:</p>
<ul>
<li>3 clicks: low intensity (30%)</li>
<li>5 clicks: medium intensity (60%)</li>
<li>7 clicks: high intensity (100%)</li>
</ul>
<p>The lights stay on for 15 minutes after the last activation. One minute before time-out the wind direction indicator
lighting flashes to warn the crew; a new click sequence restarts the 15 minutes. The helipad landing officer can
switch the lights on, off or to a fixed step from the override panel (SKY-PNL-LO) or from the controller cabinet.
If mains power fails, the built-in UPS keeps the controller and all lights running for 3 hours at medium intensity.</p>

<h2>Who obtains the radio frequency?</h2>
<p>The hospital (or its air ambulance operator) must obtain the frequency assignment from the CAA and Ofcom. Skylanza
does not apply on the customer's behalf, but configures the receiver to the assigned frequency at no charge during
commissioning.</p>

<h2>What about night-vision goggles (NVG)?</h2>
<p>NVG-compatible versions add an 850 nm infrared emitter next to the visible LEDs, so crews flying with goggles see the
TLOF and FATO rings without bloom. The visible output is unchanged. NVG variants have a 10 weeks lead time.</p>

<h2>Snow and ice</h2>
<p>The heated inset option keeps the TLOF lens clear down to -25 °C using a 25 W thermostatic heater that switches on
below +3 °C. Without the heater, inset lights still operate to -40 °C, but snow must be cleared by hand.</p>

<h2>Remote monitoring and data</h2>
<p>Controllers report lamp status, UPS state and activations through a 4G modem. Data is hosted in the UK (London
region) and kept for 24 months. Customers without CarePlus can subscribe to monitoring alone for £420 per year.</p>

<h2>Old fittings</h2>
<p>On replacement projects we take back the old fittings, lamps and transformers and recycle them under the WEEE
regulations at no charge.</p>
</body></html>
"""


def make_html():
    with open(os.path.join(KN, "compliance-and-pcl-faq.html"), "w", encoding="utf-8") as fh:
        fh.write(HTML)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_html()
    print("sources written to", KN)
