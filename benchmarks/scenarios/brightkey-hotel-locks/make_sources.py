"""Generate the DOCX, PDF and XLSX knowledge sources of the brightkey-hotel-locks scenario.

Run with a Python that has python-docx, openpyxl and reportlab, e.g.
    PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
The Markdown KB article (knowledge/frontdesk-mobile-key-faq.md) is written by hand.
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

# ---------------------------------------------------------------- DOCX
DOCX = [
    ("h", "BrightKey Service & Installation Terms - Hospitality Retrofit (version 4.2, January 2026)"),
    ("p", "These terms apply to every BrightKey Hospitality Security B.V. quote for hotel lock, safe and energy-management "
          "retrofits in Portugal and Spain. Where a quote and these terms conflict, the quote prevails. Liability, "
          "indemnities and governing law are set out in the separate Master Supply Agreement and are not covered here."),
    ("h2", "1. Installation"),
    ("p", "Installation is carried out by BrightKey-certified technicians working in teams of two. One team installs up to "
          "24 doors per working day on standard timber or steel-framed doors; a retrofit of more than 120 doors is normally "
          "staffed with two teams. Standard installation hours are Monday to Friday, 08:00 to 18:00. Work on Saturdays, "
          "Sundays or public holidays, or outside standard hours at the customer's request, carries a surcharge of 35% on "
          "the installation labour of the doors concerned."),
    ("p", "The RL500 lock fits doors with a thickness from 40 mm to 80 mm. Doors thicker than 80 mm need adaptor kit "
          "BK-ADP-80, charged per door as listed in the price list. Doors thinner than 40 mm cannot be fitted and must be "
          "replaced or reinforced by the customer before installation."),
    ("p", "Removal of the existing lock is included in the lock installation price. Disposal of removed locks through a "
          "certified WEEE recycler is charged at EUR 2.50 per lock unless it is listed in the quote. Filling or "
          "repainting of old holes and cut-outs is not included."),
    ("p", "The customer provides free access to the rooms, a lockable storage room of at least 10 m2 for materials, "
          "and one named contact on site. Rooms not available on the agreed day are rescheduled to the next phase; "
          "a repeat visit caused by room unavailability is charged at EUR 180 per half day."),
    ("h2", "2. Commissioning and handover"),
    ("p", "A door counts as commissioned once it opens with a guest card, a master card and the emergency card, and its "
          "audit trail has been read out successfully. Commissioning of the whole order is confirmed in a signed handover "
          "report; the 10% commissioning instalment is invoiced on that date."),
    ("h2", "3. Warranty"),
    ("p", "Warranty periods run from the date of the handover report: RL500 locks 36 months; S35 and S45 safes 24 months; "
          "MF2 encoders 24 months; ES2 energy-saver switches 24 months. The FrontDesk software is maintained for as long "
          "as the licence is active. Batteries, key cards, wristbands and damage caused by vandalism, forced entry, "
          "liquids or non-BrightKey cleaning products are excluded from warranty."),
    ("p", "Under warranty BrightKey repairs or replaces the faulty part free of charge, including labour, within mainland "
          "Portugal and mainland Spain. For the islands (Madeira, Azores, Balearic and Canary Islands) travel is charged "
          "at cost."),
    ("h2", "4. Support and response times"),
    ("p", "The BrightKey helpdesk is reachable 24/7 by phone for lockouts and system failures, and Monday to Friday "
          "08:00 to 19:00 CET by e-mail and portal for all other requests."),
    ("p", "Priority 1 (a guest cannot enter a room, or the encoder or software is down for the whole property): remote "
          "response within 4 hours and, if needed, a technician on site within 24 hours in mainland Portugal and Spain. "
          "Priority 2 (a single device faulty, workaround available): response next business day. Priority 3 (questions, "
          "configuration changes): response within 5 business days."),
    ("h2", "5. Spare parts"),
    ("p", "BrightKey guarantees the availability of spare parts for 10 years after the last sale of a product model. "
          "Spare parts ordered outside warranty are delivered within 5 business days."),
    ("h2", "6. Payment and prices"),
    ("p", "Unless the quote says otherwise, payment is 40% on order, 50% on delivery and 10% on commissioning, each "
          "invoice net 30 days. Late payments bear interest at the statutory rate. Renewal prices of the FrontDesk "
          "licence and mobile-key subscription rise by no more than 4% per year."),
    ("h2", "7. Changes and cancellation"),
    ("p", "Changes in quantity of up to 5% are accepted without a new quote until production starts, normally 2 weeks "
          "after the order. An order cancelled after production has started is charged a cancellation fee of 25% of "
          "the order value excluding VAT. Custom-printed key cards cannot be cancelled once printed."),
]


def make_docx():
    d = Document()
    for kind, text in DOCX:
        if kind == "h":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        else:
            d.add_paragraph(text)
    d.save(K / "BrightKey-Service-and-Installation-Terms-v4.2.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(K / "BrightKey-RL500-S35-S45-Technical-Datasheet.pdf"), pagesize=A4,
                            title="BrightKey RL500 / S35 / S45 Technical Datasheet")
    P = lambda t: Paragraph(t, ss["BodyText"])
    H = lambda t: Paragraph(t, ss["Heading2"])
    s = [Paragraph("BrightKey Technical Datasheet: RL500 RFID lever lock and S35 / S45 in-room safes", ss["Title"]),
         P("Issue 2026-01. All dimensions in millimetres. Specifications may change without notice; the datasheet in "
           "force on the order date applies.")]
    s += [H("RL500 RFID lever lock"),
          P("The RL500 is a standalone (offline) RFID lever lock for hotel guest rooms and back-of-house doors. It reads "
            "13.56 MHz cards: MIFARE Classic 1K and MIFARE DESFire EV3 cards and wristbands. Mobile keys over Bluetooth "
            "Low Energy require the plug-in module BK-BLE-M1; every RL500 built from 2024 has the module slot."),
          Table([["Item", "RL500 specification"],
                 ["Power", "4 x AA 1.5 V alkaline batteries"],
                 ["Battery life", "about 2 years or 30000 openings, whichever comes first"],
                 ["Low-battery warning", "LED and audit entry; at least 500 openings remain after the first warning"],
                 ["Audit trail", "last 2000 events stored in the lock, read with the encoder or a portable reader"],
                 ["Mechanical override", "Euro profile cylinder behind the escutcheon, master-keyed"],
                 ["Fire rating", "tested to EN 1634-1 for 30 minutes (FD30); 60 minutes with intumescent kit BK-FIRE-60"],
                 ["Mortise", "EN 12209 certified, 55 mm backset, privacy deadbolt with 20 mm throw"],
                 ["Escutcheon (front plate)", "290 x 74 x 22 mm (H x W x D)"],
                 ["Door thickness", "40 to 80 mm"],
                 ["Ingress protection", "IP54 (indoor doors); use RL500-X (IP65) on exterior doors"],
                 ["Operating temperature", "-20 C to +60 C"],
                 ["Finishes", "satin stainless steel (SS), matte black (BK), brass PVD (BR)"]]),
          P("Emergency opening: the emergency card opens every lock including a locked privacy deadbolt. If batteries are "
            "fully depleted, the lock is opened with the mechanical override key and the batteries are replaced from the "
            "inside."),
          ]
    s += [H("S35 and S45 in-room safes"),
          P("Both safes are motorised electronic safes with a backlit keypad, a user code of 3 to 6 digits, a master code "
            "for housekeeping and a mechanical override key. The audit trail stores the last 100 openings and is read with "
            "the BK-AUD handheld auditor."),
          Table([["Item", "S35", "S45"],
                 ["External size (H x W x D)", "200 x 420 x 370", "200 x 480 x 420"],
                 ["Internal size (H x W x D)", "195 x 410 x 300", "195 x 470 x 350"],
                 ["Volume", "24 litres", "32 litres"],
                 ["Largest laptop", "15.6 inch", "17 inch"],
                 ["Weight", "12 kg", "15 kg"],
                 ["Steel", "door 3 mm, body 2 mm", "door 4 mm, body 2 mm"],
                 ["Bolts", "2 x 20 mm motorised", "2 x 20 mm motorised"],
                 ["Power", "4 x AA, about 12 months at 10 openings a day", "4 x AA, about 12 months at 10 openings a day"],
                 ["Anchoring", "2 holes in base, 2 in back, bolts included", "2 holes in base, 2 in back, bolts included"]]),
          P("If the safe batteries are depleted, staff can power the keypad from outside through the external 9V battery "
            "terminal and open it with the guest code or the master code. An internal power socket is not available. "
            "The safes are designed for wardrobe or shelf mounting and must be anchored to a wall or shelf of at least "
            "18 mm board."),
          Spacer(1, 6),
          P("ES2 energy-saver card switch: mains powered (100 to 240 V), accepts any card, 15-second switch-off delay "
            "after the card is removed, 16 A relay.")]
    doc.build(s)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    sheets = {
        "Locks & Access": [
            ["SKU", "Description", "List price EUR (excl. VAT)", "Unit", "Lead time (weeks)"],
            ["BK-RL500-SS", "RL500 RFID lever lock, satin stainless steel", 249.00, "per lock", 6],
            ["BK-RL500-BK", "RL500 RFID lever lock, matte black", 259.00, "per lock", 6],
            ["BK-RL500-BR", "RL500 RFID lever lock, brass PVD", 267.00, "per lock", 8],
            ["BK-RL500-X", "RL500-X exterior lock, IP65, satin stainless steel", 329.00, "per lock", 8],
            ["BK-BLE-M1", "Mobile key module (Bluetooth LE) for RL500", 39.00, "per lock", 4],
            ["BK-FIRE-60", "Intumescent kit for 60-minute fire doors", 12.00, "per door", 2],
            ["BK-ADP-80", "Adaptor kit for doors thicker than 80 mm", 14.00, "per door", 2],
            ["BK-ENC-MF2", "MF2 desktop card encoder (USB/Ethernet)", 395.00, "each", 2],
            ["BK-CARD-MF1K", "MIFARE Classic 1K key cards, printed, pack of 200", 58.00, "per pack", 3],
            ["BK-CARD-EV3", "MIFARE DESFire EV3 key cards, printed, pack of 200", 148.00, "per pack", 3],
            ["BK-WB-EV3", "DESFire EV3 silicone wristbands, pack of 50", 119.00, "per pack", 3],
            ["BK-ENERGY-ES2", "ES2 energy-saver card switch", 42.00, "each", 4],
            ["BK-AUD", "Handheld safe auditor", 189.00, "each", 2],
        ],
        "Safes": [
            ["SKU", "Description", "List price EUR (excl. VAT)", "Largest laptop", "Lead time (weeks)"],
            ["BK-SAFE-S35", "S35 in-room safe, 24 litres", 165.00, "15.6 inch", 4],
            ["BK-SAFE-S45", "S45 in-room safe, 32 litres", 199.00, "17 inch", 4],
            ["BK-SAFE-KIT", "Shelf-mounting kit for safes", 9.00, "-", 2],
        ],
        "Services & Software": [
            ["SKU", "Description", "Price EUR (excl. VAT)", "Unit", "Notes"],
            ["BK-INST-LOCK", "Lock installation incl. removal of existing lock", 38.00, "per door", "Mon-Fri 08:00-18:00"],
            ["BK-INST-SAFE", "Safe installation and anchoring", 22.00, "per safe", "Not included unless quoted"],
            ["BK-INST-ES2", "Energy-saver switch installation (electrician)", 26.00, "per switch", "Existing wiring only"],
            ["BK-DISP-WEEE", "Disposal of removed locks (WEEE)", 2.50, "per lock", ""],
            ["BK-TRAIN-ONS", "On-site staff training, 1 day", 650.00, "per day", "Up to 12 participants"],
            ["BK-SW-FD-1Y", "FrontDesk licence, 1 property up to 250 rooms", 1800.00, "per year", "Billed annually in advance"],
            ["BK-SW-FD-1Y-L", "FrontDesk licence, 1 property 251 to 500 rooms", 2600.00, "per year", "Billed annually in advance"],
            ["BK-PMS-IF", "PMS interface set-up (OPERA, Protel)", 450.00, "one-off", "Mews and Apaleo: no set-up fee"],
            ["BK-MOB-SUB", "Mobile key subscription", 1.20, "per room per month", "Requires BK-BLE-M1 in each lock"],
            ["BK-EXT-W24", "Extended warranty RL500, +24 months", 11.00, "per lock, one-off", "Order before handover"],
        ],
    }
    first = True
    for name, rows in sheets.items():
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        ws.append([f"BrightKey Price List 2026 - Hospitality - {name}"])
        ws["A1"].font = Font(bold=True, size=13)
        for r in rows:
            ws.append(r)
        for c in ws[2]:
            c.font = Font(bold=True)
        for col, w in zip("ABCDE", (16, 52, 24, 20, 28)):
            ws.column_dimensions[col].width = w
    wb.save(K / "BrightKey-Price-List-2026-Hospitality.xlsx")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    print("sources written to", K)
