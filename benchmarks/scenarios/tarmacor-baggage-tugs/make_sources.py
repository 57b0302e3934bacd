"""Generate the knowledge sources of the tarmacor-baggage-tugs scenario.

Run with /work/main/.venv/bin/python (python-docx, openpyxl); reportlab is loaded from /tmp/rl or /tmp/rl3.
"""
import os
import sys

for extra in ("/tmp/rl", "/tmp/rl3"):
    if os.path.isdir(extra):
        sys.path.insert(0, extra)

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "knowledge")
os.makedirs(OUT, exist_ok=True)


# ---------------------------------------------------------------- DOCX: Annex B
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Tarmacor Ground Equipment B.V. - Annex B", 0)
    d.add_paragraph("Warranty, Service Levels and Battery Care for E-series electric tugs and CHG-series chargers. "
                    "Version 4.2, valid for orders placed from 1 September 2026.")

    d.add_heading("1. Vehicle warranty", 1)
    d.add_paragraph("E25 and E40 tugs are covered for 24 months or 4,000 operating hours from the date of commissioning, "
                    "whichever comes first. The warranty covers the traction motor, motor controller, hydraulic and "
                    "braking system, steering, cab electrics and the FleetLink gateway. Chassis and drawbar structural "
                    "welds are covered for 5 years without an hour limit. Operating hours are read from the vehicle "
                    "hour meter or, where FleetLink is active, from the FleetLink log.")

    d.add_heading("2. Traction battery warranty", 1)
    d.add_paragraph("The LFP traction battery is covered for 5 years or 10,000 operating hours, whichever comes first. "
                    "Tarmacor guarantees a state of health (SoH) of at least 70% of rated capacity at the end of the "
                    "battery warranty period. If a battery falls below 70% SoH within that period, Tarmacor will "
                    "replace the affected modules or the complete pack at its choice; replacement modules carry the "
                    "remainder of the original battery warranty.")
    d.add_paragraph("Conditions of the battery warranty:")
    for t in [
        "charging only with Tarmacor CHG-series chargers or the CHG-OB66 onboard charger;",
        "battery management firmware updates released by Tarmacor are installed within 60 days of release;",
        "the battery is not stored below -30 °C for more than 72 hours unless battery heating (part of the WPK-ARC "
        "Arctic winter pack) is active;",
        "no opening of the battery enclosure or cell-level work by anyone other than Tarmacor-certified technicians.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("3. Charger warranty", 1)
    d.add_paragraph("CHG-FC80-30 and CHG-FC96-40 fast chargers carry a 36-month warranty from commissioning. The "
                    "CHG-OB66 onboard charger follows the vehicle warranty. Chargers installed outdoors must be "
                    "fitted with the Tarmacor weather hood; otherwise the charger warranty is limited to 12 months.")

    d.add_heading("4. Exclusions", 1)
    for t in [
        "wear parts: tyres, brake pads and discs, wiper blades, seat cushions, bulbs and tow pins;",
        "damage from collisions, jet blast, de-icing fluid ingress into the cab electrics or flooding;",
        "towing beyond the rated trailing load, or more than 6 laden baggage carts behind an E25;",
        "use of couplings or carts not meeting the coupling height stated in the technical datasheet;",
        "any use of an E-series tug for aircraft towing or pushback.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("5. Service levels", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Service", "With PM3 or PM1 plan", "Without plan"
    rows = [
        ("Remote diagnostics response", "within 4 business hours (Mon-Fri 07:00-19:00 CET); requires an active "
         "FleetLink subscription", "within 2 business days"),
        ("On-site technician, site within 200 km of a Tarmacor service hub", "next business day",
         "within 3 business days"),
        ("On-site technician, site beyond 200 km", "within 2 business days", "by appointment"),
        ("Labour for repairs outside warranty", "included for preventive visits only; 10% off the hourly rate",
         "118 EUR per hour weekdays, 165 EUR per hour weekends"),
        ("Travel", "included", "0.95 EUR per km from the nearest hub"),
        ("Loan tug", "provided if a repair will take more than 5 working days, subject to availability, "
         "maximum 1 per site", "not provided"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("Tarmacor service hubs: Rotterdam, Hamburg, Copenhagen and Lyon. Business hours are those of the "
                    "hub serving the site. Public holidays of the hub country are not business days.")

    d.add_heading("6. PM3 preventive maintenance plan", 1)
    d.add_paragraph("The PM3 plan runs for 3 years from commissioning and is priced per tug. It includes two "
                    "preventive visits per year (every 6 months or 1,000 operating hours, whichever comes first), "
                    "each with the 62-point inspection checklist, a brake performance test, a battery SoH report and "
                    "installation of software and firmware updates. Labour and travel for the preventive visits and "
                    "for warranty repairs are included. Wear parts are not included; plan customers receive a 10% "
                    "discount on spare parts and on labour outside the plan. The PM3 price is fixed for its 3 years; "
                    "renewal prices are indexed to the Dutch CBS labour cost index. The 1-year PM1 plan has the same "
                    "content and can be renewed yearly.")

    d.add_heading("7. Battery care", 1)
    d.add_paragraph("Opportunity charging (short charges during breaks) is allowed and recommended between 20% and 90% "
                    "state of charge. Do not leave a tug stored at 100% for more than 30 days. Charge each tug to "
                    "100% at least once a month so the battery management system can balance the cells. Below 0 °C, "
                    "charging current is reduced automatically unless battery heating is active; with the WPK-ARC "
                    "pack, the battery pre-heats when the charger is connected.")

    d.add_heading("8. Remedies", 1)
    d.add_paragraph("Remedies under this annex are limited to repair or replacement of the defective part. All other "
                    "liability, including any consequential loss, is governed exclusively by the supply agreement "
                    "signed between Tarmacor and the customer.")
    d.save(os.path.join(OUT, "Tarmacor-AnnexB-Warranty-Service-Battery.docx"))


# ---------------------------------------------------------------- PDF: datasheet
def make_pdf():
    path = os.path.join(OUT, "Tarmacor-E-Series-Technical-Datasheet.pdf")
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    small = ss["BodyText"].clone("small", fontSize=8.5, leading=10.5)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Tarmacor E-Series Technical Data Sheet")
    s = []
    s.append(Paragraph("Tarmacor E-Series electric baggage tugs - Technical Data Sheet", ss["Title"]))
    s.append(Paragraph("Models E25 (TUG-E25L / TUG-E25X) and E40 (TUG-E40L / TUG-E40X). Revision 2026-09. "
                       "All values at 20 °C on a dry, level concrete apron unless stated otherwise.", body))
    s.append(Spacer(1, 5 * mm))
    data = [
        ["Parameter", "E25 baggage tug", "E40 ULD tractor"],
        ["Rated trailing load (towing capacity)", "25 t", "40 t"],
        ["Rated drawbar pull, continuous", "6 kN", "12 kN"],
        ["Peak drawbar pull (60 s)", "14 kN", "24 kN"],
        ["Standard battery (L)", "80 V 460 Ah LFP, 36.8 kWh", "96 V 620 Ah LFP, 59.5 kWh"],
        ["Extended battery (X)", "80 V 620 Ah LFP, 49.6 kWh", "96 V 780 Ah LFP, 74.9 kWh"],
        ["Top speed", "25 km/h (airside default 20 km/h)", "22 km/h (airside default 20 km/h)"],
        ["Outer turning radius", "3.1 m", "3.8 m"],
        ["Service weight incl. battery", "3,450 kg", "5,900 kg"],
        ["Length x width x height (with cab)", "2,850 x 1,450 x 2,050 mm", "3,400 x 1,650 x 2,150 mm"],
        ["Gradeability at rated trailing load", "3%", "3%"],
        ["Gradeability unladen", "15%", "12%"],
        ["Noise at driver's ear (EN 12053)", "62 dB(A)", "66 dB(A)"],
        ["Protection, motor and controller", "IP65", "IP65"],
        ["Standard tyres", "solid cushion 18x7-8", "solid cushion 21x8-9"],
        ["Coupling", "automatic pin hitch front and rear, 380 mm",
         "tow pin, 3 heights: 330 / 380 / 430 mm"],
        ["Typical train", "up to 6 laden baggage carts, max 2,000 kg gross each",
         "up to 4 loaded ULD dollies, max 7,000 kg gross each"],
        ["Typical range per charge, standard battery", "55-70 km in baggage duty", "45-60 km in ULD duty"],
    ]
    tbl = Table([[Paragraph(c, small) for c in row] for row in data], colWidths=[60 * mm, 57 * mm, 57 * mm])
    tbl.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3b57")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    s.append(tbl)
    s.append(Spacer(1, 5 * mm))
    s.append(Paragraph("Charging", ss["Heading2"]))
    cdata = [
        ["Tug and charger", "20% to 80%", "0% to 100%"],
        ["E25 (460 Ah) on CHG-FC80-30", "55 min", "95 min"],
        ["E25 (620 Ah) on CHG-FC80-30", "75 min", "130 min"],
        ["E25 (460 Ah) on CHG-OB66 onboard charger", "3.5 h", "6.5 h"],
        ["E40 (620 Ah) on CHG-FC96-40", "70 min", "120 min"],
        ["E40 (780 Ah) on CHG-FC96-40", "90 min", "150 min"],
    ]
    ct = Table([[Paragraph(c, small) for c in row] for row in cdata], colWidths=[80 * mm, 47 * mm, 47 * mm])
    ct.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee"))]))
    s.append(ct)
    s.append(Paragraph("The FC80-30 charges 80 V tugs only and the FC96-40 charges 96 V tugs only; the connectors are "
                       "keyed so a tug cannot be plugged into the wrong charger. One FC80-30 can serve up to two E25 "
                       "tugs per shift with opportunity charging; one FC96-40 can serve up to two E40 tractors. "
                       "The CHG-OB66 onboard charger is available for the E25 only.", body))
    s.append(Paragraph("Climate and winter operation", ss["Heading2"]))
    s.append(Paragraph("Standard operating range is -20 °C to +45 °C ambient. With the WPK-ARC Arctic winter pack the "
                       "tug operates down to -35 °C. The WPK-ARC pack comprises a 3 kW cab heater with heated "
                       "windscreen, battery heating pads with pre-heating while on charge, low-temperature hydraulic "
                       "oil, and a heated driver seat. The WPK-ARC pack must be ordered with the tug; it cannot be "
                       "retrofitted in the field.", body))
    s.append(Paragraph("Safety equipment and restrictions", ss["Heading2"]))
    s.append(Paragraph("Standard on both models: seat-belt interlock (the tug does not drive with the belt unbuckled), "
                       "amber LED rotating beacon, rear blue spot light, broadband reversing alarm, regenerative "
                       "braking with wet multi-disc service brakes and a spring-applied parking brake, and automatic "
                       "hill hold. Zone speed limits can be set through FleetLink.", body))
    s.append(Paragraph("E-series tugs are designed for airside use only and are not type-approved for public roads. "
                       "E-series tugs are not approved for aircraft towing or pushback of any aircraft type; use a "
                       "certified aircraft tractor for those tasks. Exceeding the rated trailing load or the "
                       "typical-train limits above voids the vehicle warranty.", body))
    doc.build(s)


# ---------------------------------------------------------------- XLSX: price list
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    title_font = Font(bold=True, size=13)
    fill = PatternFill("solid", fgColor="DDE6EE")

    def sheet(ws, title, header, rows, widths):
        ws.append([title])
        ws["A1"].font = title_font
        ws.append(header)
        for c in ws[2]:
            c.font = bold
            c.fill = fill
        for r in rows:
            ws.append(r)
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w

    ws = wb.active
    ws.title = "Price list"
    sheet(ws, "Tarmacor GSE - EU price list 2026 (EUR, excluding VAT, ex works Tilburg; valid from 1 September 2026)",
          ["SKU", "Description", "Unit", "List price EUR", "Lead time (weeks)", "Notes"],
          [
              ["TUG-E25L", "E25 electric baggage tug, 80 V 460 Ah LFP, enclosed cab", "each", 48900, 14,
               "FleetLink gateway factory-fitted"],
              ["TUG-E25X", "E25 electric baggage tug, extended battery 80 V 620 Ah LFP, enclosed cab", "each", 53100,
               16, "FleetLink gateway factory-fitted"],
              ["TUG-E40L", "E40 electric ULD tractor, 96 V 620 Ah LFP, enclosed cab", "each", 67500, 18,
               "FleetLink gateway factory-fitted"],
              ["TUG-E40X", "E40 electric ULD tractor, extended battery 96 V 780 Ah LFP, enclosed cab", "each", 73400,
               20, "FleetLink gateway factory-fitted"],
              ["BAT-UP-E25", "Battery upgrade E25, 460 Ah to 620 Ah, factory fit at order", "each", 4200, 16,
               "only with a new TUG-E25L order"],
              ["BAT-UP-E40", "Battery upgrade E40, 620 Ah to 780 Ah, factory fit at order", "each", 5900, 20,
               "only with a new TUG-E40L order"],
              ["CHG-FC80-30", "Fast charger 80 V 30 kW, wall-mounted, IP54", "each", 11200, 8, "for E25 only"],
              ["CHG-FC96-40", "Fast charger 96 V 40 kW, floor-standing, IP54", "each", 13900, 8, "for E40 only"],
              ["CHG-OB66", "Onboard charger 6.6 kW, 230 V single-phase", "each", 2350, 6, "E25 only"],
              ["CHG-HOOD", "Weather hood for outdoor charger installation", "each", 640, 4, ""],
              ["WPK-ARC", "Arctic winter pack, factory-fitted", "each", 3450, 0,
               "ships with the tug; no extra lead time; not retrofittable"],
              ["TEL-FL36", "FleetLink telematics, 36-month subscription", "per tug", 1080, 0, "billed upfront"],
              ["TEL-FL12", "FleetLink telematics, 12-month subscription", "per tug", 420, 0, "billed yearly"],
              ["SVC-PM3", "PM3 preventive maintenance plan, 3 years", "per tug", 4200, 0, "fixed price for 3 years"],
              ["SVC-PM1", "PM1 preventive maintenance plan, 1 year", "per tug", 1550, 0, "renewable yearly"],
              ["TRN-OPS", "On-site operator and technician training, 2 days", "per session", 2850, 3,
               "up to 12 operators and 4 technicians"],
          ], [14, 66, 12, 15, 17, 44])

    ws2 = wb.create_sheet("Options & spares")
    sheet(ws2, "Tarmacor GSE - options, accessories and spare sets 2026 (EUR, excluding VAT)",
          ["SKU", "Description", "Fits", "Price EUR", "Factory or retrofit"],
          [
              ["OPT-CAM", "Rear-view camera with 7-inch cab monitor", "E25, E40", 1240, "factory or retrofit"],
              ["OPT-PNEU", "Pneumatic tyres instead of solid cushion tyres", "E25", 690, "factory"],
              ["OPT-RADAR", "Rear obstacle radar with audible warning", "E25, E40", 980, "factory or retrofit"],
              ["OPT-DOOR", "Sliding cab doors, both sides", "E25, E40", 1450, "factory"],
              ["OPT-HITCH40", "Remote-release tow pin (driver releases from cab)", "E40", 1120, "factory"],
              ["SPR-TYR-E25S", "Spare tyre set, solid cushion, 4 tyres", "E25", 1180, "spare"],
              ["SPR-TYR-E25P", "Spare tyre set, pneumatic, 4 tyres", "E25", 960, "spare"],
              ["SPR-TYR-E40S", "Spare tyre set, solid cushion, 4 tyres", "E40", 1640, "spare"],
              ["SPR-BRK-E25", "Brake pad and disc service kit", "E25", 410, "spare"],
              ["SPR-BRK-E40", "Brake pad and disc service kit", "E40", 560, "spare"],
          ], [16, 54, 12, 12, 22])

    ws3 = wb.create_sheet("Charger compatibility")
    sheet(ws3, "Charger compatibility and charge times (minutes, 20% to 80% state of charge)",
          ["Tug", "CHG-FC80-30", "CHG-FC96-40", "CHG-OB66", "Max tugs per charger per shift"],
          [
              ["E25 460 Ah (TUG-E25L)", 55, "not compatible", 210, 2],
              ["E25 620 Ah (TUG-E25X)", 75, "not compatible", 285, 2],
              ["E40 620 Ah (TUG-E40L)", "not compatible", 70, "not available", 2],
              ["E40 780 Ah (TUG-E40X)", "not compatible", 90, "not available", 2],
          ], [26, 16, 16, 16, 30])
    wb.save(os.path.join(OUT, "Tarmacor-PriceList-EU-2026.xlsx"))


# ---------------------------------------------------------------- Markdown KB article
MD = """# Delivery, commissioning and site acceptance: what to expect

This article explains what happens between your order for Tarmacor E-series tugs and the moment the fleet goes into
service, and who is responsible for what.

## 1. Order confirmation and production slot
- Tarmacor confirms the order and the production slot within **5 working days** of receiving a signed order.
- Lead times in the price list run from order confirmation. The Arctic winter pack (WPK-ARC) and battery upgrades are
  fitted in the factory and do not add time beyond the lead time of the tug they are ordered with.
- Changes to the specification are accepted free of charge up to **6 weeks before the production slot**; after that,
  changes are only possible if the tug has not yet entered final assembly.

## 2. Delivery
- Standard delivery is **DAP the buyer's airport (Incoterms 2020)** by low-loader, up to 4 tugs per truck.
- The buyer arranges the airside escort, vehicle airside permits and an unloading area with firm, level ground.
- Tugs are delivered at 40-60% state of charge. Do not put a tug into service before commissioning.

## 3. Charger installation
- Tarmacor mounts the charger and connects it to an **isolator provided by the buyer within 5 m** of the charger position.
- Supply required: 400 V three-phase, 50 Hz, with **63 A** protection for each CHG-FC80-30 and **80 A** for each
  CHG-FC96-40, type B RCD. The CHG-OB66 onboard charger needs a 230 V 16 A socket.
- Cable runs, trenching and the isolator itself are the buyer's responsibility. Tarmacor can recommend a partner
  electrical contractor; such works are quoted separately by the contractor.
- Chargers installed outdoors need the CHG-HOOD weather hood (see Annex B, charger warranty).

## 4. Commissioning
- A Tarmacor engineer commissions the fleet on site: allow **1 day per 4 tugs** plus half a day for chargers and
  FleetLink set-up.
- Commissioning includes the pre-delivery inspection, setting the airside speed limit (20 km/h by default), pairing
  each tug with FleetLink and entering operator badges.
- The warranty periods in Annex B start on the commissioning date.

## 5. Site acceptance test (SAT)
The SAT is carried out with the buyer's representative on the day commissioning ends:
1. drawbar pull test at rated load with a calibrated load cell;
2. brake test from 20 km/h with rated trailing load;
3. lights, beacon, reversing alarm and seat-belt interlock;
4. charger hand-shake and one complete charge cycle per charger;
5. FleetLink connectivity, geofence and speed-zone check.

The buyer signs the SAT report or lists defects in writing. If neither happens within **5 working days** of the test,
the fleet is **deemed accepted**. Minor defects that do not prevent safe use do not delay acceptance; Tarmacor fixes
them within 20 working days. The 10% final payment is invoiced on acceptance.

## 6. Training (TRN-OPS)
- Two days on site: day 1 operator training (pre-use checks, coupling, charging, winter operation), day 2 technician
  training (diagnostics, battery care, FleetLink fault codes).
- One session covers up to **12 operators and 4 technicians**. Extra sessions are charged at the list price.
- Trainees receive a Tarmacor certificate; a train-the-trainer option lets your own instructors train new hires.

## 7. After go-live
- First preventive visit under PM3/PM1 is at 6 months or 1,000 operating hours.
- Service requests: via FleetLink (fault report button) or the Tarmacor service desk.
"""


# ---------------------------------------------------------------- HTML page
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FleetLink telematics for E-series tugs | Tarmacor GSE</title></head>
<body>
<h1>FleetLink: telematics for Tarmacor E-series tugs</h1>
<p>FleetLink connects every E25 and E40 tug to a web dashboard and mobile app. The FleetLink gateway is fitted in the
factory on every E-series tug at no extra cost; a subscription activates it. Without a subscription the tug works
normally, but position, usage data and remote diagnostics are not available.</p>

<h2>What FleetLink does</h2>
<ul>
<li><strong>Live position</strong>: GPS position every 10 seconds while the tug is switched on, with a map of the apron.</li>
<li><strong>Speed zones</strong>: geofenced speed limits, for example 10 km/h on the stands and 20 km/h on apron
roads. The tug limits itself automatically when it enters a zone; up to 50 zones per airport.</li>
<li><strong>Impact detection</strong>: a 3-axis accelerometer records impacts above an adjustable threshold
(default 2.5 g) and alerts the shift supervisor by e-mail or app notification.</li>
<li><strong>Operator access</strong>: drivers log in with their RFID airport badge; the tug only starts for badges
with a valid licence entry and after the digital pre-use checklist is completed.</li>
<li><strong>Battery and charging</strong>: state of charge, state of health, charge history and a warning when a
tug has not been charged to 100% for 30 days.</li>
<li><strong>Remote diagnostics</strong>: fault codes are sent to the Tarmacor service desk; the 4-business-hour remote
response of the PM3 and PM1 plans relies on FleetLink.</li>
<li><strong>Reports and API</strong>: utilisation per tug and per shift, hours, distance and energy used; CSV export
and a REST API (read-only) for your own systems.</li>
</ul>

<h2>Data and connectivity</h2>
<ul>
<li>Data are hosted in the EU (Frankfurt data centre) and kept for 13 months on a rolling basis; export your data
before it ages out if you need it longer.</li>
<li>Connectivity: multi-network LTE-M SIM with 2G fallback, included in the subscription in all EU and EEA countries.</li>
<li>Up to 25 dashboard users per customer, with supervisor and read-only roles.</li>
</ul>

<h2>Subscriptions</h2>
<table border="1">
<tr><th>SKU</th><th>Term</th><th>Price per tug</th><th>Billing</th></tr>
<tr><td>TEL-FL36</td><td>36 months</td><td>EUR 1,080</td><td>upfront</td></tr>
<tr><td>TEL-FL12</td><td>12 months</td><td>EUR 420</td><td>yearly in advance</td></tr>
</table>
<p>The 36-month subscription cannot be cancelled during its term. At the end of any term, the subscription renews
for 12 months at the then-current TEL-FL12 list price unless cancelled in writing at least 30 days before the end of
the term. Subscriptions start on the commissioning date of the tug.</p>
</body></html>
"""


def main():
    make_docx()
    make_pdf()
    make_xlsx()
    with open(os.path.join(OUT, "delivery-commissioning-acceptance.md"), "w", encoding="utf-8") as f:
        f.write(MD)
    with open(os.path.join(OUT, "fleetlink-telematics.html"), "w", encoding="utf-8") as f:
        f.write(HTML)
    print("sources written to", OUT)


if __name__ == "__main__":
    main()
