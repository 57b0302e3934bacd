"""Generate the binary knowledge sources of the kestrel-packaging-machines scenario.

Run with: /work/main/.venv/bin/python make_sources.py  (from this folder)
"""
from pathlib import Path

import docx
import openpyxl
from openpyxl.styles import Font
from pptx import Presentation
from pptx.util import Pt

HERE = Path(__file__).resolve().parent / "knowledge"

TERMS = [
    ("1. Scope", [
        "These General Terms of Sale and Delivery apply to all offers, order confirmations and deliveries of machines, "
        "options and services by Kestrel Packaging Machines GmbH, Bielefeld (\"Kestrel\"). Terms of the buyer apply only "
        "where Kestrel has accepted them in writing. Individual agreements in the purchase contract take precedence over "
        "these terms.",
    ]),
    ("2. Offers and prices", [
        "Offers are valid for 60 days from their date unless the offer states another expiry date. A contract is "
        "concluded with Kestrel's written order confirmation, which Kestrel issues within 5 business days of receiving "
        "the signed order.",
        "Prices are in euros (EUR) and exclude value added tax, which is added at the statutory rate. Prices include "
        "packing for road transport; seaworthy packing is charged separately.",
    ]),
    ("3. Payment", [
        "Unless the offer states otherwise, machines are paid in three instalments: 30% of the order value as a down "
        "payment with the order, 60% after the successful Factory Acceptance Test (FAT) and before shipment, and 10% "
        "after the successful Site Acceptance Test (SAT).",
        "If the SAT is delayed for reasons not attributable to Kestrel, the last instalment of 10% becomes due no later "
        "than 90 days after delivery.",
        "Invoices are payable within 30 days of the invoice date without deduction. The down payment invoice is payable "
        "within 14 days of the order confirmation. On request, and at the buyer's cost, Kestrel provides a down payment "
        "guarantee from its bank.",
        "For late payment Kestrel charges interest of 9 percentage points above the base rate of the Deutsche Bundesbank.",
    ]),
    ("4. Delivery", [
        "Deliveries are made FCA Bielefeld (Incoterms 2020) unless otherwise agreed. Transport to the buyer's site, "
        "transport insurance and unloading can be organised by Kestrel on request and are charged at cost.",
        "Delivery times stated in offers and order confirmations are estimates. They are binding only if Kestrel has "
        "expressly confirmed them in writing as binding. Delivery times start when all technical details have been "
        "agreed (design freeze) and the down payment has been received.",
        "Partial deliveries are allowed where the machines of a line can be installed separately.",
    ]),
    ("5. Retention of title", [
        "The goods remain the property of Kestrel until the order value has been paid in full.",
    ]),
    ("6. Acceptance", [
        "Every machine is tested at Kestrel's factory in a Factory Acceptance Test (FAT) with the buyer's original "
        "packaging material and product before shipment. The buyer may attend the FAT; the results are recorded in a "
        "protocol signed by both parties.",
        "After installation, the Site Acceptance Test (SAT) takes place at the buyer's site. The SAT is passed when the "
        "line runs at the output agreed in the order confirmation for a continuous run of 4 hours with a machine "
        "efficiency of at least 97%, counting only stops caused by Kestrel equipment.",
        "If the SAT cannot take place within 8 weeks after installation has been completed, for reasons attributable to "
        "the buyer, the machines are deemed accepted. Productive use of the machines also counts as acceptance.",
    ]),
    ("7. Warranty", [
        "The warranty period and the warranty conditions are described in the document \"Kestrel Service: warranty, "
        "remote service and spare parts\", which forms part of these terms. Kestrel remedies defects by repair or "
        "replacement at its choice.",
    ]),
    ("8. Liability", [
        "The limitation of Kestrel's liability and any liquidated damages for delay are agreed individually in the "
        "purchase contract for each project. Nothing in these terms limits liability for intent or for injury to life, "
        "body or health.",
    ]),
    ("9. Cancellation by the buyer", [
        "If the buyer cancels an order after the order confirmation and before production has started, Kestrel charges a "
        "cancellation fee of 15% of the order value. After the start of production, the buyer pays the costs incurred "
        "by Kestrel up to the date of cancellation, and at least 40% of the order value.",
    ]),
    ("10. Software", [
        "The buyer receives a non-exclusive, non-transferable licence to use the PLC and HMI software on the machine it "
        "was delivered with. The PLC program is delivered with the machine documentation; function blocks protected by "
        "Kestrel's know-how protection are not disclosed.",
    ]),
    ("11. Documentation", [
        "Operating manuals are supplied in the official EU language of the country of installation and in English. "
        "Electrical drawings are supplied in English.",
    ]),
    ("12. Governing law and jurisdiction", [
        "The contract is governed by German law, excluding the UN Convention on Contracts for the International Sale of "
        "Goods (CISG). The place of jurisdiction is Bielefeld, Germany.",
    ]),
]


def make_docx() -> None:
    d = docx.Document()
    d.add_heading("Kestrel Packaging Machines GmbH", level=0)
    d.add_paragraph("General Terms of Sale and Delivery for Machines, edition January 2026")
    for heading, paragraphs in TERMS:
        d.add_heading(heading, level=1)
        for p in paragraphs:
            d.add_paragraph(p)
    d.save(HERE / "general-terms-of-sale.docx")


OPTIONS = [
    ("SKU", "Description", "Unit", "List price EUR", "Lead time", "Notes"),
    ("FCP-KC", "Format change parts set, KC cartoner", "per format", "14,800.00", "10 weeks",
     "Needs a carton drawing and 200 sample blanks per format"),
    ("FCP-KP", "Format change parts set, KP case packer", "per format", "9,600.00", "8 weeks",
     "Needs a case drawing and 100 sample blanks per format"),
    ("PAT-SET", "Pallet pattern set-up by a Kestrel engineer (remote)", "per pattern", "650.00", "1 week",
     "Patterns can also be created by the customer on the HMI at no cost"),
    ("SLS-PAL", "Slip-sheet dispenser for KL-PAL", "each", "18,500.00", "12 weeks",
     "Holds up to 300 slip sheets; retrofit possible"),
    ("KRS-PLUS", "Kestrel Remote Service Plus", "per line per year", "7,200.00", "-",
     "Minimum term 12 months; billed annually in advance"),
    ("SPK-2Y", "Spare-parts kit \"2-year recommended\"", "per line", "23,400.00", "6 weeks",
     "Sized for two-shift operation; contents on sheet Kit contents"),
    ("SPK-COM", "Commissioning kit", "per machine", "included", "-", "Delivered with every machine"),
    ("TRN-OP", "Operator training on site", "per day", "1,950.00", "-",
     "One trainer; up to 6 participants per day"),
    ("TRN-MNT", "Maintenance training at the Kestrel Academy, Bielefeld (3 days)", "per participant", "2,250.00", "-",
     "Mechanical and electrical maintenance; travel and hotel not included"),
    ("EXT-WAR", "Extended warranty, 12 additional months", "per machine", "3.5% of the machine net price", "-",
     "Must be ordered before the SAT"),
    ("OEE-DASH", "Line OEE dashboard, on-premise software licence", "per line", "4,900.00", "4 weeks",
     "Runs on a customer server; reads the machines through OPC UA"),
]

KIT = [
    ("SPK-2Y item", "Quantity per line"),
    ("Vacuum suction cups, carton erecting", 60),
    ("Hot-melt glue nozzles", 8),
    ("Timing belts, carton and case transport", 6),
    ("Cutting knives, case packer", 4),
    ("Gripper pads, palletiser (share per line)", 10),
    ("Proximity sensors", 6),
    ("Photoelectric sensors", 4),
    ("Pneumatic valve set", 2),
    ("Servo motor, carton infeed", 1),
]


def make_xlsx() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Options 2026"
    ws.append(["Kestrel options and spare-parts price list 2026. Prices in EUR, excluding VAT, valid 1 January to 31 December 2026."])
    ws.append([])
    for row in OPTIONS:
        ws.append(list(row))
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for col, width in zip("ABCDEF", (12, 58, 18, 28, 12, 62)):
        ws.column_dimensions[col].width = width
    ks = wb.create_sheet("Kit contents")
    for row in KIT:
        ks.append(list(row))
    for cell in ks[1]:
        cell.font = Font(bold=True)
    ks.column_dimensions["A"].width = 48
    ks.column_dimensions["B"].width = 20
    wb.save(HERE / "options-and-spares-pricelist.xlsx")


SLIDES = [
    ("From order to production", [
        "How Kestrel runs a packaging line project",
        "Kestrel Packaging Machines GmbH, Projects department",
    ]),
    ("Project timeline", [
        "Order confirmation: within 5 business days of the signed order",
        "Design freeze meeting: by week 4 after order confirmation; layout, formats and interfaces are fixed",
        "Cartoner and case packer lines: 26 to 30 weeks from design freeze to FAT",
        "KL-PAL palletiser: 22 weeks from design freeze to FAT",
        "Shipment: within 2 weeks after a successful FAT",
        "Installation and commissioning: 3 weeks on site per line",
    ]),
    ("Factory Acceptance Test (FAT)", [
        "Held at our factory in Bielefeld, 2 days per machine",
        "Up to 4 people from the buyer may attend; their travel and accommodation are at the buyer's cost",
        "The buyer sends 3,000 carton blanks per format and enough product for a 2-hour run per format",
        "Material must arrive in Bielefeld 3 weeks before the FAT date",
        "Result: a FAT protocol signed by both parties, with an open-points list",
    ]),
    ("Before we arrive on site", [
        "Floor: level within 5 mm over 3 m, able to carry 1,000 kg/m2",
        "Power: 400 V, 3-phase, 50 Hz, supplied to each main cabinet",
        "Compressed air: 6 bar, dry and oil-free, to each machine",
        "Unloading: the buyer provides the forklift or crane and its driver; a Kestrel rigging supervisor directs the positioning",
        "Network: one machine network port per line if the OPC UA interface is used",
    ]),
    ("Installation and commissioning", [
        "Kestrel team per line: 2 mechanical technicians and 1 electrical and software engineer",
        "Working hours on site: Monday to Friday, 07:00 to 17:00",
        "Weekend work on request, charged with the field service surcharges",
        "Commissioning ends with the Site Acceptance Test (SAT) as set out in the General Terms of Sale",
    ]),
    ("Training", [
        "Operator training takes place on site during commissioning, on the buyer's own line",
        "Up to 6 participants per training day; each participant receives a Kestrel certificate",
        "Maintenance training is held at the Kestrel Academy in Bielefeld (3-day course)",
        "Training material in English, German, French, Dutch, Spanish and Polish",
    ]),
    ("Handover", [
        "Documentation in digital form on the Kestrel customer portal",
        "CE declaration of conformity for each machine",
        "KRS Basic remote service starts with the signed SAT",
    ]),
]


def make_pptx() -> None:
    prs = Presentation()
    title_layout, body_layout = prs.slide_layouts[0], prs.slide_layouts[1]
    title, sub = SLIDES[0]
    s = prs.slides.add_slide(title_layout)
    s.shapes.title.text = title
    s.placeholders[1].text = "\n".join(sub)
    for title, bullets in SLIDES[1:]:
        s = prs.slides.add_slide(body_layout)
        s.shapes.title.text = title
        tf = s.placeholders[1].text_frame
        tf.text = bullets[0]
        for b in bullets[1:]:
            tf.add_paragraph().text = b
        for p in tf.paragraphs:
            for r in p.runs:
                r.font.size = Pt(16)
    prs.save(HERE / "project-execution.pptx")


if __name__ == "__main__":
    make_docx()
    make_xlsx()
    make_pptx()
    print("written:", sorted(p.name for p in HERE.iterdir()))
