"""Generate the four knowledge sources of the meridane-bridge-electronics scenario.

Run with an interpreter that has python-docx and openpyxl; reportlab may come from a scratch folder:
    PYTHONPATH=/tmp/s33_rl /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)


# --------------------------------------------------------------------------------------------- DOCX
def make_docx():
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Meridane Fleet Care Service Agreement", 0)
    d.add_paragraph("Service schedules for bridge navigation electronics: Fleet Care Silver (NV-SVC-SLV) and "
                    "Fleet Care Gold (NV-SVC-GOLD). Document MFC-SA-2026, issue 4, effective 1 March 2026. "
                    "Meridane Marine Electronics Ltd, Ocean Quay, Southampton SO14 3XB.")

    d.add_heading("1. Covered equipment", 1)
    d.add_paragraph("The agreement covers the Meridane equipment listed in the vessel schedule: radar (X-band and "
                    "S-band), ECDIS workstations, heading control systems and autopilots, BNWAS and the Meridane "
                    "network switches and cabling installed by Meridane. Third-party sensors (gyro compass, GNSS, "
                    "AIS, speed log, echo sounder) are covered only when listed by serial number in the vessel "
                    "schedule. Cover for each vessel starts on the date of its commissioning certificate.")

    d.add_heading("2. Service levels", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Service element", "Fleet Care Silver", "Fleet Care Gold"
    rows = [
        ("Remote helpdesk", "08:00-18:00 Monday to Saturday", "24/7, 365 days"),
        ("Remote response, Priority 1 fault", "within 4 hours", "within 1 hour"),
        ("Engineer attendance, Zone A ports", "within 24 hours", "within 8 hours"),
        ("Engineer attendance, Zone B ports", "within 48 hours", "within 24 hours"),
        ("Parts", "charged at 15% off list price", "parts and labour included"),
        ("Planned preventive maintenance visits", "1 per vessel per year", "2 per vessel per year"),
        ("Annual performance test certificate (radar and ECDIS)", "included", "included"),
        ("Loan radar or ECDIS unit", "not included", "delivered within 48 hours when a repair exceeds 24 hours"),
        ("Software and ECDIS updates", "included", "included"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v

    d.add_paragraph("")
    d.add_paragraph("A Priority 1 fault is a fault that leaves the vessel without a required radar or ECDIS function, "
                    "or that makes the heading control system unusable. All other faults are Priority 2 and are "
                    "responded to remotely on the next working day under both schedules.")

    d.add_heading("3. Attendance zones", 1)
    d.add_paragraph("Zone A: Solent ports - Southampton, Portsmouth, Lymington, Cowes, Fishbourne and Yarmouth (Isle "
                    "of Wight). Zone B: other south coast ports from Poole to Dover, including Poole, Weymouth, "
                    "Newhaven and Dover. Ports outside Zone A and Zone B are attended on a best-endeavours basis and "
                    "travel time is charged. Attendance times run from the moment the helpdesk logs a Priority 1 "
                    "fault and the vessel is alongside; a vessel at sea or at anchor is attended at the next port call.")

    d.add_heading("4. Out-of-scope work and rates", 1)
    d.add_paragraph("Work outside the schedule (damage, equipment not listed, additional visits requested by the "
                    "owner) is charged at the engineer rate of £98 per hour in normal hours (08:00-18:00 Monday to "
                    "Friday) and £147 per hour out of hours, weekends and UK bank holidays, plus travel at £0.65 per "
                    "mile. Parts for out-of-scope work are charged at list price.")

    d.add_heading("5. Exclusions", 1)
    for e in [
        "Damage from lightning, fire, collision, misuse or unauthorised modification.",
        "Sea-water ingress through damaged hatches, deckheads or cable glands not installed by Meridane.",
        "Consumables: magnetrons after 4,000 transmit hours, fuses, lamps and printer paper.",
        "Electronic chart (ENC) licences, which are supplied under a separate subscription.",
    ]:
        d.add_paragraph(e, style="List Bullet")

    d.add_heading("6. Service credits and liability", 1)
    d.add_paragraph("Fleet Care Gold only: if Meridane misses an engineer attendance target, the owner receives a "
                    "service credit of 5% of that vessel's annual fee for each missed attendance, capped at 25% of the "
                    "annual fee in any contract year. Service credits are the owner's sole remedy for late attendance. "
                    "Meridane's total liability in any contract year is limited to the annual fee paid for the "
                    "affected vessel, and Meridane is not liable for loss of revenue, off-hire, cancelled sailings "
                    "or consequential loss.")

    d.add_heading("7. Term, renewal and notice", 1)
    d.add_paragraph("Fleet Care Gold and Silver are sold for an initial term of 3 years per vessel. After the initial "
                    "term the agreement renews automatically for successive 12-month periods. Either party may end "
                    "the agreement at the end of the initial term or of any renewal period by giving 6 months' "
                    "written notice. Fees are invoiced annually in advance. During the initial term the annual fee is "
                    "fixed; renewal fees are reviewed on each renewal date.")
    d.save(OUT / "Meridane_Fleet_Care_Service_Agreement.docx")


# ---------------------------------------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = []
    P = lambda t, s=body: story.append(Paragraph(t, s))
    P("Bridge Systems Installation, Commissioning and Warranty Scope", ss["Title"])
    P("Meridane Marine Electronics Ltd - document MME-INS-07, revision C (September 2026). Applies to item "
      "NV-INST-VSL (installation and commissioning per vessel) and to the bridge equipment delivered with it.")

    P("1. Pre-installation site survey", ss["Heading2"])
    P("A pre-installation site survey of each vessel is included and takes place at least 6 weeks before the "
      "installation window. The surveyor checks mast brackets, cable routes, bridge console cut-outs, power supplies "
      "and interfaces to the gyro compass, GNSS, AIS, speed log and BNWAS, and issues a survey report with the final "
      "equipment layout for the owner's approval.")

    P("2. What installation per vessel includes", ss["Heading2"])
    for t in [
        "Removal and disposal of the existing radar, ECDIS and autopilot equipment (WEEE-compliant), with a disposal note.",
        "Supply and installation of all new cabling, connectors and junction boxes between mast, bridge and equipment room.",
        "Mounting of radar antennas on the existing mast brackets or platform, where the survey confirms they are suitable.",
        "Integration with the gyro compass, GNSS, AIS, speed log and BNWAS, and configuration of the dual ECDIS network.",
        "Harbour commissioning, radar performance test, ECDIS configuration and chart loading, autopilot tuning on sea trials.",
        "Attendance of a Meridane engineer at the flag state or class survey of the new installation.",
        "Delivery of all equipment to the vessel within UK mainland ports.",
    ]:
        P("&bull; " + t)

    P("3. Duration and vessel availability", ss["Heading2"])
    P("The combined bridge package (two radars, dual ECDIS and heading control system) needs 7 working days "
      "alongside per vessel, followed by sea trials of 1 day. Autopilot tuning requires the vessel underway at service "
      "speed for at least 3 hours, with the master or a deck officer on the bridge. Radar and ECDIS remain out of "
      "service for navigation from day 2 of the installation until harbour commissioning is complete.")

    P("4. Exclusions", ss["Heading2"])
    P("Mast structural modifications, new mast platforms, steelwork and reinforcement are excluded; if the site survey "
      "finds that the mast or brackets cannot take the specified antenna, the work is quoted separately. Also "
      "excluded: drydock and berth fees, hot-work permits and fire watch (owner's responsibility), painting, flag "
      "state and class survey fees, and removal of asbestos-containing materials.")

    P("5. Owner responsibilities", ss["Heading2"])
    P("The owner provides a safe berth with 230 V shore power, access to the bridge, mast and equipment room from "
      "07:30 to 18:00, a permit-to-work system, and a master or deck officer for the sea trials. Delays caused by "
      "the vessel not being available are charged at the out-of-scope engineer rate.")

    P("6. Warranty", ss["Heading2"])
    data = [["Item", "Warranty period", "Starts"],
            ["Radars NV-X12-25 and NV-S10-30", "24 months", "commissioning certificate"],
            ["ECDIS NV-ECD-27", "24 months", "commissioning certificate"],
            ["Heading control system NV-AP-700", "36 months", "commissioning certificate"],
            ["Installation workmanship", "12 months", "commissioning certificate"],
            ["Magnetrons", "12 months or 4,000 transmit hours, whichever comes first", "commissioning certificate"]]
    tbl = Table(data, colWidths=[62 * mm, 70 * mm, 45 * mm])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                             ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    story.append(tbl)
    story.append(Spacer(1, 4 * mm))
    P("Warranty covers parts and labour at the vessel's home port in the UK. It does not cover lightning damage, "
      "water ingress through cables or glands not installed by Meridane, or equipment moved by others.")

    P("7. Type-specific ECDIS training (NV-TRN-ECD)", ss["Heading2"])
    P("The type-specific ECDIS course lasts 3 days and is held at the Meridane Training Centre, Southampton, with "
      "a maximum of 6 delegates per course. Delegates receive a certificate that meets the STCW and ISM requirement "
      "for type-specific ECDIS familiarisation. The course can be run on board instead, for a surcharge of £1,400 "
      "per course. The generic ECDIS course (IMO model course 1.27) is a prerequisite and is not provided by "
      "Meridane. A 2-day Radar/ARPA refresher (NV-TRN-RAD) is available separately.")
    SimpleDocTemplate(str(OUT / "Meridane_Installation_and_Warranty_Scope.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm).build(story)


# --------------------------------------------------------------------------------------------- XLSX
def make_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Price List"
    ws.append(["Meridane Marine Electronics - Bridge Systems Price List 2026 (GBP, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["SKU", "Description", "Unit", "List price (GBP)", "Lead time", "Warranty"])
    for c in ws[2]:
        c.font = Font(bold=True)
    for r in [
        ("NV-X12-25", "X-band radar 25 kW, 12 ft open array, 26-inch radar display", "per system", 38400, "8 weeks", "24 months"),
        ("NV-S10-30", "S-band radar 30 kW, 10 ft open array, 26-inch radar display", "per system", 46900, "12 weeks", "24 months"),
        ("NV-X6-12", "X-band radar 12 kW, 6 ft open array, 19-inch display (small craft)", "per system", 19900, "6 weeks", "24 months"),
        ("NV-ECD-27", "ECDIS workstation, 27-inch, type-approved, incl. UPS", "per workstation", 21750, "10 weeks", "24 months"),
        ("NV-ECD-24", "ECDIS workstation, 24-inch, type-approved, incl. UPS", "per workstation", 18300, "10 weeks", "24 months"),
        ("NV-AP-700", "Heading control system / autopilot with rudder feedback unit", "per system", 17800, "6 weeks", "36 months"),
        ("NV-AP-500", "Autopilot for small craft", "per system", 9450, "6 weeks", "24 months"),
        ("NV-BNWAS-2", "Bridge navigational watch alarm system", "per system", 3950, "4 weeks", "24 months"),
        ("NV-INST-VSL", "Installation and commissioning, per vessel (bridge package)", "per vessel", 24600, "-", "12 months workmanship"),
        ("NV-TRN-ECD", "Type-specific ECDIS training, 3 days", "per seat", 960, "-", "-"),
        ("NV-TRN-RAD", "Radar/ARPA refresher training, 2 days", "per seat", 780, "-", "-"),
        ("NV-SVC-SLV", "Fleet Care Silver service", "per vessel per year", 8900, "-", "-"),
        ("NV-SVC-GOLD", "Fleet Care Gold service", "per vessel per year", 14200, "-", "-"),
        ("NV-ENC-UKB", "ENC chart subscription, UK & North-West Europe folio", "per vessel per year", 3480, "-", "-"),
        ("NV-SP-MAG25", "Spare magnetron for 25 kW X-band radar", "each", 2140, "2 weeks", "12 months"),
    ]:
        ws.append(list(r))
    for col, w in zip("ABCDEF", (14, 62, 20, 16, 11, 22)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Technical Data")
    ws2.append(["Technical data - radar, ECDIS and heading control (extract from type-approval documentation)"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append(["Parameter", "NV-X12-25 X-band", "NV-S10-30 S-band", "NV-ECD-27 ECDIS", "NV-AP-700 autopilot"])
    for c in ws2[2]:
        c.font = Font(bold=True)
    for r in [
        ("Frequency band", "9.41 GHz (X-band)", "3.05 GHz (S-band)", "-", "-"),
        ("Transmitter output", "25 kW", "30 kW", "-", "-"),
        ("Antenna unit weight (array + turning unit)", "61 kg", "142 kg", "-", "-"),
        ("Antenna rotation speed", "24 rpm (42 rpm high-speed option)", "21 rpm", "-", "-"),
        ("Horizontal beamwidth", "0.65 degrees", "1.9 degrees", "-", "-"),
        ("Maximum operational wind speed", "100 knots", "100 knots", "-", "-"),
        ("Power consumption", "780 W", "1150 W", "240 W", "180 W"),
        ("Supply voltage", "230 VAC or 24 VDC", "230 VAC", "230 VAC or 24 VDC", "24 VDC"),
        ("Display", "26-inch, 1920 x 1200", "26-inch, 1920 x 1200", "27-inch, 2560 x 1440", "control head 7-inch"),
        ("Antenna / outdoor protection", "IPX6", "IPX6", "-", "IP66 (rudder feedback unit)"),
        ("Type approval", "MED (wheelmark), IEC 62388", "MED (wheelmark), IEC 62388", "MED (wheelmark), IEC 61174", "MED (wheelmark), ISO 11674"),
    ]:
        ws2.append(list(r))
    for col, w in zip("ABCDE", (42, 32, 28, 26, 28)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Commercial Notes")
    ws3.append(["Commercial notes to the 2026 price list"])
    ws3["A1"].font = Font(bold=True, size=12)
    for line in [
        "Prices are valid for orders placed by 31 December 2026 and exclude VAT.",
        "Lead times run from written order and receipt of the signed site-survey layout.",
        "Delivery to vessels in UK mainland ports is included with installation item NV-INST-VSL.",
        "Fleet Care contracts are for an initial term of 3 years per vessel; see the Fleet Care Service Agreement.",
        "Spare parts not listed are quoted on request.",
    ]:
        ws3.append([line])
    ws3.column_dimensions["A"].width = 100
    wb.save(OUT / "Meridane_Price_and_Technical_List_2026.xlsx")


# ----------------------------------------------------------------------------------------------- MD
MD = """# ECDIS, electronic charts and software: what ferry operators ask us

*Meridane Marine Electronics knowledge base - article KB-214, updated October 2026*

## ENC chart subscription (NV-ENC-UKB)
- The subscription supplies official ENCs for the **UK & North-West Europe folio**, S-63 encrypted, for one vessel
  (both ECDIS workstations on that vessel share the licence).
- Chart corrections are issued **weekly**. They download automatically on Thursdays over the vessel's onboard 4G
  router, or can be loaded from a USB stick prepared ashore with Meridane ChartLink.
- The subscription runs for 12 months from chart loading at commissioning and renews automatically. To cancel,
  give **30 days' written notice** before the renewal date.
- Extra folios can be added mid-year; they are charged pro rata to the renewal date.

## Paperless navigation with dual ECDIS
Two type-approved NV-ECD-27 workstations on independent power supplies, each with its own UPS giving at least
45 minutes of operation, meet the back-up arrangement for paperless navigation. The owner still needs to obtain
flag state acceptance of the paperless arrangement; Meridane supplies the documentation pack for the application.

## Software and updates
- Current ECDIS software version: **5.2** (released August 2026).
- Software updates are released quarterly and installed remotely or at the next planned maintenance visit.
- Updates to the IHO S-52 presentation library are installed within 12 months of their release, as required.
- Cyber security: USB ports are locked to signed media, and remote access is possible only through the Meridane
  Secure Gateway with the master's consent.

## Autopilot and track control
With the NV-AP-700 heading control system connected to the NV-ECD-27, the bridge can use **track control
Category B** (the autopilot follows the planned route, including turns at the set radius). Category C track control
(automatic speed control along the route) is not supported.

## Training
Every officer who keeps a navigational watch on an ECDIS vessel needs type-specific familiarisation for that
equipment. Meridane's 3-day course NV-TRN-ECD provides it; the generic ECDIS course (IMO model course 1.27) must be
completed beforehand at an approved nautical college.
"""


def make_md():
    (OUT / "kb-ecdis-charts-and-software.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", OUT)
