"""Generate the four knowledge sources of the aerovance-pneumatic-tubes scenario.

Run with a Python that has python-docx and openpyxl; reportlab may live in a scratch folder:
    PYTHONPATH=/tmp/aerotube-rl /work/main/.venv/bin/python make_sources.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)


# ---------------------------------------------------------------- DOCX: service schedule
def make_docx():
    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("CarePlus Service Agreement - Schedule 2: Service Levels and Fees", 0)
    d.add_paragraph(
        "Aerovance Tube Systems NV - Schedule 2 to the CarePlus Service Agreement, version 2025.1, "
        "valid for agreements signed from 1 January 2025. This schedule applies to Vantis 160 and Vantis 110 "
        "pneumatic tube systems controlled by Nexus. Where this schedule and the quote differ, the quote prevails."
    )
    d.add_heading("1. Service tiers", 1)
    rows = [
        ("Item", "CarePlus Standard", "CarePlus Premium"),
        ("Service hours", "Mon-Fri 07:00-19:00, excluding Belgian public holidays", "24/7/365"),
        ("Helpdesk and remote diagnostics", "During service hours", "24/7"),
        ("P1 - system or whole zone down: on-site response", "6 hours, counted within service hours", "4 hours, 24/7"),
        ("P2 - single station or diverter faulty", "Next working day", "8 hours"),
        ("P3 - cosmetic or non-urgent", "Within 10 working days", "Within 5 working days"),
        ("Preventive maintenance visits", "2 per year", "4 per year"),
        ("Monthly availability target", "99.5%", "99.8%"),
        ("Carrier replacement allowance", "5% of the carrier fleet per year", "10% of the carrier fleet per year"),
        ("Spill response and line decontamination", "Billed at EUR 145 per hour", "Included, on site within 2 hours"),
        ("Annual fee, systems up to 20 stations", "EUR 14,200", "EUR 21,900"),
        ("Each additional station above 20", "EUR 390 per year", "EUR 560 per year"),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph(
        "Response times run from the moment the fault is logged with the Aerovance helpdesk (phone +32 9 310 44 80 "
        "or the service portal). Under CarePlus Standard a P1 logged at 17:30 on a Friday is counted from 07:00 "
        "on the following Monday unless the client orders an out-of-hours call-out at the rates in section 3."
    )
    d.add_heading("2. What is included", 1)
    for s in [
        "Parts and labour for faults caused by normal wear of stations, diverters, blowers and the Nexus server.",
        "Blower maintenance at each preventive visit: inlet filter change, silencer inspection, inverter log read-out.",
        "Nexus software updates and security patches, installed remotely outside peak hours.",
        "Remote monitoring: Nexus raises alarms (stuck carrier, blower over-temperature, line pressure loss) "
        "automatically to the Aerovance helpdesk.",
        "One refresher training session per year for up to 10 participants.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("3. Exclusions and chargeable work", 1)
    for s in [
        "Damage caused by overfilled carriers (above the rated payload) or by liquids sent without a sealed "
        "specimen bag.",
        "Removal of foreign objects from the tube line, and damage caused by third-party building works.",
        "Faults caused by the client's network, power supply or fire-alarm interface.",
        "Consumables such as specimen bags and carrier liners.",
        "Out-of-scope work is billed at EUR 118 per hour within service hours and EUR 177 per hour outside "
        "service hours, plus a travel flat fee of EUR 85 per visit.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("4. Service credits", 1)
    d.add_paragraph(
        "If monthly availability falls below the target of the tier, the client receives a credit of 5% of the "
        "monthly fee for each full 0.5% below target, capped at 25% of the monthly fee. Availability is measured "
        "by Nexus per zone and excludes planned maintenance notified at least 5 working days in advance and "
        "downtime caused by excluded events (section 3). Credits are offset against the next annual invoice."
    )
    d.add_heading("5. Term, fees and indexation", 1)
    d.add_paragraph(
        "Minimum term: 3 years from the date of the acceptance certificate. The agreement then renews for one "
        "year at a time and can be terminated with 6 months' written notice before the end of a contract year. "
        "Fees are fixed for the first 3 contract years; thereafter they are indexed annually to the Belgian "
        "health index, capped at 4% per year. Fees are invoiced annually in advance, payable within 30 days. "
        "An upgrade from Standard to Premium is possible at any time; a mid-year upgrade is charged pro rata "
        "temporis. A downgrade is only possible at a contract anniversary."
    )
    d.add_heading("6. Client obligations", 1)
    d.add_paragraph(
        "The client nominates at least 2 trained super-users, keeps the plant room and diverter access hatches "
        "accessible, uses only Aerovance carriers, and reports faults through the helpdesk or portal. "
        "Carriers must be cleaned weekly and after every spill following the Aerovance cleaning card."
    )
    d.save(os.path.join(K, "careplus-service-schedule.docx"))


# ---------------------------------------------------------------- PDF: technical specification
def make_pdf():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h = ss["Heading2"]
    doc = SimpleDocTemplate(os.path.join(K, "vantis-technical-specification.pdf"), pagesize=A4,
                            title="Vantis Technical Specification", author="Aerovance Tube Systems NV")
    st = [Paragraph("Vantis Pneumatic Tube System - Technical Specification (rev. 2025-02)", ss["Title"]),
          Paragraph("Aerovance Tube Systems NV, Gent, Belgium. Applies to Vantis 160 and Vantis 110 systems "
                    "controlled by Nexus 4.x.", body), Spacer(1, 8)]
    st.append(Paragraph("1. System overview", h))
    st.append(Paragraph(
        "Vantis is a fully automatic, computer-controlled pneumatic tube system for hospitals. It is built in two "
        "line sizes: Vantis 160 (160 mm tube) for main hospital lines carrying samples, drugs and blood products, "
        "and Vantis 110 (110 mm tube) for pharmacy and small-item sub-zones. Both line sizes run on the same Nexus "
        "controller, but a carrier cannot pass from a 160 mm zone into a 110 mm zone.", body))
    data = [
        ["Parameter", "Vantis 160", "Vantis 110"],
        ["Tube outer diameter / material", "160 mm PVC-U, wall 3.2 mm", "110 mm PVC-U, wall 2.7 mm"],
        ["Minimum bend radius", "750 mm", "500 mm"],
        ["Ceiling void clearance required", "250 mm", "180 mm"],
        ["Maximum carrier payload", "5 kg", "2 kg"],
        ["Usable carrier length", "330 mm", "260 mm"],
        ["Standard transport speed", "6 m/s", "6 m/s"],
        ["SoftGlide speed (labile samples)", "3 m/s", "3 m/s"],
        ["Maximum line length per blower zone", "1,800 m", "900 m"],
        ["Throughput per zone", "up to 120 transactions per hour", "up to 80 transactions per hour"],
        ["Station noise at 1 m", "max. 52 dB(A)", "max. 52 dB(A)"],
        ["Tube support spacing", "every 1.5 m", "every 1.2 m"],
    ]
    t = Table(data, colWidths=[180, 150, 150])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    st += [Spacer(1, 6), t, Spacer(1, 6)]
    st.append(Paragraph("2. Blower units", h))
    st.append(Paragraph(
        "BL-7.5-S: 7.5 kW side-channel blower with inverter, 400 V three-phase, 16 A supply, serves one zone of "
        "up to 1,800 m (160 mm) or 900 m (110 mm). Noise 68 dB(A) at 1 m with the silencer fitted. BL-5.5-S: "
        "5.5 kW, zones up to 700 m, 64 dB(A) at 1 m. Blowers are installed in a plant room with an ambient "
        "temperature of 5 to 35 °C and need a 600 mm service clearance on the inlet side. One blower serves one "
        "zone; two zones cannot share a blower.", body))
    st.append(Paragraph("3. Stations", h))
    st.append(Paragraph(
        "Vantis AX automatic station: 7-inch touchscreen, automatic dispatch from a 4-carrier send queue, "
        "receive buffer of 6 carriers, badge login (MIFARE DESFire) and Secure Send, which keeps a carrier locked "
        "in the receive buffer until the named recipient presents a badge. Vantis M manual station: keypad, "
        "single-carrier insertion, open receive basket for 3 carriers; Secure Send is not available on M "
        "stations. Both station types can be set to SoftGlide per destination or per carrier type. Stations run "
        "on 230 V and draw under 60 W in standby.", body))
    st.append(Paragraph("4. Carriers", h))
    st.append(Paragraph(
        "Every carrier carries an RFID tag read at each station and diverter, so Nexus knows where each carrier "
        "is. The CR160-LP leak-proof carrier has a gasketed screw lid and is tested to retain 1 litre of liquid "
        "at 6 m/s; its shell is washer-disinfector safe up to 85 °C. The CR110-STD carrier has a clip lid, is "
        "wipe-clean only with an alcohol-free disinfectant and must not go in a washer-disinfector. Liquids must "
        "always travel in a sealed single-use specimen bag with absorbent pad, whatever the carrier.", body))
    st.append(Paragraph("5. Nexus control and power", h))
    st.append(Paragraph(
        "The Nexus server is supplied as a 1U appliance or as a virtual machine image (4 vCPU, 16 GB RAM, "
        "200 GB). It needs 2 network ports on a dedicated VLAN. A UPS of at least 3 kVA for the Nexus server and "
        "the station controllers is required and is provided by the client; blower units are not UPS-backed. "
        "After a power failure, carriers in the line are held by the check valves and, when power returns, Nexus "
        "automatically delivers them to their original destination. Nexus keeps transaction data for 24 months, "
        "offers transit-time and station-usage reports with CSV export, and exposes a read-only REST API for "
        "transaction data.", body))
    st.append(Paragraph("6. Fire safety and building interface", h))
    st.append(Paragraph(
        "Where tubes pass through fire compartment walls or floors, the penetration is sealed with an "
        "intumescent collar rated EI 90. On a fire-alarm signal (volt-free contact from the fire panel, provided "
        "by the client) Nexus stops the blower of the affected zone and parks carriers at the nearest station. "
        "Builder's work such as core drilling and ceiling openings is not part of an Aerovance installation "
        "unless the quote says so.", body))
    st.append(Paragraph("7. Restrictions and exceptions", h))
    st.append(Paragraph(
        "Blood products for transfusion may only be sent in CR160-BB blood bag carriers with SoftGlide. "
        "Cytotoxic drugs may be sent only double-bagged and flagged as hazard in Nexus, which then routes them "
        "with SoftGlide and blocks Secure Send bypass. Glass bottles over 500 ml are not permitted; formalin "
        "containers for histology are limited to 250 ml. SoftGlide is recommended for blood gas samples and "
        "for coagulation samples sent more than 300 m.", body))
    doc.build(st)


# ---------------------------------------------------------------- XLSX: price list
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Stations & Components"
    ws.append(["Aerovance Price List 2025 - EUR, excluding VAT - valid 1 January to 31 December 2025"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Line size", "Unit", "List price (EUR)", "Lead time (weeks)", "Notes"])
    rows = [
        ("VX160-AX", "Vantis 160 AX automatic send/receive station", "160 mm", "each", 6850, 14,
         "4-carrier send queue, 6-carrier receive buffer, badge login, Secure Send"),
        ("VX160-M", "Vantis 160 M manual station", "160 mm", "each", 4150, 12, "Keypad, receive basket for 3 carriers"),
        ("VX110-AX", "Vantis 110 AX automatic station", "110 mm", "each", 5400, 14, "Badge login, Secure Send"),
        ("VX110-M", "Vantis 110 M manual station", "110 mm", "each", 3280, 12,
         "Supplied with 6 CR110-STD carriers"),
        ("VX160-PT", "Vantis 160 pass-through wall station", "160 mm", "each", 7900, 16, "For clean rooms and pharmacy hatches"),
        ("DV160-2", "2-way diverter", "160 mm", "each", 2450, 12, ""),
        ("DV160-4", "4-way diverter", "160 mm", "each", 3900, 12, "Access hatch 600 x 600 mm needed"),
        ("DV110-4", "4-way diverter", "110 mm", "each", 3100, 12, ""),
        ("BL-5.5-S", "Blower unit 5.5 kW with silencer", "-", "each", 8900, 10, "Zones up to 700 m"),
        ("BL-7.5-S", "Blower unit 7.5 kW with silencer", "-", "each", 11400, 10,
         "Zones up to 1,800 m (160 mm) / 900 m (110 mm)"),
        ("TB160-INST", "160 mm transport tube, installed, incl. bends, couplings and supports", "160 mm", "per m", 38.50, "-", ""),
        ("TB110-INST", "110 mm transport tube, installed, incl. bends, couplings and supports", "110 mm", "per m", 29.00, "-", ""),
        ("NX-CTRL", "Nexus control software and server licence, up to 25 stations", "-", "each", 24500, 8, ""),
        ("NX-ADD-STN", "Nexus licence per additional station above 25", "-", "each", 450, 2, ""),
        ("LD-LAB", "LabDrop automatic lab receiver and emptier", "160 mm", "each", 32000, 18,
         "Empties carriers onto a lab conveyor"),
    ]
    for r in rows:
        ws.append(list(r))
    for c in ws[3]:
        c.font = Font(bold=True)

    ws2 = wb.create_sheet("Carriers & Accessories")
    ws2.append(["Aerovance Price List 2025 - Carriers and accessories - EUR, excluding VAT"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Description", "Line size", "Max payload", "Washer-disinfector", "List price (EUR)", "Minimum order"])
    for r in [
        ("CR160-STD", "Standard carrier, bayonet lid, RFID", "160 mm", "5 kg", "up to 85 °C", 96, 10),
        ("CR160-LP", "Leak-proof carrier, gasketed screw lid, RFID", "160 mm", "5 kg", "up to 85 °C", 145, 10),
        ("CR160-BB", "Blood bag carrier, padded insert, RFID", "160 mm", "3 kg", "up to 60 °C", 189, 5),
        ("CR110-STD", "Standard carrier, clip lid, RFID", "110 mm", "2 kg", "No - wipe-clean only", 68, 10),
        ("SB-500", "Single-use specimen bags with absorbent pad, pack of 500", "-", "-", "-", 210, 1),
        ("CC-WALL", "Wall rack for 8 carriers", "160 mm", "-", "-", 115, 1),
    ]:
        ws2.append(list(r))
    for c in ws2[3]:
        c.font = Font(bold=True)

    ws3 = wb.create_sheet("Services & Rates")
    ws3.append(["Aerovance Price List 2025 - Services and labour rates - EUR, excluding VAT"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Code", "Service", "Unit", "Price (EUR)", "Condition"])
    for r in [
        ("SRV-SURVEY", "Site survey with routing proposal", "each", 1250, "Credited against an order placed within 6 months"),
        ("SRV-TRAIN-X", "Extra ward training session (30 minutes)", "each", 380, "Beyond the 12 sessions included in a new system"),
        ("SRV-FIRESTOP-X", "Additional fire-stopping penetration, EI 90 collar", "each", 65, ""),
        ("SRV-HOUR", "Engineer, within service hours", "per hour", 118, "Mon-Fri 07:00-19:00"),
        ("SRV-HOUR-OOH", "Engineer, outside service hours", "per hour", 177, "Evenings, weekends, public holidays"),
        ("SRV-TRAVEL", "Travel flat fee", "per visit", 85, ""),
        ("SVC-CP-STD", "CarePlus Standard, systems up to 20 stations", "per year", 14200, "Minimum term 3 years"),
        ("SVC-CP-PRM", "CarePlus Premium, systems up to 20 stations", "per year", 21900, "Minimum term 3 years"),
    ]:
        ws3.append(list(r))
    for c in ws3[3]:
        c.font = Font(bold=True)
    for w in (ws, ws2, ws3):
        for col, width in zip("ABCDEFG", (14, 60, 10, 12, 18, 16, 48)):
            w.column_dimensions[col].width = width
    wb.save(os.path.join(K, "aerovance-price-list-2025.xlsx"))


# ---------------------------------------------------------------- Markdown KB article
MD = """# Going live with your Aerovance tube system: commissioning, acceptance and training

This article explains what happens between order and go-live of a new Vantis system, what the hospital
provides, and how we hand the system over. It applies to new installations; extensions follow a shorter plan.

## Project timeline

1. **Site survey** - routing, plant room and station positions are agreed on site.
2. **Routing drawings** - issued within 4 weeks of the order. The hospital approves them in writing; changes
   after approval are quoted separately.
3. **Manufacturing and delivery** - 14-16 weeks after approval of the routing drawings. Extra LabDrop units add
   2 weeks.
4. **Installation** - a two-person crew installs 40 to 60 m of tube per working day in open ceiling voids, less
   in occupied clinical areas where work is limited to 07:00-15:00 under infection-control permits.
5. **Commissioning** - every station, diverter and blower is tested and every route is timed.
6. **Acceptance test** - 500 test transactions spread over all stations. The test is passed when misroutes are
   at most 0.2% and no carrier is stuck for longer than 2 minutes. The acceptance certificate starts the
   warranty and the CarePlus term.
7. **Go-live** - an Aerovance engineer stays on site for the first 5 working days.

## What the hospital provides

- Builder's work: core drilling, ceiling openings and making good, unless the quote includes it.
- A 400 V three-phase 16 A supply to each blower in the plant room.
- Two network ports on a dedicated VLAN for Nexus, and a UPS of at least 3 kVA.
- A volt-free contact from the fire panel for each zone.
- Named super-users (at least 2) and a hospital project lead.

## Training

- **Super-users:** 2 days of training at go-live for up to 6 super-users (station configuration, Nexus reports,
  clearing a stuck carrier, spill procedure).
- **Ward staff:** up to 12 ward sessions of 30 minutes each are included with a new system; extra sessions are
  EUR 380 each.
- **E-learning:** all staff get access to the Vantis e-learning module for 3 years.

## Laboratory sample validation

Sending blood samples by tube must be validated by the laboratory before go-live. Aerovance loans a SampleSense
acceleration data logger free of charge for 4 weeks so the lab can measure the forces on each route. We
recommend a paired comparison (hand-carried versus tube) for potassium, LDH and the haemolysis index, with at
least 40 pairs per route. Routes above the lab's acceleration limit are set to SoftGlide. The laboratory
director signs off each route before blood samples go live on it.

## Warranty

Stations, diverters and blowers carry a 24-month warranty from the acceptance certificate. Tube lines carry a
10-year warranty against material defects (not against damage from building works or foreign objects).

## Spills

When a leak is reported, the station puts the affected line in quarantine mode: Nexus blocks new sends on that
line until a super-user confirms cleaning. Under CarePlus Premium, Aerovance decontaminates the line on site
within 2 hours; under Standard the hospital may call us out at the hourly rate.
"""


def make_md():
    with open(os.path.join(K, "going-live-commissioning-and-training.md"), "w", encoding="utf-8") as f:
        f.write(MD)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
