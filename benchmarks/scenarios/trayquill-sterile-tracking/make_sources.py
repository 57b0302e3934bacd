"""Generate the four knowledge sources for the trayquill-sterile-tracking scenario.

Run with: PYTHONPATH=/path/to/reportlab /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

K = Path(__file__).parent / "knowledge"
K.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX: SOW
d = Document()
d.add_heading("Trayquill Systems Ltd — Implementation & Validation Statement of Work", 0)
d.add_paragraph("Customer: Northmere General Hospital, Central Sterile Services Department (CSSD). "
                "Reference: SOW-NGH-2026-11. Version 1.3, November 2026.")
d.add_heading("1. Scope", 1)
d.add_paragraph("This Statement of Work covers the deployment of Trayquill instrument-level tracking in the CSSD at the "
                "main Northmere site and in the four theatre suites (16 operating theatres). Endoscope decontamination "
                "and the satellite day-surgery unit are out of scope and would be subject to a separate change request. "
                "Implementation services are quoted as 40 consultant days; additional consultant days are charged at "
                "£1,150 per day.")
d.add_heading("2. Timeline", 1)
d.add_paragraph("The implementation takes 16 weeks from the kick-off meeting to go-live, followed by 4 weeks of hypercare "
                "during which a Trayquill consultant is on site two days per week.")
t = d.add_table(rows=1, cols=3)
t.rows[0].cells[0].text, t.rows[0].cells[1].text, t.rows[0].cells[2].text = "Phase", "Weeks", "Main deliverable"
for row in [("Discovery and instrument census check", "1–3", "Set lists and tray catalogue agreed"),
            ("Build and configuration", "4–8", "Configured system, label templates, user roles"),
            ("Instrument marking (etching and tagging)", "6–13", "All in-scope instruments marked and registered"),
            ("Validation and user acceptance testing", "12–15", "Signed UAT report"),
            ("Go-live", "16", "Live tracking in CSSD and theatres")]:
    c = t.add_row().cells
    for i, v in enumerate(row):
        c[i].text = v
d.add_heading("3. Instrument marking logistics", 1)
d.add_paragraph("Trayquill brings a mobile laser-etching cell to site. Throughput is up to 1,200 instruments per day. To "
                "protect theatre capacity, no more than 25 sets per day are withdrawn from circulation for etching, and "
                "every set is returned within the same working day. The hospital provides a room of at least 2 m x 3 m "
                "with a 16 A power supply and extraction to outside air. Instruments must be decontaminated and dry "
                "before they reach the etching cell.")
d.add_paragraph("Instruments are etched only where a flat or gently curved marking surface of at least 2.5 mm is "
                "available. Instruments below that size (for example micro-surgical needle holders) and powered "
                "instruments are tracked at tray level through the RFID tray tag instead. After etching, each "
                "instrument is re-passivated and inspected; any code that does not verify at grade B or better is "
                "re-etched at no charge.")
d.add_heading("4. Data migration", 1)
d.add_paragraph("Trayquill migrates up to 5 years of historical records (set lists, cycle records and patient links) from "
                "the legacy tracking system, supplied as a CSV or SQL export. Older records are converted into a "
                "read-only PDF archive that remains searchable from within Trayquill.")
d.add_heading("5. Training", 1)
d.add_paragraph("Included: a train-the-trainer programme for up to 12 super-users, delivered over 3 on-site days, plus "
                "e-learning modules for all staff. Additional training is available as an on-site training day at "
                "£950 per day (up to 10 trainees) or as a remote half-day session at £320 per session (up to 20 "
                "trainees).")
d.add_heading("6. Acceptance", 1)
d.add_paragraph("User acceptance is achieved when at least 95% of the agreed test scripts pass and there are no open "
                "Priority 1 defects. Trayquill issues the final acceptance certificate within 10 working days of a "
                "successful UAT. If the hospital does not respond within 15 working days, the system is deemed accepted.")
d.add_heading("7. Hospital responsibilities", 1)
d.add_paragraph("The hospital names a CSSD project lead available at least 2 days per week, provides network points for "
                "each workstation, and ensures Wi-Fi coverage of at least -67 dBm in every theatre and store room where "
                "handheld scanners are used. Delays caused by missing hospital dependencies move the plan day for day.")
d.add_heading("8. Change control", 1)
d.add_paragraph("Any change to scope, dates or deliverables is raised as a written change request. Trayquill responds with "
                "an impact assessment within 5 working days. No change is binding until signed by both parties.")
d.save(K / "Trayquill_Implementation_SOW.docx")

# ---------------------------------------------------------------- PDF: SLA
ss = getSampleStyleSheet()
story = [Paragraph("Trayquill Systems Ltd — Service Level Agreement and Support Terms (2026 edition)", ss["Title"]),
         Paragraph("This schedule applies to every Trayquill customer with an active support subscription. It forms part "
                   "of the Trayquill Master Services Agreement v4.2.", ss["Normal"]), Spacer(1, 8),
         Paragraph("1. Support tiers", ss["Heading2"])]
story.append(Table([
    ["", "Standard Support", "Premium Support"],
    ["Annual list price", "£7,900", "£14,500"],
    ["Support hours", "Mon–Fri 08:00–18:00 UK time", "24/7 for Priority 1 and 2"],
    ["Priority 1 response", "4 hours", "30 minutes"],
    ["Priority 1 target restoration", "next working day", "4 hours"],
    ["Priority 2 response", "8 working hours", "2 hours"],
    ["Priority 3 response", "3 working days", "next working day"],
    ["Availability commitment", "99.5%", "99.9%"],
    ["On-site spare scanners", "none", "2 handheld scanners"],
], style=[("GRID", (0, 0), (-1, -1), 0.5, "grey"), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
story += [Spacer(1, 8), Paragraph("2. Priority definitions", ss["Heading2"]),
          Paragraph("Priority 1: tracking unavailable in CSSD or in two or more theatres, or sets cannot be released. "
                    "Priority 2: a single workstation, interface or theatre affected with a workaround available. "
                    "Priority 3: minor faults, questions and configuration requests.", ss["Normal"]),
          Paragraph("3. Availability and planned maintenance", ss["Heading2"]),
          Paragraph("Availability applies to Trayquill Cloud and is measured monthly. Planned maintenance is excluded, is "
                    "limited to 4 hours per month, takes place on Sundays between 01:00 and 05:00 and is notified at least "
                    "10 days ahead. For on-premise deployments the availability commitment covers the Trayquill software "
                    "only, not the hospital's servers or network.", ss["Normal"]),
          Paragraph("4. Service credits (Premium Support)", ss["Heading2"]),
          Paragraph("If monthly availability falls below 99.9%, the customer receives a credit of 10% of the monthly "
                    "support fee; below 99.5%, 25%; below 99.0%, 50%. Credits are capped at 50% of the monthly support "
                    "fee, must be claimed in writing within 30 days of the end of the month, and are the sole and "
                    "exclusive remedy for an availability failure. Standard Support carries no service credits.",
                    ss["Normal"]),
          Paragraph("5. Backups", ss["Heading2"]),
          Paragraph("Trayquill Cloud: the database is backed up every 15 minutes and replicated to a second UK data "
                    "centre; backups are kept for 35 days. On-premise: backups are the hospital's responsibility; "
                    "Trayquill recommends a nightly full backup and supplies the backup scripts.", ss["Normal"]),
          Paragraph("6. Hardware support", ss["Heading2"]),
          Paragraph("Faulty workstations and scanners under warranty are replaced in advance, dispatched the next working "
                    "day. Exclusions: damage caused by immersion, by passage through a washer-disinfector or steriliser, "
                    "or by cleaning agents other than 70% isopropyl alcohol wipes or chlorine solutions up to 1,000 ppm. "
                    "Out-of-warranty repairs are quoted individually.", ss["Normal"]),
          Paragraph("7. Governance", ss["Heading2"]),
          Paragraph("Premium customers have a named Service Delivery Manager and a quarterly service review. Standard "
                    "customers receive a written annual service report.", ss["Normal"])]
SimpleDocTemplate(str(K / "Trayquill_SLA_Support.pdf"), pagesize=A4).build(story)

# ---------------------------------------------------------------- XLSX: prices and specs
wb = Workbook()
ws = wb.active
ws.title = "Prices"
ws.append(["Trayquill Systems — Product & Price List 2026 (GBP, excl. VAT)"])
ws["A1"].font = Font(bold=True, size=14)
ws.append([])
ws.append(["SKU", "Product", "Unit", "List price (GBP)", "Lead time", "Warranty"])
for r in [
    ["TQ-CORE-LIC-5Y", "Core tracking licence, 5-year site term, unlimited named users", "site", 48000.00, "n/a", "n/a"],
    ["TQ-CORE-LIC-1Y", "Core tracking licence, annual site term", "site / year", 11500.00, "n/a", "n/a"],
    ["TQ-WS-STN", "Packing workstation (24-inch touchscreen, cordless 2D scanner, thermal label printer)", "each", 3450.00, "6 weeks", "36 months"],
    ["TQ-THR-SCAN", "Theatre point-of-use handheld scanner", "each", 1180.00, "4 weeks", "24 months"],
    ["TQ-RFID-TRAY", "RFID tray tag, autoclavable", "each", 6.40, "3 weeks", "12 months or 1,000 cycles"],
    ["TQ-RFID-CONT", "RFID rigid-container tag, autoclavable", "each", 9.80, "3 weeks", "12 months or 2,500 cycles"],
    ["TQ-DPM-ETCH", "Data-matrix laser etching of instruments, on site", "per instrument", 1.85, "scheduled", "re-etch free if code fails verification"],
    ["TQ-INT-WD", "Washer-disinfector / steriliser cycle-data interface", "per machine", 2200.00, "2 weeks", "covered by support"],
    ["TQ-INT-EPR", "EPR / theatre-system interface (HL7 v2 or FHIR R4)", "per interface", 6500.00, "4 weeks", "covered by support"],
    ["TQ-IMPL-PS", "Implementation and validation consultant day", "day", 1150.00, "scheduled", "n/a"],
    ["TQ-SUP-STD", "Standard support", "year", 7900.00, "n/a", "n/a"],
    ["TQ-SUP-PREM", "Premium support", "year", 14500.00, "n/a", "n/a"],
]:
    ws.append(r)
ws2 = wb.create_sheet("Hardware specs")
ws2.append(["Trayquill hardware specifications 2026"])
ws2["A1"].font = Font(bold=True, size=14)
ws2.append([])
ws2.append(["Item", "Specification", "Value"])
for r in [
    ["Packing workstation", "Screen", "24-inch capacitive touchscreen"],
    ["Packing workstation", "Cordless scanner battery life", "8 hours"],
    ["Packing workstation", "Front panel ingress protection", "IP54"],
    ["Packing workstation", "Label printer", "thermal, 300 dpi, steam-indicator labels"],
    ["Theatre handheld scanner", "Battery life", "14 hours, hot-swappable battery"],
    ["Theatre handheld scanner", "Charging time", "3.5 hours"],
    ["Theatre handheld scanner", "Ingress protection", "IP65"],
    ["Theatre handheld scanner", "Drop rating", "1.8 m onto concrete"],
    ["Theatre handheld scanner", "Smallest readable data-matrix code", "2 mm"],
    ["RFID tray tag", "Maximum sterilisation temperature", "137 °C"],
    ["RFID tray tag", "Rated sterilisation cycles", "1,000"],
    ["RFID tray tag", "Read range", "1.5 m"],
    ["RFID container tag", "Rated sterilisation cycles", "2,500"],
    ["RFID container tag", "Read range", "3 m"],
]:
    ws2.append(r)
ws3 = wb.create_sheet("Volume bands")
ws3.append(["Volume discount bands 2026"])
ws3["A1"].font = Font(bold=True, size=14)
ws3.append([])
ws3.append(["Product group", "Quantity band", "Discount off list"])
for r in [["RFID tags (tray and container)", "1–999", "0%"],
          ["RFID tags (tray and container)", "1,000–4,999", "5%"],
          ["RFID tags (tray and container)", "5,000 and above", "10%"],
          ["Packing workstations", "1–9", "0%"],
          ["Packing workstations", "10–24", "15%"],
          ["Packing workstations", "25 and above", "20%"],
          ["Core licence", "5-year term paid upfront", "10%"]]:
    ws3.append(r)
wb.save(K / "Trayquill_Price_Spec_2026.xlsx")

# ---------------------------------------------------------------- Markdown KB article
(K / "traceability-compliance-faq.md").write_text("""# Trayquill: compliance, data and integration FAQ

## Which standards does Trayquill support?
Trayquill records every decontamination step required for instrument traceability under HTM 01-01 and links each
set to the patient at point of use. Instrument codes follow the GS1 DataMatrix format. Trayquill Systems Ltd is
certified to ISO 27001, holds Cyber Essentials Plus, and publishes a DSPT assessment with the status "Standards Met".

## Where is our data hosted?
Trayquill Cloud runs in UK data centres in London and Manchester; no data leaves the UK. Hospitals may instead run
Trayquill on premise on their own VMware or Hyper-V platform (minimum 8 vCPU and 32 GB RAM for the application
server). Licence pricing is the same for both hosting models.

## How long are records kept?
Instrument-to-patient traceability records are retained for 25 years by default; hospitals can configure a longer
period. Audit logs of user actions are retained for 8 years.

## What happens if the network goes down?
Workstations continue in offline mode for up to 72 hours, printing labels and recording cycles locally, and
synchronise automatically when the connection returns. Handheld theatre scanners buffer up to 5,000 scans.

## How does Trayquill integrate with our other systems?
Patient and theatre-list data are received through HL7 v2 (ADT and SIU messages) or FHIR R4. Cycle data from
washer-disinfectors and sterilisers is captured through the cycle-data interface for validated models listed in the
interface compatibility register, which is available on request. Single sign-on uses Microsoft Entra ID over SAML 2.0.

## How is a set linked to a patient?
At point of use the theatre scanner reads the set label and the patient wristband; the set is linked to the patient's
NHS number and the theatre episode. A recall search lists every patient linked to an instrument within seconds.

## What happens to our data if we leave?
On termination Trayquill provides a full export in CSV and PDF within 30 days, free of charge. Data is then
securely deleted within 90 days and a deletion certificate is issued.
""", encoding="utf-8")
print("ok")
