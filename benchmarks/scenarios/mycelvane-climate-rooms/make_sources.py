"""Generate the knowledge sources for the mycelvane-climate-rooms scenario.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py  (needs python-docx, openpyxl, reportlab)"""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------------------------------------------------------- DOCX
from docx import Document
d = Document()
d.add_heading("Mycelvane Climate Systems B.V. - Service and Warranty Conditions", 0)
d.add_paragraph("Version 3.2, effective 1 March 2025. Applies to all growing-room climate equipment supplied by "
                "Mycelvane Climate Systems B.V., Horst, the Netherlands, unless the signed quote states otherwise.")
d.add_heading("1. Standard warranty", 1)
d.add_paragraph("All equipment carries a standard warranty of 24 months from the date of commissioning sign-off, or "
                "27 months from delivery, whichever ends first. The warranty covers parts and labour during normal "
                "working hours (Monday to Friday, 07:00-17:00 CET).")
d.add_paragraph("The AHU cooling coil and the plate heat exchanger are covered for 36 months against corrosion "
                "perforation, provided the coil is cleaned only with approved cleaning agents (pH 6-9) and the "
                "cleaning log is available on request.")
d.add_heading("2. Exclusions", 1)
for t in ["Damage caused by cleaning agents containing free chlorine above 200 ppm.",
          "Fogging nozzles, filters and door seals are wear parts and are not covered.",
          "Damage caused by steam cook-out when the AHU dampers were not closed: PhaseMaster cook-out mode closes the "
          "dampers, and the AHU must never be exposed to air above 70 °C.",
          "Humidifier pump and nozzle damage when the supply water conductivity exceeds 20 µS/cm.",
          "Controller faults caused by firmware that was not released by Mycelvane."]:
    d.add_paragraph(t, style="List Bullet")
d.add_heading("3. Warranty extension", 1)
d.add_paragraph("The warranty can be extended by 12 months (to 36 months in total) for 4% of the net equipment price, "
                "or by 36 months (to 60 months in total) for 9% of the net equipment price. An extension must be "
                "ordered before commissioning sign-off and requires an active Silver or Gold service plan.")
d.add_heading("4. Service plans", 1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(["", "Silver", "Gold"]):
    t.rows[0].cells[i].text = h
for row in [("Preventive maintenance visits", "1 per year", "2 per year"),
            ("Remote response (hotline / VPN)", "next working day", "within 4 hours, 24/7"),
            ("On-site response", "48 hours, working days", "within 24 hours, including weekends"),
            ("CO2 sensor recalibration", "charged at €189 per probe", "included"),
            ("Discount on spare parts", "10% off list", "20% off list"),
            ("Firmware updates", "included", "included")]:
    c = t.add_row().cells
    for i, v in enumerate(row):
        c[i].text = v
d.add_paragraph("The response clock starts when the fault is logged through the service portal or the 24/7 hotline "
                "+31 77 200 4410. Plans run for 36 months and then renew automatically for 12 months at a time at the "
                "then-current price; any annual increase is capped at 5%. Either party may cancel with 90 days' "
                "written notice before the anniversary date.")
d.add_heading("5. Work outside a service plan", 1)
d.add_paragraph("Call-outs outside a service plan or outside the plan hours are charged at €145 per hour, with a "
                "minimum of 3 hours, plus travel at €0.85 per km from Horst or from the nearest regional engineer. "
                "Parts are charged at list price.")
d.add_heading("6. Calibration and spare parts", 1)
d.add_paragraph("CO2 sensors must be recalibrated every 6 months; RH probes every 12 months. Mycelvane offers an "
                "exchange service for calibrated probes at €189 per probe, shipped within 2 working days. Critical "
                "spare parts (fans, EC motors, controller boards, valves) are guaranteed available for 10 years after "
                "a model leaves production.")
d.save(os.path.join(K, "Mycelvane_Service_and_Warranty_Conditions.docx"))

# ---------------------------------------------------------------- PDF
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
ss = getSampleStyleSheet()
story = [Paragraph("Mycelvane Installation and Commissioning Guide - Growing Rooms", ss["Title"]),
         Paragraph("Document MCV-IG-07, revision C, 2025. For site managers and head growers preparing a climate retrofit.", ss["Normal"]),
         Spacer(1, 8)]
sections = [
 ("1. Lead time", "Standard AHUs are delivered 10-12 weeks from the signed order and receipt of the down payment. "
  "The stainless-steel housing option (suffix -SS) has a lead time of 16 weeks. Controllers, sensors and humidifiers "
  "ship from stock in Horst within 2 weeks. Delivery is DAP to the customer's site; off-loading with a forklift or "
  "crane is the customer's responsibility."),
 ("2. Site readiness", "Each room needs: a 400 V three-phase supply rated 63 A per AHU; reverse-osmosis (RO) water at "
  "3 to 6 bar with a conductivity below 20 µS/cm for the fogging humidifier; a floor drain within 5 m of the "
  "humidifier; and a Cat6 ethernet cable to each room controller. Chilled-water (CW) AHU variants need a chilled "
  "water supply at 6/12 °C; direct-expansion (DX) variants need an outdoor location for the condensing unit within "
  "25 m pipe length. Core drilling through sandwich panels up to 400 mm diameter is done by Mycelvane; scaffolding "
  "and roof access for penetrations are provided by the customer."),
 ("3. Installation", "Installation takes 4 working days per room. One crew can work on up to 2 rooms in parallel. "
  "Rooms must be empty, cooked-out and dry when the crew arrives. Standard working hours are Monday to Friday "
  "07:00-17:00; installation at weekends carries a surcharge of 35% on the installation price. Removal and disposal "
  "of existing climate equipment is not included and is available at €650 per room."),
 ("4. Commissioning", "After installation each room runs a 72-hour climate trial while empty: temperature, RH and CO2 "
  "control loops are tuned and alarms tested. The customer signs the commissioning protocol at the end of the trial; "
  "this date starts the warranty. Handover training of 1 day for up to 6 staff is included once per site. Extra "
  "training is available as an on-site day at €980 or as a 2-hour remote session at €260."),
 ("5. Filters", "A G4 pre-filter set is standard on every AHU and suits growing rooms. For spawn-run and casing rooms, "
  "where spores and dust must be kept out, Mycelvane recommends the F7 (ePM1 60%) filter set. Filters should be "
  "changed after every second flush or when the differential pressure alarm (set at 180 Pa) is raised."),
 ("6. Before the first crop", "Fill the room with compost only after the commissioning protocol is signed. The first "
  "flush should be run with the default PhaseMaster profile; a Mycelvane climate specialist reviews the data remotely "
  "after the first pinning phase at no extra cost."),
]
for h, body in sections:
    story += [Paragraph(h, ss["Heading2"]), Paragraph(body, ss["Normal"]), Spacer(1, 6)]
SimpleDocTemplate(os.path.join(K, "Mycelvane_Installation_and_Commissioning_Guide.pdf"), pagesize=A4).build(story)

# ---------------------------------------------------------------- XLSX
from openpyxl import Workbook
wb = Workbook()
ws = wb.active
ws.title = "Price list"
ws.append(["Mycelvane Price List 2025 (EUR, excl. VAT) - valid 1 January to 31 December 2025"])
ws.append(["SKU", "Description", "Unit", "List price EUR", "Notes"])
for r in [
 ("MV-AHU-30", "Growing-room AHU, 30 kW nominal", "each", 14900, "Rooms up to 900 m² bed area"),
 ("MV-AHU-45", "Growing-room AHU, 45 kW nominal", "each", 18450, "Rooms up to 1,400 m² bed area; CW and DX variants at the same list price"),
 ("MV-AHU-60", "Growing-room AHU, 60 kW nominal", "each", 22780, "Rooms up to 1,900 m² bed area"),
 ("MV-CTRL-PX4", "PhaseMaster PX4 room controller", "each", 2980, "1 per room"),
 ("MV-CTRL-PX6", "PhaseMaster PX6 controller, touch screen, 8 zones", "each", 4150, ""),
 ("MV-CTRL-UPG", "PX4 to PX4+ cloud upgrade", "each", 690, "Adds mobile app and cloud backup"),
 ("MV-SNS-CO2RH", "Sensor pack: CO2, RH, air temperature (3 probes)", "each", 645, ""),
 ("MV-HUM-HP12", "High-pressure fogging humidifier, 12 kg/h", "each", 4120, "Needs RO water"),
 ("MV-HUM-ST10", "Electric steam humidifier, 10 kg/h", "each", 5360, ""),
 ("MV-FLT-G4", "Filter set G4 (one AHU)", "set", 118, "Standard, growing rooms"),
 ("MV-FLT-F7", "Filter set F7 / ePM1 60% (one AHU)", "set", 236, "Spawn-run and casing rooms"),
 ("MV-NZL-10", "Fogging nozzle pack (10 nozzles)", "pack", 74, "Wear part"),
 ("MV-SUP-SCADA", "CropView SCADA site licence, up to 12 rooms", "site", 7400, ""),
 ("MV-SUP-EXP6", "CropView expansion pack, +6 rooms", "each", 2900, ""),
 ("MV-INST-RM", "Installation and commissioning, per room", "room", 3250, "Includes 72-hour climate trial"),
 ("MV-SVC-SILVER", "Silver service plan, 36 months, per room", "room", 1980, ""),
 ("MV-SVC-GOLD", "Gold service plan, 36 months, per room", "room", 3240, ""),
]:
    ws.append(list(r))
ws2 = wb.create_sheet("AHU specs")
ws2.append(["Mycelvane AHU technical data 2025"])
ws2.append(["Model", "Variant", "Cooling capacity kW", "Heating kW", "Airflow m³/h", "Electrical power kW",
            "Sound dB(A) at 3 m", "Weight kg", "Refrigerant"])
for r in [
 ("MV-AHU-30", "CW", 30, 16, "9,000", 4.9, "60 dB(A)", "890 kg", "none"),
 ("MV-AHU-30", "DX", 27, 16, "9,000", 11.2, "64 dB(A)", "1,010 kg", "R290, 3.6 kg"),
 ("MV-AHU-45", "CW", 45, 24, "14,500", 6.8, "62 dB(A)", "1,180 kg", "none"),
 ("MV-AHU-45", "DX", 41, 24, "14,500", 15.9, "66 dB(A)", "1,340 kg", "R290, 4.9 kg"),
 ("MV-AHU-60", "CW", 60, 32, "19,000", 8.7, "64 dB(A)", "1,460 kg", "none"),
]:
    ws2.append(list(r))
ws3 = wb.create_sheet("Humidifiers and sensors")
ws3.append(["Humidifier and sensor data"])
ws3.append(["Item", "Property", "Value"])
for r in [
 ("MV-HUM-HP12", "Capacity", "12 kg/h"), ("MV-HUM-HP12", "Nozzles", "24"),
 ("MV-HUM-HP12", "Pump power", "0.75 kW"), ("MV-HUM-HP12", "Water pressure out", "70 bar"),
 ("MV-HUM-ST10", "Capacity", "10 kg/h"), ("MV-HUM-ST10", "Electrical power", "7.5 kW"),
 ("MV-SNS-CO2RH", "CO2 range / accuracy", "0-10,000 ppm, ±50 ppm ±3% of reading"),
 ("MV-SNS-CO2RH", "RH accuracy", "±2% RH"), ("MV-SNS-CO2RH", "Temperature accuracy", "±0.2 °C"),
 ("MV-SNS-CO2RH", "Protection", "IP65, washable"),
]:
    ws3.append(list(r))
wb.save(os.path.join(K, "Mycelvane_2025_Price_and_Spec_Sheet.xlsx"))

# ---------------------------------------------------------------- Markdown KB article
md = """# PhaseMaster PX4: climate profiles, alarms and CropView data

This article explains how the PhaseMaster PX4 room controller runs a crop and how CropView stores the data.

## Default phase profiles
| Phase | Air temperature | RH | CO2 |
|---|---|---|---|
| Spawn run (Phase III in the room) | compost held at 24-25 °C | 95% | up to 10,000 ppm tolerated |
| Pinning (airing) | lowered to 17-18 °C over 2 to 3 days | 88-92% | brought below 1,200 ppm |
| Cropping | 16.5-18 °C | 85-90% | 800-1,200 ppm |

Profiles ramp at a default maximum of 0.5 °C per hour; the grower can change ramps and setpoints per room.

## Alarms
Alarms go out by SMS and e-mail. If an alarm is not acknowledged within 15 minutes it escalates to the next person
on the call list. If a CO2 sensor fails, the controller switches to a minimum fresh-air position of 20% and raises a
sensor alarm, so the room cannot build up CO2 unnoticed.

## Cook-out mode
Cook-out mode closes the AHU dampers and isolates the unit; the AHU must never see air above 70 °C.

## CropView data
- CropView keeps 5 years of 1-minute data on the site server.
- If the network is down, each PX4 buffers 72 hours of data locally and uploads it when the link returns.
- Data can be exported as CSV; a read-only REST API is available.
- The site licence has unlimited users and covers up to 12 rooms; the expansion pack adds 6 rooms for €2,900.
- Remote support runs through the Mycelvane VPN gateway, which the customer can switch off at any time.

## Firmware
Firmware is released quarterly. Updates are free with an active service plan; outside a plan they cost €95 per
controller.
"""
open(os.path.join(K, "phasemaster-climate-profiles.md"), "w", encoding="utf-8").write(md)
print("ok")
