"""Generates the four knowledge sources of the apotrix-pharmacy-automation scenario.

Run with a Python that has python-docx and openpyxl, and reportlab on the path, e.g.
PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
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

K = Path(__file__).parent / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: service plans and SLA
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Apotrix Service Plans and Service Level Terms", 0)
    d.add_paragraph("Document SLT-2025-EU, version 3.1, valid for contracts signed from 1 March 2025. "
                    "Applies to RoboDispense dispensing robots, MedSafe automated cabinets, MedSafe Cold modules "
                    "and controlled-drug vaults installed in the EU and the UK.")

    d.add_heading("1. Warranty", 1)
    d.add_paragraph("All Apotrix hardware carries a warranty of 24 months from the date of the signed Site "
                    "Acceptance Test (SAT). The warranty covers parts, labour and engineer travel. Wear parts "
                    "(gripper pads, conveyor belts, label printer heads and barcode scanner windows) are covered "
                    "for 6 months only. Software defects in PharmOS are corrected under the licence for as long as "
                    "the annual licence fee is paid.")
    d.add_paragraph("The warranty does not cover damage caused by water leaks, fire, power surges where the site "
                    "has no surge protection, use of consumables not approved by Apotrix, or relocation of "
                    "equipment by anyone other than Apotrix engineers.")

    d.add_heading("2. Service plans", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Feature", "Silver", "Gold"
    rows = [
        ("Hotline", "Mon-Fri 08:00-18:00 CET", "24/7, 365 days"),
        ("Remote diagnosis start", "within 2 business hours", "within 30 minutes"),
        ("P1 on-site response", "8 business hours", "4 hours, any day and time"),
        ("P2 on-site response", "2 business days", "next business day"),
        ("Preventive maintenance visits", "one per year", "two per year"),
        ("Parts and labour after warranty", "included", "included"),
        ("PharmOS feature releases", "not included", "included"),
        ("Loan MedSafe cabinet", "no", "yes, if repair exceeds 48 hours"),
        ("Uptime commitment", "none", "99.5% per calendar quarter"),
        ("Annual fee (list)", "EUR 19,800", "EUR 31,200"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("")
    d.add_paragraph("The Gold P1 response of 4 hours applies to sites within 150 km of an Apotrix service hub "
                    "(Antwerp, Cologne, Lyon, Milan, Utrecht). For sites further than 150 km the P1 on-site "
                    "response is 6 hours. Response times start when the incident is logged with the hotline or "
                    "raised automatically by remote monitoring.")

    d.add_heading("3. Priority definitions", 1)
    d.add_paragraph("P1 - Critical: the robot cannot dispense at all, or a MedSafe cabinet cannot be opened by any "
                    "authorised user. P2 - Degraded: the robot dispenses with reduced capacity (one gripper, one "
                    "output or the loader out of service), or a single cabinet drawer is blocked. P3 - Minor: "
                    "cosmetic faults, report requests and how-to questions; answered within 3 business days.")

    d.add_heading("4. Uptime commitment and service credits (Gold only)", 1)
    d.add_paragraph("Uptime is measured per calendar quarter on the robot, excluding planned maintenance agreed "
                    "with the customer and downtime caused by the customer's network, power supply or EPR. If "
                    "uptime falls below 99.5%, Apotrix credits 5% of the quarterly Gold fee for each 0.5 "
                    "percentage point (or part of it) below the commitment, capped at 25% of the quarterly Gold "
                    "fee. Credits are deducted from the next invoice and are the customer's sole remedy for missed "
                    "uptime.")

    d.add_heading("5. Spare parts, software support and end of life", 1)
    d.add_paragraph("Apotrix guarantees the availability of spare parts for 10 years from installation and "
                    "supports each robot generation in PharmOS for 12 years from its first sale. End-of-life "
                    "notices are sent at least 24 months in advance.")

    d.add_heading("6. Fees, indexation and termination", 1)
    d.add_paragraph("Service plan fees are invoiced annually in advance. They are indexed every 1 January in line "
                    "with the national labour cost index of the country of installation, with a maximum increase "
                    "of 4% per year. Plans run for one year and renew automatically unless either party gives 90 "
                    "days' written notice before the renewal date. A plan can be upgraded from Silver to Gold at "
                    "any time; a downgrade takes effect at the next renewal.")
    d.save(K / "Apotrix-service-plans-SLA.docx")


# ---------------------------------------------------------------- PDF: robot and storage spec
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(K / "RoboDispense-700-technical-specification.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))
    P("RoboDispense 700 and MedSafe storage - Technical specification and site requirements", ss["Title"])
    P("Document APX-TS-RD700, revision 4, April 2025. Figures are nominal; the site survey confirms the final "
      "layout.")
    P("1. RoboDispense 700 picking robot", ss["Heading2"])
    P("The RoboDispense 700 is a chaotic-storage dispensing robot with two independent grippers. It stores "
      "medicine packs on inclined shelves and dispenses them to up to 4 output points over conveyors of up to "
      "18 m. Dimensions of the base unit: length 5.8 m, width 1.6 m, height 2.9 m; a clear ceiling height of at "
      "least 3.0 m is required. Each 3 m extension module adds length and 5,200 packs of capacity; a maximum of "
      "three extension modules can be fitted.")
    tbl = Table([["Configuration", "Length", "Capacity (average pack 70 x 40 x 120 mm)"],
                 ["Base unit", "5.8 m", "14,000 packs"],
                 ["Base unit + 1 extension module", "8.8 m", "19,200 packs"],
                 ["Base unit + 2 extension modules", "11.8 m", "24,400 packs"],
                 ["Base unit + 3 extension modules", "14.8 m", "29,600 packs"]])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                             ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    s.append(tbl)
    s.append(Spacer(1, 6))
    P("Pack sizes: minimum 20 x 10 x 40 mm, maximum 180 x 120 x 420 mm, maximum pack weight 1.5 kg. Round "
      "containers (bottles, tubs) are accepted up to 90 mm diameter. Throughput: up to 220 packs per hour per "
      "gripper; average time from order to output for a single-line order is 9 seconds. The optional NightFill "
      "automatic loader loads up to 300 packs per hour unattended, for example overnight.")
    P("Falsified Medicines Directive: every pack is scanned at input with an integrated 2D DataMatrix reader and "
      "verified against the national medicines verification system (NMVS). Packs that fail verification are "
      "rejected to a quarantine drawer. Decommissioning at output is optional and configured in PharmOS.")
    P("Expiry management: PharmOS dispenses first-expiry-first-out (FEFO). Expiry warnings are configurable; the "
      "default warning period is 90 days before expiry. Expired packs are blocked automatically and can be "
      "unloaded in one batch.")
    P("2. Site requirements", ss["Heading2"])
    P("Floor: minimum load-bearing capacity 750 kg/m2 distributed, floor level to within 5 mm over 2 m. Power: "
      "400 V 3-phase, 16 A, 50 Hz, on a dedicated circuit; average consumption 1.2 kW, peak 3.5 kW. An "
      "uninterruptible power supply (UPS) is recommended but not included in the standard scope. Network: one "
      "1 Gbit/s Ethernet port in the hospital network with access to the PharmOS server. Room climate: 15-25 "
      "degrees C and 30-70% relative humidity, non-condensing; the robot raises an alarm when the internal "
      "temperature exceeds 25 degrees C. Noise in operation is below 58 dB(A).")
    P("Power failure: the robot stops safely and keeps its stock map. Packs can be retrieved manually through the "
      "service doors with a pharmacist key. When power returns the robot resumes dispensing within 4 minutes "
      "without a stock check.")
    P("3. MedSafe ward storage", ss["Heading2"])
    P("MedSafe 24 automated medication cabinet: 24 drawers in four selectable configurations (single-dose, "
      "matrix, lidded and open bins); 1,050 mm wide, 610 mm deep, 1,850 mm high. MedSafe 40: 40 drawers, "
      "1,450 mm wide, same depth and height. Users log in with their hospital badge plus a PIN, or with a "
      "fingerprint; each drawer opens only for the items on the patient's order. Cabinets run on 230 V and keep "
      "working for 2 hours on their internal battery.")
    P("MedSafe Cold refrigerated module: 2-8 degrees C, 160 litres net, attaches to the side of a MedSafe "
      "cabinet and shares its login. An alarm is raised when the temperature is outside the range for more than "
      "15 minutes; temperature logging continues for 72 hours on battery back-up.")
    P("Controlled-drug vault: 18 lockable compartments, biometric access with a mandatory second witness for "
      "every opening, tested to EN 14450 security level S2. Every opening, count and discrepancy is written to "
      "the PharmOS audit trail.")
    doc.build(s)


# ---------------------------------------------------------------- XLSX: price list
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Hardware"
    ws.append(["Apotrix price list 2025 - Hardware (EUR, excluding VAT, valid 1 Jan - 31 Dec 2025)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["SKU", "Product", "List price EUR", "Capacity", "Lead time (weeks)", "Warranty (months)"])
    for r in [
        ["APX-RD700", "RoboDispense 700 picking robot, dual gripper", 348000, "14,000 packs", "14-16", 24],
        ["APX-RD500", "RoboDispense 500 picking robot, single gripper", 259000, "9,500 packs", "12-14", 24],
        ["APX-RD-EXT3", "Storage extension module 3 m (RD700 only)", 46500, "+5,200 packs", "14-16", 24],
        ["APX-NF-LOAD", "NightFill automatic loader", 62000, "300 packs per hour", "14-16", 24],
        ["APX-CAB-MS24", "MedSafe 24 automated medication cabinet", 28900, "24 drawers", "8", 24],
        ["APX-CAB-MS40", "MedSafe 40 automated medication cabinet", 39700, "40 drawers", "8", 24],
        ["APX-FRG-2C", "MedSafe Cold refrigerated module 2-8 C", 9850, "160 litres", "6", 24],
        ["APX-CD-VLT", "Controlled-drug vault, biometric", 14200, "18 compartments", "10", 24],
    ]:
        ws.append(r)
    ws2 = wb.create_sheet("Software & Services")
    ws2.append(["Apotrix price list 2025 - Software and services (EUR, excluding VAT)"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append(["SKU", "Item", "Price EUR", "Unit", "Notes"])
    for r in [
        ["APX-SW-PHARMOS", "PharmOS inventory software licence", 21600, "per year",
         "Covers 1 robot and up to 10 cabinets"],
        ["APX-SW-CABPLUS", "Additional cabinet licence", 1150, "per cabinet per year", "From the 11th cabinet"],
        ["APX-SW-CLOUD", "PharmOS hosting in Apotrix Cloud", 4800, "per year", "Instead of on-premise VM"],
        ["APX-IF-HL7", "Additional HL7 or FHIR interface", 8400, "one-off", "One EPR interface is included"],
        ["APX-SVC-SILVER", "Silver service plan", 19800, "per year", "Business hours"],
        ["APX-SVC-GOLD", "Gold service plan", 31200, "per year", "24/7, uptime commitment"],
        ["APX-INST-PRJ", "Installation, rigging and commissioning", 38500, "per project",
         "Standard scope: one robot, up to 20 m of conveyor, up to 10 cabinets"],
        ["APX-TRN-DAY", "On-site training day", 1450, "per day", "Max 8 participants per day"],
        ["APX-DECOM", "Removal and disposal of an existing robot", 6900, "per unit", "Any brand"],
    ]:
        ws2.append(r)
    ws3 = wb.create_sheet("Training courses")
    ws3.append(["Apotrix training courses (delivered on training days APX-TRN-DAY)"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append(["Course", "Duration", "Max participants", "Audience"])
    ws3.append(["Operator course", "1 day", 8, "Pharmacy technicians loading and dispensing"])
    ws3.append(["Superuser course", "2 days", 4, "Staff who handle first-line faults and configuration"])
    ws3.append(["Ward cabinet course", "half day", 8, "Nurses using MedSafe cabinets"])
    for w in (ws, ws2, ws3):
        for col, width in zip("ABCDEF", (18, 48, 16, 36, 18, 18)):
            w.column_dimensions[col].width = width
    wb.save(K / "Apotrix-price-list-2025.xlsx")


# ---------------------------------------------------------------- MD: knowledge-base article
MD = """# PharmOS: integration, hosting and security FAQ

PharmOS is the inventory and dispensing software that runs every Apotrix robot, MedSafe cabinet and
controlled-drug vault in a hospital. This article answers the questions hospital IT and pharmacy teams ask most.

## Which interfaces does PharmOS support?
PharmOS exchanges orders and dispensing data with the hospital's electronic patient record (EPR) over
HL7 v2.5 (RDE and RDS messages) and FHIR R4 (MedicationRequest, MedicationDispense and Medication resources).
Certified connectors exist for Epic, Oracle Health, Dedalus ORBIS and ChipSoft HiX. One EPR interface is
included in every installation project; each further interface (for example to a wholesaler or a second EPR)
is quoted as APX-IF-HL7.

## Where does PharmOS run?
Two options:
- **On-premise virtual machine** provided by the hospital: 8 vCPU, 32 GB RAM, 500 GB SSD storage,
  Windows Server 2022 and Microsoft SQL Server 2022 Standard. The SQL Server licence is not included.
  Backups follow the hospital's own backup policy.
- **Apotrix Cloud**, hosted in Frankfurt in an ISO 27001 certified data centre, for EUR 4,800 per year on top of
  the licence. Nightly full backups and hourly log backups: recovery point objective (RPO) 1 hour, recovery time
  objective (RTO) 4 hours. Data stays in the EU.

## Who can log in, and how?
PharmOS supports single sign-on with Microsoft Entra ID or any identity provider using SAML 2.0, and
Active Directory groups can be mapped to PharmOS roles (pharmacist, technician, nurse, administrator,
auditor). Cabinets and vaults accept the hospital badge plus PIN, or a fingerprint.

## What is logged?
Every pack movement, cabinet drawer opening, vault opening, count, override and configuration change is
written to an audit trail that cannot be edited. Audit trail records are retained for 10 years and can be
exported as CSV or PDF reports for inspections.

## How are updates and security handled?
There are two feature releases a year (included with the Gold service plan) and security patches for critical
vulnerabilities within 30 days of publication. Remote support uses Apotrix SecureLink: every session must be
approved by the hospital, is recorded and can be ended by the hospital at any time.

## What does a typical project look like?
1. Site survey within 3 weeks of the signed order.
2. Factory build and pre-configuration of PharmOS with the hospital's article master.
3. Robot installation on site: 10 working days; MedSafe cabinets: 1 working day per cabinet.
4. Site Acceptance Test (SAT), then go-live with an Apotrix engineer on site for 2 weeks of hypercare.

Old equipment can stay in use until go-live; removal of an existing robot is quoted as APX-DECOM.
"""


def make_md():
    (K / "PharmOS-integration-FAQ.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("ok", sorted(p.name for p in K.iterdir()))
