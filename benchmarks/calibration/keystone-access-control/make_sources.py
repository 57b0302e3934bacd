"""Generate the .docx and .xlsx knowledge sources for the Keystone calibration scenario."""
from pathlib import Path
from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent / "knowledge"
HERE.mkdir(exist_ok=True)


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    return t


def make_docx():
    d = Document()
    d.add_heading("Keystone Access Control Ltd", 0)
    d.add_heading("Education Service Agreement – Summary of Key Terms", 1)
    d.add_paragraph(
        "Document reference KAC-ESA-SUM v4.2, effective 1 September 2026. This summary sets out the main "
        "commercial terms that apply when a school, academy or multi-academy trust (the \"Customer\") buys "
        "access control hardware, installation services, Keystone Cloud licences, VisitorPoint licences and "
        "support plans from Keystone Access Control Ltd, registered in England and Wales, company number "
        "08814372, of Unit 6, Calder Park, Wakefield WF2 7AW (\"Keystone\"). If there is any conflict between "
        "this summary and the full Education Service Agreement, the full agreement prevails.")

    d.add_heading("1. Scope", 2)
    d.add_paragraph(
        "The agreement covers the supply of door controllers, card readers and credentials; installation, "
        "commissioning and training; subscription licences for Keystone Cloud (per door) and VisitorPoint "
        "visitor management (per site); and an optional annual support plan. Locks, door furniture and "
        "cabling are supplied only where listed on the quotation.")

    d.add_heading("2. Term and renewal", 2)
    d.add_paragraph(
        "The initial subscription term is 12 months from the go-live date of the first site. Keystone Cloud "
        "licences, VisitorPoint licences and the support plan renew automatically for further 12-month periods "
        "unless either party gives at least 60 days' written notice before the renewal date. Keystone may "
        "change subscription prices at renewal by no more than the UK CPI rate published for the preceding "
        "April plus 2%, and will give at least 90 days' notice of any change.")

    d.add_heading("3. Ordering, invoicing and payment", 2)
    d.add_paragraph(
        "An order is accepted when Keystone receives a signed quotation or a purchase order that refers to it. "
        "Invoicing follows the schedule below. All invoices are payable within 30 days of the invoice date by "
        "BACS transfer. Prices are in pounds sterling and exclude VAT, which is charged at the prevailing rate.")
    table(d, [
        ["Item", "When invoiced", "Amount"],
        ["Hardware and installation (one-off)", "On order acceptance", "50% of the one-off total"],
        ["Hardware and installation (one-off)", "On commissioning of the last site", "Remaining 50%"],
        ["Cloud and VisitorPoint licences", "Annually in advance, from go-live", "100% of the annual fee"],
        ["Support plan", "Annually in advance, from go-live", "100% of the annual fee"],
    ])
    d.add_paragraph(
        "Late payments may attract interest under the Late Payment of Commercial Debts (Interest) Act 1998. "
        "Keystone will not suspend cloud services for late payment without first giving 14 days' written notice "
        "to the Customer's named finance contact.")

    d.add_heading("4. Cancellation", 2)
    d.add_paragraph(
        "The Customer may cancel an accepted order in writing at any time before installation starts. "
        "Cancellation more than 10 working days before the first booked installation day is free of charge for "
        "services; hardware already delivered may be returned unused in its original packaging subject to a "
        "cancellation fee of 25% of the hardware value. Cancellation within 10 working days of the first "
        "booked installation day is charged at the full value of the booked engineer days.")

    d.add_heading("5. Warranty", 2)
    d.add_paragraph(
        "Keystone warrants that the hardware will be free from defects in materials and manufacture for the "
        "periods below, starting on the date of commissioning. Faulty items are repaired or replaced at "
        "Keystone's option. The warranty does not cover vandalism, accidental damage, water ingress caused by "
        "incorrect installation by third parties, or consumables.")
    table(d, [
        ["Product", "Warranty period"],
        ["DC2 door controllers", "5 years"],
        ["R10 and R20 card readers", "3 years"],
        ["Badges and key fobs", "1 year"],
        ["Installation workmanship", "12 months"],
    ])

    d.add_heading("6. Support plans", 2)
    d.add_paragraph(
        "Two annual support plans are available. Prices apply per trust for up to 30 doors; larger estates are "
        "priced individually. A Priority 1 (P1) fault is one where a site cannot secure or open its perimeter "
        "doors, or where all doors on a site are offline.")
    table(d, [
        ["", "Standard", "Gold"],
        ["Annual price (up to 30 doors)", "£1,450", "£2,950"],
        ["Helpdesk hours", "Mon–Fri 08:00–17:30", "Mon–Fri 07:30–18:00"],
        ["P1 remote response", "4 working hours", "1 hour"],
        ["P1 on-site attendance", "within 3 working days", "next working day"],
        ["Preventive maintenance", "Not included", "One visit per site per year"],
        ["Replacement parts after warranty", "Chargeable", "Included"],
        ["Engineer labour for fault repair", "Chargeable at day rate", "Included"],
    ])
    d.add_paragraph(
        "Without a support plan, the Customer can still log faults with the helpdesk during business hours, "
        "and visits are charged at the engineer day rate on the current price list.")

    d.add_heading("7. Data protection", 2)
    d.add_paragraph(
        "For Keystone Cloud and VisitorPoint, the Customer is the data controller and Keystone acts as data "
        "processor under UK GDPR and the Data Protection Act 2018. Customer data is stored in the Microsoft "
        "Azure UK South region. A data processing agreement forms part of the Education Service Agreement and "
        "lists Keystone's sub-processors. On termination, the Customer may export its data for 30 days, after "
        "which it is deleted within a further 60 days.")

    d.add_heading("8. Liability", 2)
    d.add_paragraph(
        "Keystone's total liability in any contract year is limited to 125% of the fees paid or payable in that "
        "year, except for death or personal injury caused by negligence, fraud, or breach of the data "
        "protection obligations, which are not limited. Keystone holds public liability insurance of £10 "
        "million and professional indemnity insurance of £2 million.")

    d.add_heading("9. Termination", 2)
    d.add_paragraph(
        "Either party may terminate for material breach not remedied within 30 days of written notice. If a "
        "subscription ends, installed controllers continue to operate doors with their last downloaded "
        "cardholder list, but remote management, reporting and VisitorPoint will stop.")
    d.save(HERE / "keystone-service-agreement-summary.docx")


PRICES = [
    ("SKU", "Description", "Unit", "List price (GBP, ex VAT)", "Notes"),
    ("KAC-DC2", "Keystone DC2 two-door controller", "each", 845.00, "Includes lockable steel enclosure and 7 Ah standby battery"),
    ("KAC-BAT7", "Replacement 7 Ah standby battery", "each", 28.00, "Recommended replacement every 4 years"),
    ("KAC-R10", "R10 mullion card reader", "each", 165.00, "For narrow door frames"),
    ("KAC-R20", "R20 wall card reader with keypad", "each", 210.00, "Card, PIN or card + PIN"),
    ("KAC-BDG-100", "DESFire EV3 photo ID badges, pack of 100", "pack", 240.00, "Printed both sides with photo and school logo"),
    ("KAC-FOB-25", "DESFire EV3 key fobs, pack of 25", "pack", 95.00, "Blue, red, green or black"),
    ("KAC-LDB", "Hard-wired lockdown button", "each", 74.00, "Wired to a DC2 input"),
    ("KAC-CLD-DOOR", "Keystone Cloud door licence, 12 months", "per door", 48.00, "Billed annually in advance"),
    ("KAC-VP-SITE", "VisitorPoint visitor management licence, 12 months", "per site", 620.00, "Includes one reception tablet app licence"),
    ("KAC-INST-TT", "Installation engineer day (term time)", "day", 495.00, "08:00–16:00 on school days"),
    ("KAC-INST-HOL", "Installation engineer day (school holidays)", "day", 575.00, "08:00–17:00 during school holidays"),
    ("KAC-SUP-STD", "Standard Support Plan, 12 months", "per trust", 1450.00, "Up to 30 doors"),
    ("KAC-SUP-GOLD", "Gold Support Plan, 12 months", "per trust", 2950.00, "Up to 30 doors"),
]

SPECS = [
    ("Product", "Parameter", "Value"),
    ("DC2 controller", "Doors controlled", "2 doors"),
    ("DC2 controller", "Reader ports", "2 x OSDP v2 or Wiegand"),
    ("DC2 controller", "Inputs", "6 supervised inputs (door contact, exit button, fire alarm)"),
    ("DC2 controller", "Lock relays", "2 x 3 A relays, fail-safe or fail-secure"),
    ("DC2 controller", "Power", "PoE+ (802.3at) or 12 V DC"),
    ("DC2 controller", "Battery backup", "Up to 8 hours with 7 Ah battery"),
    ("DC2 controller", "Offline memory", "Stores up to 50,000 events and 10,000 cardholders offline"),
    ("DC2 controller", "Network", "10/100 Ethernet, outbound HTTPS on port 443 only"),
    ("DC2 controller", "Operating temperature", "0 °C to +45 °C"),
    ("DC2 controller", "Compliance", "CE and UKCA marked; RoHS compliant"),
    ("R10 mullion reader", "Card technologies", "MIFARE DESFire EV3, MIFARE Classic (CSN), 125 kHz EM4100"),
    ("R10 mullion reader", "Read range", "Up to 4 cm"),
    ("R10 mullion reader", "Ingress protection", "IP54"),
    ("R10 mullion reader", "Dimensions", "150 x 43 x 22 mm"),
    ("R10 mullion reader", "Operating temperature", "-20 °C to +55 °C"),
    ("R20 wall reader", "Card technologies", "MIFARE DESFire EV3, MIFARE Classic (CSN), 125 kHz EM4100"),
    ("R20 wall reader", "Read range", "Up to 7 cm"),
    ("R20 wall reader", "Keypad", "12-key backlit keypad"),
    ("R20 wall reader", "Ingress protection", "IP65"),
    ("R20 wall reader", "Dimensions", "120 x 80 x 25 mm"),
    ("R20 wall reader", "Operating temperature", "-25 °C to +60 °C"),
    ("Photo ID badge", "Chip", "MIFARE DESFire EV3 2K"),
    ("Photo ID badge", "Format", "CR80 (ISO/IEC 7810 ID-1), 0.76 mm PVC"),
    ("Photo ID badge", "Printing", "Full colour both sides, photo and school logo, lead time 5 working days"),
    ("Keystone Cloud", "Hosting", "Microsoft Azure UK South, backups in UK West"),
    ("Keystone Cloud", "Availability target", "99.9% per calendar month"),
    ("Keystone Cloud", "MIS sync", "Nightly sync with SIMS and Bromcom"),
    ("VisitorPoint", "Sign-in", "Reception tablet app (iPad or Android), prints visitor labels"),
    ("VisitorPoint", "Fire roll call", "Live on-site list on the dashboard, printable at reception"),
]


def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price List 2026-27"
    ws.append(["Keystone Access Control Ltd – Education Price List 2026/27 (valid from 1 September 2026)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    for row in PRICES:
        ws.append(list(row))
    for c in ws[3]:
        c.font = Font(bold=True)
    for r in range(4, ws.max_row + 1):
        ws.cell(r, 4).number_format = "#,##0.00"
    ws.append([])
    ws.append(["All prices exclude VAT. Hardware delivery 10 working days from order. Trust-wide volume discounts are shown on individual quotations."])
    for col, w in zip("ABCDE", (16, 52, 12, 24, 56)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Technical Data")
    ws2.append(["Keystone product technical data (summary datasheet)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    for row in SPECS:
        ws2.append(list(row))
    for c in ws2[3]:
        c.font = Font(bold=True)
    for col, w in zip("ABC", (22, 26, 70)):
        ws2.column_dimensions[col].width = w
    wb.save(HERE / "keystone-price-list-2026-27.xlsx")


if __name__ == "__main__":
    make_docx()
    make_xlsx()
    print("written", sorted(p.name for p in HERE.iterdir()))
