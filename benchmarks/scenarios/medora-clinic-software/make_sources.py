"""Generate the binary knowledge sources of the medora-clinic-software scenario.

Run with: /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from pptx import Presentation
from pptx.util import Inches, Pt as PPt

HERE = Path(__file__).resolve().parent / "knowledge"


def contract() -> None:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("Medora Health Software B.V. – Master Subscription Terms", 0)
    doc.add_paragraph("Version 4.1, effective 1 March 2026. These terms apply to every order form for Medora Practice "
                      "subscriptions and related services. If an order form conflicts with these terms, the order "
                      "form prevails.")
    sections = [
        ("1. Subscription term and renewal", [
            "The initial subscription term is stated in the order form and starts on the go-live date, meaning the "
            "day the first clinic location uses Medora Practice for patient care. If the order form states no term, "
            "the initial term is 12 months.",
            "After the initial term the subscription renews automatically for successive periods of 12 months unless "
            "either party gives written notice of non-renewal at least 90 days before the end of the current term.",
            "Neither party may terminate the subscription for convenience during the initial term.",
        ]),
        ("2. Licences", [
            "Practitioner licences are named licences. A licence may be reassigned to another practitioner once per "
            "calendar quarter.",
            "The customer may add licences, modules and clinic locations at any time. Additions are invoiced pro rata "
            "until the next anniversary of the subscription and then at the annual rate.",
            "The customer may reduce the number of practitioner licences with effect from an anniversary of the "
            "subscription by giving 60 days' written notice, but not below 80% of the number of licences in the "
            "initial order form. Modules licensed per location may be removed for a location with the same notice.",
        ]),
        ("3. Fees, invoicing and payment", [
            "Subscription fees are invoiced annually in advance. One-off services such as data migration and training "
            "are invoiced as stated in the order form.",
            "Invoices are payable within 30 days of the invoice date. Late payments bear statutory commercial interest.",
            "If an invoice is more than 45 days overdue, Medora may suspend access after 14 days' written notice. "
            "Read-only access to clinical records remains available during a suspension so that patient care is not "
            "put at risk.",
            "Prices are fixed for the initial term. After the initial term Medora may increase prices once per year by "
            "up to 5%, with at least 90 days' written notice before the renewal date.",
        ]),
        ("4. Data protection", [
            "For patient and staff personal data the customer is the controller and Medora is the processor. The data "
            "processing agreement in Annex A forms part of these terms and follows Article 28 of the GDPR.",
            "Medora hosts and processes customer data only in the European Union, in the data centres named in the "
            "current platform datasheet. The list of sub-processors is published in the customer portal; Medora gives "
            "30 days' notice of a new sub-processor, and the customer may object on reasonable data-protection grounds.",
            "Medora notifies the customer of a personal data breach without undue delay and in any case within 24 hours "
            "of becoming aware of it, with the information then available.",
        ]),
        ("5. End of subscription, data export and deletion", [
            "Within 30 days after the end of the subscription, the customer may request a full export of its data: "
            "structured data in HL7 FHIR R4 and CSV format and all stored documents in their original format. The "
            "first full export is free of charge; further exports are charged at the daily rate in the price list.",
            "Medora deletes all customer data, including backups, 90 days after the end of the subscription and "
            "confirms the deletion in writing. Legal retention periods for medical records remain the customer's "
            "responsibility.",
        ]),
        ("6. Liability", [
            "The liability of each party, including any cap and its exclusions, is set out in the liability schedule "
            "agreed individually in each order form.",
        ]),
        ("7. Confidentiality", [
            "Each party keeps the other party's confidential information secret during the subscription and for 5 "
            "years after it ends. Patient data remains confidential without time limit.",
        ]),
        ("8. Governing law", [
            "These terms are governed by the laws of the Netherlands. Disputes are submitted to the competent court "
            "in Amsterdam, unless the parties agree on mediation first.",
        ]),
    ]
    for title, paragraphs in sections:
        doc.add_heading(title, level=1)
        for p in paragraphs:
            doc.add_paragraph(p)
    doc.save(HERE / "master-subscription-terms.docx")


def price_list() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Licences and modules"
    rows = [
        ["Medora price list 2026 – licences and modules (EUR, excluding VAT)", None, None, None],
        ["SKU", "Item", "Unit", "List price per month (EUR)"],
        ["MP-CORE", "Medora Core licence", "per practitioner", 79.00],
        ["MP-PLUS", "Medora Plus licence", "per practitioner", 95.00],
        ["MP-TEMP", "Temporary licence for locums (fewer than 20 days a year)", "per practitioner, per month used", 45.00],
        ["MOD-EPRESC", "e-Prescribing module", "per prescriber", 18.00],
        ["MOD-PORTAL", "Patient Portal module", "per clinic location", 150.00],
        ["MOD-BILL", "Billing module", "per clinic location", 110.00],
        ["SLA-PREM", "Premium SLA uplift", "per customer tenant", 300.00],
        ["STOR-100", "Additional document storage", "per 100 GB", 25.00],
        ["SMS", "SMS appointment reminder", "per SMS sent (billed monthly in arrears)", 0.09],
    ]
    for r in rows:
        ws.append(r)
    ws["A1"].font = Font(bold=True, size=12)
    for c in ws[2]:
        c.font = Font(bold=True)
    for col, width in zip("ABCD", (14, 58, 40, 26)):
        ws.column_dimensions[col].width = width

    ws2 = wb.create_sheet("Services")
    rows2 = [
        ["Medora price list 2026 – one-off services (EUR, excluding VAT)", None, None, None],
        ["SKU", "Service", "Unit", "Price (EUR)"],
        ["SVC-MIG", "Data migration from one source system, up to 50,000 patient records", "per source system", 4500.00],
        ["SVC-MIG-XL", "Additional records above 50,000 in one source system", "per additional 25,000 records", 900.00],
        ["SVC-TRAIN", "On-site training day (6 hours, up to 10 participants)", "per day", 950.00],
        ["SVC-TRAIN-R", "Remote training session (3 hours, up to 15 participants)", "per session", 390.00],
        ["SVC-TTT", "Train-the-trainer programme for key users (2 remote sessions + certification)", "per key user", 620.00],
        ["SVC-DAY", "Consulting or additional data export", "per day", 1100.00],
        ["SVC-TRAVEL", "Travel for on-site services outside the Netherlands", "per trip", 280.00],
    ]
    for r in rows2:
        ws2.append(r)
    ws2["A1"].font = Font(bold=True, size=12)
    for c in ws2[2]:
        c.font = Font(bold=True)
    for col, width in zip("ABCD", (14, 76, 30, 14)):
        ws2.column_dimensions[col].width = width

    ws3 = wb.create_sheet("Volume tiers and notes")
    rows3 = [
        ["Volume tier (practitioner licences in one tenant)", "Standard discount on licences"],
        ["1 to 9", "0%"],
        ["10 to 24", "5%"],
        ["25 to 49", "10%"],
        ["50 or more", "12%"],
        [None, None],
        ["Notes", None],
        ["Annual subscription price = list price per month x 12. Annual items are invoiced yearly in advance.", None],
        ["Volume discounts apply to practitioner licences only, not to modules, services or the Premium SLA.", None],
        ["Email appointment reminders are included in all plans; SMS reminders are charged per message.", None],
        ["Additional storage is billed monthly once pooled storage exceeds the included amount.", None],
        ["Prices valid for orders signed between 1 January and 31 December 2026.", None],
    ]
    for r in rows3:
        ws3.append(r)
    for c in ws3[1]:
        c.font = Font(bold=True)
    ws3["A7"].font = Font(bold=True)
    ws3.column_dimensions["A"].width = 100
    ws3.column_dimensions["B"].width = 30
    wb.save(HERE / "price-list-2026.xlsx")


def deck() -> None:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    slides = [
        ("Implementation, data migration and training",
         ["How Medora takes a clinic group from signature to go-live",
          "Medora Implementation team – onboarding pack 2026"]),
        ("Project phases",
         ["1. Kick-off (week 1): project plan, named contacts, access to the old systems",
          "2. Configuration (weeks 2-4): locations, opening hours, treatment types, price lists, templates",
          "3. Data migration (weeks 3-8): test migration, customer validation, final migration",
          "4. Training (weeks 6-10): key users first, then all staff",
          "5. Go-live and hypercare: 4 weeks of hypercare after the go-live of each location",
          "Typical duration for a multi-site group: 8 to 12 weeks from kick-off to the last go-live; a single "
          "location usually takes 4 to 6 weeks."]),
        ("What we migrate",
         ["Patient demographics and contact details",
          "Future appointments and the last 24 months of appointment history",
          "Clinical notes and letters (imported as searchable PDF documents attached to the patient record)",
          "Open invoices and account balances (Billing module)",
          "Not migrated: audit logs and user accounts of the old system; closed invoices older than 24 months "
          "are delivered as a CSV archive"]),
        ("How a migration runs",
         ["Supported inputs: CSV or Excel exports, HL7 v2 or FHIR exports, and database exports from common "
          "practice systems after assessment",
          "A test migration is delivered first; the clinic checks a sample of at least 50 patient records and "
          "signs off",
          "Final migration: the old system is frozen for data entry for up to 48 hours, usually over a weekend",
          "Migration price covers one source system with up to 50,000 patient records; each further 25,000 "
          "records are quoted separately",
          "Migration files are exchanged only through our encrypted transfer portal, never by e-mail"]),
        ("Training",
         ["On-site training day: 6 hours, up to 10 participants per day, at one of your locations",
          "Remote sessions: 3 hours, up to 15 participants",
          "Recommended plan: 1 on-site day per location plus 1 day for key users and administrators",
          "Medora Academy: e-learning with more than 40 short modules, included free for all users",
          "Training takes place no earlier than 3 weeks before go-live so that staff remember what they learned"]),
        ("What we need from you",
         ["A project lead with decision authority and about 1 day per week during the project",
          "One key user per location, about 2 days per week in the configuration and training phases",
          "Exports of the old systems and permission from their vendors where required",
          "Working Wi-Fi and devices that meet the browser requirements at each location before training"]),
    ]
    layout = prs.slide_layouts[1]
    for i, (title, bullets) in enumerate(slides):
        slide = prs.slides.add_slide(prs.slide_layouts[0] if i == 0 else layout)
        slide.shapes.title.text = title
        body = slide.placeholders[1]
        if i != 0:
            body.left, body.top, body.width, body.height = Inches(0.6), Inches(1.5), Inches(12.1), Inches(5.6)
        tf = body.text_frame
        tf.text = bullets[0]
        for b in bullets[1:]:
            tf.add_paragraph().text = b
        for p in tf.paragraphs:
            for r in p.runs:
                r.font.size = PPt(18 if i else 24)
    prs.save(HERE / "implementation-and-training.pptx")


if __name__ == "__main__":
    contract()
    price_list()
    deck()
    print("written to", HERE)
