"""Generate the four knowledge sources for the serenvale-mortuary-refrigeration scenario.
Run: PYTHONPATH=/path/to/reportlab /work/main/.venv/bin/python make_sources.py"""
from pathlib import Path
from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

K = Path(__file__).parent / "knowledge"
K.mkdir(exist_ok=True)

# ---------------- PDF: technical specification ----------------
def make_pdf():
    ss = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(K / "serenvale-mc-series-technical-specification.pdf"), pagesize=A4,
                            title="Serenvale MC-Series Technical Specification")
    s = []
    P = lambda t, st="BodyText": s.append(Paragraph(t, ss[st]))
    P("Serenvale Mortuary Systems Ltd - MC-Series Mortuary Cabinets: Technical Specification and Installation Requirements", "Title")
    P("Document TS-MC-2026 rev. C, issued September 2026. Applies to MC-6 positive-temperature cabinets (SMS-MC6-PR), "
      "MC-3-NF negative-temperature cabinets (SMS-MC3-NF) and BX-1 bariatric cabinets (SMS-BAR-XL). All cabinets are designed "
      "in line with HBN 16-01 (Facilities for mortuary and post-mortem room services) and are built with grade 304 stainless "
      "steel interiors; grade 316 interiors are available as a factory option at extra cost.")
    P("1. Model data", "Heading2")
    data = [["", "MC-6 positive", "MC-3-NF negative", "BX-1 bariatric"],
            ["Body positions", "6 (2 columns x 3 tiers)", "3 (1 column x 3 tiers)", "1"],
            ["Operating range", "+2 °C to +6 °C", "-10 °C to -22 °C", "+2 °C to +6 °C"],
            ["Factory setpoint", "+4 °C", "-20 °C", "+4 °C"],
            ["External W x D x H", "1,820 x 2,450 x 2,100 mm", "1,000 x 2,450 x 2,100 mm", "1,250 x 2,600 x 1,100 mm"],
            ["Empty weight", "640 kg", "520 kg", "310 kg"],
            ["Tray rating", "200 kg per tray", "200 kg per tray", "250 kg tray"],
            ["Refrigerant / charge", "R290, 145 g per circuit", "R452A, 2.1 kg", "R290, 145 g"],
            ["Electrical supply", "230 V 1-phase 50 Hz, 16 A", "400 V 3-phase 50 Hz, 16 A", "230 V 1-phase 50 Hz, 10 A"],
            ["Energy use", "9.8 kWh per 24 h", "21.5 kWh per 24 h", "5.2 kWh per 24 h"],
            ["Heat rejection", "1.4 kW", "2.6 kW", "0.8 kW"],
            ["Noise at 1 m", "52 dB(A)", "58 dB(A)", "50 dB(A)"]]
    tb = Table(data, colWidths=[95, 125, 125, 125])
    tb.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 8), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                            ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
    s.append(tb); s.append(Spacer(1, 8))
    P("2. Performance", "Heading2")
    P("Pull-down: an empty MC-6 reaches +4 °C from an ambient of +20 °C within 90 minutes; an empty MC-3-NF reaches -20 °C from "
      "+20 °C within 6 hours. The MC-3-NF performs an automatic hot-gas defrost every 8 hours (about 20 minutes); door heater "
      "strips prevent seal icing. Cabinets are rated for a plant-room or mortuary ambient of +10 °C to +32 °C; above +32 °C "
      "capacity is not guaranteed and a remote condensing unit must be specified. Recovery after a 60-second door opening "
      "is under 10 minutes (MC-6).")
    P("3. Alarms and controls", "Heading2")
    P("Each cabinet has a controller with local audible and visual alarm. Default high alarm is +8 °C for positive cabinets "
      "and -12 °C for the MC-3-NF, both adjustable by a service engineer only. A volt-free contact is provided for connection "
      "to a building management system (BMS). Controllers keep 30 days of local temperature history; longer retention "
      "requires TempWatch remote monitoring. Doors are keyed alike per site; individual keying is an option.")
    P("4. Installation requirements", "Heading2")
    P("Floor: level within 5 mm over 3 m; minimum floor loading 7.5 kN/m2 for a fully loaded MC-6 (the BX-1 needs 5 kN/m2). "
      "Clearances: 150 mm behind each cabinet and 400 mm above the top for air flow with integral refrigeration. Access "
      "route: a clear opening of at least 1,000 mm wide and 2,150 mm high for the MC-6 delivered on its side skids; the MC-6 "
      "can be split into two columns on site if openings are narrower (adds one working day). Doors open 180 degrees and are "
      "reversible on site, except the BX-1 which is factory-handed. Each MC-6 and BX-1 needs its own dedicated fused spur; "
      "each MC-3-NF needs its own 3-phase isolator within 2 m of the cabinet, provided by the customer's electrical contractor. "
      "A floor gully or drain is not required.")
    P("5. Exclusions", "Heading2")
    P("Builder's work, electrical supplies up to the isolator, floor preparation and removal of existing equipment are not "
      "part of a standard Serenvale installation unless listed on the quote.")
    doc.build(s)

# ---------------- DOCX: warranty and service terms ----------------
def make_docx():
    d = Document()
    d.add_heading("Serenvale Mortuary Systems - Warranty, Service Plans and Support Terms (UK, 2026)", 0)
    d.add_paragraph("These terms apply to all Serenvale cabinets, tray lifters and accessories supplied in the United Kingdom "
                    "and form part of every Serenvale quotation unless the quotation states otherwise.")
    d.add_heading("1. Product warranty", 1)
    for t in ["Cabinets and tray lifters: 24 months parts and labour from the date of commissioning.",
              "Compressors: 60 months parts only (labour is charged after month 24 unless a service plan is in place).",
              "Trays, door seals and castors: 12 months parts only.",
              "TempWatch sensors: covered for the duration of the TempWatch subscription."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("The warranty does not cover: damage from impact by trolleys, hoists or tray lifters not supplied by Serenvale; "
                    "cleaning with chlorine-based agents stronger than 1,000 ppm available chlorine or without rinsing with clean "
                    "water afterwards; refrigerant work by anyone other than Serenvale or its approved F-gas certified engineers; "
                    "faults caused by the customer's electrical supply; and consumables such as lamps and fuses.")
    d.add_heading("2. Service plans", 1)
    t = d.add_table(rows=1, cols=4)
    for i, h in enumerate(["", "Bronze", "Silver", "Gold"]):
        t.rows[0].cells[i].text = h
    rows = [["Planned maintenance (PPM) visits per year", "1", "2", "2"],
            ["Annual F-gas leak check", "charged", "charged", "included"],
            ["Response to a critical fault", "next working day", "on site within 12 hours", "remote diagnosis within 4 hours, on site within 6 hours, 24/7/365"],
            ["Parts", "charged", "charged over GBP 250 per visit", "included"],
            ["Temporary cold storage", "not included", "hire at GBP 1,150 per week", "included"]]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("A critical fault is a positive-temperature cabinet above +8 °C for more than 30 minutes, or a "
                    "negative-temperature cabinet above -12 °C for more than 30 minutes, or a door that cannot be closed. "
                    "Non-critical faults are attended Monday to Friday, 08:00-18:00, within 2 working days on every plan.")
    d.add_paragraph("Temporary cold storage (Gold plan): if a repair is expected to take more than 48 hours, Serenvale delivers "
                    "a temporary mobile cold room within 24 hours at no extra charge and removes it after the repair.")
    d.add_paragraph("Plan prices are fixed for the initial term stated on the quote. Renewals are re-quoted at the then-current "
                    "price list. After the first 12 months either party may end a plan with 90 days' written notice; prepaid "
                    "amounts for whole unused years are refunded.")
    d.add_heading("3. Spare parts and training", 1)
    d.add_paragraph("Serenvale keeps spare parts available for 10 years after a model leaves production. Installation and "
                    "commissioning (SMS-INST-CM) includes two training sessions for up to 8 staff each, covering tray handling, "
                    "alarm response and daily cleaning; further sessions cost GBP 480 each.")
    d.add_heading("4. Contact", 1)
    d.add_paragraph("Service desk: 0345 555 0190 (24/7 for critical faults). Planned-maintenance bookings: Monday to Friday, "
                    "08:00-18:00.")
    d.save(K / "serenvale-warranty-and-service-terms.docx")

# ---------------- XLSX: price list ----------------
def make_xlsx():
    wb = Workbook()
    ws = wb.active; ws.title = "Cabinets"
    ws.append(["Serenvale Mortuary Systems - UK Price List 2026 (GBP, excluding VAT)"]); ws["A1"].font = Font(bold=True)
    ws.append(["SKU", "Model", "Body positions", "Temperature range", "W x D x H (mm)", "List price GBP", "Lead time (weeks)"])
    for r in [["SMS-MC4-PR", "MC-4 positive", 4, "+2 to +6 °C", "1,820 x 2,450 x 1,500", 11200, 8],
              ["SMS-MC6-PR", "MC-6 positive", 6, "+2 to +6 °C", "1,820 x 2,450 x 2,100", 14850, 8],
              ["SMS-MC9-PR", "MC-9 positive", 9, "+2 to +6 °C", "2,700 x 2,450 x 2,100", 20900, 8],
              ["SMS-MC3-NF", "MC-3-NF negative", 3, "-10 to -22 °C", "1,000 x 2,450 x 2,100", 16400, 12],
              ["SMS-MC6-DT", "MC-6 dual-temperature (top tier negative)", 6, "+2 to +6 °C / -20 °C", "1,820 x 2,450 x 2,100", 19750, 12],
              ["SMS-BAR-XL", "BX-1 bariatric", 1, "+2 to +6 °C", "1,250 x 2,600 x 1,100", 9750, 10]]:
        ws.append(r)
    ws2 = wb.create_sheet("Accessories & Services")
    ws2.append(["Serenvale Mortuary Systems - Accessories and Services 2026 (GBP, excluding VAT)"]); ws2["A1"].font = Font(bold=True)
    ws2.append(["SKU", "Description", "Unit", "List price GBP", "Notes"])
    for r in [["SMS-TRY-200", "Stainless body tray, rated 200 kg", "each", 385, "Fits MC-4, MC-6, MC-9, MC-3-NF"],
              ["SMS-TRY-250B", "Bariatric body tray, rated 250 kg", "each", 540, "BX-1 only"],
              ["SMS-HYD-T4", "HT-4 battery-hydraulic tray lifter", "each", 6200, "Lift range 150 mm to 1,850 mm; capacity 250 kg; 80 lifts per charge"],
              ["SMS-MON-CLD", "TempWatch monitoring, 3-year subscription incl. sensor", "per cabinet", 690, "Requires hospital Wi-Fi or SMS-MON-GW"],
              ["SMS-MON-GW", "TempWatch 4G gateway", "per site", 420, "Up to 20 sensors"],
              ["SMS-INST-CM", "Installation, commissioning and staff training", "fixed, up to 8 cabinets", 8900, "5 working days on site"],
              ["SMS-SVC-BR", "Bronze service plan", "per site per year", 1650, "Up to 10 cabinets"],
              ["SMS-SVC-SL", "Silver service plan", "per site per year", 2450, "Up to 10 cabinets"],
              ["SMS-SVC-PM5", "Gold service plan", "per site per year", 3450, "Up to 10 cabinets; minimum term 3 years"],
              ["SMS-SHR-01", "Body shroud holder kit", "each", 95, ""]]:
        ws2.append(r)
    ws3 = wb.create_sheet("Lead times")
    ws3.append(["Serenvale lead times from order, ex works (weeks)"]); ws3["A1"].font = Font(bold=True)
    ws3.append(["Product group", "Lead time", "Condition"])
    for r in [["Positive cabinets MC-4, MC-6, MC-9", "8 weeks", "From signed order and deposit"],
              ["Negative and dual-temperature cabinets", "12 weeks", "From signed order and deposit"],
              ["BX-1 bariatric cabinet", "10 weeks", "From signed order and deposit"],
              ["Trays, tray lifters, TempWatch", "4 weeks", "Shipped with cabinets unless requested earlier"],
              ["Installation slot", "2 weeks notice", "Site must be ready: floor, power and access complete"]]:
        ws3.append(r)
    wb.save(K / "serenvale-price-list-2026.xlsx")

# ---------------- Markdown KB article ----------------
MD = """# TempWatch remote temperature monitoring: alarms, escalation and records

TempWatch is Serenvale's remote monitoring service for mortuary cabinets (SKU SMS-MON-CLD, sold as a 3-year subscription per
cabinet, sensor included). This article explains how it behaves so that mortuary managers can set up their alarm rota.

## How readings are taken
- One wireless probe per cabinet, placed in a glycol buffer bottle on the middle tier; readings are logged every 60 seconds.
- Sensor accuracy is ±0.3 °C across -30 °C to +30 °C; each sensor ships with a UKAS-traceable calibration certificate and is
  re-calibrated (swapped) every 12 months at no extra charge during the subscription.
- Sensors keep buffering readings for 72 hours if the network is down and upload them when it returns.
- TempWatch connects over the hospital Wi-Fi (WPA2-Enterprise supported) or, where no suitable network exists in the mortuary,
  over the optional 4G gateway SMS-MON-GW (one per site, up to 20 sensors).

## Alarms and escalation
1. A temperature alarm is raised when a cabinet stays outside its alarm limit for 10 minutes (default +8 °C positive, -12 °C
   negative, matching the cabinet controller).
2. Tier 1 contacts (up to 10 people) get an SMS, an e-mail and an app notification.
3. If nobody acknowledges the alarm within 15 minutes, it escalates to tier 2 contacts; if still unacknowledged after 30
   minutes, the Serenvale monitoring centre phones the site's named duty contact.
4. A door-open alert is sent when a door stays open for more than 3 minutes.

## Records and audit
- All readings, alarms and acknowledgements are kept for 7 years and can be exported as CSV or PDF for Human Tissue Authority
  (HTA) inspections.
- Each acknowledgement must carry a comment (for example "door left ajar, closed 14:05").

## What TempWatch does not do
TempWatch does not change setpoints or control the cabinets; setpoint changes are made only by a service engineer at the
cabinet. Subscriptions renew at the then-current list price after the 3-year term.
"""

if __name__ == "__main__":
    make_pdf(); make_docx(); make_xlsx()
    (K / "tempwatch-remote-monitoring.md").write_text(MD, encoding="utf-8")
    print("sources written to", K)
