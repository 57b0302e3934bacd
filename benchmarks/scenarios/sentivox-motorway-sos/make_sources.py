"""Generate the four knowledge sources (+ one HTML page) of the sentivox-motorway-sos scenario.

Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv; reportlab installed with pip --target /tmp/rl)
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

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)


# --------------------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("SVX-P400 Series Roadside Emergency Telephone Pillar", 0)
    d.add_paragraph("Technical Specification and Installation Guide - document SVX-TS-P400, revision F, March 2025. "
                    "Sentivox Roadside Systems B.V., De Run 4410, Veldhoven, the Netherlands.")

    d.add_heading("1. Scope", 1)
    d.add_paragraph("This document covers the two variants of the SVX-P400 SOS pillar: the SVX-P400-F (fibre-connected, "
                    "mains-fed) and the SVX-P400-S (solar-powered, connected over LTE). Appendix A covers the SVX-T220 "
                    "tunnel niche emergency telephone. All variants register as SIP endpoints on the SentiCall "
                    "control-room software. Where a value differs between variants, both are given.")

    d.add_heading("2. Mechanical data", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Property", "SVX-P400-F", "SVX-P400-S"
    rows = [
        ("Housing", "3 mm stainless steel 1.4404 (316L), powder-coated RAL 2008", "as P400-F"),
        ("Height above foundation", "1,450 mm", "1,450 mm pillar + 3.2 m solar mast"),
        ("Footprint", "420 x 360 mm", "420 x 360 mm"),
        ("Weight", "68 kg", "94 kg (incl. battery and mast)"),
        ("Ingress / impact protection", "IP66 / IK10", "IP66 / IK10"),
        ("Operating temperature", "-30 °C to +60 °C", "-30 °C to +60 °C (battery heater below -10 °C)"),
        ("Storage temperature", "-40 °C to +70 °C", "-40 °C to +70 °C"),
        ("Wind load", "n/a", "solar mast rated to 160 km/h gusts"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v

    d.add_heading("3. User interface and accessibility", 1)
    d.add_paragraph("The front plate carries two illuminated push-buttons: a red EMERGENCY button and a yellow BREAKDOWN "
                    "button, each 60 mm in diameter, centred at 1,050 mm above ground so that they can be reached from a "
                    "wheelchair. Pictograms and wording are printed to the customer's national standard in up to 4 "
                    "languages. Audio is hands-free: a 3 W amplifier gives 94 dB(A) at 1 m and adaptive noise "
                    "cancellation keeps speech intelligible in up to 85 dB(A) of ambient traffic noise. An induction "
                    "loop (T-coil) for hearing-aid users is built in behind the front plate. A green 'call connected' "
                    "LED confirms to the caller that the control room has answered; an amber LED beacon on the roof "
                    "flashes during a call and is visible from 300 m so that patrols can find the caller.")

    d.add_heading("4. Communications", 1)
    d.add_paragraph("SVX-P400-F: SIP (RFC 3261) over single-mode fibre through a 1000BASE-LX SFP. Each pillar contains a "
                    "2-port managed switch so pillars can be chained in a ring; a ring may contain at most 24 pillars. "
                    "SVX-P400-S: LTE Cat-1 modem with dual SIM; SIP runs inside an IPsec VPN on a private APN. If the "
                    "primary SIM loses registration the pillar switches to the second SIM within 60 seconds. A site "
                    "survey must show at least -100 dBm RSRP on both networks before a P400-S is placed.")

    d.add_heading("5. Power", 1)
    d.add_paragraph("SVX-P400-F: 230 V AC +/-10%, 35 W maximum. A 12 V 17 Ah sealed lead-acid battery gives 8 hours of "
                    "standby including 30 minutes of talk time during a mains failure. Battery replacement interval: 5 years.")
    d.add_paragraph("SVX-P400-S: 40 W monocrystalline panel on the mast (tilt adjustable 30-60 degrees) charging a 100 Ah "
                    "LiFePO4 battery at 12.8 V. Autonomy without any sun is 14 days, based on 6 calls of 3 minutes per day "
                    "and the daily self-test. Battery replacement interval: 10 years. For sites above 1,500 m or with "
                    "north-facing slopes Sentivox recommends the extended-battery version SVX-P400-S-XB (200 Ah).")

    d.add_heading("6. Self-test and monitoring", 1)
    d.add_paragraph("Every device runs an automatic self-test each day at 03:00 local time: acoustic loop test "
                    "(loudspeaker to microphone), button contacts, door switch, beacon, battery voltage and, on the P400-S, "
                    "panel charging current. Results are reported to SentiCall; a failed test opens a fault ticket "
                    "automatically. Opening the door raises a door-open alarm in the control room immediately.")

    d.add_heading("7. Foundation and installation", 1)
    d.add_paragraph("Foundation: precast or cast-in-place concrete base 600 x 600 x 800 mm, concrete class C25/30, with "
                    "4 x M16 anchor bolts on a 300 mm pitch circle (template supplied by Sentivox). Provide 2 x 50 mm "
                    "ducts for power and fibre and an earth rod of 10 ohm or less. The foundation is built by the "
                    "customer's civil contractor and must cure for at least 7 days before the pillar is erected.")
    d.add_paragraph("Installation time with a two-person crew: SVX-P400-F 3.5 hours per pillar; SVX-P400-S 5 hours per "
                    "pillar including the solar mast; SVX-T220 2.5 hours per tunnel niche. The Sentivox installation "
                    "price covers erection, termination, SIP registration and a commissioning test call from the device. "
                    "It excludes foundations, ducting, fibre splicing beyond the pillar's patch panel and traffic "
                    "management. Hard-shoulder or lane closures, signage and road-works permits are arranged and paid for "
                    "by the customer.")

    d.add_heading("Appendix A - SVX-T220 tunnel niche telephone", 1)
    d.add_paragraph("Wall-mounted stainless steel cabinet, RAL 3020 traffic red, IP66, weight 21 kg. Hands-free unit plus "
                    "an armoured handset for use in high tunnel noise. Powered by PoE+ (IEEE 802.3at) from the tunnel "
                    "network or 48 V DC; it has no internal battery and relies on the tunnel's UPS. The telephone keeps "
                    "working for 60 minutes at 250 °C ambient temperature (tested to the Sentivox fire test "
                    "procedure FT-07). Removal of the fire extinguisher from the niche raises an alarm in SentiCall.")
    d.save(K / "SVX-P400_Technical_Specification.docx")


# --------------------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(K / "Sentivox_Care_Service_Plans.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm)
    s = []
    s.append(Paragraph("Sentivox Care - Service and Maintenance Plans", ss["Title"]))
    s.append(Paragraph("Terms schedule SC-2025, valid for contracts signed from 1 January 2025. Applies to SVX-P400, "
                       "SVX-T220 devices and SentiCall server pairs.", body))
    s.append(Spacer(1, 6))
    s.append(Paragraph("1. Plan overview", ss["Heading2"]))
    data = [
        ["", "Silver", "Gold", "Platinum"],
        ["Price per device per year (EUR)", "118", "165", "239"],
        ["Service hotline", "Mon-Fri 07:00-18:00", "24/7", "24/7"],
        ["On-site response, critical fault", "next business day", "8 hours", "4 hours"],
        ["On-site response, non-critical fault", "5 business days", "3 business days", "2 business days"],
        ["Preventive maintenance visits per year", "1", "1", "2"],
        ["Availability target per device per quarter", "99.0%", "99.5%", "99.8%"],
        ["SentiCall software updates", "security patches only", "included", "included"],
        ["Spare-parts stock held at customer depot", "no", "no", "yes"],
    ]
    tb = Table(data, colWidths=[62 * mm, 36 * mm, 36 * mm, 36 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s.append(tb)
    s.append(Spacer(1, 6))
    paras = [
        ("2. Fault classes and response times",
         "A critical fault is one where a device cannot place or receive an emergency call, or where the SentiCall server "
         "pair is unavailable. Any other fault (for example a failed beacon, a broken button illumination or graffiti on "
         "the front plate) is non-critical. Response time runs from the moment the ticket is logged, either automatically "
         "by the daily self-test or by a call to the hotline, until a technician is on site. Time during which access is "
         "impossible because the customer's traffic management is not available is not counted."),
        ("3. Availability and service credits",
         "Availability is measured per device per calendar quarter from SentiCall self-test and call records. If a "
         "device's availability falls below the plan's target, the customer receives a service credit of 2% of the "
         "quarterly plan fee for the affected devices for each full 0.1 percentage point below target, capped at 20% of "
         "that quarterly fee. Credits must be claimed in writing within 30 days after the end of the quarter and are "
         "offset against the next invoice."),
        ("4. Preventive maintenance visit",
         "Each visit includes cleaning of housing and front plate, door seal inspection, torque check of the anchor bolts, "
         "battery capacity test, solar panel cleaning (P400-S), audio level calibration and a photo report uploaded to "
         "SentiCall."),
        ("5. Exclusions",
         "Not covered by any plan: damage from vehicle impact, vandalism, theft (including cable theft), lightning beyond "
         "the rating of the built-in surge protection, flooding, works by third parties, outages of the customer's fibre "
         "network and outages of the public mobile networks (P400-S). Such repairs are billed at the rate card in force. "
         "A pillar destroyed by a vehicle strike is replaced at the list price less 15%, plus installation at the "
         "rate card."),
        ("6. Warranty",
         "Hardware is warranted for 36 months from site acceptance (commissioning) against defects in material and "
         "workmanship; batteries are warranted for 24 months. SentiCall licences include 12 months of software updates; "
         "after that, updates are delivered only to customers on a Gold or Platinum plan."),
        ("7. Term, renewal and indexation",
         "The minimum term of a plan is 5 years from commissioning. After the minimum term the plan renews for one year "
         "at a time; either party may terminate with 180 days' written notice before an anniversary date. Plan prices "
         "are indexed on 1 January each year to the Eurostat HICP for the euro area, capped at 4% per year. Plan fees are "
         "invoiced annually in advance."),
        ("8. Changing plan",
         "A customer may move to a higher plan at any anniversary date with 60 days' notice. Moving to a lower plan is "
         "only possible after the minimum term."),
    ]
    for h, p in paras:
        s.append(Paragraph(h, ss["Heading3"]))
        s.append(Paragraph(p, body))
    doc.build(s)


# --------------------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2025"
    ws.append(["Sentivox Roadside Systems - Price List 2025 (EUR, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (EUR)", "Lead time (weeks)", "Notes"])
    for c in ws[3]:
        c.font = Font(bold=True)
    items = [
        ("SVX-P400-F", "SOS pillar, fibre-connected, mains-fed", "each", 3850, 10, "8 hours battery standby"),
        ("SVX-P400-S", "SOS pillar, solar-powered, LTE dual SIM", "each", 5420, 14, "14 days autonomy, 100 Ah LiFePO4"),
        ("SVX-P400-S-XB", "SOS pillar, solar, extended battery 200 Ah", "each", 6180, 14, "for sites above 1,500 m"),
        ("SVX-T220", "Tunnel niche emergency telephone", "each", 2960, 9, "PoE+ or 48 V DC"),
        ("SVX-BCN-LED", "Amber LED beacon retrofit kit", "each", 310, 4, ""),
        ("SCR-SEAT", "SentiCall operator seat licence, perpetual", "per seat", 4200, 6, "12 months updates included"),
        ("SCR-SEAT-SUB", "SentiCall operator seat, annual subscription", "per seat per year", 1150, 6,
         "updates included while subscribed"),
        ("SCR-SRV-HA", "Redundant server pair, 2 x 1U, SentiCall pre-installed", "pair", 18900, 8, "up to 64 simultaneous calls"),
        ("INST-PIL", "Installation and commissioning, per pillar or tunnel phone", "per device", 640, "", "traffic management excluded"),
        ("DEC-OLD", "Removal and disposal of an existing emergency pillar", "per pillar", 85, "", "foundation removal excluded"),
        ("SPK-P400", "Spare parts kit (buttons, amplifier, beacon, door seal, SFP)", "kit", 2350, 4, ""),
        ("TRN-OP", "Operator training day (up to 8 participants)", "per day", 1450, "", ""),
        ("TRN-TEC", "Technician training day (up to 6 participants)", "per day", 1450, "", ""),
        ("MNT-SILVER", "Sentivox Care Silver", "per device per year", 118, "", "minimum term 5 years"),
        ("MNT-GOLD", "Sentivox Care Gold", "per device per year", 165, "", "minimum term 5 years"),
        ("MNT-PLAT", "Sentivox Care Platinum", "per device per year", 239, "", "minimum term 5 years"),
    ]
    for it in items:
        ws.append(list(it))
    for col, w in zip("ABCDEF", (16, 56, 20, 16, 18, 36)):
        ws.column_dimensions[col].width = w

    sp = wb.create_sheet("Specifications")
    sp.append(["Sentivox device specifications - comparison sheet, rev. 2025-03"])
    sp["A1"].font = Font(bold=True, size=13)
    sp.append([])
    sp.append(["Property", "SVX-P400-F", "SVX-P400-S", "SVX-T220"])
    for c in sp[3]:
        c.font = Font(bold=True)
    specs = [
        ("Connection", "SIP over single-mode fibre (1000BASE-LX)", "SIP over LTE Cat-1, IPsec VPN", "SIP over Ethernet"),
        ("Power", "230 V AC, 35 W max", "40 W solar panel", "PoE+ or 48 V DC"),
        ("Battery", "12 V 17 Ah lead-acid", "100 Ah LiFePO4", "none (tunnel UPS)"),
        ("Backup / autonomy", "8 hours standby", "14 days without sun", "n/a"),
        ("Weight", "68 kg", "94 kg", "21 kg"),
        ("Ingress / impact", "IP66 / IK10", "IP66 / IK10", "IP66"),
        ("Operating temperature", "-30 °C to +60 °C", "-30 °C to +60 °C", "-20 °C to +50 °C; 60 min at 250 °C"),
        ("Colour", "RAL 2008", "RAL 2008", "RAL 3020"),
        ("Installation time (2-person crew)", "3.5 hours", "5 hours", "2.5 hours"),
        ("Audio", "hands-free, 94 dB(A) at 1 m", "hands-free, 94 dB(A) at 1 m", "hands-free + armoured handset"),
    ]
    for r in specs:
        sp.append(list(r))
    for col, w in zip("ABCD", (32, 40, 34, 36)):
        sp.column_dimensions[col].width = w

    rc = wb.create_sheet("Rate card")
    rc.append(["Field service rate card 2025 (EUR, excluding VAT)"])
    rc["A1"].font = Font(bold=True, size=13)
    rc.append([])
    rc.append(["Item", "Rate (EUR)", "Unit", "Conditions"])
    for c in rc[3]:
        c.font = Font(bold=True)
    rates = [
        ("Field technician, standard hours", 92, "per hour", "Mon-Fri 07:00-19:00"),
        ("Field technician, night / weekend / public holiday", 138, "per hour", "outside standard hours"),
        ("Call-out fee", 145, "per visit", "charged on rate-card visits only, not on plan visits"),
        ("Travel", 0.65, "per km", "beyond 50 km from the nearest Sentivox depot"),
        ("Replacement pillar after vehicle strike", "list price less 15%", "each", "installation at rate card"),
        ("Minimum charge per visit", 2, "hours", "at the applicable hourly rate"),
    ]
    for r in rates:
        rc.append(list(r))
    for col, w in zip("ABCD", (48, 20, 12, 50)):
        rc.column_dimensions[col].width = w
    wb.save(K / "Sentivox_Price_List_2025.xlsx")


# --------------------------------------------------------------------------- Markdown KB
MD = """# SentiCall Control Room - Frequently asked questions

*Knowledge-base article KB-0142, last reviewed April 2025.*

SentiCall is the Sentivox control-room software that answers calls from SVX-P400 pillars and SVX-T220 tunnel
telephones, shows the caller's exact location and hands the incident on to patrols, the traffic management centre and
emergency services.

## How is SentiCall licensed?
Licences are counted as **concurrent operator seats**. Two models exist:
- **Perpetual** (SCR-SEAT): EUR 4,200 per seat, one-off, including 12 months of software updates. After 12 months,
  updates require a Gold or Platinum Sentivox Care plan.
- **Annual subscription** (SCR-SEAT-SUB): EUR 1,150 per seat per year, updates included while the subscription runs.

Supervisor and read-only viewer accounts are unlimited and free. Perpetual and subscription seats can be mixed on one
server pair.

## What hardware does it run on?
SentiCall is delivered on a pre-configured redundant server pair (SCR-SRV-HA) installed in the customer's own control
room or data centre. One server pair handles up to **64 simultaneous calls** and up to 2,000 connected devices.

## What happens if a server fails?
The pair runs active/standby. If the active server fails, the standby takes over automatically in **under 30 seconds**.
Calls in progress are kept when the SIP media path is unaffected; calls that were ringing are re-queued at the top of
the queue.

## What does the operator see when a call comes in?
Pillar ID, road, kilometre marker (to 100 m), carriageway direction, GPS coordinates and a map view. If the road's
CCTV is integrated (ONVIF), the nearest camera opens automatically. Calls from the red EMERGENCY button are queued
ahead of calls from the yellow BREAKDOWN button.

## Silent calls
If a caller does not speak within 10 seconds, the call is flagged as a silent call and the pillar plays a recorded
message (in up to 4 languages) asking the caller to press the button twice if they cannot speak. The amber beacon keeps
flashing so a patrol can find the pillar.

## Which systems can it integrate with?
- Traffic management centres: incidents are published with **DATEX II** (version 3).
- Emergency services: calls can be forwarded on a SIP trunk to the 112 PSAP, with the location passed in the SIP header
  (PIDF-LO).
- Everything else: a documented REST API (JSON), for example for asset-management or ticketing systems.

## Call recording and data protection
Every call is recorded. The default retention is **90 days**, configurable per customer from 7 to 3,650 days.
Recordings stay on the customer's server pair; Sentivox does not store them. Recordings can be exported as WAV with a
SHA-256 hash for use as evidence. The audit log of operator actions is kept for 2 years.

## Operator interface languages
English, German, French, Italian, Dutch and Spanish. Each operator chooses a language at login.

## Updates and remote support
Two feature releases a year (spring and autumn) and monthly security patches. Remote support is only possible through
a VPN controlled by the customer; every session is logged.
"""


# --------------------------------------------------------------------------- HTML (served as a URL)
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Project delivery and commissioning - Sentivox Roadside Systems</title></head>
<body>
<h1>How Sentivox delivers a motorway emergency-telephone project</h1>
<p>From signed order to handover, every Sentivox project follows the same seven steps. Lead times shown on the price
list run from receipt of the signed order <em>and</em> the approved site survey, whichever is later.</p>
<h2>1. Kick-off</h2>
<p>A project manager is named and a kick-off meeting is held within 2 weeks of the order. The customer names one
contact for traffic management and one for IT/network.</p>
<h2>2. Site survey</h2>
<p>Every device location gets a survey sheet with photos, the foundation position, fibre availability and, for solar
pillars, a shade analysis and an LTE measurement (at least -100 dBm RSRP on both networks). The survey report is
submitted for the customer's approval.</p>
<h2>3. Factory acceptance test (FAT)</h2>
<p>A 2-day FAT at our Veldhoven plant: a sample of 5% of the pillars (at least 3) and the complete SentiCall server
pair are tested with the customer's dial plan. The customer is invited to attend; travel is at the customer's cost.</p>
<h2>4. Delivery</h2>
<p>Delivery DAP (Incoterms 2020) to the customer's depot, pillars on pallets of 4. The customer unloads with a forklift
or crane suitable for the weights on the specification sheet.</p>
<h2>5. Installation</h2>
<p>Each two-person crew installs up to 4 pillars per day on a closed hard shoulder. Work is planned in
weekly batches agreed with the customer's traffic management contact.</p>
<h2>6. Site acceptance test (SAT)</h2>
<p>A test call from every device to SentiCall, a check of the location shown on the operator screen, and a 72-hour
soak test of the whole system. Warranty and maintenance plans start on the date the SAT certificate is signed.</p>
<h2>7. Handover</h2>
<p>As-built documentation, an O&amp;M manual, the recommended spare-parts list and the SentiCall configuration backup.</p>
<h2>Removal of old pillars</h2>
<p>We remove and dispose of existing emergency pillars of any make for &euro;85 per pillar: the supply cable is cut back
to the nearest joint and made safe, the pillar is recycled under the WEEE rules and a certificate of destruction is
issued. Removal of the old foundation is not included.</p>
<h2>Training</h2>
<p>Operator training days take up to 8 participants, technician training days up to 6. Training is held at the
customer's control room.</p>
<h2>Spare parts</h2>
<p>Sentivox guarantees spare-part availability for 10 years after the final delivery of a product line.</p>
</body></html>
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "senticall-faq.md").write_text(MD, encoding="utf-8")
    (K / "project-delivery.html").write_text(HTML, encoding="utf-8")
    print("written:", sorted(p.name for p in K.iterdir()))
