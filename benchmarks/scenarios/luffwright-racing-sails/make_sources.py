"""Generate the four knowledge sources of the luffwright-racing-sails scenario.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder)."""
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)

# ---------------------------------------------------------------- PDF: warranty
PDF_TITLE = "Luffwright Sailmakers - Racing Sail Warranty and Care Conditions (LW-WTY-2027, rev. 3)"
PDF_SECTIONS = [
    ("1. Scope", [
        "These conditions apply to new racing sails built by Luffwright Sailmakers Ltd at the Cowes loft and delivered "
        "from 1 January 2027. They form part of every quotation that refers to LW-WTY-2027. Repairs, recuts and "
        "second-hand sails are covered by separate conditions.",
    ]),
    ("2. Warranty periods", [
        "Laminate racing sails (X-Lam 3D carbon/aramid and membrane sails): 24 months from delivery or 1,500 sailing "
        "hours, whichever comes first. Sailing hours are read from the owner's log or the boat's instrument record.",
        "Code Zero and other structured furling sails: 18 months from delivery.",
        "Nylon and polyester downwind sails (symmetric and asymmetric spinnakers, A-sails): 12 months from delivery.",
        "Sail bags, covers and battens: 6 months from delivery.",
    ]),
    ("3. Shape warranty", [
        "We warrant that the flying shape of a laminate sail stays within 3% of the design camber depth at the "
        "measured heights, verified by our ShapeScan photo analysis. If a sail is out of tolerance within its first "
        "300 sailing hours, we recut it free of charge. After 300 sailing hours shape loss is treated as normal wear.",
    ]),
    ("4. Exclusions", [
        "The warranty does not cover: damage from flogging or prolonged luffing; use of a headsail above the upper "
        "limit of its apparent wind range stated on the specification sheet; chafe against spreaders, stanchions or "
        "pulpits where the recommended chafe patches were not fitted; UV damage where a sail was left hoisted or "
        "furled without a cover for more than 72 hours; collision, grounding or dismasting; tears on spinnakers caused "
        "by a broach or a wrap around the forestay.",
    ]),
    ("5. Repairs by third parties", [
        "Any repair by a third party voids the warranty of the sail concerned, except emergency repairs with sail "
        "tape or adhesive patches up to 50 cm long made during a race or regatta. Such emergency repairs must be "
        "reported to the loft within 7 days, with photographs, and the sail must be brought in for a permanent repair "
        "before its next event.",
    ]),
    ("6. Claims procedure", [
        "Notify the loft in writing within 14 days of discovering a defect. The owner delivers the sail to the Cowes "
        "loft at the owner's cost; we assess it within 5 working days and confirm whether the claim is accepted. "
        "Accepted claims are repaired, recut or replaced at our choice, and we return the sail free of charge to any "
        "berth on the Solent.",
    ]),
    ("7. Limitation of liability", [
        "Our liability under this warranty is limited to repair, recut or replacement of the affected sail and is "
        "capped at the invoice price of that sail. We are not liable for consequential loss, including lost races, "
        "entry fees, crew costs or charter income.",
    ]),
    ("8. Care and storage", [
        "Rinse sails with fresh water after each regatta and dry them before packing. Laminate sails must be rolled, "
        "never folded, and stored at no more than 35 °C; do not leave them in a closed car or container in summer. "
        "Spinnakers may be flaked loosely into their bags once dry.",
    ]),
    ("9. Transfer", [
        "The warranty can be transferred once to a new owner when the sails are sold with the boat, provided the new "
        "owner registers the transfer with the loft within 30 days of the sale.",
    ]),
]


def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(K / "luffwright-warranty-conditions-2027.pdf"), pagesize=A4,
                            title="Racing Sail Warranty and Care Conditions", author="Luffwright Sailmakers Ltd")
    story = [Paragraph(PDF_TITLE, styles["Title"]), Spacer(1, 8)]
    for head, paras in PDF_SECTIONS:
        story.append(Paragraph(head, styles["Heading2"]))
        for p in paras:
            story.append(Paragraph(p, styles["BodyText"]))
            story.append(Spacer(1, 4))
    story.append(Paragraph("Luffwright Sailmakers Ltd, Medina Yard, Cowes, Isle of Wight. Issued 1 December 2026.",
                           styles["Italic"]))
    doc.build(story)


# ---------------------------------------------------------------- DOCX: care plan
DOCX_TITLE = "Season Care Plan - Service Description (TP52 and 52-foot grand prix boats)"
DOCX_SECTIONS = [
    ("Term", [
        "The Season Care Plan (SKU LW-CARE-SEASON) covers one racing season, from 1 March to 31 October, plus winter "
        "valeting from 1 November to the end of February. It is sold per boat and cannot be shared between boats.",
    ]),
    ("What is included", [
        "Two full inventory inspections: a pre-season inspection in March and a mid-season inspection in July, each "
        "with a written condition report per sail.",
        "Up to 16 hours of loft repair labour per season, with repair materials included up to £600 per season.",
        "Priority turnaround of 48 hours at the Cowes loft from May to September (standard turnaround is 5 working days).",
        "24-hour turnaround at events attended by the regatta service van: Cowes Week and the four rounds of the "
        "Solent Grand Prix Series. Sails handed to the van by 19:00 are back on the dock by 19:00 the next day.",
        "Winter valeting: wash, dry, check and store up to 8 sails in the climate-controlled sail store.",
    ]),
    ("What is not included", [
        "Replacement of panels larger than 1 m², new battens, hardware (blocks, shackles, lashings) and structural "
        "recuts after damage excluded under the warranty conditions.",
        "Travel by the service team to events outside the UK, charged at £0.65 per mile plus £140 per day.",
        "Unused repair hours do not carry over to the next season and are not refunded.",
    ]),
    ("Rates beyond the plan", [
        "Additional repair labour for plan members: £78 per hour (standard rate £95 per hour). Materials beyond the "
        "£600 allowance are charged at list price less 10%.",
    ]),
    ("Cancellation", [
        "The plan may be cancelled before 1 March with a full refund. After 1 March the plan fee is not refundable, "
        "but the plan may be transferred to a new owner of the same boat.",
    ]),
    ("Contact and opening hours", [
        "Service coordinator: service@luffwright.example, +44 1983 555 0142. The Cowes loft is open Monday to "
        "Saturday 07:30-18:00 from April to September and Monday to Friday 08:00-17:00 the rest of the year.",
    ]),
]


def make_docx():
    from docx import Document
    d = Document()
    d.add_heading(DOCX_TITLE, 0)
    d.add_paragraph("Luffwright Sailmakers Ltd - document SCP-52, version 2027.1")
    for head, paras in DOCX_SECTIONS:
        d.add_heading(head, level=1)
        for p in paras:
            d.add_paragraph(p, style="List Bullet" if head == "What is included" else None)
    d.save(str(K / "luffwright-season-care-plan.docx"))


# ---------------------------------------------------------------- XLSX: specs and prices
XLSX_SPECS = [
    ("SKU", "Sail", "Construction", "Area (m2)", "Weight (kg)", "Apparent wind range (kn)", "Design life (sailing hours)"),
    ("LW-MN52-3DL", "Mainsail", "X-Lam 3D carbon/aramid laminate", 112.5, 38.6, "0-30", 1800),
    ("LW-J1-52", "J1 light genoa", "X-Lam 3D carbon laminate", 88.0, 19.4, "4-14", 1200),
    ("LW-J2-52", "J2 medium genoa", "X-Lam 3D carbon/aramid laminate", 84.5, 21.7, "10-20", 1400),
    ("LW-J3-52", "J3 heavy jib", "X-Lam 3D carbon/aramid laminate", 71.0, 20.9, "18-30", 1400),
    ("LW-CZ-52", "Code Zero (structured)", "Carbon/polyester laminate", 152.0, 24.8, "0-12", 900),
    ("LW-A2-52", "A2 asymmetric spinnaker", "Nylon 0.75 oz", 245.0, 21.0, "6-18", 600),
    ("LW-A4-52", "A4 heavy asymmetric spinnaker", "Nylon 1.5 oz", 210.0, 27.5, "16-28", 500),
]
XLSX_PRICES = [
    ("SKU", "Description", "List price 2027 (GBP, excl. VAT)", "Production lead time (weeks)"),
    ("LW-MN52-3DL", "Mainsail, X-Lam 3D, 2 reef points as standard", 38400, 7),
    ("LW-J1-52", "J1 light genoa, X-Lam 3D", 21600, 7),
    ("LW-J2-52", "J2 medium genoa, X-Lam 3D", 19800, 7),
    ("LW-J3-52", "J3 heavy jib, X-Lam 3D", 17900, 7),
    ("LW-CZ-52", "Code Zero, structured", 16900, 6),
    ("LW-A2-52", "A2 asymmetric spinnaker", 9450, 4),
    ("LW-A4-52", "A4 heavy asymmetric spinnaker", 8700, 4),
    ("LW-BAG-SET", "Sail bags and covers, full inventory set", 1250, 3),
]
XLSX_OPTIONS = [
    ("Option", "Applies to", "Price (GBP, excl. VAT)", "Condition"),
    ("Additional reef point", "Mainsail", 1150, "Must be ordered before design sign-off"),
    ("Spare full-length batten set (6 battens)", "Mainsail", 1980, "Carbon, pre-tuned to design"),
    ("Sponsor logo / graphics", "Laminate sails", "46 per m2", "Minimum charge 2 m2; artwork supplied as vector file"),
    ("Sponsor logo / graphics", "Nylon spinnakers", "28 per m2", "Minimum charge 2 m2; printed, not appliqued"),
    ("Chafe patch kit (spreaders and stanchions)", "Headsails", 340, "Fitting included at first hoist"),
    ("Sail numbers and class insignia", "All sails", 0, "Included"),
]


def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    for i, (name, rows) in enumerate([("Specifications", XLSX_SPECS), ("Price list 2027", XLSX_PRICES),
                                      ("Options", XLSX_OPTIONS)]):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = name
        ws.append([f"Luffwright Sailmakers - TP52 racing inventory - {name}"])
        ws["A1"].font = Font(bold=True, size=13)
        for r in rows:
            ws.append(list(r))
        for c in ws[2]:
            c.font = Font(bold=True)
        for col in "ABCDEFG":
            ws.column_dimensions[col].width = 26
    wb.save(str(K / "luffwright-tp52-specs-prices-2027.xlsx"))


# ---------------------------------------------------------------- Markdown KB article
MD = """# Ordering, measurement, delivery and payment for a new racing inventory

*Luffwright Sailmakers knowledge base - article KB-114, updated 1 December 2026*

## Order confirmation and payment
- An order is confirmed when we receive the signed quote and a **40% deposit**. The 60% balance is due before
  dispatch; sails are not released until the balance is paid.
- Payment by bank transfer in GBP. Card payments carry a 1.8% surcharge. All prices exclude UK VAT at 20%.
- Quotes are valid until the expiry date shown; after that, list prices of the current price list apply.

## Measurement and design
- Our loft team measures the rig and deck on site before design starts. Measurement is free for boats berthed on
  the Solent; elsewhere on the UK mainland a fixed fee of £650 applies.
- The sail designer sends a design review with a cross-over chart within 10 working days of measurement. Production
  starts when the owner signs off the design.

## Production lead times (from design sign-off)
| Sail type | Lead time |
|---|---|
| Laminate sails (mainsail, J1, J2, J3) | 7 weeks |
| Code Zero | 6 weeks |
| Nylon spinnakers | 4 weeks |
| Sail bags and covers | 3 weeks |

Orders signed off after 1 March fall in the peak season: add 2 weeks to every lead time.

## Delivery and first hoist
- Delivery and first hoist are free for boats berthed on the Solent.
- UK mainland delivery: £240 per consignment.
- EU delivery: £380 per consignment; import duties and local VAT are payable by the buyer.
- The first hoist includes 2 hours on the water with the sail designer and a ShapeScan photo shape check.

## Class certification
Sails are measured and certified by our World Sailing-accredited In-House Certification (IHC) measurer before
dispatch. For TP52 class sails the certification fee is included; for other classes it is £45 per sail.

## On-water trim days
- Trim days (SKU LW-SVC-TRIM) are with a Luffwright sail designer on board, 09:00-17:00, on the Solent.
- Book at least 14 days in advance. A trim day cancelled by the owner less than 72 hours before is charged in full.
- If the forecast is above 30 knots, the day is rescheduled free of charge.
"""


def make_md():
    (K / "kb-ordering-delivery-payment.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_pdf(); make_docx(); make_xlsx(); make_md()
    print("written:", sorted(os.listdir(K)))
