"""Generate the four knowledge sources of the voltaris-ground-power scenario.

Run:  PYTHONPATH=/path/to/reportlab /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl come from the venv; reportlab may be installed with pip install --target.)
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

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: technical specification
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("VGP Series Fixed and DC Ground Power Units", 0)
    d.add_paragraph("Technical Specification and Site Requirements - document VAP-TS-0325, revision C (March 2025)\n"
                    "Voltaris Aviation Power B.V., Eindhoven, the Netherlands")

    d.add_heading("1. Scope", 1)
    d.add_paragraph(
        "This specification covers the fixed 400 Hz solid-state ground power unit VGP-400F-90 (90 kVA), the 28 V DC "
        "ground power unit VGP-28DC-600, and the stainless steel apron pit housing PIT-HSG-SS. The mobile "
        "battery-electric unit VGP-EM90 is described in the knowledge-base article on mobile e-GPU operation. All units "
        "are designed to ISO 6858 and supply power within the limits of MIL-STD-704F and EN 2282.")

    d.add_heading("2. VGP-400F-90 fixed 400 Hz unit", 1)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Parameter"
    t.rows[0].cells[1].text = "Value"
    rows = [
        ("Rated output", "90 kVA at power factor 0.8 (72 kW)"),
        ("Output voltage", "3-phase 115/200 V AC, regulated within ±1% steady state (no load to full load)"),
        ("Output frequency", "400 Hz ±0.05%"),
        ("Total harmonic distortion (THD)", "less than 2% on linear load, less than 4% on non-linear load"),
        ("Overload capacity", "125% for 10 minutes, 150% for 1 minute, 200% for 10 seconds"),
        ("Line-drop compensation", "automatic, for output cables up to 60 m"),
        ("Efficiency", "93% at full load, 91% at 25% load"),
        ("Input supply", "400 V ±10%, 50 Hz, 3-phase + PE, input power factor 0.98 or better"),
        ("Input current at full load", "142 A"),
        ("Recommended upstream protection", "160 A circuit breaker, curve D, with 300 mA RCD type B"),
        ("Ingress protection", "IP55 (cabinet), IP67 (output connector when mated)"),
        ("Operating temperature", "-40 °C to +55 °C (cabinet heater included)"),
        ("Noise", "62 dB(A) at 1 m, full load"),
        ("Weight", "485 kg"),
        ("Dimensions (W x D x H)", "1,150 x 760 x 1,420 mm"),
        ("Output connector", "ISO 461-2 six-pin, E/F interlock"),
    ]
    for a, b in rows:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_paragraph(
        "E/F interlock: the output contactor opens within 100 ms if the 28 V interlock signal returned by the aircraft "
        "on pins E and F is lost. Units must never be operated with the interlock bridged; doing so voids the warranty. "
        "The output cable is not part of the unit and is ordered separately (CBL-400-30-HD, 30 m, 4 x 70 mm² plus "
        "control cores). Cable lengths above 60 m are not supported because line-drop compensation cannot keep the "
        "voltage at the aircraft within tolerance.")

    d.add_heading("3. VGP-28DC-600 DC unit", 1)
    d.add_paragraph(
        "Intended for turboprops and regional aircraft with 28 V DC ground power receptacles (ATR 42/72, De Havilland "
        "Dash 8) and helicopters. Output 28.5 V DC, adjustable from 24 V to 32 V; 600 A continuous; engine-start peak "
        "of 2,400 A for 2 seconds; output ripple below 1.5%. Input 400 V 3-phase, 63 A breaker curve C. Ingress "
        "protection IP54, operating temperature -30 °C to +50 °C, noise 65 dB(A) at 1 m, weight 310 kg. Supplied with a "
        "fixed 12 m DC output cable (2 x 95 mm²) and a three-pin NATO-type plug; a longer DC cable is not offered "
        "because the voltage drop at 2,400 A would exceed 1 V.")

    d.add_heading("4. PIT-HSG-SS apron pit housing", 1)
    d.add_paragraph(
        "Stainless steel 1.4404 (316L) pit for the output cable and connector of a fixed unit. Load class F900 to "
        "EN 124, suitable for aircraft wheel loads when the hatch is closed. Internal dimensions 1,200 x 900 x 650 mm. "
        "Hatch with gas strut and anti-slip surface, lockable; DN100 drain outlet to be connected by the airport to "
        "the stormwater system. A pit that is not drained voids the warranty on the cable and connector.")

    d.add_heading("5. Site requirements (provided by the buyer)", 1)
    for s in [
        "Civil works: pit excavation and a concrete foundation of class C30/37 to the Voltaris foundation drawing; "
        "plinth or bridge mounting bracket for the cabinet.",
        "Power supply: a dedicated 400 V feeder per fixed unit, sized by the buyer's electrical engineer, terminated "
        "in the cabinet; a 63 A feeder per DC unit.",
        "Network: one Cat6 outlet per cabinet if VoltLink remote monitoring is ordered.",
        "Stand availability: each stand is closed to aircraft for 2 working days of installation plus half a day of "
        "commissioning; stands can be done in sequence, at most two at the same time.",
        "A Voltaris site survey takes place within 3 weeks of order; the installation date is confirmed after it.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("6. Exceptions", 1)
    d.add_paragraph(
        "Units installed less than 50 m from a coastline, or on aprons where de-icing fluid reaches the cabinet, "
        "require the C5-M marine coating option (VGP-OPT-C5M). Without it the corrosion exclusion of the warranty "
        "terms applies. The VGP-400F-90 is not suitable for wide-body aircraft (A330, B787, B777), which need the "
        "180 kVA unit VGP-400F-180 or two synchronised outputs.")
    d.save(K / "vgp-technical-specification.docx")


# ---------------------------------------------------------------- PDF: warranty and service terms
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9.5
    body.leading = 12.5
    h1, h2 = ss["Title"], ss["Heading2"]
    doc = SimpleDocTemplate(str(K / "warranty-and-service-terms.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Voltaris Warranty, Service and Support Terms VAP-WST-2025")
    P = lambda t: Paragraph(t, body)
    story = [
        Paragraph("Warranty, Service and Support Terms", h1),
        P("Document VAP-WST-2025, valid for orders placed from 1 January 2025. Voltaris Aviation Power B.V."),
        Paragraph("1. Standard warranty", h2),
        P("Ground power units (VGP-400F-90, VGP-400F-180, VGP-28DC-600, VGP-EM90 excluding its traction battery) are "
          "warranted against defects in materials and workmanship for 24 months from the date of commissioning, or "
          "30 months from delivery, whichever ends first. The warranty covers replacement parts, labour and travel "
          "of Voltaris technicians."),
        P("Output cables, connectors and plugs are wear parts and are warranted for 6 months from delivery. "
          "Pit housings are warranted for 10 years against structural failure and corrosion through."),
        Paragraph("2. VGP-EM90 traction battery", h2),
        P("The lithium iron phosphate traction battery of the VGP-EM90 is warranted for 6 years or 3,500 full-cycle "
          "equivalents, whichever comes first. Voltaris guarantees a usable capacity of at least 70% of rated capacity "
          "at the end of the warranty period; a battery below this value is repaired or its modules replaced free of "
          "charge. The battery warranty requires that the unit is stored plugged in when the outside temperature is "
          "below -25 °C."),
        Paragraph("3. Exclusions", h2),
        P("The warranty does not cover: damage from vehicle impact, jet blast or foreign objects; damage caused by an "
          "upstream supply outside 400 V ±10%; units operated with the E/F interlock bridged; corrosion of units "
          "installed within 50 m of a coastline without the C5-M coating option; undrained pits; normal wear of "
          "cables and connectors beyond the 6-month wear-part warranty."),
        Paragraph("4. Preventive maintenance plan SVC-PM-3Y", h2),
        P("The plan runs for 3 years from commissioning and is priced per unit. It includes two preventive "
          "maintenance visits per unit per year. Each visit comprises: a load bank test at 100% load for 30 minutes, "
          "an insulation resistance test of the output cable, replacement of air filters, inspection of the E/F "
          "interlock and connector pins, and firmware updates. Parts replaced during preventive visits are included."),
        P("Corrective repairs during the plan: labour and travel included; parts charged at a 15% discount off the "
          "price list in force. The plan includes the 24/7 hotline and remote diagnosis through VoltLink within "
          "2 hours where the unit has a VoltLink licence."),
        Paragraph("5. Response times", h2),
    ]
    tbl = Table([
        ["Fault class", "Definition", "Response with plan", "Response without plan"],
        ["Critical", "Unit cannot supply power", "On site within 8 working hours*", "Next working day, best effort"],
        ["Major", "Unit works with reduced output", "On site next working day", "Within 3 working days"],
        ["Minor", "Cosmetic, display, non-essential", "At the next preventive visit", "By quotation"],
    ], colWidths=[22 * mm, 48 * mm, 50 * mm, 50 * mm])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                             ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [tbl, Spacer(1, 4),
              P("* For airports within 250 km of a Voltaris service hub (Eindhoven, Hamburg, Gothenburg, Lyon). "
                "Beyond 250 km the critical response is next working day. Working hours are Monday to Friday, "
                "07:00 to 18:00 local time."),
              P("If a repair under the plan takes longer than 5 working days, Voltaris provides a loan mobile GPU "
                "free of charge, subject to availability."),
              Paragraph("6. Work outside a plan", h2),
              P("Call-outs outside a plan, or for excluded damage, are charged at EUR 480 flat per call-out plus "
                "EUR 115 per hour on site. A 50% surcharge applies to work at night (18:00 to 07:00), at weekends and on "
                "public holidays. Parts are charged at the price list in force."),
              Paragraph("7. Renewal, cancellation and spare parts", h2),
              P("After the initial 3 years the plan may be renewed annually at the price list in force; the increase "
                "is capped at 4% per year over the previous year's price. Either party may cancel a renewed plan with "
                "90 days' notice before the anniversary date. Voltaris keeps spare parts available for 12 years after "
                "the end of production of a model."),
              Paragraph("8. Other matters", h2),
              P("Liability, delivery dates and acceptance are governed by the supply contract and are not part of "
                "these terms."),
              ]
    doc.build(story)


# ---------------------------------------------------------------- XLSX: price list and product data
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2025"
    ws.append(["Voltaris Ground Power - Price List 2025 (EUR, excluding VAT, DAP Europe)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    head = ["SKU", "Description", "Rated output", "List price EUR", "Lead time", "Weight kg", "Unit"]
    ws.append(head)
    for c in ws[3]:
        c.font = Font(bold=True)
    data = [
        ("VGP-400F-90", "Fixed 400 Hz solid-state GPU, 90 kVA", "90 kVA", 38500, "14 weeks", 485, "each"),
        ("VGP-400F-180", "Fixed 400 Hz solid-state GPU, 180 kVA, for wide-body", "180 kVA", 56900, "16 weeks", 720, "each"),
        ("VGP-EM90", "Mobile battery-electric 400 Hz e-GPU, 90 kVA, 192 kWh LFP", "90 kVA", 64900, "20 weeks", 2950, "each"),
        ("VGP-28DC-600", "28 V DC GPU, 600 A continuous / 2,400 A start peak", "600 A", 21750, "12 weeks", 310, "each"),
        ("CBL-400-30-HD", "400 Hz output cable 30 m, 4 x 70 mm², ISO 461-2 plug", "-", 2380, "4 weeks", 54, "each"),
        ("CBL-400-20-HD", "400 Hz output cable 20 m, 4 x 70 mm², ISO 461-2 plug", "-", 1690, "4 weeks", 37, "each"),
        ("PIT-HSG-SS", "Stainless steel apron pit housing, EN 124 class F900", "-", 4150, "8 weeks", 165, "each"),
        ("VGP-OPT-C5M", "C5-M marine coating option for fixed and DC units", "-", 2150, "+2 weeks", "-", "per unit"),
        ("VGP-OPT-CHG50", "50 kW DC fast-charge inlet for VGP-EM90", "50 kW", 6800, "+3 weeks", 38, "per unit"),
        ("VLK-MON-1Y", "VoltLink remote monitoring licence", "-", 260, "immediate", "-", "per unit per year"),
        ("INST-COM-STD", "Installation and commissioning, fixed unit incl. pit", "-", 3900, "-", "-", "per stand"),
        ("SVC-PM-3Y", "Preventive maintenance plan, 3 years", "-", 4200, "-", "-", "per unit"),
        ("TRN-OPS-DAY", "Operator and technician training, on site", "-", 1450, "-", "-", "per day"),
    ]
    for r in data:
        ws.append(list(r))
    ws.append([])
    ws.append(["Prices valid for orders placed until 31 December 2025. Lead times are ex works from order "
               "confirmation; options marked + add to the lead time of the unit."])
    for col, w in zip("ABCDEFG", (16, 58, 13, 15, 12, 11, 18)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Aircraft compatibility")
    ws2.append(["Aircraft compatibility and typical turnaround loads"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Aircraft type", "Ground power", "Recommended Voltaris unit", "Typical turnaround load"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in [
        ("Airbus A319/A320/A321", "115/200 V 400 Hz", "VGP-400F-90 or VGP-EM90", "35-50 kVA"),
        ("Boeing 737-800 / MAX 8", "115/200 V 400 Hz", "VGP-400F-90 or VGP-EM90", "30-45 kVA"),
        ("Embraer E190/E195", "115/200 V 400 Hz", "VGP-400F-90 or VGP-EM90", "20-35 kVA"),
        ("ATR 72-600", "28 V DC", "VGP-28DC-600", "300-450 A, engine start up to 2,200 A"),
        ("De Havilland Dash 8-400", "28 V DC", "VGP-28DC-600", "350-500 A"),
        ("Airbus A330 / Boeing 787", "115/200 V 400 Hz, 2 outputs", "VGP-400F-180", "90-140 kVA"),
    ]:
        ws2.append(list(r))
    for col, w in zip("ABCD", (28, 28, 28, 36)):
        ws2.column_dimensions[col].width = w
    wb.save(K / "voltaris-price-list-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# Running the VGP-EM90 mobile e-GPU: charging, runtime and cold weather

*Voltaris knowledge base, article KB-0217, updated April 2025*

The VGP-EM90 is a towable, battery-electric 400 Hz ground power unit for remote stands without a fixed unit. It
delivers the same 115/200 V 400 Hz output as the fixed VGP-400F-90 (90 kVA) from a 192 kWh lithium iron phosphate
(LFP) battery, of which 176 kWh is usable. It weighs 2,950 kg and comes with an integrated 10 m 400 Hz output cable
on a cable rack. Noise at 1 m is 58 dB(A) at full load (cooling fans only).

## Runtime

| Constant load | Approximate runtime from 100% |
|---|---|
| 90 kVA (72 kW) | 2.4 hours |
| 60 kVA | 3.6 hours |
| 40 kVA | 5.5 hours |
| 20 kVA | 10.5 hours |

A typical A320-family turnaround of 45 minutes draws 35-50 kVA. Plan charging so that the unit does not go below
20% state of charge: below 20% the output is limited to 45 kVA, and at 8% it switches off after a 5-minute warning
to the operator and, through the E/F interlock, to the aircraft.

## Charging

- **Standard on-board charger (22 kW AC)**: from a 400 V 32 A CEE socket, 20% to 100% in 7.5 hours. This is
  what the standard unit ships with.
- **Optional 50 kW DC fast-charge inlet (VGP-OPT-CHG50)**: 20% to 80% in about 2 hours 20 minutes from a CCS2
  charger; the last 20% always charges at 22 kW.
- Do not charge inside the aircraft refuelling safety zone: keep the unit at least 15 m from fuelling vents while
  plugged in.

## Cold weather

- At -20 °C the usable capacity drops by approximately 15%; at -30 °C by approximately 25%.
- When plugged in, the battery heater keeps the cells above +5 °C, drawing up to 3 kW.
- Below -25 °C the unit must be stored plugged in; unplugged storage for more than 12 hours at these temperatures
  voids the battery warranty.
- Operating range of the unit: -30 °C to +45 °C.

## Towing and parking

- Maximum towing speed 25 km/h on the apron, with the cable stowed on its rack.
- Parking brake engages automatically when the drawbar is raised.
- Turning circle 9.2 m; the drawbar suits standard baggage tractors with a 40 mm pin hitch.

## When to call Voltaris

Call the hotline if the state of charge drops by more than 3% per day while parked and unplugged, or if the
battery temperature warning appears while charging. Do not open the battery compartment: it is sealed, and
opening it voids the battery warranty.
"""


def make_md():
    (K / "em90-charging-runtime-faq.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("written:", sorted(p.name for p in K.iterdir()))
