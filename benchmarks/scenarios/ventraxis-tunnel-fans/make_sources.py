"""Generate the four knowledge sources of the ventraxis-tunnel-fans scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from the scratch folder)
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

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Jet fans"
    ws.append(["Ventraxis JF Series reversible jet fans - technical data and list prices 2025 (EUR, excl. VAT, valid 1 Jan - 31 Dec 2025)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    hdr = ["SKU", "Diameter (mm)", "Motor (kW)", "Thrust forward (N)", "Thrust reverse (N)", "Outlet velocity (m/s)",
           "Fire rating (EN 12101-3)", "Weight fan only", "Weight incl. 2D attenuators",
           "Sound at 10 m, no attenuator", "Sound at 10 m, 1D attenuators", "Sound at 10 m, 2D attenuators",
           "List price (EUR)", "Lead time"]
    ws.append(hdr)
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ["JF-630-R5", 630, 5.5, 240, 225, 29.1, "F400 (400 °C / 120 min)", "180 kg", "275 kg", "74 dB(A)", "69 dB(A)", "65 dB(A)", 9800, "10 weeks"],
        ["JF-800-R11", 800, 11, 505, 480, 31.4, "F400 (400 °C / 120 min)", "310 kg", "470 kg", "77 dB(A)", "72 dB(A)", "68 dB(A)", 16900, "12 weeks"],
        ["JF-1000-R18", 1000, 18.5, 860, 815, 32.8, "F400 (400 °C / 120 min)", "455 kg", "705 kg", "79 dB(A)", "74 dB(A)", "70 dB(A)", 27500, "14-16 weeks"],
        ["JF-1250-R22", 1250, 22, 1150, 1090, 31.0, "F400 (400 °C / 120 min)", "610 kg", "955 kg", "79 dB(A)", "74 dB(A)", "70 dB(A)", 34200, "14-16 weeks"],
        ["JF-1250-R30", 1250, 30, 1420, 1350, 34.5, "F400 (400 °C / 120 min)", "640 kg", "985 kg", "81 dB(A)", "76 dB(A)", "72 dB(A)", 38400, "14-16 weeks"],
        ["JF-1400-R37", 1400, 37, 1780, 1690, 35.2, "F300 (300 °C / 60 min)", "790 kg", "1,210 kg", "83 dB(A)", "78 dB(A)", "74 dB(A)", 46900, "18 weeks"],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Notes"])
    ws.append(["Thrust measured to ISO 13350 on the Ventraxis test rig at 50 Hz and air density 1.2 kg/m³; in-tunnel thrust is reduced by the installation factor (see installation guide)."])
    ws.append(["Fully reversible: reverse thrust at least 95% of forward thrust by symmetrical blade profile (JF-1400 excepted)."])
    ws.append(["Casing and impeller hub hot-dip galvanised; stainless steel 1.4571 casing available as option +18% on list price."])
    ws.append(["Sound levels: free field, 10 m from the fan axis at 45°, fan at 100% speed in forward direction."])
    ws.append(["JF-1400-R37 is rated F300 only and is not accepted where the tunnel risk analysis requires F400."])

    ws2 = wb.create_sheet("Accessories & services")
    ws2.append(["Ventraxis accessories, drive panels and services - list prices 2025 (EUR, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["SKU", "Description", "Fits", "Unit", "List price (EUR)", "Lead time", "Remarks"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    acc = [
        ["VFD-15-IP54", "Variable frequency drive panel 15 kW, IP54, fire-mode bypass contactor", "JF-630, JF-800", "each", 4150, "8 weeks", "Wall-mounted in niche or technical room; max. cable length to fan 150 m"],
        ["VFD-37-IP54", "Variable frequency drive panel 37 kW, IP54, fire-mode bypass contactor", "JF-1000, JF-1250", "each", 6950, "8 weeks", "Wall-mounted in niche or technical room; max. cable length to fan 150 m"],
        ["VFD-45-IP54", "Variable frequency drive panel 45 kW, IP54, fire-mode bypass contactor", "JF-1400", "each", 8400, "10 weeks", "Floor-standing"],
        ["MK-800-SS", "Mounting kit Ø800, stainless steel 1.4571, anti-vibration mounts, 2 safety chains", "JF-800", "each", 1240, "6 weeks", "Anchors included"],
        ["MK-1250-SS", "Mounting kit Ø1250, stainless steel 1.4571, anti-vibration mounts, 2 safety chains", "JF-1000, JF-1250", "each", 2180, "6 weeks", "Anchors included; chemical anchors or through-bolts to suit lining"],
        ["SIL-1250-1D", "Attenuator pair 1D (inlet + outlet)", "JF-1250", "pair", 2950, "10 weeks", "Reduces sound by approx. 5 dB(A)"],
        ["SIL-1250-2D", "Attenuator pair 2D (inlet + outlet)", "JF-1250", "pair", 4620, "10 weeks", "Reduces sound by approx. 9 dB(A); adds 345 kg per fan"],
        ["VIB-SENS-2", "Vibration sensor pair with 4-20 mA output to SCADA", "all", "set", 890, "4 weeks", "Included as standard on JF-1250 and JF-1400"],
        ["INST-NIGHT", "Night-shift installation crew (4 technicians + supervisor) with lifting platform", "all", "closure night", 9800, "-", "Closure window 22:00-05:00; max. 2 fans per night per bore"],
        ["COMM-AERO", "Aerodynamic commissioning and in-situ thrust verification", "per tunnel", "lump sum", 14500, "-", "Both bores; report within 15 working days"],
        ["SVC-BRONZE-12", "Bronze service plan, 12 months, per fan", "all", "per fan", 950, "-", "See VX-WC-2024"],
        ["SVC-SILVER-12", "Silver service plan, 12 months, per fan", "all", "per fan", 1350, "-", "See VX-WC-2024"],
        ["SVC-GOLD-12", "Gold service plan, 12 months, per fan", "all", "per fan", 1800, "-", "See VX-WC-2024"],
        ["SVC-GOLD-36", "Gold service plan, 36 months, per fan", "all", "per fan", 5400, "-", "See VX-WC-2024"],
        ["WEXT-12", "Warranty extension +12 months", "fans and drives", "per fan", "3.5% of fan net price", "-", "Must be ordered before commissioning"],
        ["WEXT-36", "Warranty extension +36 months", "fans and drives", "per fan", "9% of fan net price", "-", "Must be ordered before commissioning; requires Silver or Gold plan"],
    ]
    for r in acc:
        ws2.append(r)
    ws2.append([])
    ws2.append(["Volume discounts on jet fans: 5% from 6 fans, 7% from 8 fans, 9% from 14 fans of the same SKU in one order. Service plans are not subject to volume discounts."])

    ws3 = wb.create_sheet("Installation factors")
    ws3.append(["Installation factor (ratio of effective in-tunnel thrust to rated thrust) by distance from tunnel wall/ceiling"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append([])
    ws3.append(["Clearance between fan casing and lining (in fan diameters)", "Installation factor", "Remark"])
    for r in [["0.25 D", 0.78, "Not recommended"], ["0.5 D", 0.85, "Typical minimum"], ["1.0 D", 0.91, ""], ["1.5 D or more", 0.95, "Niche-mounted fans: use 0.80 whatever the clearance"]]:
        ws3.append(r)
    for wsx in (ws, ws2, ws3):
        for col in wsx.columns:
            wsx.column_dimensions[col[0].column_letter].width = 22
    wb.save(K / "jf-series-spec-and-price-sheet-2025.xlsx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    st = getSampleStyleSheet()
    body = st["BodyText"]
    h1, h2 = st["Title"], st["Heading2"]
    doc = SimpleDocTemplate(str(K / "installation-and-commissioning-guide.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Ventraxis JF Series - Installation and Commissioning Guide", author="Ventraxis Tunnel Aerodynamics B.V.")
    s = []
    P = lambda t: s.append(Paragraph(t, body))
    s.append(Paragraph("Ventraxis JF Series reversible jet fans<br/>Installation and Commissioning Guide (rev. 7, March 2025)", h1))
    P("This guide applies to JF-630, JF-800, JF-1000, JF-1250 and JF-1400 jet fans installed in road and rail tunnels. "
      "It is binding for Ventraxis crews and for third-party installers who want to keep the Ventraxis warranty. "
      "Deviations must be approved in writing by Ventraxis Application Engineering before installation.")
    s.append(Paragraph("1. Positioning", h2))
    P("Jet fans are installed in groups (usually pairs) at the tunnel crown or in niches. The longitudinal spacing between "
      "consecutive fan groups must be at least 100 m, or 10 times the tunnel hydraulic diameter, whichever is greater, so that "
      "the jet of one group is fully mixed before it reaches the next. The first fan group must be at least 50 m from a portal. "
      "The clearance between the fan casing and the tunnel lining should be at least 0.5 D (half a fan diameter); below this the "
      "installation factor drops to 0.78 or less (see the spec sheet, tab 'Installation factors'). Minimum clearance to the "
      "traffic envelope is 300 mm after deflection of the mounts, or the value set by the road authority if greater.")
    s.append(Paragraph("2. Anchoring and structural checks", h2))
    P("The mounting kit is fixed to the lining with 8 anchors per fan. The anchor type depends on the lining:")
    t = Table([["Lining", "Anchor", "Installation torque", "Proof load per anchor (pull-out test)"],
               ["Cast-in-situ concrete (C30/37 or better)", "Chemical anchor M20 A4, embedment 170 mm", "150 Nm", "45 kN"],
               ["Precast segmental lining", "Through-bolt M20 A4 with backing plate", "200 Nm", "60 kN"],
               ["Shotcrete / NATM lining", "Not permitted without site-specific design", "-", "Per design"]],
              colWidths=[48 * mm, 52 * mm, 30 * mm, 44 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    s.append(t)
    P("Every anchor is proof-loaded after curing (chemical anchors: at least 24 hours at lining temperatures above 10 °C, "
      "48 hours between 5 °C and 10 °C; no installation below 5 °C). Anchors that move more than 0.5 mm under proof load are "
      "abandoned and replaced by a new anchor at least 100 mm away. The design load per fan includes the dead weight, the "
      "reaction to full thrust in both directions, a dynamic factor of 2.0 and the pressure pulse of passing heavy goods vehicles. "
      "The fan-to-frame bolts (M20 A4-80) are tightened to 350 Nm and secured with wedge-lock washers. Two independent safety "
      "chains per fan are mandatory.")
    s.append(Paragraph("3. Installation at night", h2))
    P("A standard closure window of 7 hours (22:00-05:00) allows a Ventraxis crew to remove one old fan and install up to 2 new fans "
      "per bore per night, including anchors drilled on an earlier night. Lifting uses a truck-mounted platform with a safe working "
      "load of 1,500 kg; fans with 2D attenuators are lifted as one unit. Night 1 is always used for the cable survey, setting-out "
      "and anchor drilling. If the lining temperature is below 5 °C the chemical anchors cannot be set and the night is rescheduled. "
      "The tunnel operator provides traffic management, closure permits, tunnel lighting at full level and access to the "
      "SCADA and power supply isolation.")
    s.append(Paragraph("4. Electrical connection", h2))
    P("Fans are supplied by fire-resistant cable (E90 / PH120) from the drive panel. Maximum cable length between drive panel "
      "and fan is 150 m; longer runs need an output sine filter. The drive panel includes a fire-mode bypass contactor so that the "
      "fan can run direct-on-line if the drive fails during a fire. Motor insulation is class H; PTC thermistors are wired to the "
      "panel but are overridden in fire mode.")
    s.append(Paragraph("5. Commissioning and acceptance", h2))
    P("Commissioning is carried out per bore on a closure night after all fans of the bore are installed. It consists of: "
      "(a) mechanical checks (torques, chains, clearance); (b) electrical checks (insulation resistance at least 100 MOhm at 1,000 V, "
      "direction of rotation, fire-mode bypass test); (c) vibration measurement on each fan at 100% speed in both directions; "
      "(d) in-situ thrust verification by measuring the induced air velocity with an array of anemometers across the tunnel cross-section.")
    P("Acceptance criteria: the in-situ thrust, derived from the velocity measurement, must be at least 95% of the rated thrust "
      "measured to ISO 13350 multiplied by the installation factor; vibration velocity must not exceed 4.5 mm/s RMS at the motor "
      "bearings (alarm setting 7.1 mm/s, trip setting 11 mm/s); reversal from full forward to full reverse must be completed within "
      "60 seconds. The commissioning report, with all measured values, is sent within 15 working days. The warranty period starts "
      "on the date of the signed commissioning report.")
    s.append(Paragraph("6. After installation", h2))
    P("Re-torque the fan-to-frame bolts after 500 operating hours or 3 months, whichever comes first. Tunnel washing with "
      "high-pressure water is allowed with fans stopped; the jet must not be directed at the motor terminal box at less than 2 m. "
      "Bearings are lubricated for life on fans up to JF-800; JF-1000 and larger are regreased every 8,000 operating hours.")
    doc.build(s)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Ventraxis Warranty & Service Conditions VX-WC-2024", 0)
    d.add_paragraph("Valid for JF Series jet fans, drive panels and accessories supplied by Ventraxis Tunnel Aerodynamics B.V. "
                    "from 1 September 2024. These conditions form part of every Ventraxis quote that refers to VX-WC-2024.")
    d.add_heading("1. Warranty periods", 1)
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for i, h in enumerate(["Item", "Warranty period", "Remarks"]):
        tb.rows[0].cells[i].text = h
    for r in [("Jet fans (JF Series), incl. motor and impeller", "24 months", "from commissioning, max. 30 months from delivery"),
              ("Drive panels (VFD-xx-IP54)", "36 months", "from commissioning; excludes fuses and cooling-fan filters"),
              ("Attenuators (SIL series)", "60 months", "acoustic infill and perforated liner"),
              ("Mounting kits (MK series), stainless steel", "60 months", "against corrosion perforation"),
              ("Spare parts delivered after commissioning", "12 months", "from delivery")]:
        c = tb.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_heading("2. Start of warranty", 1)
    d.add_paragraph("The warranty starts on the date of the signed commissioning report. If commissioning is delayed for reasons "
                    "not attributable to Ventraxis (for example closure nights not made available), the warranty of jet fans ends "
                    "at the latest 30 months from delivery to site.")
    d.add_heading("3. What the warranty covers", 1)
    d.add_paragraph("Repair or replacement, at Ventraxis' choice, of parts that fail due to defects in design, material or "
                    "workmanship, including the labour of a Ventraxis crew during a closure window provided by the operator. "
                    "Lifting equipment is included; traffic management and closure permits remain with the operator.")
    d.add_heading("4. Exclusions", 1)
    for t in ["Damage by vehicle impact, overheight vehicles, tunnel washing against section 6 of the installation guide, or vandalism.",
              "Fans that have run in fire mode with a measured air temperature above 250 °C: the warranty of motor and bearings lapses "
              "unless Ventraxis inspects the fan within 30 days of the event and confirms it fit for service.",
              "Corrosion of galvanised parts in tunnels where de-icing salt is used and no annual washing is carried out.",
              "Installation by third parties not following the Ventraxis installation guide, or without a Ventraxis commissioning report.",
              "Wear parts: anti-vibration mounts after 5 years, drive cooling-fan filters, fuses."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("5. Warranty extension", 1)
    d.add_paragraph("The warranty of jet fans and drive panels can be extended by 12 months (WEXT-12, 3.5% of the fan net price "
                    "per fan) or by 36 months (WEXT-36, 9% of the fan net price per fan, only together with a Silver or Gold service "
                    "plan covering the extended period). Extensions must be ordered before commissioning.")
    d.add_heading("6. Service plans", 1)
    sp = d.add_table(rows=1, cols=4)
    sp.style = "Table Grid"
    for i, h in enumerate(["", "Bronze", "Silver", "Gold"]):
        sp.rows[0].cells[i].text = h
    for r in [("Preventive visits per year", "1", "1", "2"),
              ("On-site response, critical fault (fan or drive unavailable)", "best effort", "within 24 hours, business days", "within 4 hours, 24/7"),
              ("Response, non-critical fault", "best effort", "within 3 business days", "next business day"),
              ("Remote vibration and drive monitoring via SCADA link", "no", "monthly report", "continuous, with alarm forwarding"),
              ("Discount on spare parts", "0%", "10%", "15%"),
              ("Loan fan while a fan is repaired off site", "no", "no", "yes, for JF-800 to JF-1250"),
              ("List price per fan per year", "EUR 950", "EUR 1,350", "EUR 1,800")]:
        c = sp.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("Inspection interval: in tunnels with more than 20,000 vehicles per day (AADT) every fan must be inspected every "
                    "6 months; in tunnels with lower traffic every 12 months. Where the plan includes fewer visits than the interval "
                    "requires, additional inspections are invoiced at EUR 420 per fan.")
    d.add_paragraph("Service plans run for 12, 36 or 60 months and are invoiced annually in advance. The plan starts on the "
                    "commissioning date. Preventive visits take place during closure windows provided by the operator.")
    d.add_heading("7. Spare parts", 1)
    d.add_paragraph("Ventraxis keeps spare parts (impellers, motors, bearings, drive modules) available for 15 years after the "
                    "last delivery of a fan model. Standard parts ship within 5 working days; motors within 6 weeks.")
    d.add_heading("8. Matters not covered by these conditions", 1)
    d.add_paragraph("Liability, limitation of liability, liquidated damages and penalties are not part of these conditions. They "
                    "are agreed only in the individual supply contract signed by Ventraxis management.")
    d.save(K / "warranty-and-service-conditions-VX-WC-2024.docx")


# ---------------------------------------------------------------- MD
MD = """# Fire mode, reversal and drive panels: what tunnel operators ask

*Ventraxis knowledge base - Application Engineering - updated April 2025*

## What does F400 mean?
JF Series fans (except the JF-1400-R37, rated F300) are tested to **EN 12101-3** class F400: the fan keeps running for
120 minutes in air at 400 °C. The rating applies to the complete fan with motor, terminal box and attenuators; it does not
apply to the drive panel, which must be installed outside the fire zone (niche with fire door or technical room).

## What happens in fire mode?
When the tunnel SCADA sends the fire-mode signal, the drive panel switches the fan to **bypass**: the motor runs
direct-on-line at 50 Hz and full speed, and thermal protections (PTC thermistors, overload relay) are overridden so that the
fan runs until it fails rather than tripping. The fan direction is set by the SCADA ventilation scenario. The bypass
contactor is tested at commissioning and at every preventive visit.

## How fast can the fans reverse?
From full forward to full reverse within **60 seconds**, including run-down. The drive brakes the fan electrically down
to 10% speed before reversing. In bypass (fire mode) the reversal takes longer, up to 90 seconds, because the fan coasts down.

## Why use drive panels at all?
In normal operation (pollution control, CO and NO2 or visibility) the fans rarely need full thrust. Running at 70% speed
uses about 34% of full-speed power. Operators typically save 40-60% of fan energy compared with on/off control. Soft starting
also reduces the pressure on anchors and the current peaks on the tunnel supply. Harmonic distortion at the panel input is
kept below 5% THDi by the built-in line reactor.

## What after a real fire?
After any fire-mode run with a measured air temperature above 250 °C near the fan, Ventraxis must inspect the fan
within 30 days before it returns to service. Motor windings that exceeded their rating are replaced; impellers are checked for
blade deformation and re-balanced.

## Can we fit the new fans on the old brackets?
No. JF Series fans are only approved on MK series mounting kits with new anchors designed for the actual thrust and
dynamic loads. Old anchors are cut flush and left in place.

## Noise in the portal area
Residents near portals usually complain about tonal noise at low speed. Use 2D attenuators on the first fan group from each
portal and limit night-time speed via the SCADA to 80%.
"""


if __name__ == "__main__":
    make_xlsx()
    make_pdf()
    make_docx()
    (K / "fire-mode-and-drives-faq.md").write_text(MD, encoding="utf-8")
    print("sources written to", K)
