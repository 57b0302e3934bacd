"""Generate the knowledge sources of the hydrevia-sterile-water-dispensers scenario.

Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder).
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

K = Path(__file__).resolve().parent / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: CarePlus service schedule
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Hydrevia Medical - CarePlus Service Plan", level=1)
    d.add_paragraph("Schedule of Services and Service Levels, Ireland and United Kingdom. Document HV-SLA-IE-2025.1, "
                    "effective 1 January 2025. This schedule forms part of every CarePlus order for AquaPoint D400 "
                    "and D700 sterile-water dispensers and prevails over general product literature where they differ.")
    d.add_heading("1. Planned preventive maintenance (PPM)", level=2)
    d.add_paragraph("CarePlus includes two planned preventive maintenance visits per dispenser per year, one every 6 "
                    "months, scheduled at least 15 business days in advance with the hospital's estates department. "
                    "Each PPM visit covers: verification of the thermal sanitisation cycle with a calibrated probe "
                    "(the circuit must hold 75 °C for 20 minutes), UV-C LED intensity check, inlet pressure and leak "
                    "test, firmware update, replacement of the O-ring kit and replacement of the pre-filter. A PPM "
                    "visit takes approximately 45 minutes per dispenser, during which the outlet is out of use.")
    d.add_paragraph("The pre-filter and O-ring kit are included in CarePlus. Terminal sterile filter cartridges "
                    "(SteriGuard F31 and F62) are not included and are purchased separately as consumables.")
    d.add_heading("2. Corrective maintenance and response times", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Fault category", "Remote diagnosis (AquaLink)", "Engineer on site"]):
        c.text = h
    rows = [
        ("Critical: dispenser out of service in a critical-care area (ICU, NICU, haemato-oncology, burns, transplant)",
         "within 2 hours", "within 8 business hours"),
        ("Non-critical: dispenser out of service elsewhere, or degraded (one outlet of a D700 locked)",
         "within 4 hours", "within 2 business days"),
        ("Cosmetic or advisory (display, casing, labels)", "next business day", "at the next PPM visit"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph("Business hours are Monday to Friday, 08:00 to 18:00 local time, excluding public holidays in the "
                    "Republic of Ireland or the United Kingdom as applicable. Response times are measured from the "
                    "moment the fault is logged with the Hydrevia Service Desk (+353 1 555 0192 or via AquaLink). "
                    "Out-of-hours call-outs are not covered by CarePlus and are charged at EUR 165 per hour, minimum "
                    "2 hours, plus parts not covered by the plan.")
    d.add_paragraph("If a repair cannot be completed within 3 business days, Hydrevia provides a loan D400 dispenser "
                    "free of charge until the repair is complete. A loan D700 is subject to availability; where none "
                    "is available, a loan D400 is supplied instead.")
    d.add_heading("3. Availability commitment and service credits", level=2)
    d.add_paragraph("Hydrevia commits to 98.5% availability per dispenser per calendar quarter, excluding scheduled "
                    "PPM visits, automatic sanitisation cycles, and downtime caused by the water or power supply being "
                    "outside specification. For each full percentage point below 98.5%, the hospital receives a "
                    "service credit of 5% of the quarterly CarePlus fee for that dispenser, capped at 25% of the "
                    "quarterly fee. Service credits are applied to the next CarePlus invoice and are the sole and "
                    "exclusive remedy for availability shortfalls.")
    d.add_heading("4. What is not covered", level=2)
    for s in [
        "Terminal filter cartridges, microbiological sampling kits and laboratory analysis.",
        "Damage from cleaning agents not approved by Hydrevia, including chlorine solutions above 1,000 ppm, "
        "abrasive pads and quaternary ammonium sprays applied to the outlet nozzle.",
        "Faults caused by a water supply outside 2.0 to 6.0 bar dynamic pressure or above 25 °C inlet temperature, "
        "or by power surges where no surge protection is fitted.",
        "Relocation of a dispenser to another room or building, charged at EUR 420 per dispenser, including "
        "re-commissioning and a new OQ record.",
        "Building works, plumbing or electrical work upstream of the isolation valve and the fused spur.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("5. Term, invoicing and price", level=2)
    d.add_paragraph("CarePlus has a minimum term of 3 years per dispenser and is invoiced annually in advance. Fees "
                    "are fixed for the initial term when the plan is ordered as a multi-year plan on a single quote. "
                    "Annual renewals after the initial term are adjusted by the Irish Consumer Price Index (CSO), "
                    "capped at 4% per year. Either party may end the plan at the end of the initial term or any "
                    "renewal year with 90 days' written notice. On early termination by the hospital, the fees for "
                    "the current contract year remain payable.")
    d.add_heading("6. Reporting and engineers", level=2)
    d.add_paragraph("An annual compliance pack is issued per site within 20 business days of each contract "
                    "anniversary: sanitisation logs, alarm history, filter-change records and PPM certificates, "
                    "exported from AquaLink. All field engineers hold Garda vetting (Ireland) or an enhanced DBS "
                    "check (United Kingdom) and complete the hospital's own site induction before first attendance.")
    d.save(K / "careplus-service-schedule.docx")


# ---------------------------------------------------------------- PDF: technical data
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9
    body.leading = 11.5
    h1, h2 = ss["Heading1"], ss["Heading2"]
    story = [
        Paragraph("AquaPoint D400 / D700 - Technical Data and Site Requirements", h1),
        Paragraph("Hydrevia Medical B.V., Eindhoven. Document HV-TD-0425, revision C, April 2025.", body),
        Spacer(1, 4 * mm),
        Paragraph("1. Intended use", h2),
        Paragraph("AquaPoint dispensers deliver sterile-filtered water at the point of use for patient care in "
                  "critical-care and immunocompromised settings: oral care, wound rinsing, patient washing, "
                  "flushing of enteral feeding tubes and preparation of ice chips. Water dispensed is sterile-filtered "
                  "water for topical and enteral use. It is not Water for Injections (WFI) and must not be used for "
                  "parenteral preparation or reconstitution of intravenous medicines, nor as endoscope final-rinse "
                  "water unless the user has validated that use. The dispensers are CE-marked medical devices, "
                  "Class IIa under Regulation (EU) 2017/745 (MDR), and comply with IEC 60601-1 and IEC 60601-1-2.", body),
        Paragraph("2. Treatment stages", h2),
        Paragraph("Every outlet has three barriers: (a) a 5 micron pre-filter; (b) a SteriGuard terminal cartridge "
                  "with a 0.2 micron polyethersulfone (PES) membrane, validated to ASTM F838 with a retention of "
                  "Brevundimonas diminuta of at least 10^7 CFU per cm2; (c) a UV-C LED reactor at 265 nm in the "
                  "outlet nozzle delivering a dose of at least 40 mJ/cm2 at rated flow. The internal circuit "
                  "self-sanitises thermally: it is heated to 75 °C and held for 20 minutes once every 24 hours "
                  "(default start 03:00, programmable). Dispensing is locked during the cycle and the cool-down; "
                  "the whole sequence takes about 35 minutes.", body),
        Paragraph("3. Model data", h2),
    ]
    data = [
        ["", "AquaPoint D400", "AquaPoint D700"],
        ["Outlets", "1 (ambient)", "2 (ambient + warm 37 °C +/- 1 °C)"],
        ["Flow rate at 3 bar", "4.5 L/min", "cold 4.5 L/min, warm 3.0 L/min"],
        ["Heated buffer tank", "none", "6 litres"],
        ["Dimensions W x D x H", "420 x 180 x 560 mm", "600 x 240 x 680 mm"],
        ["Weight", "18 kg empty", "34 kg empty, 41 kg filled"],
        ["Electrical supply", "230 V 50 Hz, 10 A fused spur", "230 V 50 Hz, 16 A dedicated circuit"],
        ["Peak / standby power", "1.2 kW / 9 W", "2.8 kW / 14 W"],
        ["Water discharged per sanitisation", "3 litres", "9 litres"],
        ["Typical installation time", "3 hours", "5 hours"],
        ["Noise", "< 40 dB(A)", "< 40 dB(A)"],
    ]
    t = Table(data, colWidths=[55 * mm, 50 * mm, 65 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [t, Spacer(1, 3 * mm)]
    story += [
        Paragraph("4. Water, drain and electrical requirements", h2),
        Paragraph("Supply: potable mains water, dynamic pressure 2.0 to 6.0 bar, maximum static pressure 8 bar (a "
                  "pressure-reducing valve is required where the static pressure exceeds 6 bar), inlet temperature 5 "
                  "to 25 °C. Connection: 15 mm compression fitting with an isolation valve and a double check valve "
                  "supplied by the hospital's plumber. Drain: a 32 mm waste with tundish within 1.5 m of the "
                  "dispenser, to take the sanitisation discharge. Electrical: the D700 must be on a dedicated 16 A "
                  "circuit; the D400 may share a 10 A fused spur with no other load above 500 W. Surge protection "
                  "is recommended and is a condition of CarePlus cover for surge damage.", body),
        Paragraph("5. Mounting and clearances", h2),
        Paragraph("Wall-mount on masonry or on a reinforced stud wall rated for at least four times the filled "
                  "weight. Recommended outlet height 900 to 1,100 mm above finished floor. Leave 150 mm free on each "
                  "side for filter access and 300 mm above. Where no suitable wall exists, the D400 can be mounted "
                  "on the HV-BRKT-FS floor stand; no floor stand is available for the D700. Ambient conditions: "
                  "10 to 32 °C, relative humidity up to 80% non-condensing.", body),
        Paragraph("6. Connectivity and AquaLink", h2),
        Paragraph("Each dispenser connects by Ethernet (RJ45) or Wi-Fi (2.4 / 5 GHz) and needs outbound HTTPS on "
                  "port 443 only; no inbound ports are opened. A volt-free alarm contact is provided for connection "
                  "to a nurse-call or building management system. The AquaLink site licence covers up to 50 "
                  "dispensers on one site and includes a web dashboard, e-mail and SMS alerts to up to 10 "
                  "recipients, audit-ready sanitisation and filter-change logs, and 5 years of data retention. Data "
                  "is hosted in the EU (Frankfurt). Without AquaLink, alarms are local only (buzzer and status LED).",
                  body),
        Paragraph("7. Commissioning", h2),
        Paragraph("Installation and commissioning by Hydrevia include an Installation Qualification (IQ) and "
                  "Operational Qualification (OQ) record per dispenser, a first sanitisation cycle, and a handover "
                  "of the logbook. Performance Qualification (PQ), including baseline microbiological sampling, is "
                  "the responsibility of the hospital's infection prevention and control team.", body),
    ]
    SimpleDocTemplate(str(K / "aquapoint-technical-data.pdf"), pagesize=A4, leftMargin=18 * mm,
                      rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                      title="AquaPoint D400 / D700 Technical Data").build(story)


# ---------------------------------------------------------------- XLSX: price list
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list"
    ws.append(["Hydrevia Price List 2025 - Ireland (EUR, excluding VAT), valid 1 January to 31 December 2025"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (EUR)", "Lead time", "Notes"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("HV-D400-W", "AquaPoint D400 wall-mounted sterile-water dispenser, single ambient outlet", "each", 6850.00,
         "6 weeks", "Floor stand available (HV-BRKT-FS)"),
        ("HV-D700-N", "AquaPoint D700 dual-outlet dispenser, ambient + warm 37 °C outlet (neonatal)", "each", 9400.00,
         "10 weeks", "Dedicated 16 A circuit required"),
        ("HV-F31-1", "SteriGuard F31 terminal filter cartridge, 31-day", "each", 64.00, "5 business days", ""),
        ("HV-F31-12", "SteriGuard F31 terminal filter cartridge, pack of 12", "pack", 690.00, "5 business days", ""),
        ("HV-F62-1", "SteriGuard F62 extended-life terminal filter cartridge, 62-day", "each", 112.00,
         "5 business days", "See Filters sheet for D700 warm outlet limit"),
        ("HV-F62-6", "SteriGuard F62 extended-life terminal filter cartridge, pack of 6", "pack", 598.00,
         "5 business days", ""),
        ("HV-PRE-10", "Pre-filter 5 micron, pack of 10", "pack", 140.00, "5 business days", "Included in CarePlus"),
        ("HV-UV-LED", "Replacement UV-C LED module", "each", 420.00, "2 weeks", "Included in CarePlus"),
        ("HV-BRKT-FS", "Floor stand for AquaPoint D400", "each", 310.00, "4 weeks", "Not compatible with D700"),
        ("HV-INST-IQOQ", "Installation, commissioning and IQ/OQ record, per dispenser", "each", 780.00,
         "with equipment", "Excludes plumbing and electrical works"),
        ("HV-CARE-PLUS", "CarePlus service plan, per dispenser per year", "unit-year", 690.00, "-",
         "2 PPM visits/year, parts, response times per HV-SLA-IE-2025.1"),
        ("HV-CARE-BASIC", "CareBasic service plan, per dispenser per year", "unit-year", 390.00, "-",
         "1 PPM visit/year, parts and call-outs charged"),
        ("HV-LINK-SITE", "AquaLink remote monitoring, site licence per year (up to 50 dispensers)", "year", 2400.00,
         "-", ""),
        ("HV-TRN-HD", "On-site clinical and facilities training, half-day session (max 12 attendees)", "session",
         950.00, "3 weeks", ""),
        ("HV-MB-KIT", "Microbiological sampling kit, 10 samples, incl. accredited lab analysis", "kit", 185.00,
         "5 business days", "Results within 5 business days of receipt"),
        ("HV-RELOC", "Relocation and re-commissioning of a dispenser", "each", 420.00, "2 weeks", ""),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDEF", (15, 70, 10, 16, 16, 50)):
        ws.column_dimensions[col].width = w

    f = wb.create_sheet("Filters")
    f.append(["SteriGuard terminal filter cartridges - service life and compatibility"])
    f["A1"].font = Font(bold=True, size=12)
    f.append([])
    f.append(["Cartridge", "Membrane", "Max. service life", "Max. volume", "Compatible outlets",
              "Storage", "Shelf life (sealed)"])
    for c in f[3]:
        c.font = Font(bold=True)
    f.append(["SteriGuard F31", "0.2 micron PES", "31 days", "6,000 litres", "D400; D700 ambient and warm outlets",
              "5 to 30 °C, dry", "36 months"])
    f.append(["SteriGuard F62", "0.2 micron PES, silver-ion housing", "62 days (45 days on the D700 warm outlet)",
              "12,000 litres", "D400; D700 ambient and warm outlets", "5 to 30 °C, dry", "36 months"])
    f.append([])
    f.append(["Change the cartridge at whichever comes first: the service-life limit, the volume limit, or a "
              "pressure-drop alarm. On the D700 warm (37 °C) outlet the F62 is limited to 45 days; the F31 stays at "
              "31 days on every outlet."])
    for col, w in zip("ABCDEFG", (18, 32, 40, 14, 36, 16, 18)):
        f.column_dimensions[col].width = w

    v = wb.create_sheet("Volume discounts")
    v.append(["Volume discounts - applied per line on a single order"])
    v["A1"].font = Font(bold=True, size=12)
    v.append([])
    v.append(["Product group", "Quantity on one order", "Discount"])
    for c in v[3]:
        c.font = Font(bold=True)
    for r in [
        ("Dispensers (D400 and D700 counted together)", "1 to 4", "0%"),
        ("Dispensers (D400 and D700 counted together)", "5 to 9", "4%"),
        ("Dispensers (D400 and D700 counted together)", "10 to 19", "8%"),
        ("Dispensers (D400 and D700 counted together)", "20 or more", "12%"),
        ("Filter packs (HV-F31-12, HV-F62-6)", "10 to 24 packs", "5%"),
        ("Filter packs (HV-F31-12, HV-F62-6)", "25 packs or more", "8%"),
        ("CarePlus multi-year plan", "3-year term", "10%"),
        ("CarePlus multi-year plan", "5-year term", "14%"),
    ]:
        v.append(list(r))
    v.append([])
    v.append(["Installation, training, AquaLink and sampling kits are not discounted. Discounts do not combine "
              "with trade-in credits on the same line."])
    for col, w in zip("ABC", (48, 24, 12)):
        v.column_dimensions[col].width = w
    wb.save(K / "hydrevia-price-list-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# KB-214: Filter changes, daily checks and alarm codes on AquaPoint dispensers

Applies to AquaPoint D400 and D700, firmware 3.2 and later. Audience: ward staff, estates technicians and
infection prevention and control (IPC) teams.

## When to change the terminal filter

Change the SteriGuard cartridge at whichever comes first: the service-life limit (F31: 31 days; F62: 62 days, or
45 days on the D700 warm outlet), the volume limit, or a pressure-drop alarm (more than 1.2 bar across the
cartridge). The display shows an amber warning 7 days before the limit. At the limit, alarm E01 is raised and the
outlet locks 48 hours later if the cartridge has not been changed.

## How to change it (about 10 minutes, no tools)

1. Press and hold FILTER for 3 seconds; the outlet closes and the display shows "CHANGE".
2. Turn the old cartridge a quarter-turn anticlockwise and remove it. Dispose of it as clinical waste.
3. Perform hand hygiene, put on clean gloves, open the new cartridge without touching the outlet end.
4. Fit and turn a quarter-turn clockwise until it clicks.
5. Scan the cartridge QR code with the AquaLink app (or enter the lot number on the display).
6. Flush for 60 seconds (about 4 litres) to waste before first patient use.

## Daily checks by ward staff

- Check the status LED is green and the display shows no alarm.
- Wipe the outlet nozzle with a 70% alcohol wipe. Do not use chlorine solutions above 1,000 ppm, abrasive pads or
  quaternary ammonium sprays on the nozzle: they damage the UV-C window and are not covered by CarePlus.
- Never connect tubing, syringes or bottles directly to the outlet.

## Alarm codes

| Code | Meaning | What the dispenser does | What to do |
|---|---|---|---|
| E01 | Filter service life or volume reached | Outlet locks after 48 hours | Change the cartridge |
| E02 | UV-C LED fault | Outlet locks immediately | Call the Service Desk (critical fault) |
| E03 | Sanitisation cycle did not reach 75 °C | Retries once after 60 minutes; locks if the retry fails | If locked, call the Service Desk |
| E04 | Inlet pressure below 1.5 bar | Outlet locks until pressure recovers | Ask estates to check the supply |
| E05 | Warm outlet outside 35 to 39 °C (D700 only) | Warm outlet locks; ambient outlet stays available | Call the Service Desk (non-critical) |
| E07 | Leak detected | Inlet solenoid closes, all outlets lock | Isolate the supply, call the Service Desk |

## After a power cut

If mains power was off for more than 4 hours, the dispenser runs a full sanitisation cycle on restart before it
allows dispensing (about 35 minutes). After a shorter outage it is available immediately.

## Water sampling

Hydrevia recommends sampling each outlet monthly for the first 3 months after installation, then quarterly. Use
the HV-MB-KIT (10 samples); collect 250 mL from the outlet without prior flushing and without removing the
cartridge, and ship the same day. The partner laboratory is ISO/IEC 17025 accredited and reports within 5 business
days of receipt. Target: no Pseudomonas aeruginosa detected in 100 mL and a total viable count below 1 CFU per
100 mL.

If a result is positive: take the outlet out of use, change the cartridge, start a manual sanitisation cycle from
the service menu, resample, and notify Hydrevia. The outlet goes back into use only after a negative resample and
the agreement of your IPC team.
"""


# ---------------------------------------------------------------- HTML page
HTML = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Warranty, delivery and returns - Hydrevia Medical Ireland</title></head>
<body>
<header><p>Hydrevia Medical &middot; Customer policies &middot; Ireland</p></header>
<main>
<h1>Warranty, delivery and returns</h1>
<p>These policies apply to orders placed with Hydrevia Medical Ireland Ltd (Cork) from 1 January 2025. Where a signed
quote states otherwise, the quote prevails.</p>

<h2>Warranty</h2>
<ul>
<li>AquaPoint D400 and D700 dispensers: 24 months from the commissioning date or 27 months from delivery, whichever
comes first. The warranty covers parts, labour and travel for defects in materials and workmanship.</li>
<li>UV-C LED module: 24 months or 10,000 operating hours, whichever comes first.</li>
<li>SteriGuard filter cartridges and pre-filters: free from defects at delivery and until the end of their sealed
shelf life; no warranty after the cartridge is fitted beyond its rated service life.</li>
<li>The warranty requires installation and commissioning by Hydrevia or a Hydrevia-certified partner, and use of
Hydrevia cartridges only. Damage from unapproved cleaning agents or a water supply outside specification is
excluded.</li>
</ul>

<h2>Delivery</h2>
<p>Delivery is DAP (Incoterms 2020) to the hospital's goods-in or loading bay, Monday to Friday, 08:00 to 16:00, by a
two-person crew. Delivery is free of charge for orders above EUR 5,000; smaller orders carry a delivery charge of
EUR 95. The crew does not take goods to wards: Hydrevia's installation team moves the dispensers to their final
location on installation day. Lead times for dispensers are given in the current price list; consumables ship within
5 business days.</p>

<h2>Returns</h2>
<ul>
<li>Unused consumables in their original sealed packaging may be returned within 30 days of delivery, subject to a
15% restocking fee.</li>
<li>Opened filter cartridges cannot be returned, because the sterile barrier has been broken.</li>
<li>Dispensers cannot be returned after commissioning. Dead-on-arrival equipment must be reported within 5 business
days of delivery and is replaced free of charge.</li>
</ul>

<h2>Payment</h2>
<p>Payment is due 30 days net from the invoice date. Equipment is invoiced on delivery, installation on commissioning,
and CarePlus and AquaLink annually in advance. Late payment interest applies under the European Communities (Late
Payment in Commercial Transactions) Regulations 2012.</p>

<h2>Trade-in of legacy point-of-use filter units</h2>
<p>When Hydrevia removes a legacy point-of-use filter unit of any brand as part of an AquaPoint installation, the
hospital receives a trade-in credit of EUR 350 per unit removed, up to 20 units per order. Trade-in must be requested
before the order is placed and is credited on the installation invoice; it cannot be combined with a volume discount
on the same line.</p>
</main>
<footer><p>Hydrevia Medical Ireland Ltd, Unit 7, Little Island Business Park, Cork. Company no. 712345.</p></footer>
</body>
</html>
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "kb-214-filters-alarms-sampling.md").write_text(KB, encoding="utf-8")
    (K / "warranty-delivery-returns.html").write_text(HTML, encoding="utf-8")
    print("sources written to", K)
