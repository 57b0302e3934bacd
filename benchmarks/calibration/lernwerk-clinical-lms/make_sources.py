"""Generate the knowledge sources of the lernwerk-clinical-lms scenario.

Run with a Python that has python-docx and openpyxl; reportlab may come from a scratch folder:
    PYTHONPATH=/tmp/rl_scratch /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

K = Path(__file__).resolve().parent / "knowledge"
K.mkdir(exist_ok=True)


# --------------------------------------------------------------------------- DOCX: SLA and support policy
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Lernwerk Campus – Service Level Agreement and Support Policy", 0)
    d.add_paragraph("Version 4.2, effective 1 January 2025. Lernwerk Clinical GmbH, Leopoldstraße 112, 80802 München. "
                    "This SLA applies to all Lernwerk Campus subscriptions (Enterprise edition) and forms part of every "
                    "order form that references it.")

    d.add_heading("1. Availability commitment", 1)
    d.add_paragraph("Lernwerk commits to a monthly availability of 99.7% for the learner portal, the administration "
                    "console and the mobile app API, measured per calendar month by an external monitoring service "
                    "polling every 60 seconds from two locations. Planned maintenance and the exclusions in section 3 "
                    "do not count as unavailability.")
    d.add_paragraph("Planned maintenance takes place on Sundays between 02:00 and 06:00 CET and is announced at least "
                    "5 working days in advance in the administration console and by e-mail to the named admin "
                    "contacts. Planned maintenance will not exceed 8 hours per calendar month. Emergency maintenance "
                    "(for example a critical security patch) may be carried out at any time with at least 2 hours' "
                    "notice; it counts as unavailability if it exceeds 60 minutes in a month.")

    d.add_heading("2. Service credits", 1)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Monthly availability achieved"
    t.rows[0].cells[1].text = "Service credit (share of the monthly subscription fee)"
    for a, b in [("99.0% to below 99.7%", "5%"), ("97.5% to below 99.0%", "10%"), ("below 97.5%", "20%")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_paragraph("Service credits are capped at 20% of the monthly subscription fee for the affected month. The "
                    "monthly subscription fee is one twelfth of the annual platform and content licence fees; Premium "
                    "Support fees and one-off services are not included in the calculation. Credits must be claimed in "
                    "writing within 30 days after the end of the affected month and are set off against the next "
                    "annual invoice; they are not paid out in cash. Service credits are the sole and exclusive remedy "
                    "for failure to meet the availability commitment.")

    d.add_heading("3. Exclusions", 1)
    for s in ["outages of the customer's identity provider, network or HR system, including failed SSO log-ins caused "
              "by expired certificates on the customer side;",
              "force majeure events as defined in the Lernwerk General Terms 2025;",
              "outages of third-party content hosted by another provider and linked from Lernwerk Campus;",
              "features marked 'beta' or 'preview' in the administration console;",
              "suspension of the service because of unpaid invoices more than 45 days overdue."]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("4. Support tiers", 1)
    d.add_paragraph("Standard Support is included in every subscription: service desk Monday to Friday 08:00–18:00 CET "
                    "(excluding Bavarian public holidays), by e-mail and through the support portal, for up to 3 named "
                    "admin contacts. Premium Support (SKU LWC-SUP-PREM) adds a 24/7 phone hotline for P1 incidents, up "
                    "to 6 named admin contacts, a named Customer Success Manager, a quarterly service review with "
                    "usage and completion reporting, and one health check of the configuration per contract year.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Priority", "First response – Standard", "First response – Premium"]):
        t.rows[0].cells[i].text = h
    for row in [("P1 – critical: platform unavailable or no user can log in", "4 hours", "30 minutes"),
                ("P2 – high: a core function (course launch, completion tracking, reporting) fails for many users",
                 "8 business hours", "2 hours"),
                ("P3 – medium: a function fails for individual users or a workaround exists", "2 business days",
                 "1 business day"),
                ("P4 – low: questions, configuration requests, cosmetic issues", "5 business days",
                 "3 business days")]:
        r = t.add_row().cells
        for i, v in enumerate(row):
            r[i].text = v
    d.add_paragraph("Response times for P1 under Premium Support apply around the clock; all other response times run "
                    "within service desk hours only. The priority is set by the customer when the ticket is opened and "
                    "may be adjusted by Lernwerk with a written justification.")

    d.add_heading("5. Backup and recovery", 1)
    d.add_paragraph("Customer data is backed up every 4 hours and backups are retained for 35 days. In a disaster "
                    "the recovery point objective (RPO) is 4 hours and the recovery time objective (RTO) is 12 hours; "
                    "recovery is to the secondary data centre in Amsterdam. A restore of individual records at the "
                    "customer's request (for example an accidentally deleted course) is free of charge twice per "
                    "contract year and charged as half a consultant day thereafter.")

    d.add_heading("6. Escalation", 1)
    d.add_paragraph("If a P1 or P2 incident is not resolved within 8 hours, the customer may escalate to the Head of "
                    "Customer Operations; after 24 hours, to the Managing Director of Lernwerk Clinical GmbH. Each "
                    "P1 incident receives a written root-cause report within 5 working days.")
    d.save(K / "sla-support-policy.docx")


# --------------------------------------------------------------------------- PDF: implementation guide
def make_pdf():
    ss = getSampleStyleSheet()
    h1, h2, p = ss["Title"], ss["Heading2"], ss["BodyText"]
    doc = SimpleDocTemplate(str(K / "implementation-guide.pdf"), pagesize=A4, title="Lernwerk Campus Implementation "
                            "and Integration Guide", leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    s = [Paragraph("Lernwerk Campus – Implementation and Integration Guide", h1),
         Paragraph("Edition 2025-1. Applies to implementation services (LWC-SVC-IMPL), the identity connector "
                   "(LWC-INT-IDP), the HR data connector (LWC-INT-HRC) and train-the-trainer workshops (LWC-SVC-TTT).",
                   p),
         Paragraph("1. Project phases and timeline", h2),
         Paragraph("A typical implementation takes 12 weeks from the kick-off meeting to go-live for organisations "
                   "with up to 10,000 users. Larger organisations or multi-tenant set-ups are planned individually. "
                   "Hypercare runs for 30 days after go-live, during which P2 tickets are handled with P1 response "
                   "times.", p)]
    tbl = Table([["Phase", "Weeks", "Main deliverables"],
                 ["1 Discovery", "1–2", "Project plan, role model, org-unit structure, data migration scope"],
                 ["2 Configuration & integration", "3–7", "Tenant set-up, SSO, SCIM, HR data connector, branding"],
                 ["3 Content & migration", "6–9", "Curricula, assignment rules, import of completion history"],
                 ["4 Pilot", "9–10", "Pilot with 1 department (50–300 users), sign-off checklist"],
                 ["5 Go-live & hypercare", "11–12", "Roll-out, admin handover, 30-day hypercare"]],
                colWidths=[140, 50, 300])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                             ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    s += [tbl, Spacer(1, 8),
          Paragraph("2. Single sign-on and provisioning (LWC-INT-IDP)", h2),
          Paragraph("Lernwerk Campus supports single sign-on via SAML 2.0 and OpenID Connect. Tested identity providers "
                    "are Microsoft Entra ID, ADFS 2019 or later, Okta and Keycloak 21 or later. User provisioning and "
                    "deprovisioning use SCIM 2.0; a deprovisioned user is deactivated within 15 minutes and no longer "
                    "counts as an active user from the following month. Multi-factor authentication is enforced by the "
                    "customer's identity provider, not by Lernwerk.", p),
          Paragraph("The identity connector package includes connection of up to 2 identity providers, mapping of up "
                    "to 25 user attributes, 3 test cycles in the staging tenant and the production switch-over. Each "
                    "additional identity provider costs EUR 2,400 (one-off). Certificates must be renewed by the "
                    "customer; Lernwerk sends a reminder 30 days before a SAML signing certificate expires.", p),
          Paragraph("3. HR data connector (LWC-INT-HRC)", h2),
          Paragraph("The HR data connector imports employees, org units, job codes, cost centres and entry/exit dates "
                    "from SAP HCM or SAP SuccessFactors as a daily delta file via SFTP (CSV, UTF-8). Assignment rules "
                    "use job codes and org units, so that a new nurse automatically receives the mandatory curriculum "
                    "of their ward on the day after the HR record is created. The standard mapping covers up to 40 "
                    "fields; custom field mapping beyond 40 fields is charged as consultant days. Other HR systems "
                    "can be connected through the same CSV format if the customer produces the file.", p),
          Paragraph("4. Consultant days (LWC-SVC-IMPL)", h2),
          Paragraph("A consultant day is 8 hours of work by a Lernwerk implementation consultant, remote or on site, "
                    "and may be split into half days. Travel for on-site days within Germany is charged as a flat fee "
                    "of EUR 320 per on-site day; outside Germany travel is charged at cost. Days scheduled in the "
                    "project plan and cancelled by the customer less than 10 working days in advance are charged at "
                    "50% of the day rate; less than 2 working days in advance, at 100%. Unused consultant days expire "
                    "12 months after the order date.", p),
          Paragraph("5. Train-the-trainer workshops (LWC-SVC-TTT)", h2),
          Paragraph("Each workshop is one full day (7 hours) on site for up to 12 participants, covering course "
                    "assignment, reporting, the authoring tool and first-level user support. Additional participants "
                    "cost EUR 140 each, up to a maximum of 16 participants per workshop. Participants who pass the "
                    "closing assessment receive the 'Lernwerk Certified Campus Trainer' certificate, valid for 2 years. "
                    "Workshop travel is included in the workshop price.", p),
          Paragraph("6. Data migration", h2),
          Paragraph("Completion history can be imported from CSV for up to 5 years back. Existing e-learning packages "
                    "in SCORM 1.2 or SCORM 2004 format are imported as they are; Lernwerk does not convert or repair "
                    "packages that fail the SCORM conformance check. Migration of more than 200 packages is charged "
                    "as additional consultant days.", p),
          Paragraph("7. Customer responsibilities", h2),
          Paragraph("The customer provides a project lead for at least 0.5 FTE during phases 1–4, an administrator for "
                    "the identity provider, at least 10 test users from different roles and a signed-off pilot "
                    "checklist before go-live. Delays caused by missing customer input move the go-live date by the "
                    "length of the delay.", p)]
    doc.build(s)


# --------------------------------------------------------------------------- XLSX: content catalogue and price list
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True, size=13)

    ws = wb.active
    ws.title = "Mandatory Library"
    ws.append(["Lernwerk Campus – Mandatory Training Content Library – Catalogue 2025"])
    ws["A1"].font = bold
    ws.append(["Course code", "Title", "Duration (min)", "Accreditation / standard", "Languages",
               "Recommended renewal (months)"])
    rows = [
        ("MAN-101", "Fire Safety and Evacuation in Hospitals", 30, "DGUV Vorschrift 1 aligned", "DE, EN, TR, PL, RO, AR", 12),
        ("MAN-102", "Data Protection (GDPR) for Healthcare Staff", 35, "GDPR / BDSG", "DE, EN, TR, PL, RO, AR", 24),
        ("MAN-103", "Information Security Awareness", 20, "ISO/IEC 27001 Annex A 6.3", "DE, EN, TR, PL, RO", 12),
        ("MAN-104", "Hand Hygiene in Clinical Practice", 25, "KRINKO recommendations; WHO 5 Moments", "DE, EN, TR, PL, RO, AR", 12),
        ("MAN-105", "Occupational Health and Safety – Basics", 40, "ArbSchG §12", "DE, EN, TR, PL", 12),
        ("MAN-106", "Handling Hazardous Substances", 30, "GefStoffV §14", "DE, EN, TR", 12),
        ("MAN-107", "Medical Device Operator Training (MPBetreibV)", 45, "MPBetreibV §4", "DE, EN", 24),
        ("MAN-108", "Infection Prevention – Multi-resistant Organisms", 30, "KRINKO recommendations", "DE, EN, TR, PL", 24),
        ("MAN-109", "Child and Adult Safeguarding", 40, "Internal standard", "DE, EN", 36),
        ("MAN-110", "Basic Life Support (BLS) – adult", 45, "ERC Guidelines 2021 aligned; 2 CME points", "DE, EN, TR, PL", 12),
        ("MAN-111", "Radiation Protection Refresher", 60, "StrlSchV §49 (refresher)", "DE", 60),
        ("MAN-112", "Anti-corruption and Compliance", 25, "Internal standard", "DE, EN", 24),
        ("MAN-113", "Patient Handling and Back Care", 30, "DGUV Information 207-022", "DE, EN, TR, PL, RO", 24),
        ("MAN-114", "Aggression and De-escalation", 50, "Internal standard", "DE, EN, TR", 24),
    ]
    for r in rows:
        ws.append(list(r))
    ws.append([])
    ws.append(["Note: the recommended renewal is the default recertification interval; administrators can set a "
               "shorter interval per course. Certificates show the expiry date calculated from this interval."])

    ws2 = wb.create_sheet("Clinical Skills Library")
    ws2.append(["Lernwerk Campus – Clinical Skills Content Library – Catalogue 2025"])
    ws2["A1"].font = bold
    ws2.append(["Course code", "Title", "Duration (min)", "Accreditation / standard", "Languages",
                "Recommended renewal (months)"])
    rows = [
        ("CLN-201", "Safe Medication Administration", 60, "RbP registration, 2 points", "DE, EN", 24),
        ("CLN-202", "Pressure Ulcer Prevention (Expertenstandard Dekubitus)", 45, "DNQP Expertenstandard", "DE, EN", 24),
        ("CLN-203", "Falls Prevention in Inpatient Care", 40, "DNQP Expertenstandard", "DE, EN", 24),
        ("CLN-204", "Pain Management in Acute Care", 50, "RbP registration, 2 points", "DE, EN", 36),
        ("CLN-205", "Sepsis Recognition and Early Management", 35, "Sepsis-Kampagne 2024 aligned", "DE, EN", 12),
        ("CLN-206", "Peripheral IV Cannulation – Theory", 40, "Internal standard", "DE, EN", 36),
        ("CLN-207", "Wound Care and Dressings", 55, "ICW recertification, 4 points", "DE", 12),
        ("CLN-208", "Delirium in Older Patients", 30, "RbP registration, 1 point", "DE, EN", 36),
        ("CLN-209", "Enteral Nutrition", 35, "Internal standard", "DE, EN", 36),
        ("CLN-210", "Transfusion Practice", 45, "Hämotherapie-Richtlinie 2023", "DE, EN", 24),
        ("CLN-211", "Midwifery: Neonatal Resuscitation Theory", 50, "ERC NLS 2021 aligned", "DE, EN", 12),
        ("CLN-212", "Documentation and Handover (SBAR)", 25, "Internal standard", "DE, EN", 36),
    ]
    for r in rows:
        ws2.append(list(r))
    ws2.append([])
    ws2.append(["Note: RbP = Registrierung beruflich Pflegender; points are credited once per course per user and "
                "reported to the registration body by the learner."])

    ws3 = wb.create_sheet("Price List 2025")
    ws3.append(["Lernwerk Campus – Price List 2025 (EUR, excluding VAT)"])
    ws3["A1"].font = bold
    ws3.append(["SKU", "Item", "Unit", "1,000–4,999 users", "5,000–9,999 users", "10,000+ users"])
    rows = [
        ("LWC-ENT-USR", "Lernwerk Campus Enterprise platform licence", "per user per year", 16.20, 14.50, 12.90),
        ("LWC-CNT-MAND", "Mandatory Training Content Licence", "per user per year", 7.90, 6.80, 5.60),
        ("LWC-CNT-CLIN", "Clinical Skills Content Licence", "per user per year", 10.90, 9.50, 8.40),
        ("LWC-SUP-PREM", "Premium Support", "per year", 7400.00, 9800.00, 13500.00),
    ]
    for r in rows:
        ws3.append(list(r))
    for row in ws3.iter_rows(min_row=3, max_row=6, min_col=4, max_col=6):
        for c in row:
            c.number_format = "#,##0.00"
    ws3.append([])
    ws3.append(["SKU", "Item", "Unit", "Price", "", ""])
    rows = [
        ("LWC-INT-IDP", "Identity connector: SSO (SAML 2.0 / OpenID Connect) and SCIM provisioning, up to 2 IdPs", "one-off", 8500.00),
        ("LWC-INT-IDP-ADD", "Additional identity provider", "one-off", 2400.00),
        ("LWC-INT-HRC", "HR data connector (SAP HCM / SAP SuccessFactors)", "one-off", 6200.00),
        ("LWC-SVC-IMPL", "Implementation consultant day", "per day", 1150.00),
        ("LWC-SVC-TTT", "Train-the-trainer workshop, on site, up to 12 participants", "per workshop", 1890.00),
        ("LWC-STO-100", "Additional storage, 100 GB", "per year", 600.00),
    ]
    for r in rows:
        ws3.append(list(r))
        ws3.cell(row=ws3.max_row, column=4).number_format = "#,##0.00"
    ws3.append([])
    ws3.append(["The user tier is determined by the number of platform users (LWC-ENT-USR) on the order, not by the "
                "number of users of each content library. Content licences can only be ordered together with the "
                "platform licence. Minimum order: 1,000 platform users."])
    for w in (wb.worksheets):
        w.column_dimensions["A"].width = 16
        w.column_dimensions["B"].width = 60
        w.column_dimensions["C"].width = 18
        w.column_dimensions["D"].width = 38
        w.column_dimensions["E"].width = 24
        w.column_dimensions["F"].width = 18
    wb.save(K / "content-catalogue-price-list-2025.xlsx")


# --------------------------------------------------------------------------- Markdown KB article
KB = """# Licensing FAQ: active users, external learners, true-up and mobile access

*Lernwerk Campus knowledge base – article KB-0412, last updated 3 March 2025*

## What counts as an active user?
An active user is any learner account that has **logged in at least once during the contract year or has been
assigned at least one course** in that year. Administrator-only accounts (no course assignments) do not count.
Accounts deactivated through SCIM or the HR data connector stop counting from the following calendar month.

## How does the annual true-up work?
Lernwerk counts active users on each anniversary of the subscription start date. If the count exceeds the licensed
quantity, the difference is invoiced pro rata for the remaining contract year at the discounted unit price of the
order form. There is no credit for unused licences during the term; at renewal the licensed quantity may be reduced
by at most 10% compared with the previous term. Content licences are trued up separately from the platform licence.

## Do students, agency staff and volunteers need a licence?
External learners (students on placement, agency and pool staff, volunteers, staff of partner care homes) can be
given **time-limited guest accounts of up to 180 days** that do not count as active users, as long as the number of
guest accounts at any time stays within **5% of the licensed platform users**. Guest accounts above that threshold
are counted as active users in the true-up. Guest accounts can access the Mandatory Training Content Library but not
the Clinical Skills Content Library.

## Does the mobile app work offline?
Yes. The Lernwerk Campus app runs on iOS 16 or later and Android 11 or later. Learners can download up to 20 courses
for offline use. Progress and completions are stored on the device and synchronised when the device is back online;
offline completions that are not synchronised within 14 days are discarded and the course must be repeated.
Assessments with a proctoring requirement cannot be taken offline.

## Which e-learning standards are supported?
SCORM 1.2, SCORM 2004 (4th edition), xAPI (with the built-in learning record store) and cmi5. Video files up to
4 GB each can be uploaded directly.

## How much storage is included?
500 GB of content storage is included in the Enterprise edition. Additional storage is sold in blocks of 100 GB for
EUR 600 per year (SKU LWC-STO-100). Completion records and certificates do not count towards storage.

## In which languages is the platform available?
The learner interface and the administration console are available in 12 languages: German, English, French, Dutch,
Italian, Spanish, Polish, Turkish, Romanian, Arabic, Croatian and Portuguese. The language of course content depends
on the course; see the content catalogue for the languages of each course.
"""

# --------------------------------------------------------------------------- HTML page
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Security and Data Protection – Lernwerk Clinical</title></head>
<body>
<h1>Security and data protection at Lernwerk</h1>
<p>Hospitals trust Lernwerk Campus with the training records of more than 140,000 healthcare employees. This page
summarises how we protect that data. Our Trust Centre documents (certificates, audit reports, data processing
agreement) are available to customers under NDA.</p>

<h2>Hosting</h2>
<p>Lernwerk Campus is hosted exclusively in the European Union: the primary data centre is in Frankfurt am Main and
the secondary (disaster recovery) data centre is in Amsterdam. Both are operated by Vireon Datacenter B.V. and are
certified to ISO/IEC 27001 and EN 50600 availability class 3. No customer data is transferred outside the EU/EEA,
including for support.</p>

<h2>Certifications and audits</h2>
<ul>
<li>ISO/IEC 27001:2022 certification of Lernwerk Clinical GmbH, first certified in 2019, certificate renewed in 2024.</li>
<li>BSI C5 Type 2 attestation (cloud computing compliance criteria catalogue), report period 2024.</li>
<li>Annual penetration test of the platform and the mobile apps by an external, CREST-accredited firm; a management
summary of the latest report is available under NDA.</li>
</ul>

<h2>Encryption and access</h2>
<p>Data is encrypted at rest with AES-256 and in transit with TLS 1.2 or higher. Lernwerk staff access customer
tenants only for support tickets, with time-limited, logged access; access logs are retained for 12 months and can be
provided to the customer on request.</p>

<h2>Data processing agreement</h2>
<p>Every customer signs our data processing agreement under Art. 28 GDPR. Sub-processors: Vireon Datacenter B.V.
(hosting, Netherlands/Germany), Postwerk Mail GmbH (transactional e-mail, Germany) and Klarwerk Support Oy (support
ticketing, Finland). Customers are notified 30 days before a new sub-processor is added and may object. Personal data
breaches are notified to the customer within 24 hours of discovery.</p>

<h2>After the end of the contract</h2>
<p>After termination, the customer can export all data (users, completion history, certificates as PDF, xAPI
statements) for 30 days. All customer data is then deleted from production systems, at the latest within 90 days of
termination; backups are overwritten after 35 days. A deletion certificate is issued on request.</p>
</body></html>
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "licensing-faq.md").write_text(KB, encoding="utf-8")
    (K / "security-data-protection.html").write_text(HTML, encoding="utf-8")
    print("sources written to", K)
