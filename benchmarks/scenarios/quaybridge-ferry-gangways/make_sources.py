"""Generate the knowledge sources of the quaybridge-ferry-gangways scenario.

Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch --target folder)
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)


# --------------------------------------------------------------------------- PDF: technical specification
def make_pdf():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["BodyText"], fontSize=9.5, leading=12.5)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontSize=16)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontSize=12, spaceBefore=8)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11)

    doc = SimpleDocTemplate(str(K / "TG-24_Technical_Specification.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="TG-24 Telescopic Passenger Gangway - Technical Specification",
                            author="Quaybridge Marine Access B.V.")
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))
    P("TG-24 Telescopic Passenger Gangway - Technical Specification", h1)
    P("Document QB-TS-TG24, revision E, issued 2026-03-02. Quaybridge Marine Access B.V., Waalhaven Z.z. 48, "
      "3089 JH Rotterdam, The Netherlands. This specification applies to gangways ordered from 1 April 2026.")

    P("1. Scope and application", h2)
    P("The TG-24 is a shore-based telescopic passenger gangway for side-door boarding of ro-pax ferries and fast "
      "craft. It consists of a fixed rotunda (pedestal with slewing ring) on the quay, a two-section telescopic "
      "tunnel and a tilting boarding cab with a self-following transition lip. One TG-24 serves one vessel door at "
      "a time. Longer reach is available with the 3 m or 6 m extension section (see price list) or with the TG-30 model.")

    P("2. Main data", h2)
    rows = [
        ("Length, fully retracted", "16.5 m"),
        ("Length, fully extended", "24.0 m (telescopic stroke 7.5 m)"),
        ("Clear walkway width", "1,600 mm"),
        ("Clear internal height", "2,250 mm"),
        ("Cab door sill height range above quay level", "3.2 m to 9.8 m"),
        ("Vertical tide and freeboard compensation", "±2.8 m about mid-position"),
        ("Horizontal slew of tunnel", "±25°"),
        ("Transition lip", "hinged aluminium, 900 mm long, self-following ±150 mm"),
        ("Design crowd load on walkway", "5.0 kN/m²"),
        ("Point load", "4.5 kN on 100 x 100 mm"),
        ("Passenger flow capacity", "up to 1,800 passengers per hour (one direction, two lanes)"),
        ("Self-weight without canopy", "approx. 21.5 t; the canopy adds 2.1 t"),
        ("Snow load on canopy (parked)", "2.5 kN/m²"),
        ("Ambient temperature range", "-25 °C to +40 °C"),
        ("Design life of primary structure", "30 years with maintenance per the O&amp;M manual"),
    ]
    t = Table([[Paragraph("<b>Parameter</b>", cell), Paragraph("<b>Value</b>", cell)]] +
              [[Paragraph(a, cell), Paragraph(b, cell)] for a, b in rows], colWidths=[75 * mm, 95 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)

    P("3. Operating limits", h2)
    P("Passenger boarding is permitted up to a wind speed of 20 m/s (3-second gust measured at the cab "
      "anemometer). Above 20 m/s the PLC gives an alarm and the operator must withdraw the gangway to its stow "
      "position. When parked and locked in the stow position the gangway is designed to survive wind speeds of "
      "45 m/s. Crane lifting during installation has its own, lower limit (see the installation guide).")
    P("Walkway gradient in normal passenger operation is limited to 1:12 (8.3 %), which keeps the gangway "
      "accessible to wheelchair users. Up to 1:8 (12.5 %) is permitted for crew-only operation; the PLC then "
      "switches the wheelchair-access signal at the terminal entrance to red. Vessel heave of ±150 mm and roll of "
      "±1.5° are followed by the transition lip; larger motions trigger the auto-retract alarm.")

    P("4. Structure and materials", h2)
    P("Primary trusses in S355J2 steel, hot-dip galvanized to ISO 1461 (minimum 85 µm) and overcoated with an "
      "ISO 12944 C5 high-durability paint system. Execution to EN 1090-2, execution class EXC3; aluminium parts to "
      "EN 1090-3. Walkway floor: extruded aluminium planks 6082-T6 with grit anti-slip coating, slip-resistance "
      "class R11; a studded rubber floor covering can be fitted instead. Side walls: laminated safety glass 8.8.2 "
      "in aluminium frames. Wall and floor materials are non-combustible, reaction-to-fire class A2-s1,d0. "
      "Handrails on both sides at 900 mm and 1,000 mm height; kick plates 150 mm. The cab provides a turning "
      "circle of 1,500 mm diameter for wheelchairs.")

    P("5. Drives and hydraulics", h2)
    P("Luffing and cab tilt are driven by two double-acting hydraulic cylinders supplied by a hydraulic power unit "
      "(HPU) in a stainless-steel cabinet at the rotunda. Standard unit QB-HPU-15R: 15 kW, duty and standby pump "
      "with automatic changeover, 160 litre reservoir, working pressure 180 bar, oil HLP 46 (mineral) or HEES 46 "
      "(biodegradable). Telescoping is by electric rack-and-pinion drive, 2 x 4.0 kW, at 0.3 m/s. Deployment time "
      "from stow position to door contact is approx. 90 seconds with the 15 kW unit and approx. 60 seconds with the "
      "22 kW unit QB-HPU-22R, which is required when the 6 m extension section is fitted.")
    P("Emergency retraction: on loss of mains power the gangway can be retracted clear of the vessel within "
      "3 minutes using the UPS-backed control circuit and the manual hand pump at the rotunda. Noise level is below "
      "70 dB(A) at 1 m from the HPU cabinet.")

    P("6. Controls", h2)
    P("Siemens S7-1500 PLC with a 12-inch touch panel in the cab and a key-switch panel at the rotunda. The "
      "auto-level and tide-tracking option QB-ALC-P2 keeps the cab sill within ±20 mm of the vessel door sill during "
      "loading without operator input; without it the operator re-levels manually whenever the level alarm sounds. "
      "Emergency stop buttons are fitted at the cab, the rotunda and the quay-side pedestal. Remote diagnostics run "
      "through a 4G router (SIM card provided by the customer) and feed Quaybridge remote monitoring.")

    P("7. Electrical", h2)
    P("Supply 400 V, 3-phase, 50 Hz, 63 A per gangway, TN-S earthing. Electrical cabinets are stainless steel, "
      "protection class IP66. LED walkway lighting gives 150 lux average at floor level; emergency lighting gives "
      "50 lux for 60 minutes. The optional heated walkway QB-OPT-HTW adds an 18 kW load and needs a separate "
      "32 A supply.")

    P("8. Compliance and documents", h2)
    P("CE marked under the Machinery Directive 2006/42/EC. Each gangway receives a DNV design verification "
      "statement and a load test report at commissioning. The O&amp;M manual is supplied in English and Norwegian. "
      "Quaybridge reserves the right to make technical changes that do not reduce performance.")
    doc.build(s)


# --------------------------------------------------------------------------- DOCX: service schedule
def make_docx():
    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Schedule S-2: Service and Maintenance Levels (Silver and Gold)", 0)
    d.add_paragraph("Quaybridge Marine Access B.V. - applies to TG-series and FG-series passenger gangways. "
                    "Revision 2026-01. This schedule forms part of every Quaybridge service agreement.")

    d.add_heading("1. Service levels at a glance", 1)
    rows = [
        ("Item", "Silver", "Gold"),
        ("Preventive maintenance visits per year", "1", "2 (spring and autumn)"),
        ("Remote monitoring", "Business hours, Mon-Fri 08:00-17:00 CET", "24/7, including the emergency hotline"),
        ("On-site response to a critical fault (gangway out of service)", "Next business day",
         "4 hours for sites within 80 km road distance of a Quaybridge service hub; 12 hours for island sites "
         "or any site reached by ferry or boat"),
        ("Corrective labour and travel", "Charged at EUR 118 per hour plus travel", "Included"),
        ("Spare parts for corrective work", "List price less 10%",
         "Included up to EUR 6,000 per gangway per contract year; above that, list price less 15%"),
        ("Hydraulic oil analysis", "Once a year", "Twice a year"),
        ("Annual thorough examination and 110% proof-load certificate", "Included", "Included"),
        ("Availability guarantee", "None", "99.0% per contract year"),
        ("Annual fee per gangway (2026 list price)", "EUR 8,900", "EUR 14,800"),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v

    d.add_heading("2. Service hubs and response times", 1)
    d.add_paragraph("Quaybridge runs service hubs in Rotterdam (NL), Bergen (NO) and Gdansk (PL). Response time "
                    "is measured from the moment the fault is logged with the 24/7 hotline (+31 10 555 0199) to "
                    "the arrival of a technician on site. For island sites the 12 hours assume that the scheduled "
                    "ferry runs; if the crossing is cancelled because of weather, the clock stops until the next "
                    "departure. Non-critical faults (gangway still usable) are attended at the next preventive "
                    "visit or within 5 business days, whichever is earlier.")

    d.add_heading("3. Preventive visits", 1)
    d.add_paragraph("Spring visit: full hydraulic check, inspection of cylinder seals, backlash measurement of the "
                    "telescoping drive, greasing of the transition-lip hinge, PLC program backup and an emergency "
                    "retraction drill with the customer's operators. Autumn visit (Gold only): winterisation, check "
                    "of walkway heating where fitted, anemometer calibration and a second oil sample. Visits are "
                    "scheduled at least 4 weeks ahead and outside the customer's timetabled departures where possible.")

    d.add_heading("4. Availability guarantee (Gold)", 1)
    d.add_paragraph("Availability is measured over the customer's scheduled sailing hours in each contract year. "
                    "Downtime caused by the exclusions in section 6 and planned maintenance agreed in advance does "
                    "not count. For each 0.5 percentage point (or part of it) below 99.0%, Quaybridge grants a "
                    "service credit of 2% of the annual fee for the affected gangway, capped at 20% of that annual "
                    "fee. Credits are set off against the next annual invoice.")

    d.add_heading("5. Hydraulic oil change", 1)
    d.add_paragraph("An oil change is recommended every 4 years, or earlier when the oil analysis shows it. It is "
                    "not included in either service level and is charged at a fixed price per HPU, including "
                    "disposal of the old oil:")
    d.add_paragraph("Mineral oil HLP 46: EUR 640 per HPU.", style="List Bullet")
    d.add_paragraph("Biodegradable oil HEES 46: EUR 1,180 per HPU (recommended where the terminal lies in protected "
                    "waters or the port requires environmentally acceptable lubricants).", style="List Bullet")

    d.add_heading("6. Exclusions", 1)
    d.add_paragraph("Not covered by Silver or Gold: damage from vessel contact or impact; operation above the wind "
                    "limit stated in the technical specification; vandalism; use of non-approved hydraulic oil or "
                    "non-genuine parts; wear items (floor coverings, fender rubbers, wiper seals, lamps); civil "
                    "works; and the customer's power supply and 4G connection.")

    d.add_heading("7. Term, invoicing and price adjustment", 1)
    d.add_paragraph("The minimum term is 3 years from the acceptance certificate. Thereafter the agreement renews "
                    "for one year at a time unless either party terminates it with 6 months' written notice before "
                    "the anniversary. The annual fee is invoiced yearly in advance. The fee is fixed for the first "
                    "contract year; on each anniversary it is adjusted by the change in the Eurostat HICP (euro "
                    "area) over the previous 12 months, capped at 4% per year. A customer may upgrade from Silver to "
                    "Gold at any anniversary; a downgrade from Gold to Silver is possible only at the end of the "
                    "minimum term.")
    d.save(K / "Service_Schedule_Silver_Gold.docx")


# --------------------------------------------------------------------------- XLSX: price list and spare parts
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2026"
    ws.append(["Quaybridge Marine Access - Price List 2026 (EUR, excl. VAT, valid 1 Jan - 31 Dec 2026)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    hdr = ["SKU", "Description", "Unit", "List price (EUR)", "Lead time (weeks)", "Notes"]
    ws.append(hdr)
    rows = [
        ("QB-TG24-TC", "TG-24 telescopic passenger gangway 16.5-24.0 m, tilting cab, transition lip", "each", 486000, 32, "HPU and controls ordered separately"),
        ("QB-TG30-TC", "TG-30 telescopic passenger gangway 21.0-30.0 m, tilting cab, transition lip", "each", 562000, 36, "Requires QB-HPU-22R"),
        ("QB-FG18", "FG-18 fixed-length luffing gangway 18 m, no telescope", "each", 298000, 26, "For berths with one vessel type only"),
        ("QB-EXT-3", "Extension section 3 m for TG-24 (max. reach 27.0 m)", "each", 41800, 20, "Works with QB-HPU-15R"),
        ("QB-EXT-6", "Extension section 6 m for TG-24 (max. reach 30.0 m)", "each", 76500, 24, "Requires QB-HPU-22R"),
        ("QB-HPU-15R", "Hydraulic power unit 15 kW, duty/standby pumps, stainless cabinet", "each", 38400, 14, "Standard for TG-24"),
        ("QB-HPU-22R", "Hydraulic power unit 22 kW, duty/standby pumps, stainless cabinet", "each", 46900, 16, "Deployment approx. 60 s"),
        ("QB-ALC-P2", "Auto-level and tide-tracking control package (PLC)", "each", 27900, 10, ""),
        ("QB-CNP-24", "Weather canopy with LED lighting, 24 m", "each", 19650, 12, ""),
        ("QB-OPT-HTW", "Heated walkway (de-icing), 24 m, 18 kW", "each", 23400, 12, "Separate 32 A supply"),
        ("QB-OPT-CCTV", "CCTV pack, 4 cameras with recorder", "each", 6850, 6, ""),
        ("QB-FLR-ALU", "Replacement floor planks, aluminium grit-coated, set for 24 m", "set", 14300, 8, "Wear item"),
        ("QB-FLR-RUB", "Replacement floor covering, studded rubber mat, set for 24 m", "set", 5900, 4, "Wear item"),
        ("QB-INS-COM", "Installation, commissioning and 125% load test, per gangway", "each", 42500, None, "Scheduled after delivery"),
        ("QB-TRN-OP", "Operator training, 1 day, up to 8 participants", "course", 2150, None, "On site after commissioning"),
        ("QB-TRN-MT", "Maintenance technician training, 3 days, up to 6 participants", "course", 7400, None, "Rotterdam or on site"),
        ("QB-SVC-SLV", "Silver service agreement, per gangway per year", "year", 8900, None, "Minimum term 3 years"),
        ("QB-SVC-GLD", "Gold service agreement, per gangway per year", "year", 14800, None, "Minimum term 3 years"),
        ("QB-SPK-CRT", "Critical spares kit (contents: see sheet Spare parts)", "kit", 11200, None, "Ex stock Rotterdam, delivered within 2 weeks"),
        ("QB-SPK-EXT", "Extended spares kit (critical kit plus major components)", "kit", 24600, 6, "Recommended for island terminals"),
    ]
    for r in rows:
        ws.append(list(r))
    for c in ws[3]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDE6F0")
    for row in ws.iter_rows(min_row=4, min_col=4, max_col=4):
        for c in row:
            c.number_format = "#,##0"
    for col, w in zip("ABCDEF", (14, 66, 8, 16, 17, 40)):
        ws.column_dimensions[col].width = w

    sp = wb.create_sheet("Spare parts")
    sp.append(["Spare parts and kits - 2026 (EUR, excl. VAT)"])
    sp["A1"].font = Font(bold=True, size=13)
    sp.append([])
    sp.append(["Part no", "Description", "Unit price (EUR)", "Stock status", "Qty in critical kit", "Qty in extended kit"])
    parts = [
        ("SP-1102", "Luffing cylinder seal kit", 480, "Ex stock", 2, 2),
        ("SP-1110", "Cab tilt cylinder, complete", 4600, "6 weeks", 0, 1),
        ("SP-1205", "Telescoping pinion and rack segment", 3950, "5 weeks", 0, 1),
        ("SP-2210", "Cab bumper fender, rubber", 1240, "Ex stock", 2, 2),
        ("SP-2300", "Transition lip hinge pin set", 920, "Ex stock", 1, 1),
        ("SP-3305", "Limit switch set (telescope and slew)", 365, "Ex stock", 1, 1),
        ("SP-4401", "Hydraulic filter element", 92, "Ex stock", 4, 4),
        ("SP-5120", "Emergency hand pump", 2380, "Ex stock", 1, 1),
        ("SP-5200", "Proportional valve, luffing circuit", 2150, "3 weeks", 0, 1),
        ("SP-6008", "PLC I/O module", 1150, "Ex stock", 1, 1),
        ("SP-6010", "12-inch cab touch panel", 2840, "4 weeks", 0, 1),
        ("SP-7002", "LED walkway luminaire", 210, "Ex stock", 4, 4),
        ("SP-8100", "Pump/motor coupling", 1460, "Ex stock", 1, 1),
        ("SP-9001", "Cab anemometer", 1380, "Ex stock", 1, 1),
    ]
    for p in parts:
        sp.append(list(p))
    sp.append([])
    sp.append(["Note", "Kit prices are about 9% below the sum of the individual parts. Unused parts may be returned within 60 days (15% restocking fee); kits cannot be returned once the seal is broken."])
    for c in sp[3]:
        c.font = Font(bold=True)
    for col, w in zip("ABCDEF", (10, 40, 16, 14, 18, 18)):
        sp.column_dimensions[col].width = w

    mc = wb.create_sheet("Model comparison")
    mc.append(["Gangway model comparison"])
    mc["A1"].font = Font(bold=True, size=13)
    mc.append([])
    mc.append(["Parameter", "TG-24", "TG-30", "FG-18"])
    for r in [
        ("Reach (m)", "16.5-24.0", "21.0-30.0", "18.0 fixed"),
        ("Clear walkway width (mm)", 1600, 1600, 1400),
        ("Max. gradient, passenger operation", "1:12", "1:12", "1:10"),
        ("Passenger flow (per hour)", 1800, 1800, 1200),
        ("Self-weight without canopy (t)", 21.5, 27.8, 14.2),
        ("Standard HPU", "QB-HPU-15R", "QB-HPU-22R", "QB-HPU-15R"),
        ("Power supply", "400 V / 63 A", "400 V / 80 A", "400 V / 63 A"),
    ]:
        mc.append(list(r))
    for c in mc[3]:
        c.font = Font(bold=True)
    mc.column_dimensions["A"].width = 36
    wb.save(K / "Quaybridge_Price_List_2026.xlsx")


# --------------------------------------------------------------------------- Markdown KB article
MD = """# Gangway installation and commissioning: what the terminal must prepare

*Quaybridge knowledge base - article KB-INS-07, updated 2026-02-10. Applies to TG-24, TG-30 and FG-18 gangways.*

## 1. Who does what

Quaybridge supplies, delivers, erects and commissions the gangway, its hydraulic power unit and controls, and
provides the mobile crane and the erection crew. The customer is responsible for the civil works, the power supply,
access permits for the quay and the vessel time needed for berthing trials.

## 2. Foundations

The customer designs and builds the rotunda foundation (pile cap or reinforced quay slab). Quaybridge issues the
characteristic design loads no later than 12 weeks before delivery. Indicative loads for a TG-24 at the rotunda:

| Load | Value |
|---|---|
| Vertical | 420 kN |
| Horizontal | 95 kN |
| Overturning moment | 1,150 kNm |

The anchor bolts are 12 x M36, grade 8.8, cast in with a template that Quaybridge sends 6 weeks before installation.
The front wheel bogie runs on the quay surface, which must be level within 30 mm over the travel path.

## 3. Power, data and site

- A 400 V, 63 A supply must be brought to within 5 m of the rotunda before the erection crew arrives; the heated
  walkway option needs an extra 32 A circuit.
- 4G mobile coverage at the rotunda, or a wired Ethernet connection, for remote monitoring.
- A hardstanding laydown area of 30 m x 8 m for pre-assembly, and a crane pad for a 200 t mobile crane with a
  bearing capacity of at least 250 kN/m².

## 4. Programme on site

On-site installation takes 10 working days per gangway, followed by 3 working days of commissioning and load
testing. With one crew, two gangways are installed one after the other; a second crew to install both in parallel
can be quoted separately. Crane lifts are suspended when the wind exceeds 12 m/s; weather days extend the programme
and are not charged to the customer for the first 3 days per gangway.

## 5. Load test and berthing trials

- Static proof load of 125% of the design crowd load (6.25 kN/m²), applied with water bags for 60 minutes, with
  deflection measured before and after.
- Functional tests of all drives, the auto-level function, all emergency stops and the emergency retraction.
- At least 3 berthing trials with each vessel that will use the gangway. The customer provides two vessel slots of
  4 hours each per gangway.

When all tests are passed, both parties sign the acceptance certificate. The warranty period and any service
agreement start on that date. Open punch-list items that do not affect safe operation do not block acceptance.

## 6. Training

- **Operator course (QB-TRN-OP):** 1 day on site after commissioning, up to 8 participants; covers normal docking,
  the auto-level function, wind alarms and an emergency retraction drill. Taught in English, Norwegian, German or
  Dutch. Certificates are valid for 3 years.
- **Maintenance technician course (QB-TRN-MT):** 3 days in Rotterdam or on site, up to 6 participants.

## 7. Documents handed over

O&M manual (English and Norwegian), as-built drawings, EC declaration of conformity, load test report and the DNV
design verification statement.
"""

# --------------------------------------------------------------------------- HTML page
HTML = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Warranty &amp; Delivery Terms | Quaybridge Marine Access</title></head>
<body>
<header><p>Quaybridge Marine Access B.V. &middot; Terms &middot; Warranty &amp; Delivery Terms (rev. 2026-03)</p></header>
<main>
<h1>Warranty &amp; Delivery Terms</h1>
<p>These terms apply to passenger gangways, options and spare parts supplied by Quaybridge Marine Access B.V.
unless the quote states otherwise.</p>

<h2>1. Warranty periods</h2>
<table border="1">
<tr><th>Scope</th><th>Warranty</th></tr>
<tr><td>Gangway, hydraulic and electrical components (standard warranty)</td><td>24 months from the date of the acceptance certificate, but ending no later than 30 months after delivery to site, whichever comes first</td></tr>
<tr><td>Galvanized steel primary structure: perforation by corrosion</td><td>10 years, provided the paint system is inspected every year and touched up as described in the O&amp;M manual</td></tr>
<tr><td>Wear parts (floor coverings, fender rubbers, wiper seals, lamps)</td><td>6 months</td></tr>
<tr><td>Spare parts bought separately</td><td>12 months from delivery</td></tr>
</table>
<p>Under warranty Quaybridge repairs or replaces the defective part at its choice, including labour and travel to
the named terminal. The warranty does not cover damage from vessel contact, operation outside the limits of the
technical specification, non-genuine parts or hydraulic oil that does not meet the specification.</p>

<h2>2. Delivery</h2>
<p>Delivery is DAP the named terminal (Incoterms 2020). Lead times run from the later of the order confirmation and
the customer's approval of the general arrangement drawings; the customer approves or comments within 10 working
days of receipt. Partial deliveries are allowed. Risk passes on delivery; title passes on full payment.</p>

<h2>3. Late delivery</h2>
<p>If delivery is late for reasons attributable to Quaybridge, and after a grace period of one week, the customer is
entitled to liquidated damages of 0.5% of the value of the delayed item for each full week of delay, capped at 5% of
that value.</p>

<h2>4. Payment</h2>
<p>Unless the quote states otherwise: 30% with order, 50% on delivery to site and 20% on the acceptance
certificate. Invoices are payable 30 days net. Late payments bear interest at 8 percentage points above the ECB
main refinancing rate.</p>

<h2>5. Returns of spare parts</h2>
<p>Unused spare parts in their original packaging may be returned within 60 days of delivery, subject to a 15%
restocking fee. Kits cannot be returned once the seal is broken.</p>
</main>
<footer><p>Quaybridge Marine Access B.V., Waalhaven Z.z. 48, 3089 JH Rotterdam. Chamber of Commerce 24098871.</p></footer>
</body>
</html>
"""


if __name__ == "__main__":
    make_pdf()
    make_docx()
    make_xlsx()
    (K / "installation-and-commissioning.md").write_text(MD, encoding="utf-8")
    (K / "warranty-delivery-terms.html").write_text(HTML, encoding="utf-8")
    print("written:", sorted(p.name for p in K.iterdir()))
