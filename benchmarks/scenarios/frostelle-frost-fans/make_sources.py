"""Generate the knowledge sources of the frostelle-frost-fans scenario.

Run with a Python that has python-docx, openpyxl and reportlab, e.g.
  PYTHONPATH=/tmp/frostelle_deps /work/main/.venv/bin/python make_sources.py
(reportlab installed with `pip install --target /tmp/frostelle_deps reportlab`).
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

K = Path(__file__).resolve().parent / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Frostelle Site Preparation and Installation Guide", 0)
    d.add_paragraph("Document FS-INST-07, revision C (June 2025). Applies to FRX-480D, FRX-610D, FRX-610E and "
                    "FRX-610P frost fans. Frostelle SAS, 14 chemin des Gravières, 69800 Saint-Priest, France.")
    d.add_heading("1. Siting and setback distances", 1)
    d.add_paragraph("Each fan must stand at least 300 m from the nearest inhabited dwelling unless a Frostelle "
                    "acoustic survey (ACS-SURV) recommends a shorter distance for that location. Keep at least "
                    "50 m from overhead power lines, 15 m from buildings and 25 m from public roads. The rotor "
                    "must have a clear radius of 4 m around the tower head: trees and wind-breaks inside that "
                    "radius must be cut back before installation day.")
    d.add_paragraph("Frost fans only work under a temperature inversion. Frostelle will not position a fan where "
                    "the site survey measures an inversion weaker than 2 °C between 1.5 m and 10 m on a typical "
                    "radiation-frost night; in such hollows we recommend a different protection method.")
    d.add_heading("2. Foundations", 1)
    d.add_paragraph("The standard foundation (INS-FND-STD) is a precast reinforced-concrete block of 2.6 m x 2.6 m "
                    "x 0.9 m set in an excavated pit on a 10 cm lean-concrete blinding. It requires a ground "
                    "bearing capacity of at least 150 kN/m2. Where the site survey finds a lower bearing capacity, "
                    "or rock within 0.8 m of the surface, the rock-anchor foundation (INS-FND-ROCK) is used "
                    "instead and the price difference is confirmed in writing before the order is accepted. "
                    "Because the block is precast, no curing time is needed and the tower can be erected on the "
                    "day the block is set.")
    d.add_heading("3. Access and lifting", 1)
    d.add_paragraph("Erection uses a 40-tonne mobile crane. The buyer provides an access track at least 4 m wide "
                    "with no bend tighter than 12 m radius, and a level hard standing of 12 m x 8 m next to each "
                    "tower position, within 6 m of the foundation centre. Vine rows may need to be shortened at "
                    "the headland; uprooting and replanting are the buyer's responsibility. Installation takes "
                    "one working day per fan once access is ready; a crew of three Frostelle technicians "
                    "installs up to two fans per day on neighbouring parcels.")
    d.add_heading("4. Electrical supply (FRX-610E only)", 1)
    d.add_paragraph("The electric FRX-610E needs a 400 V three-phase supply rated 160 A per fan, terminated at a "
                    "lockable isolator at the tower base. The cable run from the buyer's switchboard to the "
                    "isolator is laid by the buyer's electrician; Frostelle supplies and connects everything "
                    "from the isolator upwards, including the soft-starter, which limits starting current to "
                    "2.5 times rated current. Supply cables longer than 250 m need a voltage-drop calculation "
                    "signed by the buyer's electrician before the installation date is fixed. Diesel and LPG "
                    "models need no mains supply: the FLC-200 controller runs from the engine battery, charged "
                    "by a 20 W solar panel on the tower.")
    d.add_heading("5. Lead time and installation window", 1)
    d.add_paragraph("Lead times in the price list run from the later of (a) receipt of the deposit and (b) the "
                    "signed site-survey report. Frostelle does not install fans between 1 March and 31 May, when "
                    "its crews are on frost-season standby; an order placed too late for installation before "
                    "1 March is installed from 1 June. Orders confirmed by 15 December are normally installed "
                    "before 1 March, subject to ground conditions (no crane access on waterlogged soil).")
    d.add_heading("6. Commissioning and handover", 1)
    d.add_paragraph("Commissioning includes a test run of 30 minutes at full speed, a full head rotation check, an "
                    "autostart test using the FLC-200 test mode and an alarm test to every registered phone "
                    "number. Handover training lasts 2 hours and is given on site for up to 4 of the buyer's "
                    "staff; further sessions cost EUR 290 each. The buyer signs the commissioning certificate, "
                    "which starts all warranty periods.")
    d.add_heading("7. Buyer's responsibilities checklist", 1)
    for item in ["Planning or declaration formalities with the local authority and any neighbour notifications.",
                 "Marking of buried pipes, drains and cables at each tower position.",
                 "Access track, hard standing and headland clearance (sections 1 and 3).",
                 "For FRX-610E: supply cable and switchboard protection up to the isolator (section 4).",
                 "For diesel units: first fill of fuel; tanks are delivered with 20 litres only."]:
        d.add_paragraph(item, style="List Bullet")
    d.save(K / "site-installation-guide.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = [Paragraph("Frostelle Warranty and Frost-Season Service Terms", ss["Title"]),
             Paragraph("Edition 2025-1. These terms form part of every Frostelle equipment sale and apply from the "
                       "date of the signed commissioning certificate.", body), Spacer(1, 8)]
    story.append(Paragraph("1. Warranty periods", ss["Heading2"]))
    rows = [["Component", "Warranty period"],
            ["Tower, head frame and rotor blades", "10 years"],
            ["Gearbox (right-angle drive)", "5 years"],
            ["Diesel engine (FRX-480D, FRX-610D)", "2 years or 1000 operating hours, whichever comes first"],
            ["LPG engine (FRX-610P)", "2 years or 1000 operating hours, whichever comes first"],
            ["Electric motor and soft-starter (FRX-610E)", "3 years"],
            ["FLC-200 controller and FSN-WB2 sensor stations", "2 years"]]
    t = Table(rows, colWidths=[8 * cm, 8 * cm])
    story += [t, Spacer(1, 6)]
    story.append(Paragraph("The optional extended warranty EW-5 extends the engine or motor warranty to 5 years "
                           "(for engines: or 2500 operating hours, whichever comes first). EW-5 must be ordered "
                           "before commissioning and costs EUR 1,150 per fan.", body))
    story.append(Paragraph("2. Conditions", ss["Heading2"]))
    story.append(Paragraph("Warranty cover requires a pre-season maintenance visit each year, carried out by "
                           "Frostelle or a Frostelle-certified partner between 1 September and 15 February. A "
                           "missed visit suspends engine, motor and gearbox cover until the next completed "
                           "visit. Engine oil and filters must be changed every 250 operating hours. The warranty "
                           "does not cover lightning, flooding, vandalism, collision with vehicles, use of fuel "
                           "not meeting the engine manufacturer's specification, or damage caused by operating "
                           "the fan with the head rotation locked for more than 10 minutes.", body))
    story.append(Paragraph("3. Frost-season hotline and response targets", ss["Heading2"]))
    story.append(Paragraph("From 1 March to 31 May the Frostelle frost hotline (+33 4 72 55 18 40) is staffed 24/7, "
                           "including nights, weekends and public holidays. Outside that period the hotline is "
                           "answered Monday to Friday, 8:00-18:00.", body))
    rows2 = [["Situation", "On-site response target"],
             ["Frost season, Zone A (within 80 km of a Frostelle depot)", "6 hours"],
             ["Frost season, Zone B (80-200 km)", "12 hours"],
             ["Outside frost season, any zone", "3 business days"]]
    story += [Table(rows2, colWidths=[10 * cm, 6 * cm]), Spacer(1, 6)]
    story.append(Paragraph("Depots: Saint-Priest (Rhone), Libourne (Gironde) and Beaune (Cote-d'Or). Response "
                           "times are targets measured from the logged call; they are not guaranteed. Parts "
                           "replaced under warranty are free of charge, including travel. Out-of-warranty "
                           "emergency call-outs are charged as SVC-EMG in the current price list.", body))
    story.append(Paragraph("4. Spare parts", ss["Heading2"]))
    story.append(Paragraph("Frostelle keeps spare parts available for at least 10 years after a model is "
                           "discontinued. A spare rotor blade set is held at each depot during the frost season. "
                           "Gearboxes are exchanged, not repaired on site; an exchange gearbox is fitted within "
                           "the response target plus 24 hours.", body))
    story.append(Paragraph("5. Liability", ss["Heading2"]))
    story.append(Paragraph("Liability is governed by the Frostelle General Terms of Sale v2024.2. Nothing in these "
                           "service terms extends it.", body))
    SimpleDocTemplate(str(K / "warranty-service-terms.pdf"), pagesize=A4, pageCompression=0,
                      title="Frostelle Warranty and Frost-Season Service Terms").build(story)


# ---------------------------------------------------------------- XLSX
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
        for col in "ABCDEFGHIJ":
            ws.column_dimensions[col].width = 22

    ws = wb.active
    ws.title = "Fans"
    sheet(ws, "Frostelle Frost Fans - 2025 Price List (EUR, excluding VAT)",
          ["SKU", "Model", "Drive", "Tower height (m)", "Rotor diameter (m)", "Rated power (kW)",
           "Protected area per fan (ha)", "List price (EUR)", "Lead time (weeks)"],
          [["FRX-480D-9.5", "FRX-480D", "Diesel", 9.5, 4.8, 74, "3.5-4.5", 31200, 10],
           ["FRX-610D-10.7", "FRX-610D", "Diesel", 10.7, 6.1, 127, "5.0-6.5", 38900, 10],
           ["FRX-610E-10.7", "FRX-610E", "Electric", 10.7, 6.1, 90, "5.0-6.0", 41500, 14],
           ["FRX-610P-10.7", "FRX-610P", "LPG", 10.7, 6.1, 118, "5.0-6.5", 40300, 12]])
    ws.append([])
    ws.append(["Protected area depends on inversion strength, slope and parcel shape; the site survey sets the final "
               "number of fans."])

    ws2 = wb.create_sheet("Specifications")
    sheet(ws2, "Technical specifications - FRX-610 series",
          ["Parameter", "FRX-610D (diesel)", "FRX-610E (electric)", "FRX-610P (LPG)"],
          [["Installed mass incl. head and drive (kg)", 3180, 2640, 3050],
           ["Rotor speed at full power (rpm)", 590, 590, 590],
           ["Quiet-mode rotor speed (rpm)", 520, 520, 520],
           ["Head rotation time (minutes per revolution)", 4.5, 4.5, 4.5],
           ["Rotor tilt (degrees below horizontal)", 7, 7, 7],
           ["Sound level at 300 m, full speed (dB(A))", "58 dB(A)", "52 dB(A)", "57 dB(A)"],
           ["Fuel / energy use at full speed", "26 l/h diesel", "90 kWh per hour", "38 l/h LPG"],
           ["Fuel tank (litres)", 900, "n/a", "external tank by buyer"],
           ["Autonomy at full speed (hours)", 34, "unlimited", "depends on tank"],
           ["Engine oil and filter change interval (operating hours)", 250, "n/a", 250],
           ["Gearbox oil change", "every 500 h or 3 seasons", "every 500 h or 3 seasons",
            "every 500 h or 3 seasons"],
           ["Emissions standard", "EU Stage V", "n/a", "EU Stage V"]])

    ws3 = wb.create_sheet("Accessories & Services")
    sheet(ws3, "Accessories, installation and services - 2025 (EUR, excluding VAT)",
          ["SKU", "Description", "Unit", "Price (EUR)", "Notes"],
          [["FLC-200", "FrostLink FLC-200 fan controller with autostart and 4G/LTE-M modem", "per fan", 2450,
            "one per fan"],
           ["FSN-WB2", "FrostLink wireless wet/dry-bulb sensor station", "each", 690,
            "battery life 5 years; LoRa 868 MHz"],
           ["INS-FND-STD", "Standard precast foundation, delivery, crane erection and commissioning", "per fan",
            5800, "bearing capacity 150 kN/m2 or more"],
           ["INS-FND-ROCK", "Rock-anchor foundation, delivery, crane erection and commissioning", "per fan",
            8950, "rock or weak ground"],
           ["SVC-CLD-Y", "FrostLink Cloud subscription (app, SMS and voice alerts, data history)",
            "per fan per year", 165, "minimum term 3 years"],
           ["SVC-PSM", "Pre-season maintenance visit", "per fan per season", 385,
            "1 September - 15 February"],
           ["SVC-EMG", "Emergency night call-out, out of warranty", "per call-out", 640,
            "first 2 hours on site included, then EUR 95 per hour"],
           ["ACS-SURV", "Pre-installation acoustic survey and siting report", "per estate", 2900,
            "3 night measurements"],
           ["EW-5", "Extended warranty, engine or motor to 5 years", "per fan", 1150,
            "order before commissioning"],
           ["TRN-EXTRA", "Additional on-site training session", "per session", 290, "up to 4 staff"]])
    wb.save(K / "frostelle-price-spec-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# How FrostLink autostart and alerts work

FrostLink is the control and alerting system of every Frostelle fan: an **FLC-200 controller** on each tower,
**FSN-WB2 sensor stations** in the rows, and the **FrostLink Cloud** app. This article explains what happens on a
frost night.

## Starting and stopping

- The controller starts the fan when the temperature measured by its assigned sensor station falls to the
  **start threshold**. The default is +1.0 °C dry-bulb; it can be set between -1.5 °C and +3.0 °C in 0.5 °C steps.
- In **wet-bulb mode** (recommended when the air is dry, dew point below -2 °C) the fan starts when the
  wet-bulb temperature reaches the threshold instead.
- A diesel or LPG engine warms up for 5 minutes at idle before ramping up to 590 rpm. The electric FRX-610E
  reaches full speed in about 40 seconds through its soft-starter.
- The fan stops when the temperature has stayed above the **stop threshold** (default +2.5 °C) for 15 minutes,
  or at the latest 90 minutes after sunrise.
- **Wind lockout:** if the tower-top anemometer reads more than 2.5 m/s for 10 minutes, the fan does not start,
  because the inversion is already broken up by the wind. Lockout can be disabled per fan in the app.

## When the network is down

Each FLC-200 keeps its thresholds in memory and runs autostart locally. A loss of the 4G/LTE-M connection or an
outage of FrostLink Cloud does not stop a fan from starting; only alerts and remote commands are delayed until
the connection returns. Sensor stations talk to the controller over LoRa 868 MHz with a line-of-sight range of
about 1.2 km, so they do not depend on the mobile network at all.

## Alerts

- Up to 10 phone numbers per estate receive alerts by app notification and SMS: fan started, fan stopped,
  fan failed to start, low fuel (below 20 %), sensor offline and tilt or vibration alarm.
- An unacknowledged "failed to start" alert is escalated to a voice call after 5 minutes and repeated every
  5 minutes to the next number on the list.
- The subscription includes 500 SMS per fan per season; beyond that SMS cost EUR 0.08 each. App notifications
  and voice calls are unlimited.

## Manual control

Fans can be started and stopped from the app or with the key switch on the controller. The key switch always
overrides the app. Remote starts are logged with the user's name.

## Data

Temperature readings are stored every 5 minutes and fan run data every minute. History is kept for 5 years and
can be exported as CSV, for example for an insurer or a frost-damage claim file.
"""


# ---------------------------------------------------------------- HTML page
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Frost fans, noise and neighbours - Frostelle FAQ</title></head>
<body>
<h1>Frost fans, noise and neighbours: frequently asked questions</h1>
<p>Frostelle fans run at night, in calm conditions, when sound carries furthest. This page gathers the questions
estates ask us most often before they order.</p>

<h2>How loud is a Frostelle fan?</h2>
<p>Measured at 300 m, at full speed and in calm air, an FRX-610D diesel fan produces 58 dB(A), an FRX-610P LPG fan
57 dB(A) and an FRX-610E electric fan 52 dB(A). The electric drive removes engine and exhaust noise; what remains
is mostly the "blade slap" of the rotor, which changes as the head turns.</p>

<h2>Is there a quiet mode?</h2>
<p>Yes. Quiet mode lowers the rotor speed from 590 rpm to 520 rpm and cuts the level at 300 m by about 4 dB(A).
It also reduces the protected area by around 15 %, so we only recommend it for the fan or fans nearest to
houses. Quiet mode can be scheduled in the FrostLink app, for example between 23:00 and 05:00.</p>

<h2>What does the acoustic survey (ACS-SURV) include?</h2>
<p>An acoustician visits the estate for 3 night measurements of background noise at the nearest dwellings,
models each planned tower position and recommends positions, quiet-mode schedules or a change of drive. The
written report is delivered within 15 business days of the last measurement night. The survey has to be
done between October and February, when frost-night conditions can be reproduced.</p>

<h2>How many hours will the fans actually run?</h2>
<p>In the wine regions of France our fleet ran between 30 and 60 hours per season on average over 2021-2024,
with extremes of 11 and 104 hours. At full speed a diesel fan uses 26 l/h and an electric fan about 90 kWh per
hour.</p>

<h2>Who deals with permits and neighbours?</h2>
<p>The buyer. Requirements differ between municipalities; we provide drawings, the noise data on this page and,
where ordered, the acoustic report to support the application. We recommend informing neighbours before the first
season and sharing the FrostLink run log if complaints arise.</p>
</body></html>
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "frostlink-autostart-alerts.md").write_text(KB, encoding="utf-8")
    (K / "noise-neighbours-faq.html").write_text(HTML, encoding="utf-8")
    print("written:", sorted(p.name for p in K.iterdir()))
