import XBorderCore

/// The short items every export owes, whatever was found.
enum AlwaysApplies {
  static func items(policy: String) -> [ChecklistItem] {
    let gdpr = policy == "gdpr"
    return [
      ChecklistItem(
        id: "always:inventory", finding: "Data inventory",
        action: "Keep the inventory of systems, datasets and fields with personal data, sensitive classes marked "
          + "(this report and evidence.json are a start)",
        basis: gdpr ? ["GDPR Art. 30"] : ["PIPL Art. 51(2)"], alwaysApplies: true),
      ChecklistItem(
        id: "always:recipient", finding: "Recipient",
        action: "Record each recipient's name, contact, country, purpose and security measures; bind it by contract",
        basis: gdpr ? ["GDPR Art. 28", "GDPR Art. 44–46"] : ["PIPL Art. 38", "PIPL Art. 39"], alwaysApplies: true),
      ChecklistItem(
        id: "always:retention", finding: "Retention",
        action: "Keep data only as long as necessary, have the recipient delete it at contract end, and keep the "
          + (gdpr ? "records of processing" : "PIIA and processing records ≥ 3 years"),
        basis: gdpr ? ["GDPR Art. 5(1)(e)"] : ["PIPL Art. 19", "PIPL Art. 47", "PIPL Art. 56"], alwaysApplies: true),
    ]
  }
}
