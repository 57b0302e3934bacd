"""Generate the .docx and .xlsx knowledge sources for the voltway-depot-charging scenario.

Run with: /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent
KNOW = HERE / "knowledge"
KNOW.mkdir(exist_ok=True)


# ---------------------------------------------------------------------------
# 1. Service & Uptime Agreement - contract summary (.docx)
# ---------------------------------------------------------------------------
def make_docx() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)

    doc.add_heading("VoltWay Depot Energy B.V.", level=0)
    doc.add_heading("Service & Uptime Agreement - Contract Summary", level=1)
    doc.add_paragraph(
        "Document reference: VW-SUA-2025 rev. 3 | Applies to: VoltDepot DC chargers and VoltWay Orchestrate "
        "installations at customer depots in the Netherlands and Belgium."
    )
    doc.add_paragraph(
        "This summary explains the main provisions of the VoltWay Service & Uptime Agreement (the \"Agreement\"). "
        "It is provided for convenience. In case of a conflict, the signed Agreement and its annexes prevail."
    )

    doc.add_heading("1. Scope of the service", level=2)
    doc.add_paragraph(
        "The Agreement covers preventive and corrective maintenance of the VoltDepot chargers listed in Annex A, "
        "including the charging cables, connectors, power modules, cooling system and the integrated energy "
        "meters. Civil works, the customer's low-voltage distribution upstream of the charger isolator and the "
        "medium-voltage installation owned by the grid operator are outside the scope of the Agreement."
    )
    doc.add_paragraph(
        "All chargers under the Agreement are connected to the VoltWay Network Operations Centre (NOC), which "
        "monitors charger status, error codes and session data 24/7 and, where possible, resolves faults remotely "
        "by a restart or configuration change before dispatching an engineer."
    )

    doc.add_heading("2. Service levels", level=2)
    doc.add_paragraph("Three service levels are available. The level is chosen per depot and applies to all chargers at that depot.")
    rows = [
        ("", "Silver", "Gold", "Platinum"),
        ("Availability commitment (per charger, per quarter)", "97.0%", "98.5%", "99.0%"),
        ("On-site response, critical fault", "8 business hours", "4 hours", "2 hours"),
        ("On-site response, non-critical fault", "3 business days", "next business day", "next business day"),
        ("Service window", "Mon-Fri 08:00-17:00", "24/7, including public holidays", "24/7, including public holidays"),
        ("Preventive maintenance visits per year", "1", "2", "3"),
        ("Spare parts", "invoiced separately", "included", "included"),
        ("Replacement charging cable after wear", "invoiced separately", "included (1 per outlet per year)", "included"),
        ("Dedicated service manager", "no", "no", "yes"),
        ("Quarterly availability report", "yes", "yes", "yes, with review meeting"),
    ]
    table = doc.add_table(rows=len(rows), cols=4)
    table.style = "Light Grid Accent 1"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            table.cell(r, c).text = val
    doc.add_paragraph(
        "A critical fault is a fault that makes a charger completely unavailable, or that makes more than 50% of "
        "the charging outlets at a depot unavailable at the same time. All other faults are non-critical. "
        "Response time is measured from the moment the fault is registered by the NOC or reported by the "
        "customer to the arrival of a qualified engineer on site."
    )

    doc.add_heading("3. How availability is measured", level=2)
    doc.add_paragraph(
        "Availability is measured per charger per calendar quarter as the percentage of time in which the charger "
        "was able to start and deliver a charging session, based on the status messages logged by the NOC. "
        "The following periods are excluded from the calculation:"
    )
    for item in [
        "planned preventive maintenance announced at least 5 business days in advance;",
        "interruptions of the grid supply or of the customer's own electrical installation;",
        "faults caused by misuse, vandalism or modifications not carried out by VoltWay;",
        "periods in which VoltWay engineers are denied access to the depot;",
        "force majeure events as defined in the Agreement.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("4. Service credits", level=2)
    doc.add_paragraph(
        "If the measured availability of a charger in a quarter is below the commitment of the chosen service "
        "level, the customer receives a service credit of 5% of the quarterly maintenance fee for that charger "
        "for each 0.5 percentage point (or part of it) below the commitment. Service credits are capped at 30% "
        "of the quarterly maintenance fee for the affected charger and are deducted from the next annual "
        "maintenance invoice. Service credits are the customer's sole financial remedy for missed availability, "
        "without prejudice to the right to terminate described in section 6."
    )

    doc.add_heading("5. Fault reporting", level=2)
    doc.add_paragraph(
        "Faults can be reported 24/7 through the VoltWay service desk on +31 40 820 1190 or through the "
        "Orchestrate web portal (menu Support > New ticket). Each report receives a ticket number and status "
        "updates by e-mail. Critical faults should always be reported by phone in addition to the portal."
    )

    doc.add_heading("6. Term, renewal and termination", level=2)
    doc.add_paragraph(
        "The Agreement starts on the commissioning date of the first charger and has a minimum term of 5 years. "
        "After the minimum term it renews automatically for periods of 12 months. Either party may terminate "
        "at the end of the minimum term or of any renewal period with a notice period of 6 months, given in "
        "writing. The customer may terminate early, without penalty, if the availability of the same charger "
        "falls below the commitment in three consecutive quarters."
    )

    doc.add_heading("7. Fees and indexation", level=2)
    doc.add_paragraph(
        "Maintenance fees are charged per charger per year and are invoiced annually in advance. From the second "
        "contract year the fees are indexed on 1 January in line with the CBS consumer price index (CPI), with a "
        "maximum of 4% per year. Call-outs for faults outside the scope (for example damage caused by misuse) "
        "are invoiced at the hourly rates in the current VoltWay price list."
    )

    doc.add_heading("8. Warranty and liability", level=2)
    doc.add_paragraph(
        "The Agreement runs alongside the standard manufacturer warranty stated in the product datasheet. During "
        "the warranty period, warranty repairs are carried out within the response times of the chosen service "
        "level. VoltWay's total liability under the Agreement is limited to the maintenance fees paid in the "
        "12 months preceding the event giving rise to the claim, except in case of intent or gross negligence."
    )
    doc.add_paragraph(
        "Questions about this summary can be addressed to your VoltWay account manager or to "
        "service@voltway-depot.nl."
    )
    doc.save(KNOW / "service-uptime-agreement-summary.docx")


# ---------------------------------------------------------------------------
# 2. Datasheet & price list (.xlsx)
# ---------------------------------------------------------------------------
SPEC_ROWS = [
    ("Parameter", "VoltDepot 150", "VoltDepot 360"),
    ("Article number", "VW-DC150-D", "VW-DC360-HPC"),
    ("Rated output power", "150 kW", "360 kW"),
    ("Number of outlets", "2 x CCS2", "2 x CCS2"),
    ("Power per outlet when both outlets are in use", "75 kW", "180 kW"),
    ("Dynamic power sharing between outlets", "in steps of 25 kW", "in steps of 30 kW"),
    ("Output voltage range", "150-1000 V DC", "150-1000 V DC"),
    ("Maximum output current per outlet", "250 A", "500 A"),
    ("AC input", "3-phase 400 V AC, 50 Hz", "3-phase 400 V AC, 50 Hz"),
    ("Peak efficiency", "95.5%", "96.0%"),
    ("Charging cable length", "5 m", "7 m"),
    ("Cable cooling", "natural convection", "liquid-cooled"),
    ("Ingress protection", "IP54", "IP55"),
    ("Impact protection", "IK10", "IK10"),
    ("Operating temperature", "-30 to +50 C (derating above 40 C)", "-30 to +50 C (derating above 45 C)"),
    ("Noise level at 1 m", "< 58 dB(A)", "< 65 dB(A)"),
    ("Dimensions (W x D x H)", "800 x 600 x 1900 mm", "1000 x 800 x 2100 mm"),
    ("Weight", "410 kg", "690 kg"),
    ("Energy metering", "MID-certified DC meter per outlet", "MID-certified DC meter per outlet"),
    ("Communication", "OCPP 2.0.1 (OCPP 1.6J supported), Ethernet, 4G/LTE", "OCPP 2.0.1 (OCPP 1.6J supported), Ethernet, 4G/LTE"),
    ("User interface", "10-inch touchscreen, RFID reader (MIFARE DESFire)", "10-inch touchscreen, RFID reader (MIFARE DESFire)"),
    ("Standard warranty", "36 months", "24 months"),
    ("Standards", "IEC 61851-1, IEC 61851-23, IEC 61000-6-2/-4, CE", "IEC 61851-1, IEC 61851-23, IEC 61000-6-2/-4, CE"),
]

PRICE_ROWS = [
    ("SKU", "Description", "Unit", "List price (EUR, excl. VAT)"),
    ("VW-DC150-D", "VoltDepot 150 dual-outlet DC charger", "per unit", 48500.00),
    ("VW-DC360-HPC", "VoltDepot 360 high-power DC charger", "per unit", 112000.00),
    ("VW-LMS-ESS", "VoltWay Orchestrate Essentials (monitoring, static power limits)", "per charger per year", 690.00),
    ("VW-LMS-PRO", "VoltWay Orchestrate Pro (timetable-based smart charging, reporting, API)", "per charger per year", 1140.00),
    ("VW-MNT-SLV", "Service & Uptime Agreement - Silver", "per charger per year", 1480.00),
    ("VW-MNT-GLD", "Service & Uptime Agreement - Gold", "per charger per year", 2350.00),
    ("VW-MNT-PLT", "Service & Uptime Agreement - Platinum", "per charger per year", 3290.00),
    ("VW-TRN-OPS", "Operator training day (on site, 6 hours)", "per day", 1450.00),
    ("VW-TRN-TEC", "Technician training, first-line maintenance (2 days)", "per course", 3900.00),
    ("VW-SPR-CBL", "Spare charging cable kit with CCS2 connector", "per kit", 2180.00),
    ("VW-SRV-HR", "Engineer call-out outside contract scope", "per hour", 125.00),
]

LEAD_ROWS = [
    ("Item", "Typical lead time after order confirmation", "Remarks"),
    ("VoltDepot 150", "10-12 weeks", "ex works Eindhoven"),
    ("VoltDepot 360", "16-18 weeks", "ex works Eindhoven; power cabinet and dispenser ship together"),
    ("Transformer station (MV/LV, up to 2,000 kVA)", "22-26 weeks", "depends on transformer availability"),
    ("Spare charging cable kit", "3 weeks", "from stock Eindhoven when available"),
    ("Orchestrate subscription activation", "5 business days", "after the charger is connected to the internet"),
]


def _style_header(ws, ncols):
    fill = PatternFill("solid", fgColor="1F4E79")
    for c in range(1, ncols + 1):
        cell = ws.cell(row=1, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def make_xlsx() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Charger specifications"
    for row in SPEC_ROWS:
        ws.append(row)
    _style_header(ws, 3)
    ws.append(())
    ws.append(("Notes",))
    ws.append(("Power per outlet is shared dynamically: a single connected vehicle can draw the full rated output power.",))
    ws.append(("Both models use the same CCS2 connector and the same touchscreen and RFID user interface.",))
    ws.append(("Specifications may change without notice. Datasheet VW-DS-2025-02, valid from 1 February 2025.",))
    ws.column_dimensions["A"].width = 46
    ws.column_dimensions["B"].width = 48
    ws.column_dimensions["C"].width = 48

    ws2 = wb.create_sheet("Price list 2025")
    for row in PRICE_ROWS:
        ws2.append(row)
    _style_header(ws2, 4)
    for r in range(2, len(PRICE_ROWS) + 1):
        ws2.cell(row=r, column=4).number_format = "#,##0.00"
    ws2.append(())
    ws2.append(("Notes",))
    ws2.append(("All prices in EUR, excluding 21% VAT. Prices valid for orders placed between 1 February 2025 and 31 December 2025.",))
    ws2.append(("Subscription and maintenance fees are invoiced annually in advance from the commissioning date.",))
    ws2.append(("A maximum of 8 participants per operator training day.",))
    ws2.column_dimensions["A"].width = 16
    ws2.column_dimensions["B"].width = 70
    ws2.column_dimensions["C"].width = 22
    ws2.column_dimensions["D"].width = 26

    ws3 = wb.create_sheet("Lead times")
    for row in LEAD_ROWS:
        ws3.append(row)
    _style_header(ws3, 3)
    ws3.append(())
    ws3.append(("Lead times are indicative and confirmed in the order confirmation. Installation starts once civil works and the grid connection are ready.",))
    ws3.column_dimensions["A"].width = 44
    ws3.column_dimensions["B"].width = 40
    ws3.column_dimensions["C"].width = 60

    wb.save(KNOW / "voltdepot-datasheet-pricelist-2025.xlsx")


if __name__ == "__main__":
    make_docx()
    make_xlsx()
    print("written:", sorted(p.name for p in KNOW.iterdir()))
