"""Generate the four knowledge sources of the zenithra-dome-drives scenario.

Run with an interpreter that has python-docx and openpyxl, and reportlab on the path, e.g.
    PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
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


# --------------------------------------------------------------------------- DOCX: service plans & warranty
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Zenithra Dome Drives GmbH - Service Plans and Warranty Terms", 0)
    d.add_paragraph("Document ZDD-SW-2025, edition 3 (valid for orders placed from 1 January 2025). "
                    "These terms apply to all Zenithra azimuth drives, shutter drives, drive control cabinets, "
                    "contactless power transfer units, encoders and wear parts supplied and commissioned by "
                    "Zenithra Dome Drives GmbH, Graz, Austria.")

    d.add_heading("1. Warranty periods", 1)
    d.add_paragraph("The warranty period starts on the date the Site Acceptance Certificate (SAC) is signed, or 14 days "
                    "after commissioning if the customer has not signed the SAC by then, whichever is earlier.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for c, h in zip(t.rows[0].cells, ["Component", "Warranty", "Remarks"]):
        c.text = h
    rows = [
        ("AZ4 / AZ6 azimuth gearmotors and friction drive units", "36 months",
         "Covers gearbox, motor and friction wheel hub; friction wheel tyres are wear parts."),
        ("SHT-2L and SHT-UP shutter drives (brake motors, chain sprockets)", "24 months",
         "Brake linings are wear parts."),
        ("VFD-4P / VFD-6P drive control cabinets, DomeLink controller", "24 months",
         "Firmware updates free of charge during the warranty period."),
        ("IPT-600 contactless power transfer, ENC-ABS / ENC-INC encoders", "24 months", ""),
        ("Shutter battery bank (48 V LiFePO4)", "24 months",
         "Capacity guarantee: at least 80% of rated capacity at the end of the warranty period."),
        ("Wear parts: bogie wheel assemblies, friction wheel tyres, shutter chains, brake linings", "12 months",
         "12 months or 2,000 operating hours, whichever comes first."),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v

    d.add_heading("2. Warranty exclusions", 1)
    for s in [
        "Damage caused by rotating the dome at mean wind speeds above 60 km/h or by operating the shutter at mean "
        "wind speeds above 45 km/h (limits recorded in the DomeLink event log).",
        "Damage caused by opening the shutter with ice accretion on the shutter leaves that has not been cleared.",
        "Lightning damage, unless the ZDD-SPD surge protection set has been installed in the drive control cabinet.",
        "Faults resulting from a ring rail outside the tolerances in the Installation and Site Requirements Guide, "
        "where the deviation was documented in the survey report and not corrected by the customer.",
        "Modifications, repairs or firmware changes by third parties without Zenithra's written approval.",
        "Normal wear of wear parts beyond the periods in section 1.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("3. Service plans", 1)
    d.add_paragraph("Three annual service plans are offered. Prices are per dome and per year, excluding VAT. "
                    "A plan starts on the SAC date, runs for a minimum term of 12 months and renews automatically "
                    "for a further 12 months unless cancelled with 3 months' notice before the anniversary date. "
                    "Plan prices are indexed once a year on the anniversary, with an increase capped at 4% per year; "
                    "multi-year plans ordered and paid per year on the quote are also subject to this indexation "
                    "from the second year unless the quote states a fixed price.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Light Grid Accent 1"
    for c, h in zip(t.rows[0].cells, ["", "Bronze (ZDD-SVC-BRZ)", "Silver (ZDD-SVC-SLV)", "Gold (ZDD-SVC-GOLD)"]):
        c.text = h
    plan_rows = [
        ("Price per year", "EUR 1,650", "EUR 2,780", "EUR 3,950"),
        ("Preventive maintenance visits", "1 per year", "1 per year", "2 per year (spring and autumn)"),
        ("Support hotline", "Business hours (Mon-Fri 08:00-17:00 CET)", "Business hours",
         "24/7 hotline, 365 days"),
        ("Remote diagnosis response", "Next business day", "8 business hours", "4 hours"),
        ("On-site response, P1 fault", "Best effort, no guarantee", "Within 72 hours", "Within 24 hours"),
        ("On-site response, P2 fault", "Best effort", "Within 5 business days", "Within 48 hours"),
        ("Discount on spare parts", "none", "10%", "20%"),
        ("Loan VFD cabinet during repairs", "no", "no", "yes, loan unit shipped within 2 business days"),
        ("Labour and travel for fault visits", "charged", "labour included, travel charged",
         "included within 300 km of Graz"),
    ]
    for r in plan_rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v

    d.add_heading("4. Fault categories", 1)
    d.add_paragraph("P1: the shutter cannot be closed, or the dome is immobilised with the shutter open. "
                    "P2: the dome is immobilised with the shutter closed, or the shutter cannot be opened. "
                    "P3: any other fault, including degraded speed, encoder drift or nuisance alarms; P3 faults are "
                    "handled remotely or at the next scheduled preventive visit, at the latest within 10 business days. "
                    "Response times run from the moment the fault is reported by telephone to the hotline; faults "
                    "reported only by e-mail outside business hours are logged at 08:00 CET on the next business day.")
    d.add_paragraph("For sites more than 300 km by road from Graz, travel for Gold plan fault visits is charged at "
                    "EUR 0.85 per km beyond the first 300 km, and on-site response times are extended by 12 hours.")

    d.add_heading("5. Preventive visit content", 1)
    d.add_paragraph("Each preventive visit takes one technician one working day and includes: gearbox oil level and "
                    "leak check, friction wheel tyre wear measurement (replace below 6 mm remaining tread), bogie "
                    "wheel inspection and bearing greasing, shutter chain tension and lubrication, brake air gap "
                    "check, battery capacity test, encoder reference check, firmware update and a written report "
                    "within 10 business days. Parts used are invoiced at list price less the plan discount.")

    d.add_heading("6. Other conditions", 1)
    d.add_paragraph("Warranty claims must be reported within 30 days of the fault becoming apparent. Replaced parts "
                    "become the property of Zenithra. Questions of liability and compensation beyond the repair or "
                    "replacement of defective parts are governed exclusively by the individual supply contract and "
                    "are not covered by this document.")
    d.save(K / "Zenithra_Service_and_Warranty_Terms.docx")


# --------------------------------------------------------------------------- PDF: installation & site requirements
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9.5
    body.leading = 12.5
    h1, h2 = ss["Title"], ss["Heading2"]
    story = [Paragraph("Zenithra Dome Drives - Installation and Site Requirements Guide", h1),
             Paragraph("Document ZDD-IG-07, revision 2025-02. Applies to AZ4/AZ6 azimuth drives, SHT shutter drives, "
                       "VFD drive control cabinets, IPT-600 power transfer and ENC encoders.", body)]

    def sec(title, paras):
        story.append(Paragraph(title, h2))
        for p in paras:
            story.append(Paragraph(p, body))
            story.append(Spacer(1, 3))

    sec("1. Site survey", [
        "Every order is subject to a confirmed rail survey before production starts. The standard survey is remote: "
        "the customer sends photographs of the ring rail, bogies and shutter mechanism together with rail height "
        "readings at 24 equally spaced points, taken with a levelling instrument. An on-site survey by a Zenithra "
        "engineer takes one day and costs EUR 1,150 plus travel; this amount is credited against the order if the "
        "order is placed within 90 days of the survey.",
        "Lead times quoted in the price list run from receipt of order and the confirmed survey, whichever is later."])

    sec("2. Ring rail and structure", [
        "Ring rail flatness: ±2 mm over the full circumference. Maximum step at rail joints: 0.5 mm. Radial runout of "
        "the rail: ±3 mm. Where the survey shows larger deviations, the customer must have the rail shimmed or "
        "re-machined before installation; Zenithra can quote this work separately.",
        "The friction drive needs a vertical drive flange or rail web of at least 12 mm thickness along the full "
        "circumference. Bogie wheels are replaced in sets: all bogies on one ring must have the same tread material."])

    sec("3. Electrical and network requirements", [
        "Drive control cabinet VFD-4P: 400 V three-phase + N + PE, 50 Hz, on a dedicated 32 A C-curve circuit breaker "
        "with a 30 mA type B residual-current device. Earthing resistance must be below 10 ohms. The cabinet is wall "
        "mounted on the fixed part of the building, at most 25 m cable length from the furthest azimuth motor.",
        "Network: one Cat6 cable to the cabinet, with a static IPv4 address on the observatory network. No internet "
        "connection is required for operation; remote support uses an outbound VPN that the customer can switch off.",
        "Shutter power with IPT-600: the stationary coil is mounted on the fixed ring wall and needs a 230 V, 10 A "
        "supply; the rotating coil must be aligned with an air gap of 8 to 14 mm over the full circumference."])

    sec("4. Installation schedule and dome downtime", [
        "A combined AZ4 azimuth drive and SHT-2L shutter drive upgrade is installed by a two-technician crew in 5 "
        "working days: day 1 removal of old drives and rail check, day 2-3 azimuth motors, friction units and bogie "
        "wheels, day 4 shutter drive, battery bank and IPT-600, day 5 commissioning and acceptance test. The dome is "
        "out of service for 4 nights. An azimuth-only installation takes 3 working days.",
        "Shutter work at height requires wind below 30 km/h and no precipitation. If installation days are lost to "
        "weather, the first 2 lost days are not charged; further standby days are charged at 50% of the day rate.",
        "Customer responsibilities: free access to the dome from 07:00 to 19:00, a mobile elevating work platform "
        "(MEWP) or scaffold for the shutter work (Zenithra can rent one and invoice it at cost), a protective cover "
        "over the telescope and instruments, and a person authorised to switch the dome supply on and off.",
        "Old drives: Zenithra removes the old motors and gearboxes and takes them back for recycling free of charge "
        "up to 300 kg; above that, disposal is charged at EUR 0.40 per kg."])

    sec("5. Commissioning and acceptance", [
        "The acceptance test comprises 20 full azimuth rotations in each direction, 10 full shutter open/close "
        "cycles, a simulated mains failure with automatic shutter closing, a rain-input test where a rain kit is "
        "fitted, and a homing repeatability check within ±0.05° with the absolute encoder (±0.3° with the incremental "
        "encoder). The Site Acceptance Certificate (SAC) is signed on the last installation day; open punch-list "
        "items are listed on the SAC and must be closed within 20 business days."])

    sec("6. Maintenance intervals", [])
    data = [["Item", "Interval", "Who"],
            ["Azimuth gearbox oil change (synthetic PG 220)", "every 20,000 operating hours or 5 years", "Zenithra or trained staff"],
            ["Shutter chain cleaning and lubrication", "every 6 months", "customer or service visit"],
            ["Bogie wheel bearing greasing", "once a year", "service visit"],
            ["Friction wheel tyre check", "every 6 months", "customer (visual) / service visit (measure)"],
            ["Battery capacity test", "once a year", "service visit"],
            ["Rain sensor cleaning", "every 3 months", "customer"]]
    tb = Table(data, colWidths=[70 * mm, 55 * mm, 50 * mm])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story.append(tb)
    story.append(Spacer(1, 6))
    story.append(Paragraph("Manual emergency operation: the SHT-2L shutter can be closed with the hand crank supplied; "
                           "one person needs about 25 minutes to close both leaves by hand. The azimuth can be turned "
                           "by hand only after releasing all four motor brakes.", body))
    SimpleDocTemplate(str(K / "Zenithra_Installation_and_Site_Requirements.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                      title="Zenithra Installation and Site Requirements Guide").build(story)


# --------------------------------------------------------------------------- XLSX: price list & technical data
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2025"
    ws.append(["Zenithra Dome Drives GmbH - Price list 2025 (EUR, ex works Graz, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "List price (EUR)", "Unit", "Lead time", "Warranty", "Notes"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("ZDD-AZ4-0900", "AZ4 azimuth drive kit, domes 7-9.5 m, 4 x 0.55 kW gearmotors, friction drive", 29900, "kit", "12 weeks", "36 months", ""),
        ("ZDD-AZ4-1250", "AZ4 azimuth drive kit, domes 9.5-12.5 m, 4 x 0.75 kW gearmotors, friction drive", 38400, "kit", "14 weeks", "36 months", ""),
        ("ZDD-AZ6-1800", "AZ6 azimuth drive kit, domes 12.5-18 m, 6 x 1.1 kW gearmotors, friction drive", 61200, "kit", "18 weeks", "36 months", "requires VFD-6P"),
        ("ZDD-VFD-4P", "VFD-4P drive control cabinet, 4 motors, DomeLink controller", 9850, "pc", "8 weeks", "24 months", "for AZ4 kits"),
        ("ZDD-VFD-6P", "VFD-6P drive control cabinet, 6 motors, DomeLink controller", 12400, "pc", "8 weeks", "24 months", "for AZ6 kits"),
        ("ZDD-ENC-ABS", "Absolute azimuth encoder with stainless steel ring tape", 4620, "pc", "6 weeks", "24 months", "no homing run after power loss"),
        ("ZDD-ENC-INC", "Incremental azimuth encoder with homing sensor", 1940, "pc", "4 weeks", "24 months", ""),
        ("ZDD-SHT-2L", "SHT-2L twin-leaf (bi-parting) shutter drive upgrade, 2 x 1.1 kW 48 V DC brake motors, battery bank", 21300, "kit", "10 weeks", "24 months", ""),
        ("ZDD-SHT-UP", "SHT-UP up-and-over shutter drive, 1 x 1.5 kW 48 V DC brake motor, battery bank", 17800, "kit", "10 weeks", "24 months", ""),
        ("ZDD-IPT-600", "IPT-600 contactless power transfer to rotating dome, 600 W continuous", 6980, "pc", "12 weeks", "24 months", "replaces slip rings and contact rails"),
        ("ZDD-SLR-8", "8-ring mechanical slip ring for shutter power", 3450, "pc", "6 weeks", "12 months", "brushes are wear parts"),
        ("ZDD-BOG-150PU", "Bogie wheel assembly, 150 mm, polyurethane tread, sealed bearings", 415, "pc", "4 weeks", "12 months", "wear part; quiet running"),
        ("ZDD-BOG-150ST", "Bogie wheel assembly, 150 mm, steel tread, sealed bearings", 368, "pc", "4 weeks", "12 months", "wear part"),
        ("ZDD-RAIN-KIT", "Rain and cloud sensor interlock kit", 1280, "kit", "3 weeks", "24 months", ""),
        ("ZDD-SPD", "Surge protection set for drive control cabinet", 640, "set", "3 weeks", "24 months", "required for lightning cover"),
        ("ZDD-INS-DAY", "Installation and commissioning, two-technician crew", 1640, "day", "-", "-", "travel within 300 km of Graz included"),
        ("ZDD-TRN-OP", "Operator training on site, 1 day, up to 8 people", 980, "session", "-", "-", ""),
        ("ZDD-TRN-MT", "Maintenance technician training at Graz works, 2 days", 2350, "person", "-", "-", "incl. lunch, excl. travel and hotel"),
        ("ZDD-TRN-MT-OS", "Maintenance technician training on site, 2 days, up to 4 people", 4900, "session", "-", "-", "plus travel beyond 300 km"),
        ("ZDD-SVC-BRZ", "Bronze service plan", 1650, "year", "-", "-", ""),
        ("ZDD-SVC-SLV", "Silver service plan", 2780, "year", "-", "-", ""),
        ("ZDD-SVC-GOLD", "Gold service plan", 3950, "year", "-", "-", ""),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDEFG", [16, 80, 16, 9, 11, 11, 38]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Technical data")
    ws2.append(["Zenithra Dome Drives - Technical data (values at 20 °C unless stated)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Parameter", "AZ4-1250 azimuth drive", "SHT-2L shutter drive", "VFD-4P cabinet", "IPT-600", "ENC-ABS encoder"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    tech = [
        ("Motor power", "4 x 0.75 kW", "2 x 1.1 kW", "-", "-", "-"),
        ("Supply", "400 V 3-phase via VFD-4P", "48 V DC from battery bank (100 Ah LiFePO4)", "400 V 3-phase, 32 A", "230 V, 10 A (stationary side)", "24 V DC from VFD-4P"),
        ("Speed / timing", "0.2-4.0 °/s adjustable; full rotation in 90 s at 4.0 °/s", "full opening in 75 s, closing in 70 s", "-", "-", "-"),
        ("Maximum moving dome mass", "14 t", "shutter leaves up to 2 x 900 kg", "-", "-", "-"),
        ("Positioning accuracy", "with ENC-ABS: ±0.05°; with ENC-INC: ±0.3°", "-", "-", "-", "resolution 20 bit"),
        ("Noise at 1 m", "58 dB(A)", "64 dB(A)", "52 dB(A)", "-", "-"),
        ("Protection rating", "IP65", "IP66", "IP54", "IP67", "IP67"),
        ("Operating temperature", "-25 °C to +45 °C", "-20 °C to +40 °C", "-10 °C to +40 °C (indoor)", "-30 °C to +50 °C", "-30 °C to +70 °C"),
        ("Wind limit for operation (mean wind)", "60 km/h", "45 km/h (gusts up to 55 km/h)", "-", "-", "-"),
        ("Shutter cycles on battery without charging", "-", "14 full open/close cycles", "-", "-", "-"),
        ("Weight", "4 x 68 kg", "2 x 41 kg + battery 58 kg", "95 kg", "2 x 12 kg", "3 kg"),
    ]
    for r in tech:
        ws2.append(list(r))
    for col, w in zip("ABCDEF", [36, 44, 40, 26, 28, 22]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Dome compatibility")
    ws3.append(["Zenithra Dome Drives - Which kit for which dome"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Dome diameter", "Azimuth kit", "Control cabinet", "Bogies typically", "Shutter drive"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    for r in [("7 - 9.5 m", "ZDD-AZ4-0900", "ZDD-VFD-4P", "8-12", "SHT-2L or SHT-UP"),
              ("9.5 - 12.5 m", "ZDD-AZ4-1250", "ZDD-VFD-4P", "12-16", "SHT-2L or SHT-UP"),
              ("12.5 - 18 m", "ZDD-AZ6-1800", "ZDD-VFD-6P", "16-24", "SHT-2L only")]:
        ws3.append(list(r))
    ws3.append([])
    ws3.append(["Domes above 18 m and clamshell or roll-off roofs: project-specific design on request."])
    wb.save(K / "Zenithra_Price_and_Spec_Sheet_2025.xlsx")


# --------------------------------------------------------------------------- Markdown KB article
KB = """# Connecting Zenithra dome drives to your observatory control software

*Knowledge base article KB-112, last reviewed March 2025. Applies to the DomeLink controller in the VFD-4P and VFD-6P
drive control cabinets, firmware 3.4 and later.*

## Supported interfaces

| Interface | Details |
|---|---|
| ASCOM Alpaca | Built-in Alpaca Dome device on TCP port 11111; works with any Alpaca-capable client on Windows, macOS or Linux. No ASCOM driver installation on the PC is needed. |
| INDI | Open-source driver `indi_zenithra_dome`, included in the INDI 3rd-party packages for Linux (Ubuntu 22.04/24.04, Raspberry Pi OS). |
| Modbus TCP | Port 502, read/write register map in appendix A of the DomeLink manual; typical use with a PLC or SCADA system. |
| REST/JSON | HTTPS API on port 8443 for status, azimuth goto, shutter open/close and event log export. |

Only one client can command the dome at a time; other clients get read-only status. The active client is shown on the
cabinet display.

## Slaving the dome to the telescope

Slaving is done by the client software (for example the planetarium or observatory-control program), which sends goto
commands to the dome. DomeLink accepts new target azimuths at up to 1 Hz and only moves when the difference exceeds
the configurable dead band (default 1.5°). With the AZ4 drives, the dome ramps up to the slew speed in 2 s, so small
corrections do not jerk the structure.

## Homing and park position

With the ENC-ABS absolute encoder, the azimuth is known at all times, including after a power loss: no homing run is
needed. With the ENC-INC incremental encoder, the dome must perform a homing run after each power loss, which can take
up to one full rotation. The park position is configurable; the IPT-600 transfers power at any azimuth, so parking is
not needed to charge the shutter battery.

## Weather and safety interlocks

- The ZDD-RAIN-KIT sensor input closes the shutter automatically; closing takes the normal 70 s.
- A dry-contact input (24 V DC) accepts a "close" signal from third-party weather stations or cloud sensors.
- On mains failure, the shutter closes automatically on battery power after a configurable delay, default
  120 seconds. The azimuth drive does not move on battery power.
- If the controller loses contact with the active client for longer than the watchdog time (default 10 minutes), the
  shutter closes and the dome goes to park.

## Firmware and security

Firmware updates are free of charge during the warranty period and for as long as any Zenithra service plan is
active; outside these, an update costs EUR 290 per installation. Updates are installed on site or remotely through the
outbound VPN, and only with the customer's consent. DomeLink needs no cloud service; all functions work on an isolated
observatory network. Default passwords must be changed at commissioning; the controller refuses remote commands until
they have been.

## Troubleshooting quick list

- **Dome overshoots the target:** check that the dead band is not set below 0.5° and that the friction wheel tyres
  have at least 6 mm of tread left.
- **Shutter stops half-way:** check the battery state of charge on the cabinet display; below 20% the shutter will only
  close, not open.
- **Alpaca client cannot find the dome:** Alpaca discovery uses UDP port 32227; allow it on the observatory firewall or
  enter the IP address manually.
"""


def make_md():
    (K / "kb-control-integration.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
