"""Generate the knowledge sources of the haemavault-bloodbank-fridges scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(needs python-docx, openpyxl, reportlab)
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    from docx import Document
    d = Document()
    d.add_heading("HaemaVault Medical Ltd - Warranty, Service and Validation Terms (UK)", 0)
    d.add_paragraph("Version 4.2, effective 1 February 2026. Applies to HaemaVault BBR blood bank refrigerators, "
                    "PLF plasma freezers and PA platelet agitator-incubators supplied and commissioned in the United "
                    "Kingdom. These terms form part of every quotation that references them.")
    d.add_heading("1. Standard warranty", 1)
    d.add_paragraph("Every cabinet carries a standard warranty of 24 months parts and labour from the date of "
                    "commissioning (not the date of delivery). The hermetic compressor of BBR and PLF cabinets is "
                    "additionally covered for 5 years parts only; labour for a compressor replacement after month 24 "
                    "is charged at the standard service rate unless the cabinet is covered by a PM3 plan.")
    d.add_paragraph("Exception: the agitator drive motor of the PA-22 platelet agitator-incubator carries a 12 months "
                    "warranty; the rest of the PA-22 follows the 24-month standard warranty.")
    d.add_heading("2. Warranty exclusions", 1)
    for t in [
        "Damage caused by relocating a cabinet, when the move is carried out by anyone other than HaemaVault or its approved contractor.",
        "Operation outside the rated ambient range stated in the technical data sheet, or on a supply that is not a dedicated circuit.",
        "Use of temperature probes, loggers or drawers not supplied or approved by HaemaVault.",
        "Consumables: door gaskets after 12 months, chart-recorder paper and pens, batteries of portable thermometers.",
        "Loss of, or damage to, stored blood components, reagents or samples (see section 7).",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("3. PM3 preventive maintenance plan (SKU HV-SVC-PM3)", 1)
    d.add_paragraph("The PM3 plan runs for 3 years per cabinet from commissioning and is invoiced in full with the "
                    "equipment. It includes:")
    for t in [
        "two preventive maintenance visits per year per cabinet (condenser cleaning, gasket inspection, alarm function test, battery test);",
        "one annual temperature mapping per cabinet, using a 9-point mapping over 24 hours, with a signed report;",
        "calibration of the display probe and the independent alarm probe, traceable to UKAS reference standards;",
        "priority emergency response: engineer on site within 8 hours, 24/7 including public holidays;",
        "all parts and labour for repairs during the 3 years, including compressor replacement labour.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Without a PM3 plan, breakdown visits are on a next working day on-site basis and are billed at "
                    "£145 per hour plus a £95 call-out charge, after the standard warranty has ended.")
    d.add_paragraph("Loan cabinet: if a BBR cabinet covered by PM3 cannot be repaired within 48 hours of the engineer's "
                    "first visit, HaemaVault supplies a loan BBR-700 free of charge until the repair is complete. "
                    "Loan cabinets are not available for PLF freezers or the PA-22.")
    d.add_paragraph("Cancellation: the PM3 plan can be cancelled with 90 days' written notice; there is no refund "
                    "for the contract year in progress.")
    d.add_heading("4. Installation and validation (SKU HV-INST-VAL)", 1)
    d.add_paragraph("HV-INST-VAL covers positioning in the room of use, connection, commissioning and an IQ/OQ "
                    "protocol executed by a HaemaVault validation engineer, including a 24-hour empty-chamber "
                    "mapping. IQ/OQ reports are delivered within 10 working days of the mapping.")
    d.add_paragraph("Performance qualification (PQ) with the customer's own loaded configuration is the customer's "
                    "responsibility. HaemaVault offers PQ support at £480 per cabinet, quoted separately.")
    d.add_heading("5. Spare parts", 1)
    d.add_paragraph("Spare parts are available for 10 years after the end of production of a model. Replacement "
                    "calibrated reference probes (HV-CAL-SENS) are shipped with a calibration certificate valid for 12 months.")
    d.add_heading("6. Response times overview", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    h = t.rows[0].cells
    h[0].text, h[1].text, h[2].text = "Cover", "Critical fault (cabinet out of range)", "Non-critical fault"
    for row in [("Standard warranty, no PM3", "next working day on site", "within 3 working days"),
                ("PM3 plan", "on site within 8 hours, 24/7", "next working day on site")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_heading("7. Limitation", 1)
    d.add_paragraph("HaemaVault's liability under these terms is limited as set out in the HaemaVault conditions of "
                    "sale. Any other arrangement must be agreed in writing by a director of HaemaVault Medical Ltd.")
    d.save(K / "haemavault-warranty-service-terms.docx")

# ---------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    ss = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(K / "haemavault-technical-datasheet.pdf"), pagesize=A4,
                            title="HaemaVault technical data sheet")
    P = lambda t, s="BodyText": Paragraph(t, ss[s])
    el = [P("HaemaVault BBR, PLF and PA range - Technical Data Sheet", "Title"),
          P("Revision 2026-03. Figures measured at +25 °C ambient, empty cabinet unless stated."),
          P("Blood bank refrigerators BBR-700 and BBR-1400D", "Heading2"),
          P("Both models are supplied with a setpoint of +4 °C, adjustable from +2 °C to +6 °C, for the storage of red "
            "cell components and whole blood. Temperature uniformity is ±1.0 °C in an empty cabinet and ±1.5 °C fully "
            "loaded. After a 30-second door opening the cabinet recovers to the 2-6 °C band within 6 minutes."),
          ]
    data = [["", "BBR-700", "BBR-1400D", "PLF-40", "PA-22"],
            ["Type", "single-door refrigerator", "double-door refrigerator", "plasma freezer", "platelet agitator-incubator"],
            ["Gross volume", "700 litres", "1400 litres", "500 litres", "220 litres"],
            ["Capacity", "280 red cell units", "560 red cell units", "400 plasma units", "48 platelet bags"],
            ["Drawers / shelves", "7 drawers", "14 drawers", "10 baskets", "6 flatbed trays"],
            ["Temperature", "+4 °C (2-6 °C)", "+4 °C (2-6 °C)", "-40 °C", "+22 °C (20-24 °C)"],
            ["External W x D x H (mm)", "790 x 830 x 2010", "1480 x 830 x 2010", "900 x 860 x 1990", "760 x 720 x 1350"],
            ["Weight (empty)", "168 kg", "286 kg", "232 kg", "141 kg"],
            ["Power (typical)", "420 W", "610 W", "780 W", "350 W"],
            ["Energy per 24 h", "3.1 kWh", "5.2 kWh", "6.8 kWh", "2.4 kWh"],
            ["Noise", "46 dB(A)", "48 dB(A)", "52 dB(A)", "44 dB(A)"]]
    tb = Table(data, repeatRows=1)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    el += [Spacer(1, 6), tb, Spacer(1, 6),
           P("Red cell unit capacity is calculated for SAG-M bags of 450 mL in the standard drawers. Plasma capacity "
             "is for 300 mL FFP packs in the supplied baskets."),
           P("Alarms and safety", "Heading2"),
           P("Independent alarm probe in a 10 mL glycol bottle. Audible and visual alarms for high and low "
             "temperature, power failure, probe fault and door ajar. The door-ajar alarm sounds after 60 seconds "
             "(adjustable from 30 to 300 seconds). A rechargeable battery powers the alarm and the display for "
             "48 hours after a mains failure. Volt-free contacts for a building management system are standard."),
           P("Plasma freezer PLF-40", "Heading2"),
           P("Pull-down from ambient to -40 °C in under 5 hours. With the door closed and no power, the chamber warms "
             "from -40 °C to -25 °C in 55 minutes. Manual defrost; recommended every 6 months."),
           P("Platelet agitator-incubator PA-22", "Heading2"),
           P("Flatbed agitator at 60 cycles per minute with a stroke of 40 mm, inside a heated and cooled incubator "
             "held at +22 °C. The agitator stops automatically when the door is opened."),
           P("Installation conditions and compliance", "Heading2"),
           P("Ambient operating range +10 °C to +32 °C, relative humidity up to 75 %. Supply 230 V, 50 Hz, single "
             "phase. Refrigerant R290 (propane), charge under 150 g per circuit. Electrical safety to IEC 61010-1. "
             "All models are Class IIa medical devices, UKCA and CE marked, designed to support storage in line with "
             "the Guidelines for the Blood Transfusion Services in the United Kingdom."),
           ]
    doc.build(el)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list"
    ws.append(["HaemaVault UK Price List - effective 1 February 2026 (GBP, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "List price (GBP)", "Unit", "Lead time", "Notes"])
    rows = [
        ("HV-BBR-700", "Blood bank refrigerator, 700 L, single glass door", 9850, "each", "6 weeks", "7 drawers included"),
        ("HV-BBR-1400D", "Blood bank refrigerator, 1400 L, double glass door", 16400, "each", "8 weeks", "14 drawers included"),
        ("HV-PLF-40", "Plasma freezer -40 °C, 500 L, solid door", 12300, "each", "10 weeks", "10 baskets included"),
        ("HV-PA-22", "Platelet agitator-incubator +22 °C, 48 bags", 7450, "each", "5 weeks", ""),
        ("HV-MON-LINK", "HaemaLink gateway port and 36-month monitoring licence", 420, "per cabinet", "2 weeks", "see KB article"),
        ("HV-INST-VAL", "Installation, commissioning and IQ/OQ validation", 690, "per cabinet", "with delivery", "PQ not included"),
        ("HV-SVC-PM3", "PM3 preventive maintenance plan, 3 years", 1140, "per cabinet", "-", "invoiced with equipment"),
        ("HV-CAL-SENS", "Calibrated reference probe kit with certificate", 185, "each", "1 week", ""),
        ("HV-DRW-EXT", "Extra drawer for BBR-700 / BBR-1400D", 96, "each", "2 weeks", "option"),
        ("HV-CHART-7", "7-day circular chart recorder, fitted", 640, "each", "3 weeks", "option"),
        ("HV-LOCK-RF", "RFID badge door lock with access log", 380, "each", "3 weeks", "option, BBR only"),
        ("HV-CASTOR", "Castor kit with two braking castors", 210, "each", "2 weeks", "option"),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDEF", (16, 52, 16, 12, 14, 26)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Volume and delivery")
    ws2.append(["Volume discounts and delivery charges - 2026"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Cabinets on one order (BBR, PLF, PA)", "Discount on cabinet list prices"])
    for r in [("1-2 cabinets", "0%"), ("3-5 cabinets", "5%"), ("6-9 cabinets", "8%"), ("10 or more cabinets", "10%")]:
        ws2.append(list(r))
    ws2.append([])
    ws2.append(["PM3 plans on one order", "Discount on HV-SVC-PM3"])
    ws2.append(["5 or more cabinets", "10%"])
    ws2.append([])
    ws2.append(["Delivery", "Charge"])
    for r in [("UK mainland, ground floor or goods lift", "free of charge"),
              ("Scottish Highlands and islands", "£350 per consignment"),
              ("Stairs or restricted access (no goods lift)", "£180 per cabinet"),
              ("Removal of old cabinet for WEEE recycling", "£150 per cabinet")]:
        ws2.append(list(r))
    ws2.column_dimensions["A"].width = 46
    ws2.column_dimensions["B"].width = 34

    ws3 = wb.create_sheet("Key specifications")
    ws3.append(["Key specifications summary (see technical data sheet for full figures)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Model", "Volume (L)", "Capacity", "Weight (kg)", "Energy kWh/24h", "Min. door opening for delivery"])
    for r in [("BBR-700", 700, "280 red cell units", 168, 3.1, "850 mm"),
              ("BBR-1400D", 1400, "560 red cell units", 286, 5.2, "900 mm (doors removed on site)"),
              ("PLF-40", 500, "400 plasma units", 232, 6.8, "950 mm"),
              ("PA-22", 220, "48 platelet bags", 141, 2.4, "800 mm")]:
        ws3.append(list(r))
    ws3.column_dimensions["A"].width = 14
    ws3.column_dimensions["F"].width = 34
    wb.save(K / "haemavault-price-list-2026.xlsx")

# ---------------------------------------------------------------- Markdown KB
KB = """# HaemaLink remote monitoring and site preparation for HaemaVault cabinets

*Knowledge-base article KB-0117, last reviewed October 2026.*

## HaemaLink monitoring (SKU HV-MON-LINK)

Each HV-MON-LINK line buys one gateway port and a 36-month monitoring licence for one cabinet. Up to 8 cabinets
share one HaemaLink gateway; the gateway itself is supplied free with the first licence on an order.

- Logging interval: 1 minute, from the independent alarm probe and the door switch.
- Alarm notifications by SMS, e-mail and automated voice call. If nobody acknowledges an alarm, it escalates to the
  second contact after 10 minutes and to the third contact after 20 minutes.
- Data are hosted in UK data centres and kept for the duration of the licence; records can be exported as PDF or CSV
  at any time. The audit trail supports MHRA expectations for data integrity (ALCOA+).
- Network: wired Ethernet with automatic 4G fallback (SIM included). The gateway needs outbound TCP port 443 only;
  no inbound ports have to be opened.
- Renewal pricing for the period after the first 36 months is confirmed in writing 60 days before the licence ends.

## Site preparation checklist

1. **Access route.** Minimum clear door opening: 850 mm for the BBR-700; 900 mm for the BBR-1400D, with its doors
   removed on site by our installers (this adds about 2 hours to the installation); 950 mm for the PLF-40.
2. **Floor.** Floor loading of at least 500 kg/m² at the final position; floors must be level within 5 mm.
3. **Electrical.** One dedicated, unswitched fused spur (13 A) per cabinet, within 1.5 m of the final position.
   Do not connect cabinets through extension leads or multi-way adaptors.
4. **Clearances.** Leave 100 mm behind the cabinet, 50 mm on each side and 300 mm above for air flow.
5. **Room.** Keep the room between +10 °C and +32 °C; do not place cabinets next to autoclaves or in direct sunlight.
6. **After delivery.** Let each cabinet stand upright for 12 hours after delivery before switching it on, so that
   the compressor oil settles. Allow a further 24 hours for the empty-chamber mapping before loading blood.

## Who does what

HaemaVault books the delivery slot with the hospital estates team at least 5 working days ahead. The hospital
provides the electrical spurs and network point before the installation day; if the site is not ready, a
rebooking fee of £250 per visit applies.
"""

if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "haemalink-monitoring-site-prep.md").write_text(KB, encoding="utf-8")
    print("sources written to", K)
