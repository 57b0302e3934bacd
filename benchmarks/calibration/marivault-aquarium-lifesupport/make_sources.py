"""Generate the knowledge sources of the marivault-aquarium-lifesupport scenario.

Run with a Python that has python-docx and openpyxl; reportlab may live in a scratch folder:
    PYTHONPATH=/tmp/aqls_rl /work/main/.venv/bin/python make_sources.py
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


# ---------------------------------------------------------------- DOCX: service plans
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Marivault Life Support Systems Ltd", 0)
    d.add_heading("Schedule of Service: Aquarium Life-Support Service Plans (edition SP-2026)", 1)
    d.add_paragraph(
        "This schedule applies to every Marivault service plan (Bronze, Silver and Gold) for aquarium life-support "
        "systems (LSS) installed or adopted by Marivault: pressurised sand filters, protein skimmers, ozone "
        "generators, chillers and AquaSentinel monitoring. It forms part of the service agreement together with the "
        "Marivault Standard Terms of Supply MV-TS-2024. Where this schedule and the Standard Terms differ on a "
        "service matter, this schedule prevails."
    )
    d.add_heading("1. Plan levels", 2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["", "Bronze", "Silver", "Gold"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    rows = [
        ("Annual fee (list, ex VAT)", "£7,400", "£12,300", "£18,600"),
        ("Planned preventive maintenance visits per year", "2", "4", "6"),
        ("Helpline hours", "08:00-18:00 Mon-Fri", "08:00-20:00 Mon-Sat", "24/7, 365 days"),
        ("Remote response to a critical alarm", "next business day", "within 2 hours (helpline hours)", "within 30 minutes"),
        ("On-site attendance, critical alarm", "best endeavours", "within 24 hours", "within 6 hours"),
        ("On-site attendance, non-critical fault", "best endeavours", "within 3 business days", "next business day"),
        ("Out-of-hours labour", "£185 per hour", "£125 per hour", "included"),
        ("AquaSentinel Cloud subscription", "not included", "included", "included"),
        ("On-site critical spares kit", "no", "no", "yes"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph("")
    d.add_paragraph(
        "A critical alarm is an alarm that threatens life support of an exhibit: loss of main circulation flow, "
        "chiller trip with water temperature more than 1.5 °C above setpoint, ORP above 450 mV, dissolved oxygen "
        "below 5.0 mg/L, or ozone in plant-room air above the 0.3 ppm shutdown level. All other alarms and faults are "
        "non-critical. Attendance times run from the moment the alarm is acknowledged by the Marivault helpline."
    )
    d.add_heading("2. What the Gold plan includes", 2)
    for s in [
        "Six planned preventive maintenance visits per year, each by a Marivault LSS engineer, with a written "
        "water-quality and plant-condition report within 5 working days of the visit.",
        "Annual replacement of all pH and ORP probes connected to the AquaSentinel hubs (parts and labour).",
        "Ozone generator consumables: dielectric tube set every 24 months, air-dryer desiccant and the activated "
        "carbon of the residual ozone destructor every 6 months.",
        "Protein skimmer venturi-pump mechanical seals and foam-cup rinse nozzles, as required.",
        "Sand filter media top-up of up to 10% of the bed volume per year. Full media replacement (normally every "
        "8 to 10 years) is not included and is quoted separately.",
        "Annual chiller refrigerant leak check and F-gas record keeping in line with the F-gas Regulations.",
        "An on-site critical spares kit (one skimmer venturi pump, one ozone generator power board, two pH probes, "
        "two ORP probes). The kit remains the property of Marivault and is replenished within 5 working days of use.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("3. Service credits", 2)
    d.add_paragraph(
        "If Marivault misses the on-site attendance time for a critical alarm on a Silver or Gold plan, the customer "
        "receives a service credit of 5% of the annual plan fee per missed attendance, capped at 25% of the annual "
        "plan fee in any plan year. Credits are applied to the next annual invoice and are the customer's sole "
        "financial remedy for late attendance. No credit is due where access to site was refused or delayed, or "
        "where the alarm was caused by an excluded event."
    )
    d.add_heading("4. Exclusions", 2)
    for s in [
        "Livestock, exhibit animals and plants, and any loss of or damage to them.",
        "Faults caused by water-chemistry additions, medications or treatments not approved in writing by Marivault.",
        "Damage caused by power outages where the LSS is not protected by a UPS or standby generator.",
        "Salt, trace-element additives and water-treatment chemicals.",
        "Pipework, valves and electrical supplies upstream of the plant-room isolators or outside the LSS boundary.",
        "Call-outs caused by the customer's own modifications, charged at £165 per hour plus travel.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("5. Fees, indexation and payment", 2)
    d.add_paragraph(
        "Plan fees are invoiced annually in advance, the first invoice on the date of practical completion, and are "
        "payable within 30 days of invoice. On each anniversary the annual fee is adjusted by the UK CPI annual rate "
        "published for the preceding January, capped at 4.5% per year. A fee is never reduced by indexation."
    )
    d.add_heading("6. Term and cancellation", 2)
    d.add_paragraph(
        "Plans have a minimum term of 3 years. After the minimum term a plan renews for successive 12-month periods "
        "unless either party gives 90 days' written notice before the renewal date. If the customer ends the plan "
        "during the minimum term for convenience, an early termination fee equal to 50% of the plan fees remaining "
        "in the minimum term is payable. A plan may be upgraded (for example Silver to Gold) at any anniversary; a "
        "downgrade is only possible after the minimum term."
    )
    d.add_heading("7. Customer responsibilities", 2)
    d.add_paragraph(
        "The customer keeps a trained aquarist on call whenever the exhibits hold livestock, gives Marivault "
        "engineers escorted access to the plant room at all times, records daily manual water tests (salinity, "
        "temperature, ammonia, nitrite) in the AquaSentinel log, and keeps the plant-room ventilation and ozone "
        "detection in operation. Failure to do so may suspend attendance-time commitments until remedied."
    )
    d.save(K / "service_plan_schedule.docx")


# ---------------------------------------------------------------- PDF: technical data
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9
    body.leading = 11.5
    h1, h2 = ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(K / "lss_technical_data.pdf"), pagesize=A4, leftMargin=18 * mm,
                            rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Marivault LSS Technical Data and Site Requirements", author="Marivault")
    st = []

    def p(x):
        st.append(Paragraph(x, body))
        st.append(Spacer(1, 4))

    def table(rows, widths):
        t = Table(rows, colWidths=[w * mm for w in widths])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        st.append(t)
        st.append(Spacer(1, 6))

    st.append(Paragraph("Marivault LSS: Technical Data and Site Requirements (rev. 2026-1)", h1))
    p("Data for the Marivault equipment ranges used in public-aquarium life-support systems. Figures are for "
      "natural or artificial sea water at 35 g/L salinity unless stated. The site requirements in section 6 are the "
      "customer's responsibility unless the quotation states otherwise.")

    st.append(Paragraph("1. Pressurised sand filters (SF range)", h2))
    table([["", "SF-1800", "SF-2400"],
           ["Vessel diameter / material", "1,800 mm / GRP", "2,400 mm / GRP"],
           ["Filter area", "2.54 m²", "4.52 m²"],
           ["Design filtration rate", "25 m³/m²/h", "25 m³/m²/h"],
           ["Design flow per vessel", "64 m³/h", "113 m³/h"],
           ["Media", "16/30 silica sand, 1,200 mm bed", "16/30 silica sand, 1,200 mm bed"],
           ["Operating weight (full, with media)", "9.2 tonnes", "16.5 tonnes"],
           ["Max. working pressure", "2.5 bar", "2.5 bar"],
           ["Process connections", "DN100 flanged", "DN150 flanged"]], [60, 55, 55])
    p("Backwash: 45 m³/m²/h for 6 minutes followed by a 2-minute rinse to waste. One SF-2400 backwash uses about "
      "20 m³ of water, one SF-1800 backwash about 11 m³. Backwash is triggered by a differential pressure of "
      "0.6 bar or every 7 days, whichever comes first. Do not backwash two vessels of the same loop at the same "
      "time. The underdrain is a stainless-steel lateral system; media must be the 16/30 grade (0.5 to 1.0 mm), as "
      "finer media blinds and coarser media lets fines through to the exhibits.")

    st.append(Paragraph("2. Protein skimmers (ProteinMax PS range)", h2))
    table([["", "PS-1200", "PS-1800"],
           ["Max. water flow", "120 m³/h", "180 m³/h"],
           ["Reaction chamber volume", "980 L", "1,450 L"],
           ["Venturi pumps", "2 x 0.75 kW", "2 x 1.1 kW"],
           ["Inlet connection", "DN100", "DN125"],
           ["Ozone injection, max.", "12 g/h", "20 g/h"]], [60, 55, 55])
    p("All PS skimmers are ozone-ready and have an automatic foam-cup rinse every 4 hours (adjustable). Off-gas is "
      "routed through the residual ozone destructor supplied with the OzoGen generator.")

    st.append(Paragraph("3. Ozone generator OzoGen OZ-120", h2))
    p("Output 120 g/h at 10% w/w from the integrated PSA oxygen concentrator (included). Electrical input 1.6 kW. "
      "Dosing is controlled by ORP with a setpoint range of 250 to 450 mV. Marivault recommends 350 mV for fish-only "
      "display systems; never exceed 400 mV in exhibits holding invertebrates. An ambient ozone sensor in the plant "
      "room raises an alarm at 0.1 ppm and shuts the generator down at 0.3 ppm. The residual ozone destructor is an "
      "activated-carbon column on the skimmer off-gas line.")

    st.append(Paragraph("4. Chillers (ChillCore CH range)", h2))
    table([["", "CH-60", "CH-95"],
           ["Cooling capacity (12 °C leaving sea water, 32 °C ambient)", "60 kW", "95 kW"],
           ["Heat exchanger", "titanium plate", "titanium plate"],
           ["Refrigerant / charge", "R513A / 14 kg", "R513A / 21 kg"],
           ["Electrical input / supply", "20 kW / 400 V 3-phase, 50 A", "31 kW / 400 V 3-phase, 80 A"],
           ["Sea-water flow", "10 m³/h", "16 m³/h"],
           ["Water connections", "DN80", "DN100"],
           ["Sound pressure at 10 m, free field", "64 dB(A)", "67 dB(A)"]], [70, 50, 50])
    p("Chillers are air-cooled and intended for outdoor or ventilated-enclosure installation with 1.5 m clear "
      "around the coil. R513A has a GWP of 631; the CH-95 charge therefore needs an annual leak check.")

    st.append(Paragraph("5. AquaSentinel monitoring hubs", h2))
    p("MON-PRO: 16 probe channels (pH, ORP, temperature, dissolved oxygen, salinity/conductivity, any mix), 8 relay "
      "outputs, 4 analogue inputs, integrated cellular fallback. MON-LITE: 8 probe channels, 4 relay outputs, no "
      "cellular fallback. Both hubs talk to a building management system over Modbus TCP and provide volt-free "
      "dry-contact alarm outputs; BACnet/IP needs the optional gateway. Hubs are DIN-rail mounted in an IP65 "
      "enclosure and need a 230 V supply and a wired Ethernet port.")

    st.append(Paragraph("6. Site requirements", h2))
    p("The customer provides: plinths or a slab designed for the operating weights above; a bunded plant-room floor "
      "with drainage able to take a full backwash flow; electrical supplies to lockable isolators next to each item; "
      "plant-room mechanical ventilation of at least 6 air changes per hour where ozone is used; and sea water or "
      "salt for filling. Marivault's scope ends at the flanges of each item unless the quotation includes pipework.")
    doc.build(st)


# ---------------------------------------------------------------- XLSX: price list
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Equipment"
    ws.append(["Marivault Life Support Systems: 2026 Price List (GBP, excluding VAT), valid 1 Jan to 31 Dec 2026"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Product", "Key specification", "List price (GBP)", "Lead time (weeks)", "Warranty"])
    for c in ws[3]:
        c.font = Font(bold=True)
    for r in [
        ("MV-SF-1800", "SF-1800 pressurised sand filter", "1,800 mm GRP vessel, 64 m³/h", 26900, 12, "10 years vessel, 2 years valves and underdrain"),
        ("MV-SF-2400", "SF-2400 pressurised sand filter", "2,400 mm GRP vessel, 113 m³/h", 38450, 14, "10 years vessel, 2 years valves and underdrain"),
        ("MV-PS-1200", "ProteinMax PS-1200 protein skimmer", "120 m³/h, ozone-ready", 10750, 8, "2 years"),
        ("MV-PS-1800", "ProteinMax PS-1800 protein skimmer", "180 m³/h, ozone-ready", 14900, 10, "2 years"),
        ("MV-OZ-120", "OzoGen OZ-120 ozone generator", "120 g/h, PSA concentrator, ORP control, destructor", 27600, 12, "3 years (dielectric tubes excluded)"),
        ("MV-CH-60", "ChillCore CH-60 chiller", "60 kW, titanium plate HX, R513A", 23400, 16, "2 years parts and labour, 5 years compressor"),
        ("MV-CH-95", "ChillCore CH-95 chiller", "95 kW, titanium plate HX, R513A", 31200, 18, "2 years parts and labour, 5 years compressor"),
        ("MV-MON-LITE", "AquaSentinel LITE monitoring hub", "8 probe channels", 3950, 6, "2 years"),
        ("MV-MON-PRO", "AquaSentinel PRO monitoring hub", "16 probe channels, cellular fallback", 6850, 6, "2 years"),
        ("MV-MON-BGW", "AquaSentinel BACnet/IP gateway", "one gateway serves up to 8 hubs", 1480, 4, "2 years"),
        ("MV-INST-COM", "Installation, commissioning and biological start-up support", "fixed fee per project, see quotation", "by quotation", "-", "12 months workmanship"),
    ]:
        ws.append(list(r))
    ws.append([])
    ws.append(["Warranty periods start at practical completion. Prices exclude delivery outside mainland Great Britain."])
    for col, w in zip("ABCDEF", (14, 52, 46, 16, 16, 44)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Spares & Consumables")
    ws2.append(["Marivault 2026 Spares and Consumables (GBP, excluding VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Description", "Fits", "Price (GBP)", "Recommended replacement interval"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in [
        ("SP-PH-01", "pH probe, gel electrolyte", "AquaSentinel LITE/PRO", 148, "12 months"),
        ("SP-ORP-01", "ORP probe, platinum", "AquaSentinel LITE/PRO", 162, "18 months"),
        ("SP-DO-01", "Optical dissolved-oxygen sensor cap", "AquaSentinel LITE/PRO", 215, "24 months"),
        ("SP-SAL-01", "Conductivity / salinity cell", "AquaSentinel LITE/PRO", 390, "36 months"),
        ("SP-PMP-PS18", "Skimmer venturi pump 1.1 kW", "PS-1800", 1265, "on condition"),
        ("SP-PMP-PS12", "Skimmer venturi pump 0.75 kW", "PS-1200", 985, "on condition"),
        ("SP-PMP-CH95", "Chiller sea-water circulation pump", "CH-95", 2340, "on condition"),
        ("SP-OZ-DT", "Ozone dielectric tube set", "OZ-120", 1890, "24 months"),
        ("SP-OZ-DES", "Air-dryer desiccant, 10 kg", "OZ-120", 128, "6 months"),
        ("SP-CARB-25", "Activated carbon for ozone destructor, 25 kg", "OZ-120", 96, "6 months"),
        ("SP-SAND-1630", "Silica sand 16/30 grade, 1 tonne bag", "SF-1800 / SF-2400", 310, "top-up yearly, full change 8-10 years"),
    ]:
        ws2.append(list(r))
    for col, w in zip("ABCDE", (14, 46, 24, 12, 38)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Service Plans")
    ws3.append(["Marivault 2026 Service Plan Prices (GBP per year, excluding VAT)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Plan", "Annual fee (GBP)", "Planned visits per year", "Critical on-site attendance", "Minimum term"])
    for r in [("Bronze", 7400, 2, "best endeavours", "3 years"), ("Silver", 12300, 4, "24 hours", "3 years"),
              ("Gold", 18600, 6, "6 hours", "3 years")]:
        ws3.append(list(r))
    wb.save(K / "marivault_price_list_2026.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# Commissioning and biological start-up of a Marivault life-support system

This article explains what happens between the end of installation and the first animals going into the exhibits,
who does what, and how long it usually takes. It applies to every project that includes
MV-INST-COM (installation, commissioning and biological start-up support).

## Phase 1: mechanical completion and dry checks (about 2 days)
Marivault checks every flange, valve, pump rotation, electrical termination, probe and alarm output against the
as-built drawings. Defects found are logged in a snagging list shared with the customer's project manager.

## Phase 2: freshwater wet test (72 hours)
The system is filled with towns water and run for 72 hours at design flow. Every joint is inspected at the start,
after 24 hours and at the end. Sand filters are backwashed twice to remove fines. The ozone generator stays off.

## Phase 3: salt mixing and fill
The customer supplies the salt (or natural sea water) and the labour to load it; Marivault supervises mixing and
sets the salinity target, normally 35 g/L. As a guide, each 100 m³ of system volume needs about 3.6 tonnes of salt.

## Phase 4: biological maturation (fishless cycling)
Nitrifying bacteria are established by dosing ammonium chloride to 2 mg/L and a bacterial starter. Maturation
normally takes 6 to 8 weeks at 24 to 26 °C; cold-water systems (below 16 °C) can take up to 12 weeks. Marivault
reviews the customer's daily ammonia and nitrite readings twice a week during this phase.

## Phase 5: ozone commissioning
Ozone is only commissioned once nitrite has stayed below 0.2 mg/L for 7 consecutive days. The ORP setpoint is then
raised in steps of 25 mV per day to its target.

## Phase 6: livestock introduction
Animals are introduced in stages of no more than 20% of the planned biomass per week, with a water-quality review
by Marivault before each stage. Marivault attends a formal water-quality review 30 days after the first animals
go in.

## Training and handover
- MV-INST-COM includes 2 days of on-site operator training for up to 8 staff, normally held during phase 4.
- Additional training days cost £1,150 per day (up to 8 staff per day).
- Operation and maintenance manuals and as-built drawings are issued within 10 working days of practical completion.
- Practical completion is certified when phases 1 to 5 are complete; livestock introduction is not a condition.

## When does the warranty start?
Equipment warranties start at practical completion, not at delivery. If practical completion is delayed for
reasons within the customer's control by more than 60 days after delivery, warranties start 60 days after delivery.
"""

# ---------------------------------------------------------------- HTML page (served as a URL)
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>AquaSentinel Cloud: monitoring, alarms and support | Marivault</title></head>
<body>
<h1>AquaSentinel Cloud: monitoring, alarms and support</h1>
<p>AquaSentinel Cloud is the remote monitoring service behind every AquaSentinel LITE and PRO hub. It records each
probe every 60 seconds, raises alarms and lets the Marivault helpline see what your aquarists see.</p>

<h2>Alarms and escalation</h2>
<ul>
<li>Each alarm is sent by push notification, SMS and e-mail to a call cascade of up to 5 contacts.</li>
<li>An unacknowledged alarm is repeated every 10 minutes and moves to the next contact in the cascade; after the
last contact it escalates by phone call to the Marivault helpline (Gold plan customers only).</li>
<li>Alarm thresholds are set per exhibit by the customer's curator; changes are logged with the user's name.</li>
</ul>

<h2>Data and connectivity</h2>
<ul>
<li>Readings are kept in the cloud for 24 months and can be exported as CSV at any time.</li>
<li>If the internet connection is lost, the hub keeps 30 days of readings locally and uploads them when it is back;
PRO hubs switch to their cellular fallback for alarms within 2 minutes.</li>
<li>Remote access uses an outbound-only encrypted VPN tunnel from the hub: no inbound firewall ports need to be
opened. Every user signs in with multi-factor authentication.</li>
<li>Cloud data is hosted in UK data centres.</li>
</ul>

<h2>Subscription</h2>
<p>The first 12 months of AquaSentinel Cloud are included with every new hub. After that the subscription costs
£420 per hub per year, or is included in the Silver and Gold service plans.</p>

<h2>Helpline and call-outs</h2>
<ul>
<li>Helpline: 0330 555 0192, support@marivault.co.uk. Hours depend on your service plan.</li>
<li>Customers without a service plan: engineer call-outs cost £185 per hour, minimum 3 hours, plus travel;
out-of-hours call-outs (evenings, weekends, bank holidays) are charged at 1.5 times that rate.</li>
<li>Spares are dispatched from our Exeter depot the same day for orders received before 2 pm.</li>
</ul>
</body></html>
"""

if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "commissioning_startup_kb.md").write_text(KB, encoding="utf-8")
    (K / "aquasentinel_support.html").write_text(HTML, encoding="utf-8")
    print("sources written to", K)
