"""Generate the knowledge sources and scenario.json for the hygrelis-museum-humidity scenario.

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder.)
"""
import json
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

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX: service & warranty terms
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Hygrelis Conservation Climate B.V. - Service, Warranty and Calibration Terms 2025", 0)
    d.add_paragraph("Document ref. HCC-SWT-2025-02. Applies to all equipment, monitoring and service orders "
                    "accepted from 1 February 2025 in the Netherlands, Belgium and Luxembourg. Where these terms "
                    "conflict with the quotation, the quotation prevails.")
    d.add_heading("1. Equipment warranty", 1)
    for t in [
        "HX series humidifiers (HX-ST15, HX-ST30, HX-AD40): 24 months parts and labour from the date of commissioning.",
        "DX series desiccant dehumidifiers (DX-DR600, DX-DR1200): 36 months parts and labour from the date of commissioning, including the desiccant rotor.",
        "SN series wireless sensors (SN-RH2, SN-RH2-PRO): 60 months against manufacturing defects. Batteries are excluded.",
        "GW-LR8 LoRaWAN gateways: 24 months, return-to-base.",
        "Steam cylinders, filters, gaskets and batteries are consumables and are not covered by the warranty.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Warranty is void where equipment is operated with supply water outside the specified range "
                    "(conductivity 125 to 1,250 µS/cm for electrode steam humidifiers; fully demineralised water must "
                    "not be used in electrode units), where third parties have modified the unit, or where the "
                    "annual preventive maintenance visit has been missed by more than 3 months.")
    d.add_heading("2. Preventive maintenance plans", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Feature", "Silver plan (SV-SILVER)", "Gold plan (SV-GOLD)"
    rows = [
        ("Preventive visits per year", "1", "2 (spring and autumn)"),
        ("Remote response (alarm desk)", "next business day", "within 4 hours, 24/7"),
        ("On-site response to a breakdown", "within 72 hours", "within 24 hours"),
        ("Loan humidifier", "not included", "provided if a repair takes longer than 48 hours"),
        ("Discount on consumables and spares", "10%", "20%"),
        ("Labour for breakdown repairs", "charged at standard rates", "included during working hours"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Plans run for 12 months and renew automatically for a further 12 months unless cancelled in "
                    "writing at least 60 days before the renewal date. Plan prices are indexed once a year in line "
                    "with the Dutch CBS consumer price index, capped at 4% per year. Response times apply to sites in "
                    "the Netherlands, Belgium and Luxembourg; elsewhere they are agreed case by case.")
    d.add_paragraph("Scheduled visits cancelled or moved by the customer with less than 5 working days' notice are "
                    "charged at 50% of the visit value. Customers without a plan pay an out-of-hours call-out rate "
                    "of EUR 165 per hour, with a minimum charge of 2 hours, plus travel at EUR 0.48 per km.")
    d.add_heading("3. Sensor calibration", 1)
    d.add_paragraph("On-site calibration (SN-CAL-ONSITE) compares each sensor with a chilled-mirror reference "
                    "hygrometer at two humidity points (33% and 75% RH). Sensors deviating by more than ±2.0% RH "
                    "are adjusted in place; a sensor that cannot be brought within tolerance is replaced at the "
                    "customer's cost unless it is under warranty. Calibration certificates are issued within 10 "
                    "working days. Factory recalibration (SN-CAL-FACTORY) swaps each sensor for a calibrated "
                    "exchange unit, so logging is never interrupted. We recommend calibration every 12 months for "
                    "galleries and every 6 months for stores holding photographic material.")
    d.add_heading("4. Liability", 1)
    d.add_paragraph("Hygrelis' total liability under any order is limited to 100% of the contract value. Hygrelis "
                    "is not liable for indirect or consequential loss, including loss of or damage to collection "
                    "objects, loss of visitor income or insurance excess, unless otherwise agreed in writing and "
                    "signed by a director of Hygrelis. The customer remains responsible for its own collection "
                    "insurance. Water leak detection trays (supplied with every HX unit installed above 1.5 m) "
                    "must remain connected to the building management system or to ConservaView.")
    d.save(K / "Hygrelis_Service_Warranty_Terms_2025.docx")

# ---------------------------------------------------------------- PDF: technical data
def make_pdf():
    st = getSampleStyleSheet()
    body = st["BodyText"]
    body.fontSize = 9
    body.leading = 11.5
    doc = SimpleDocTemplate(str(K / "HX-ST30_DX-DR1200_Technical_Data.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm)
    el = [Paragraph("Hygrelis Technical Data Sheet TD-2025-07", st["Title"]),
          Paragraph("HX-ST30 electrode steam humidifier and DX-DR1200 desiccant rotor dehumidifier - "
                    "performance, utilities and installation requirements", st["Heading3"])]

    def table(rows):
        t = Table(rows, colWidths=[70 * mm, 100 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
        return t

    el += [Paragraph("1. HX-ST30 electrode steam humidifier", st["Heading2"]),
           table([["Parameter", "Value"],
                  ["Steam output", "30 kg/h, modulating 20-100%"],
                  ["Electrical supply", "400 V 3~ 50 Hz, 32.5 A"],
                  ["Rated power", "22.5 kW"],
                  ["Control accuracy (with room sensor)", "±2% RH"],
                  ["Supply water", "potable mains water, conductivity 125-1,250 µS/cm, pressure 1-8 bar"],
                  ["Drain", "40 mm, drain water tempered to max. 60 °C"],
                  ["Dimensions (W x H x D)", "640 x 940 x 350 mm"],
                  ["Weight", "38 kg empty, 58 kg operating"],
                  ["Steam hose", "max. 10 m between unit and distributor, min. fall 5%"]]),
           Spacer(1, 4),
           Paragraph("Steam cylinders: use HX-CYL-S for supply water of 350-1,250 µS/cm and HX-CYL-L for low-"
                     "conductivity water of 125-350 µS/cm. Typical cylinder life is 1,500 to 2,500 operating hours "
                     "depending on water hardness and duty. The controller signals 'cylinder full' about 100 "
                     "operating hours before replacement is required. Units ship with one cylinder fitted.", body),
           Paragraph("2. DX-DR1200 desiccant rotor dehumidifier", st["Heading2"]),
           table([["Parameter", "Value"],
                  ["Nominal process airflow", "1,200 m³/h at 300 Pa external static pressure"],
                  ["Moisture removal", "7.9 kg/h at 20 °C / 60% RH inlet"],
                  ["Reactivation heater", "9.8 kW electric"],
                  ["Total rated power", "10.6 kW, 400 V 3~ 50 Hz"],
                  ["Operating range", "-20 °C to +40 °C process air"],
                  ["Rotor", "silica gel, 550 mm diameter, washable"],
                  ["Sound pressure level", "62 dB(A) at 1 m"],
                  ["Dimensions (W x H x D)", "1,150 x 850 x 760 mm"],
                  ["Weight", "210 kg"],
                  ["Reactivation (wet) air duct", "max. 25 m equivalent length, insulated, falling to outside"]]),
           Spacer(1, 4),
           Paragraph("Prefilters class G4 (pack DX-FLT-G4) should be changed every 3 months in galleries and "
                     "monthly during building works. The rotor is rated for approximately 60,000 operating hours "
                     "under normal museum loads.", body),
           Paragraph("3. Installation requirements", st["Heading2"])]
    for t in [
        "Plant must not be installed above exhibition spaces or stores unless a drained leak tray with a leak "
        "sensor is fitted; trays are mandatory for any HX unit mounted higher than 1.5 m.",
        "Service clearance of 600 mm is required on the access side of both units, plus 300 mm above the HX-ST30 "
        "for cylinder removal.",
        "Floor loading for the DX-DR1200 plinth: 3.5 kN/m². The customer provides the structural check.",
        "The customer provides isolated power supplies, a mains water connection with shut-off valve and a tundish "
        "drain within 2 m of each HX unit. Hygrelis provides steam distributors, controls wiring and "
        "commissioning.",
        "Typical commissioning for one humidifier, one dehumidifier and up to 30 sensors takes 6 to 8 engineer "
        "days, including a 72-hour stability log before handover.",
    ]:
        el.append(Paragraph("&bull; " + t, body))
    el.append(Spacer(1, 6))
    el.append(Paragraph("Data subject to change without notice. Hygrelis Conservation Climate B.V., Delft.", body))
    doc.build(el)

# ---------------------------------------------------------------- XLSX: price and spec list
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
        for col, w in zip("ABCDEFG", (18, 52, 16, 16, 16, 24, 30)):
            ws.column_dimensions[col].width = w

    ws = wb.active
    ws.title = "Equipment"
    sheet(ws, "Hygrelis Price & Specification List 2025 - Equipment (EUR, excl. VAT, valid from 1 February 2025)",
          ["SKU", "Description", "List price EUR", "Lead time", "Warranty", "Key spec", "Notes"],
          [["HX-ST15", "Electrode steam humidifier, 15 kg/h", 6120, "6 weeks", "24 months", "11.3 kW", ""],
           ["HX-ST30", "Electrode steam humidifier, 30 kg/h", 8450, "6 weeks", "24 months", "22.5 kW", "one cylinder fitted"],
           ["HX-AD40", "High-pressure adiabatic humidifier, 40 kg/h", 11300, "8 weeks", "24 months", "0.9 kW", "requires RO water"],
           ["DX-DR600", "Desiccant rotor dehumidifier, 600 m³/h", 9750, "10 weeks", "36 months", "5.6 kW", ""],
           ["DX-DR1200", "Desiccant rotor dehumidifier, 1,200 m³/h", 14900, "10 weeks", "36 months", "10.6 kW", ""],
           ["SN-RH2", "Wireless RH/T sensor, ±1.5% RH, ±0.2 °C", 385, "3 weeks", "60 months", "battery life 7 years", "at 15-minute logging interval"],
           ["SN-RH2-PRO", "Wireless RH/T sensor, ±0.8% RH, ±0.1 °C", 610, "4 weeks", "60 months", "battery life 5 years", "at 15-minute logging interval"],
           ["GW-LR8", "LoRaWAN gateway, 8-channel, Ethernet/4G", 1240, "3 weeks", "24 months", "up to 200 sensors", ""]])

    ws = wb.create_sheet("Spares & Consumables")
    sheet(ws, "Hygrelis Price & Specification List 2025 - Spares and consumables (EUR, excl. VAT)",
          ["SKU", "Description", "List price EUR", "Lead time", "Fits", "Replacement interval", ""],
          [["HX-CYL-S", "Steam cylinder, standard water 350-1,250 µS/cm", 310, "5 working days", "HX-ST30", "1,500-2,500 h", ""],
           ["HX-CYL-L", "Steam cylinder, low-conductivity water 125-350 µS/cm", 345, "5 working days", "HX-ST30", "1,500-2,500 h", ""],
           ["HX-DIST-900", "Steam distributor pipe, 900 mm", 265, "2 weeks", "HX-ST15/ST30", "", ""],
           ["DX-FLT-G4", "Prefilter G4, pack of 4", 86, "5 working days", "DX-DR1200", "every 3 months", ""],
           ["DX-ROTOR-1200", "Replacement silica gel rotor", 3980, "6 weeks", "DX-DR1200", "approx. 60,000 h", ""],
           ["SN-BAT", "Lithium battery 3.6 V for SN-RH2", 18.5, "5 working days", "SN-RH2 / SN-RH2-PRO", "5-7 years", ""]])

    ws = wb.create_sheet("Services & Monitoring")
    sheet(ws, "Hygrelis Price & Specification List 2025 - Services and ConservaView monitoring (EUR, excl. VAT)",
          ["SKU", "Description", "Price EUR", "Unit", "", "", ""],
          [["SV-SILVER", "Silver preventive maintenance plan (1 visit)", 2650, "per site per year"],
           ["SV-GOLD", "Gold preventive maintenance plan (2 visits, 24 h on site)", 4600, "per site per year"],
           ["CM-DAY", "Installation and commissioning", 1150, "per engineer day"],
           ["OOH-HOUR", "Out-of-hours call-out (no plan), min. 2 hours", 165, "per hour"],
           ["SN-CAL-ONSITE", "On-site two-point calibration", 42, "per sensor"],
           ["SN-CAL-FACTORY", "Factory recalibration with exchange sensor", 68, "per sensor"],
           ["CV-ZONE-1Y", "ConservaView monitoring, 12-month term", 420, "per gallery zone"],
           ["CV-ZONE-3Y", "ConservaView monitoring, 36-month term, prepaid", 1080, "per gallery zone"]])
    wb.save(K / "Hygrelis_Price_Spec_List_2025.xlsx")

# ---------------------------------------------------------------- Markdown KB article
KB = """# ConservaView monitoring: set points, alarms and data handling

ConservaView is the Hygrelis cloud platform that collects readings from SN-RH2 and SN-RH2-PRO sensors through
GW-LR8 gateways, drives HX and DX units and raises alarms. This article answers the questions museums ask most.

## Recommended set points by collection type

| Collection type | Relative humidity | Max. short fluctuation | Temperature |
|---|---|---|---|
| Mixed collections (default gallery profile) | 50% RH | ±5% RH within 24 h | 18-22 °C |
| Paintings on wooden panel, furniture, musical instruments | 50-55% RH | ±3% RH within 24 h | 18-21 °C |
| Textiles and costume | 45-55% RH | ±5% RH within 24 h | 16-20 °C |
| Archaeological and industrial metals | below 40% RH | n/a | 15-25 °C |
| Photographic materials and film | 30-40% RH | ±3% RH within 24 h | 18 °C or lower |

Seasonal drift of up to 5% RH between winter and summer is allowed in the default profile, provided it takes
place at no more than 1% RH per week. Set points are agreed with the museum's conservator at commissioning.

## Alarm escalation

- **Level 1**: a zone is outside its band for 30 minutes: e-mail to the zone's contacts.
- **Level 2**: outside the band for 60 minutes, or a rate of change above 5% RH per hour: SMS and an automated
  phone call; Gold plan customers are also passed to the Hygrelis alarm desk.
- **Level 3**: water leak sensor triggered or plant fault: the HX unit's water supply valve is closed
  automatically and all contacts are called.

## Data, connectivity and security

- Default logging interval 15 minutes, configurable from 1 to 60 minutes (shorter intervals reduce battery life).
- Readings are kept for 10 years and can be exported as CSV at any time; a monthly PDF report per zone is sent
  automatically.
- If a gateway loses its connection, each sensor buffers up to 30 days of readings and uploads them when the
  link returns, so no data is lost.
- One GW-LR8 gateway serves up to 200 sensors; typical indoor range is 150 m through two masonry walls. We
  recommend two gateways per building for redundancy.
- Data is hosted in an ISO 27001 certified data centre in Frankfurt (EU). Platform availability target: 99.5%
  per calendar month.
- Unlimited users per account. SAML single sign-on is included with the 36-month term only.

## What counts as a zone

A zone is one room or a group of connected rooms sharing one set point and one alarm profile. A zone may hold
any number of sensors. Stores and galleries with different set points must be separate zones.
"""

# ---------------------------------------------------------------- scenario.json
SCENARIO = {
    "name": "hygrelis-museum-humidity",
    "description": "Hygrelis Conservation Climate B.V. (Delft) sells humidity-control plant, wireless monitoring and "
                   "maintenance to museums. Quote for the East Wing climate upgrade of the Nordhaven Maritime "
                   "Museum Trust: two steam humidifiers, a desiccant dehumidifier, 24 sensors, gateways, "
                   "ConservaView monitoring, commissioning, Gold maintenance and calibration.",
    "agent": {
        "name": "Hygrelis Quote Assistant",
        "welcome_message": "Hello! I can answer questions about your Hygrelis quote for the East Wing climate "
                           "upgrade: equipment, monitoring, service plans and terms.",
        "first_action_message": "Ask me about the equipment, prices, warranty or how ConservaView monitoring works.",
        "quick_replies": ["What does the Gold plan include?", "What is the total before VAT?",
                          "How long is the warranty?"],
        "handoff": {
            "assign_to": {"teams": ["Museum Sales Benelux", "Service Desk"]},
            "owner_unavailable_message": "Your account manager is not available right now. A colleague from our "
                                         "museum sales team will reply by e-mail within one working day.",
            "all_unavailable_message": "Our team is offline at the moment. We have logged your question and will "
                                       "get back to you on the next working day.",
        },
    },
    "users": [
        {"email": "marieke.dejong@hygrelis.example", "name": "Marieke de Jong", "role": "super_admin",
         "teams": ["Museum Sales Benelux"]},
        {"email": "tobias.verhoef@hygrelis.example", "name": "Tobias Verhoef", "role": "sales_rep",
         "teams": ["Museum Sales Benelux"]},
        {"email": "sanne.kuipers@hygrelis.example", "name": "Sanne Kuipers", "role": "sales_rep",
         "teams": ["Service Desk"]},
    ],
    "quote": {
        "number": "HCC-Q-2025-0417",
        "title": "East Wing gallery climate upgrade",
        "owner": "tobias.verhoef@hygrelis.example",
        "buyer_company": "Nordhaven Maritime Museum Trust",
        "buyer_contacts": ["e.vandermeer@nordhaven-museum.example", "facilities@nordhaven-museum.example",
                           "j.okafor@nordhaven-museum.example"],
        "currency": "EUR",
        "created_on": "2025-05-12",
        "expires_on": "2025-07-11",
        "line_items": [
            {"sku": "HX-ST30", "name": "Electrode steam humidifier, 30 kg/h, with leak tray", "quantity": 2,
             "unit_price": 8450.00, "discount_percent": 10},
            {"sku": "DX-DR1200", "name": "Desiccant rotor dehumidifier, 1,200 m³/h", "quantity": 1,
             "unit_price": 14900.00, "discount_percent": 8},
            {"sku": "SN-RH2", "name": "Wireless RH/T sensor, ±1.5% RH", "quantity": 24,
             "unit_price": 385.00, "discount_percent": 15},
            {"sku": "GW-LR8", "name": "LoRaWAN gateway, 8-channel", "quantity": 2,
             "unit_price": 1240.00, "discount_percent": 0},
            {"sku": "CV-ZONE-3Y", "name": "ConservaView monitoring, 36-month term, per gallery zone",
             "quantity": 6, "unit_price": 1080.00, "discount_percent": 0},
            {"sku": "CM-DAY", "name": "Installation and commissioning, per engineer day", "quantity": 8,
             "unit_price": 1150.00, "discount_percent": 0},
            {"sku": "SV-GOLD", "name": "Gold preventive maintenance plan, first 12 months", "quantity": 1,
             "unit_price": 4600.00, "discount_percent": 5},
            {"sku": "SN-CAL-ONSITE", "name": "On-site two-point sensor calibration, per sensor", "quantity": 24,
             "unit_price": 42.00, "discount_percent": 0},
        ],
        "terms": "Prices are in EUR and exclude 21% Dutch VAT. Payment: 40% on order, 50% on delivery of "
                 "equipment and 10% on signed commissioning handover, each invoice payable within 30 days. "
                 "Delivery DAP Nordhaven, Delft; equipment lead times run from receipt of the signed order and "
                 "deposit. Hygrelis Service, Warranty and Calibration Terms 2025 (HCC-SWT-2025-02) apply.",
        "notes": "Quote covers the six East Wing gallery zones (Galleries 1-5 and the Ship Model Store). The "
                 "museum provides isolated power supplies, mains water and drains at each humidifier location "
                 "before installation. Commissioning includes a 72-hour stability log and a handover session for "
                 "the conservation team. Discounts apply only if the complete quote is ordered.",
    },
    "sources": [
        {"type": "file", "path": "knowledge/Hygrelis_Service_Warranty_Terms_2025.docx"},
        {"type": "file", "path": "knowledge/HX-ST30_DX-DR1200_Technical_Data.pdf"},
        {"type": "file", "path": "knowledge/Hygrelis_Price_Spec_List_2025.xlsx"},
        {"type": "kb_article", "title": "ConservaView monitoring: set points, alarms and data handling",
         "path": "knowledge/conservaview-setpoints-alarms-data.md"},
    ],
}

if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "conservaview-setpoints-alarms-data.md").write_text(KB, encoding="utf-8")
    (HERE / "scenario.json").write_text(json.dumps(SCENARIO, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("written:", sorted(p.name for p in K.iterdir()))
