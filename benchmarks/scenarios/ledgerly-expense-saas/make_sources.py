"""Generate the binary knowledge sources of the ledgerly-expense-saas scenario.

Run with: /work/main/.venv/bin/python make_sources.py   (from this folder or anywhere)
Writes knowledge/plans-and-pricing.xlsx, knowledge/subscription-terms-summary.docx and
knowledge/onboarding-packages.pptx.
"""
from pathlib import Path

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Font
from pptx import Presentation
from pptx.util import Inches, Pt

HERE = Path(__file__).resolve().parent
KNOW = HERE / "knowledge"


def make_xlsx() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Plans"
    rows = [
        ["Ledgerly price list (GBP), valid from 1 September 2026", "", "", ""],
        ["Feature", "Team", "Business", "Enterprise"],
        ["Price per user per month, billed annually", "£8.00", "£14.00", "from £22.00 (custom quote)"],
        ["Price per user per month, billed monthly", "£10.00", "£17.00", "not available"],
        ["Minimum users", "3", "10", "250"],
        ["Maximum users", "50", "no maximum", "no maximum"],
        ["Legal entities included", "1", "up to 5", "no limit"],
        ["Physical cards", "£5.00 per card", "£5.00 per card", "200 cards included, then £5.00 per card"],
        ["Virtual cards", "included, up to 10 active per user", "included, up to 10 active per user",
         "included, up to 10 active per user"],
        ["Standard receipt OCR", "included", "included", "included"],
        ["Receipt OCR Plus", "not available", "add-on, £2.00 per user per month", "included"],
        ["Approval workflows", "single step", "up to 5 approval levels", "conditional rules"],
        ["Accounting integrations", "Xero, QuickBooks Online", "Xero, QuickBooks Online, Sage Intacct, NetSuite",
         "all Business integrations plus Dynamics 365 Business Central and SAP (SFTP export)"],
        ["SSO (SAML 2.0)", "not available", "included", "included"],
        ["SCIM provisioning", "not available", "add-on, £2,400.00 per year", "included"],
        ["Data residency (UK-only or EU-only)", "not available", "add-on, £3,600.00 per year", "included"],
        ["Support", "Standard (Priority add-on available)", "Standard (Priority or Premier add-on available)",
         "Priority included (Premier add-on available)"],
        ["Uptime SLA", "99.5% target, no service credits", "99.9% with service credits", "99.9% with service credits"],
        ["Audit log retention", "1 year", "3 years", "7 years"],
    ]
    for r in rows:
        ws.append(r)
    ws["A1"].font = Font(bold=True, size=13)
    for c in ws[2]:
        c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 44
    for col in "BCD":
        ws.column_dimensions[col].width = 40

    ws2 = wb.create_sheet("Add-ons and services")
    ws2.append(["SKU", "Item", "List price (GBP)", "Unit", "Available on", "Notes"])
    for c in ws2[1]:
        c.font = Font(bold=True)
    addons = [
        ["LDG-OCR-PLUS", "Receipt OCR Plus", "£2.00", "per user per month, billed with the plan", "Business",
         "Line items, VAT extraction, multi-page invoices, duplicate detection. Included in Enterprise."],
        ["LDG-SCIM", "SCIM provisioning", "£2,400.00", "per year", "Business", "Included in Enterprise."],
        ["LDG-RES-UK", "UK data residency", "£3,600.00", "per year", "Business",
         "All data at rest in AWS London only. Included in Enterprise."],
        ["LDG-RES-EU", "EU data residency", "£3,600.00", "per year", "Business",
         "All data at rest in AWS Frankfurt only. Included in Enterprise."],
        ["LDG-SUP-PRI", "Priority Support", "£4,800.00", "per year", "Team, Business", "Included in Enterprise."],
        ["LDG-SUP-PREM", "Premier Support", "12% of annual subscription fees, minimum £12,000.00", "per year",
         "Business, Enterprise", "Named Technical Account Manager, quarterly business reviews."],
        ["LDG-CARD-PHY", "Physical card issuance", "£5.00", "per card, one-off", "all plans",
         "Replacement cards for lost, stolen or damaged cards are also £5.00 each."],
        ["LDG-CARD-EXP", "Expedited UK card delivery", "£15.00", "per card", "all plans",
         "Next business day when ordered before 14:00."],
        ["LDG-ENT-ADD", "Additional legal entity", "£1,200.00", "per entity per year", "Business",
         "For a sixth and any further entity on the Business plan."],
        ["LDG-ONB-ESS", "Essentials Onboarding", "£1,500.00", "one-off", "Team, Business", "See onboarding deck."],
        ["LDG-ONB-PRO", "Professional Onboarding", "£6,500.00", "one-off", "Business, Enterprise",
         "See onboarding deck."],
        ["LDG-ONB-ENT", "Enterprise Onboarding", "£14,000.00", "one-off", "Enterprise", "See onboarding deck."],
        ["LDG-TRN-ADD", "Additional admin training session (remote, 2 hours)", "£450.00", "per session",
         "all plans", ""],
    ]
    for r in addons:
        ws2.append(r)
    for col, w in zip("ABCDEF", (16, 44, 30, 36, 20, 70)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Billing notes")
    ws3.append(["Billing and tax notes"])
    ws3["A1"].font = Font(bold=True)
    notes = [
        "All prices are in GBP and exclude VAT. VAT is charged at the prevailing UK rate (currently 20%) on invoices "
        "to UK customers.",
        "Business customers in the EU with a valid VAT number are invoiced without VAT under the reverse-charge "
        "mechanism; customers outside the UK and EU are invoiced without VAT.",
        "Annual billing: the subscription is invoiced annually in advance and invoices are payable by bank transfer "
        "within 30 days.",
        "Monthly billing: available on the Team and Business plans only; charged monthly in advance by Direct Debit "
        "or company card.",
        "Seats added during an annual term are pro-rated to the end of the current term and invoiced at the next "
        "quarterly true-up.",
        "Seat reductions take effect at renewal only.",
        "Plan upgrades (for example Team to Business) take effect immediately and are pro-rated; downgrades take "
        "effect at renewal.",
        "A customer can move from monthly to annual billing at any time; a move from annual to monthly billing is "
        "possible at renewal only.",
        "One-off items (card issuance, onboarding packages, training sessions) are invoiced on signature of the "
        "Order Form.",
        "This price list replaces all earlier price lists from 1 September 2026.",
    ]
    for n in notes:
        ws3.append([n])
    ws3.column_dimensions["A"].width = 140
    wb.save(KNOW / "plans-and-pricing.xlsx")


def make_docx() -> None:
    d = Document()
    d.add_heading("Ledgerly Subscription Terms: Summary for Customers", level=0)
    d.add_paragraph(
        "This summary explains the main commercial terms of the Ledgerly Master Subscription Agreement (MSA), "
        "version 4.2 (September 2026). It is provided for convenience. If anything in this summary differs from the "
        "MSA or from a signed Order Form, the Order Form prevails over the MSA, and the MSA prevails over this summary. "
        "This summary does not cover every provision of the MSA.")
    sections = [
        ("1. Term and renewal", [
            "The Initial Term is stated in the Order Form; if no term is stated it is 12 months. The Initial Term starts "
            "on the Go-Live Date or 30 days after the Order Form is signed, whichever is earlier.",
            "At the end of the Initial Term the subscription renews automatically for successive periods of 12 months, "
            "unless either party gives written notice of non-renewal at least 60 days before the end of the current "
            "term.",
        ]),
        ("2. Fees and price changes at renewal", [
            "Fees are fixed for the Initial Term. Ledgerly may change fees for a renewal term by giving written notice "
            "at least 90 days before the renewal date.",
            "For the same plan, add-ons and number of seats, any increase at renewal is capped at 7% of the fees for the "
            "expiring term. The cap does not apply where the customer changes plan or adds new add-ons.",
        ]),
        ("3. Invoicing and payment", [
            "Subscription fees are invoiced annually in advance, and one-off fees on signature of the Order Form. "
            "Invoices are payable by bank transfer within 30 days of the invoice date.",
            "Undisputed amounts that are paid late bear interest at 4% per year above the Bank of England base rate. "
            "If an invoice is more than 30 days overdue, Ledgerly may suspend the service after giving 10 days' "
            "written notice. Card spend already authorised is not affected by a suspension.",
            "A customer who disputes an invoice in good faith must tell Ledgerly within 15 days of the invoice date "
            "and pay the undisputed part.",
        ]),
        ("4. Seats", [
            "A seat is a named user with an active account. Deactivating a user frees the seat for another employee.",
            "Seats added during the term are co-terminous with the subscription and pro-rated. Usage is reviewed every "
            "quarter (the quarterly true-up) and any extra seats are invoiced then.",
            "The number of seats can only be reduced at renewal, by written notice given within the same 60-day notice "
            "period as non-renewal.",
        ]),
        ("5. Monthly plans", [
            "Subscriptions billed monthly can be cancelled at any time; cancellation takes effect at the end of the "
            "current month and no refund is given for part of a month.",
        ]),
        ("6. Data protection", [
            "Ledgerly acts as processor of the expense and employee data the customer puts into the service, under UK "
            "GDPR and the Data Processing Agreement (DPA), which forms part of the MSA.",
            "The list of sub-processors is published on the Ledgerly trust centre. Ledgerly gives 30 days' notice "
            "before adding a new sub-processor, and the customer may object on reasonable data protection grounds.",
        ]),
        ("7. Card programme", [
            "Cards are issued by Northgate Payments Ltd under its cardholder terms, which the customer accepts when it "
            "activates the card programme. The customer is responsible for funding its card balance and for the spend "
            "controls it sets.",
        ]),
        ("8. Termination", [
            "Either party may terminate the MSA if the other party commits a material breach that is not remedied "
            "within 30 days of written notice, or becomes insolvent.",
            "An annual subscription cannot be terminated for convenience during a term; the fees for the remainder of "
            "the term remain payable.",
        ]),
        ("9. Data export and deletion", [
            "Customers can export their data at any time from the admin console: expense records in CSV and JSON, and "
            "receipt images as a ZIP archive.",
            "After the subscription ends, the account stays available in read-only mode for 30 days so that the "
            "customer can export its data. Ledgerly then deletes the customer's data within 90 days, except where "
            "the law requires Ledgerly to keep it.",
        ]),
        ("10. Governing law", [
            "The MSA is governed by the law of England and Wales, and the courts of England have exclusive "
            "jurisdiction.",
        ]),
    ]
    for title, paras in sections:
        d.add_heading(title, level=1)
        for p in paras:
            d.add_paragraph(p)
    d.save(KNOW / "subscription-terms-summary.docx")


def make_pptx() -> None:
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)

    def slide(title: str, bullets: list[str]) -> None:
        s = prs.slides.add_slide(prs.slide_layouts[1])
        s.shapes.title.text = title
        body = s.placeholders[1]
        body.left, body.top, body.width, body.height = Inches(0.6), Inches(1.5), Inches(12.1), Inches(5.6)
        tf = body.text_frame
        tf.clear()
        for i, b in enumerate(bullets):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            p.text = b
            p.font.size = Pt(16)

    t = prs.slides.add_slide(prs.slide_layouts[0])
    t.shapes.title.text = "Ledgerly Onboarding Packages 2026"
    t.placeholders[1].text = "From signature to go-live: what each package includes, how long it takes, and what we need from you"

    slide("Three packages", [
        "Essentials: £1,500 one-off. Guided self-serve set-up for smaller teams.",
        "Professional: £6,500 one-off. A named implementation manager runs the project with you.",
        "Enterprise: £14,000 one-off. For multi-entity groups and ERP integrations.",
        "All packages are delivered remotely unless stated otherwise.",
        "Packages must be used within 6 months of the Order Form date; unused sessions are not refunded.",
    ])
    slide("Essentials", [
        "Typical duration: 2 weeks.",
        "Onboarding specialist available by email and chat during set-up.",
        "2 live training webinars for admins and approvers.",
        "The customer connects its accounting system using our guided checklist.",
        "1 legal entity.",
    ])
    slide("Professional", [
        "Typical duration: 8 weeks from the kick-off call to go-live.",
        "Named implementation manager and a fortnightly steering call.",
        "We configure 1 accounting integration and 1 HR system sync, and set up up to 3 legal entities.",
        "Card programme set-up, including spend policies and one bulk order of physical cards.",
        "SSO and SCIM configuration session with your IT team.",
        "4 admin training sessions (remote, 2 hours each) and an employee launch kit (short videos, email templates, FAQ).",
        "Hypercare: 30 days of daily check-ins after go-live.",
    ])
    slide("Enterprise", [
        "Typical duration: 12 weeks.",
        "Up to 15 legal entities and conditional approval rules.",
        "ERP integration with Dynamics 365 Business Central or SAP (SFTP export), including mapping workshops.",
        "One on-site training day at a UK office.",
        "Hypercare: 60 days after go-live.",
    ])
    slide("Professional timeline, week by week", [
        "Weeks 1-2: discovery and design (policies, approval chains, chart of accounts, projects and cost centres).",
        "Weeks 3-5: configuration, accounting and HR integrations, SSO and SCIM.",
        "Week 6: pilot with 20 to 50 users, usually the finance team and one project team.",
        "Week 7: admin and approver training; physical cards ordered for go-live.",
        "Week 8: go-live for all users, then hypercare.",
    ])
    slide("What we need from you", [
        "A project lead available about 1 day per week, and a finance admin who owns expense policy decisions.",
        "An IT contact for SSO, SCIM and the mobile app roll-out.",
        "Access to the accounting system (sandbox first, where available) and an up-to-date chart of accounts.",
        "Durations are estimates; they depend on the customer's availability and on decisions being made on time.",
    ])
    slide("Extras", [
        "Additional admin training session (remote, 2 hours): £450.",
        "On-site sessions outside the UK: travel and accommodation are billed at cost.",
        "Historical expense data import: up to 24 months of records from a CSV template, included in Professional and Enterprise.",
    ])
    prs.save(KNOW / "onboarding-packages.pptx")


if __name__ == "__main__":
    KNOW.mkdir(exist_ok=True)
    make_xlsx()
    make_docx()
    make_pptx()
    print("written:", sorted(p.name for p in KNOW.iterdir()))
