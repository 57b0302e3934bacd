import json
from decimal import Decimal as D, ROUND_HALF_UP
items = [
 ("LB-VELA-213-BWR", 'Vela 2.13" electronic shelf label, black/white/red', 9600, "7.90", 12),
 ("LB-VELA-266-BWR", 'Vela 2.66" electronic shelf label, black/white/red', 1800, "9.20", 12),
 ("LB-VELA-266-BWRY", 'Vela 2.66" electronic shelf label, black/white/red/yellow (promo aisles)', 2400, "11.60", 10),
 ("LB-FROST-213", 'Frost 2.13" freezer label, -25 °C rated', 1200, "10.80", 5),
 ("RAIL-PR-1000", "PriceRail shelf-edge rail, 1000 mm", 3000, "3.10", 8),
 ("AP-LUMA-200", "Luma 200 access point (sales floor)", 8, "640.00", 0),
 ("AP-LUMA-200X", "Luma 200X cold-room access point", 4, "910.00", 0),
 ("SW-CORE-STORE", "Labelora Core store licence, 12 months (EUR 145.00 per store per month)", 4, "1740.00", 15),
 ("SVC-INSTALL-DAY", "Installation day, 2 technicians", 6, "1150.00", 0),
 ("SVC-TRAIN", "Remote training session, 2 hours", 2, "320.00", 50),
]
li=[]; tot=D(0)
for sku,name,q,p,d in items:
    lt=(D(q)*D(p)*(D(100)-D(d))/D(100)).quantize(D("0.01"),ROUND_HALF_UP)
    tot+=lt
    print(f"{sku:18} {q:6} x {p:>8} -{d:>2}% = {lt:,.2f}")
    li.append({"sku":sku,"name":name,"quantity":q,"unit_price":float(p),"discount_percent":d})
print("TOTAL", f"{tot:,.2f}")
scn = {
 "name": "labelora-esl",
 "description": "Labelora Retail Systems (Irish vendor of electronic shelf labels) quoting a 4-store ESL rollout to Keane's Fresh Markets, a Co. Cork grocery chain. Four sources: XLSX datasheet/price list, DOCX terms of supply with SLA, HTML help-centre FAQ served as URL, Markdown rollout guide as KB article.",
 "agent": {
  "name": "Lia from Labelora",
  "welcome_message": "Hi, I'm Lia, Labelora's quote assistant. I can answer questions about this shelf-label quote, the Vela and Frost labels, Labelora Core and how the rollout works.",
  "first_action_message": "Ask me anything about the quote, for example delivery times, warranty or how many access points you need.",
  "quick_replies": ["What's the warranty on the labels?", "How long does delivery take?", "How does the rollout work?", "Talk to Conor"],
  "handoff": {
   "assign_to": "quote_owner",
   "owner_unavailable_message": "Conor is not available right now. I've passed your message on and he or a colleague from the retail sales team will get back to you within one business day.",
   "all_unavailable_message": "Nobody from the Labelora sales team is available at the moment. Your question has been recorded and someone will contact you by e-mail on the next business day."
  }
 },
 "users": [
  {"email": "niamh.gallagher@labelora.ie", "name": "Niamh Gallagher", "role": "super_admin", "teams": ["Retail Sales", "Customer Success"]},
  {"email": "conor.whelan@labelora.ie", "name": "Conor Whelan", "role": "sales_rep", "teams": ["Retail Sales"]},
  {"email": "aoife.brennan@labelora.ie", "name": "Aoife Brennan", "role": "sales_rep", "teams": ["Retail Sales", "Customer Success"]}
 ],
 "quote": {
  "number": "LAB-Q-2025-0418",
  "title": "Electronic shelf labels - 4-store rollout (Mallow, Fermoy, Midleton, Bandon)",
  "owner": "conor.whelan@labelora.ie",
  "buyer_company": "Keane's Fresh Markets Ltd",
  "buyer_contacts": ["declan.keane@keanesfresh.ie", "procurement@keanesfresh.ie", "siobhan.oriordan@keanesfresh.ie"],
  "currency": "EUR",
  "created_on": "2025-05-12",
  "expires_on": "2025-06-30",
  "line_items": li,
  "terms": "Prices in EUR excluding VAT. Labelora Terms of Supply v4.2 apply: 40% deposit on acceptance of the purchase order (order value over EUR 50,000), balance invoiced on delivery, all invoices payable within 30 days. Labelora Core licence invoiced annually in advance from go-live of the first store. Hardware delivery 4 to 6 weeks after PO acceptance. Discounts valid for the quoted quantities only.",
  "notes": "Quantities from the planogram export of 28 April (Declan). Frost labels for freezer aisles in all 4 stores - clips (CLIP-FR-10) still to be confirmed, not on this quote. Site surveys done for Mallow and Fermoy in April, Midleton and Bandon surveys waived for this quote. Installation assumes 1.5 days per store, weekday daytime. PoE switches by Keane's IT contractor."
 },
 "sources": [
  {"type": "file", "path": "knowledge/labelora-esl-datasheet-2025.xlsx"},
  {"type": "file", "path": "knowledge/labelora-terms-of-supply-v4.2.docx"},
  {"type": "url", "path": "knowledge/labelora-help-centre-faq.html"},
  {"type": "kb_article", "path": "knowledge/store-rollout-guide.md", "title": "Store rollout guide: from site survey to go-live"}
 ]
}
json.dump(scn, open("scenario.json","w"), indent=2, ensure_ascii=False)
