"""Generate the knowledge sources of the halotrack-studio-grids scenario.

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch --target folder)
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

K = Path(__file__).parent / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: statement of work
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Statement of Work SOW-HT-0417 - Studio B lighting grid refit", 0)
    d.add_paragraph(
        "Seller: HaloTrack Studio Systems B.V., Eindhoven. Client: Studios Belvaux NV, Brussels. "
        "Scope: strip-out of the existing fixed barrel grid in Studio B, supply and installation of a 16 x 12 m "
        "aluminium track grid with 24 MH250-D8 point hoists, 36 PG42-40 pantographs, 72 LED fixtures and a "
        "GridCommand Pro control system, followed by load testing, commissioning and operator training.")
    d.add_heading("1. Programme", level=1)
    d.add_paragraph(
        "The on-site works take 15 working days in three phases. Studio B cannot be used for production "
        "during the whole on-site period; the control room and dimmer room remain usable from day 4 onwards.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Phase", "Duration", "Content"]):
        c.text = h
    for row in [
        ("1. Strip-out", "3 working days", "Removal of the existing barrel grid and the 44 tungsten fixtures; "
         "WEEE disposal of the fixtures with a certificate of destruction"),
        ("2. Installation", "9 working days", "Track grid, hoists, pantographs, fixtures, cabling to the grid "
         "distribution boards, GridCommand Pro"),
        ("3. Load test & commissioning", "2 working days", "Static and dynamic load tests, axis set-up, "
         "soft limits, site acceptance test (SAT)"),
        ("4. Training", "1 working day", "Operator training for up to 8 persons, on site"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph(
        "Lead times run from receipt of the purchase order: 8-10 weeks for hoists and pantographs, 6 weeks for "
        "LED fixtures, 4 weeks for the track grid. The on-site start date is fixed once the structural survey "
        "(section 3) has been accepted by HaloTrack.")
    d.add_heading("2. Working hours and surcharges", level=1)
    d.add_paragraph(
        "Standard working hours are 07:00-19:00, Monday to Friday, excluding Belgian public holidays. Work on "
        "Saturdays or Sundays carries a surcharge of 35% on the installation labour for the days concerned; "
        "night work (19:00-07:00) carries a surcharge of 50%. Surcharges apply only when requested in writing "
        "by the client and are invoiced separately from the fixed installation price.")
    d.add_heading("3. Client responsibilities", level=1)
    for s in [
        "Structural survey of the roof steel by the client's structural engineer before the order is confirmed. "
        "HaloTrack supplies the load schedule (point loads per hanging point and dynamic factors) within 5 working "
        "days of the order.",
        "Electrical supply: one 400 V three-phase supply of 63 A per grid distribution board (two boards for "
        "Studio B), terminated within 5 m of the board position, with an RCD-protected 230 V 16 A outlet for the "
        "controller rack.",
        "Studio floor cleared of sets, cameras and cabling, with floor loading of at least 500 kg/m2 for the "
        "mobile elevating work platforms (MEWPs).",
        "Access for a 7.5 t delivery vehicle to the scene dock between 07:00 and 10:00.",
        "A nominated client contact on site with authority to sign daily work sheets.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph(
        "If the studio is not available on the agreed start date, or works are stopped for reasons attributable to "
        "the client, a standby charge of EUR 1,480 per crew day applies. The crew comprises four riggers, one "
        "electrical engineer and a project manager who is on site on days 1, 4, 13 and 15.")
    d.add_heading("4. Exclusions", level=1)
    d.add_paragraph(
        "Not included: builder's work and fire-stopping, cable containment beyond the grid structure, asbestos "
        "survey or removal, modifications to the roof steel, programming of the client's lighting console, "
        "and any work in Studio A or Studio C.")
    d.add_heading("5. Acceptance and documentation", level=1)
    d.add_paragraph(
        "Completion is certified by a site acceptance test (SAT) signed by both parties. Punch-list items that do "
        "not prevent use of the studio do not delay the SAT and are closed within 10 working days. HaloTrack hands "
        "over the operation and maintenance (O&M) manual, as-built drawings and the load test certificates within "
        "20 working days after the SAT. The 12-month thorough examination cycle starts on the SAT date.")
    d.add_heading("6. Training", level=1)
    d.add_paragraph(
        "The one-day operator training covers grid presets, group moves, emergency stop recovery and daily "
        "pre-use checks. Each additional training day (up to 8 persons) is charged at EUR 1,150. Engineer-level "
        "training (fault finding, load cell calibration checks) is a two-day course at our Eindhoven training "
        "centre at EUR 890 per person.")
    d.add_heading("7. Site protection", level=1)
    d.add_paragraph(
        "HaloTrack covers the studio floor with 3 mm hardboard along all MEWP routes and removes it at the end of "
        "phase 3. Cyclorama cloths and curtains remain in place and are covered with dust sheets.")
    d.save(K / "statement-of-work-studio-b.docx")


# ---------------------------------------------------------------- PDF: technical & safety data sheet
def make_pdf():
    st = getSampleStyleSheet()
    body = st["BodyText"]
    body.fontSize = 9
    body.leading = 11.5
    story = [Paragraph("HaloTrack technical and safety data sheet HT-TDS-0312 rev C", st["Title"]),
             Paragraph("MH250-D8 motorised point hoist and PG42-40 motorised pantograph", st["Heading2"]),
             Paragraph(
                 "This sheet states the rated performance of the two motorised axes used in HaloTrack studio grids. "
                 "All figures are measured at 20 C ambient and nominal supply voltage. Neither product may be used "
                 "to lift persons.", body),
             Spacer(1, 4 * mm)]
    rows = [
        ["Characteristic", "MH250-D8 point hoist", "PG42-40 pantograph"],
        ["Safe working load (SWL)", "250 kg", "40 kg"],
        ["Travel", "12 m of wire rope", "4.2 m stroke (retracted height 0.55 m)"],
        ["Lifting speed", "0.15 m/s fixed; 0.01-0.30 m/s with VS licence", "0.20 m/s fixed"],
        ["Noise during travel (1 m)", "38 dB(A)", "32 dB(A)"],
        ["Supply", "400 V 3-phase, 0.75 kW", "230 V single-phase, 120 W"],
        ["Weight", "68 kg", "24 kg"],
        ["Suspension medium", "6 mm galvanised wire rope, MBL 26.5 kN", "Scissor arms, brake motor"],
        ["Brakes", "Two independent holding brakes", "One holding brake + spring balance"],
        ["Positioning accuracy", "+/- 2 mm", "+/- 5 mm"],
        ["Duty cycle", "S3 40% ED", "S3 25% ED"],
        ["Ingress protection", "IP20 (indoor)", "IP20 (indoor)"],
        ["Through-feeds", "-", "4 power circuits + 5-pin DMX"],
    ]
    tb = Table(rows, colWidths=[48 * mm, 62 * mm, 62 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    story += [tb, Spacer(1, 4 * mm)]
    for h, txt in [
        ("1. Design category",
         "The MH250-D8 is built to the D8 Plus category of DGUV Vorschrift 17/18: with its two independent holding "
         "brakes it may hold a load above persons when stationary without secondary suspension. Moving a load "
         "above persons is only permitted when the area under the axis has been checked by the operator. The "
         "wire rope has a design factor of 10:1 against the SWL."),
        ("2. Load monitoring",
         "Each MH250-D8 has an integrated load cell. The hoist stops and locks out when the load exceeds 110% of "
         "SWL (275 kg). A slack-rope condition is detected when the load falls below 5 kg and stops downward travel. "
         "Load values are shown per axis on GridCommand Pro with a resolution of 0.5 kg. The PG42-40 has current-based "
         "overload detection only and stops at 48 kg."),
        ("3. Limits",
         "The hoist has four position limits: two operational limits (top and bottom) and two ultimate limits that "
         "cut the motor supply directly. Soft limits set in GridCommand Pro act before the operational limits."),
        ("4. Load tests at commissioning",
         "Every hoist is statically tested at 125% of SWL (312.5 kg) for 10 minutes and dynamically tested at 110% "
         "of SWL over the full travel. Pantographs are dynamically tested at 110% of SWL. Results are recorded on "
         "the load test certificate handed over with the O&M manual."),
        ("5. Periodic inspection",
         "A thorough examination by a competent person is required at least every 12 months, and after any "
         "overload event, ultimate-limit trip or relocation of the axis. Wire ropes are replaced when any "
         "discard criterion of ISO 4309 is reached and in any case after 8 years."),
        ("6. Emergency stop",
         "Emergency stops on the touchscreen and on each pendant act as stop category 0 on all axes. The motion "
         "safety functions of GridCommand Pro reach PL d according to EN ISO 13849-1. On loss of supply all brakes "
         "engage and the axes hold their position."),
        ("7. Grid loading",
         "The HaloTrack aluminium track has a design distributed load of 50 kg/m2. Hanging points are spaced at no "
         "more than 1.2 m. Point loads above 300 kg on a single hanging point require a separate calculation by "
         "the client's structural engineer."),
    ]:
        story += [Paragraph(h, st["Heading4"]), Paragraph(txt, body)]
    SimpleDocTemplate(str(K / "hoist-pantograph-technical-data.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm,
                      bottomMargin=15 * mm).build(story)


# ---------------------------------------------------------------- XLSX: product & price list
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)

    def sheet(ws, title, header, rows):
        ws.append([title])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append(header)
        for c in ws[2]:
            c.font = bold
        for r in rows:
            ws.append(r)
        for col in ws.columns:
            ws.column_dimensions[col[1].column_letter].width = 22

    ws = wb.active
    ws.title = "LED fixtures"
    sheet(ws, "HaloTrack 2025 product & price list - LED fixtures (EUR, excl. VAT)",
          ["SKU", "Product", "Power (W)", "CCT range", "CRI", "TLCI", "Illuminance at 3 m (lux)",
           "Beam", "Weight (kg)", "Cooling / noise", "DMX modes (channels)", "List price EUR"],
          [["HT-LF300-BC", "LED Fresnel 300 W bi-colour", 300, "2700-6500 K", 96, 97,
            "4,850 spot / 1,120 flood", "Zoom 15-55 deg", 9.8, "Fan, silent mode below 20 dB(A)", "4 / 8 / 12", 1690],
           ["HT-LF150-BC", "LED Fresnel 150 W bi-colour", 150, "2700-6500 K", 96, 96,
            "2,300 spot / 540 flood", "Zoom 15-55 deg", 6.1, "Fanless, 0 dB(A)", "4 / 8", 1190],
           ["HT-SP200-FC", "LED soft panel 200 W full-colour", 200, "1800-10000 K + RGB", 95, 96,
            "1,650", "110 deg (60 deg with honeycomb)", 7.2, "Fanless, 0 dB(A)", "10 / 16 / 22", 2310],
           ["HT-CY400-FC", "LED cyclorama light 400 W full-colour", 400, "1800-10000 K + RGB", 94, 95,
            "n/a (asymmetric)", "Asymmetric cyc reflector", 11.4, "Fan, silent mode below 22 dB(A)", "8 / 14 / 24",
            2450]])
    ws.append([])
    ws.append(["All fixtures: 100-240 V AC, powerCON TRUE1 in/out, 5-pin DMX in/out, RDM (E1.20), 0-100% dimming "
               "without flicker at camera shutter speeds up to 1/2000 s."])

    ws = wb.create_sheet("Rigging & control")
    sheet(ws, "HaloTrack 2025 product & price list - rigging and control (EUR, excl. VAT)",
          ["SKU", "Product", "SWL / capacity", "Speed", "Weight (kg)", "Unit", "List price EUR"],
          [["HT-MH250-D8", "Motorised point hoist 250 kg, D8 Plus, load cell", "250 kg", "0.15 m/s", 68, "each", 3850],
           ["HT-MH500-D8", "Motorised point hoist 500 kg, D8 Plus, load cell", "500 kg", "0.10 m/s", 94, "each", 5950],
           ["HT-PG42-40", "Motorised pantograph, 4.2 m stroke", "40 kg", "0.20 m/s", 24, "each", 2140],
           ["HT-PG60-60", "Motorised pantograph, 6.0 m stroke", "60 kg", "0.18 m/s", 31, "each", 3180],
           ["HT-MTR", "Motorised trolley for pantograph", "60 kg", "0.25 m/s", 9, "each", 1240],
           ["HT-TG-ALU", "Aluminium track grid, supplied & fixed", "50 kg/m2", "-", 6.5, "per m2", 145],
           ["HT-GC-PRO", "GridCommand Pro control system", "up to 64 axes", "-", "-", "system", 18500],
           ["HT-GC-LITE", "GridCommand Lite control system", "up to 16 axes", "-", "-", "system", 9900]])

    ws = wb.create_sheet("Spares & options")
    sheet(ws, "HaloTrack 2025 spares & options (EUR, excl. VAT)",
          ["SKU", "Item", "Fits", "Unit", "List price EUR"],
          [["HT-BD-LF300", "Barn doors, 8 leaf", "HT-LF300-BC", "each", 145],
           ["HT-HC-SP200", "Honeycomb grid 60 deg", "HT-SP200-FC", "each", 95],
           ["HT-WR-12", "Spare wire rope assembly 12 m", "HT-MH250-D8", "each", 210],
           ["HT-PEN-W", "Additional wired pendant", "HT-GC-PRO / HT-GC-LITE", "each", 1350],
           ["HT-VS-LIC", "Variable-speed licence (per axis)", "HT-MH250-D8, HT-MH500-D8", "per axis", 180],
           ["HT-SB-6", "Safety bond 6 mm, 60 cm, 60 kg rated", "all fixtures", "each", 18],
           ["HT-DS-8", "DMX/RDM splitter, 8-way", "all fixtures", "each", 640]])
    ws.append([])
    ws.append(["Spares ordered under a Silver or Gold service plan receive the plan discount on these list prices."])
    wb.save(K / "halotrack-price-list-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# Warranty, service plans and spare parts

This article applies to HaloTrack studio grids delivered from 1 January 2025.

## Warranty

| Equipment | Warranty |
|---|---|
| Motorised hoists and pantographs | 3 years parts and labour from the SAT date |
| LED fixtures | 5 years on the LED engine; 2 years on drivers, fans and electronics |
| GridCommand Pro / Lite control systems | 2 years parts and labour |
| Wire ropes, safety bonds, hardboard and other wear parts | not covered |

The warranty on hoists and pantographs is conditional on the annual thorough examination being carried out by
HaloTrack or an approved partner. Damage from overload events, unauthorised firmware or modifications is excluded.

## Service plans

| | Bronze | Silver | Gold |
|---|---|---|---|
| Annual fee (list, up to 64 axes) | EUR 3,200 | EUR 5,400 | EUR 7,800 |
| Annual thorough examination | yes | yes | yes, with load-cell calibration |
| Preventive visits per year | 0 | 1 | 2 |
| Response to safety-critical faults | 2 business days | 8 business hours | 4-hour on-site response, 24/7 |
| Response to other faults | 3 business days | 2 business days | next business day |
| Remote diagnostics | no | yes | yes |
| Firmware updates | no | yes | yes |
| Discount on spares | 0% | 10% | 20% |
| Loan fixtures during repair | no | no | yes |

A safety-critical fault is any fault that stops an axis from moving or holding safely: brake, limit, load-cell or
emergency-stop faults. Response times run from the moment a ticket is logged on the service portal or by calling
the hotline on +31 40 820 5500.

If the Gold 4-hour on-site response is missed, 10% of that year's plan fee is credited against the next invoice,
up to a maximum of 30% per plan year. No other compensation applies to response times.

## Outside a plan

Call-outs outside a service plan are charged at EUR 195 per hour with a minimum of 3 hours, plus travel at
EUR 0.85 per km from Eindhoven. Thorough examinations outside a plan cost EUR 62 per axis, minimum EUR 1,100.

## Spare parts availability

HaloTrack keeps spare parts available for 10 years after the last production date of a hoist or pantograph model,
and for 7 years after the last production date of an LED fixture model. Standard spares are shipped the same day
when ordered before 14:00 CET.
"""

# ---------------------------------------------------------------- HTML page (served as URL)
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>GridCommand Pro - integration and control FAQ</title></head>
<body>
<h1>GridCommand Pro: integration and control FAQ</h1>
<p>GridCommand Pro is HaloTrack's control system for motorised studio grids: a 19-inch controller with a safety PLC,
a 15.6-inch touchscreen and wired pendants. It controls the motion of hoists and pantographs and can pass lighting
data to fixtures.</p>

<h2>How many axes can it control?</h2>
<p>GridCommand Pro controls up to 64 axes (hoists, pantographs and motorised trolleys count as one axis each).
GridCommand Lite controls up to 16 axes and cannot be upgraded to Pro. Up to 16 axes can move together in one
synchronised group move, held within +/- 5 mm of each other.</p>

<h2>Which lighting protocols are supported?</h2>
<p>For fixture control the controller has 4 DMX512-A universes in/out and supports sACN (E1.31) and Art-Net 4 on
its lighting network port. RDM (E1.20) is used to address and configure fixtures from the touchscreen.</p>

<h2>Can a lighting console move the grid?</h2>
<p>Hoist and pantograph motion runs on HaloTrack's own dual-channel SafeLink network, not on DMX. A lighting console
cannot start a motion directly. When an operator enables "remote recall" on the touchscreen, a console can call a
stored grid preset by OSC, but the move only runs while an operator holds the hold-to-run button on a pendant.
Tested consoles: ETC Eos family (v3.2 and later), grandMA3 (1.9 and later), Avolites Titan (v16 and later).</p>

<h2>Presets, users and zones</h2>
<ul>
<li>Up to 999 grid presets (stored positions of any set of axes) with names and thumbnails.</li>
<li>Three user levels: Operator, Supervisor and Engineer, with log-in by PIN or RFID badge.</li>
<li>Virtual zones prevent axes from entering areas such as camera cranes or the audience seating; soft limits are
set per axis by the Engineer level.</li>
<li>An event log keeps every move, overload and emergency stop for 5 years.</li>
</ul>

<h2>Network and remote access</h2>
<p>We recommend a separate VLAN for the lighting network. Remote diagnostics use an outbound VPN on port 443 that
the client can switch off at any time from the Engineer level. Firmware updates are released quarterly and are
installed remotely for customers on a Silver or Gold plan.</p>

<h2>What happens on a power cut?</h2>
<p>All axes stop and their brakes engage. The controller has a built-in UPS for 15 minutes so that positions and the
event log are saved and the system can be shut down cleanly.</p>
</body></html>
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "warranty-service-plans.md").write_text(KB, encoding="utf-8")
    (K / "gridcommand-integration-faq.html").write_text(HTML, encoding="utf-8")
    print("sources written to", K)
