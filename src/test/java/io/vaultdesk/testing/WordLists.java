package io.vaultdesk.testing;

import java.util.List;

/**
 * The vocabulary of generated vaults. Accented letters are limited to ones whose UTF-8 bytes all exist in
 * windows-1254, so a mojibake copy of a note can still be repaired exactly.
 */
final class WordLists {
    private WordLists() {
    }

    static final List<String> FIRST_NAMES = List.of(
            "Kanchan", "Jason", "Michael", "Lior", "Jay", "Jeff", "John", "Mike", "Nidhi", "Renan", "Kushal", "Anand",
            "Priya", "Ana", "Bruno", "Chen", "Daniela", "Elena", "Farid", "Grace", "Hiro", "Isabel", "Jonas", "Karin",
            "Liam", "Maya", "Nikhil", "Olivia", "Pablo", "Quinn", "Rosa", "Sanjay", "Tara", "Umar", "Vera", "Wei",
            "Ximena", "Yusuf", "Zara", "Aisha", "Ben", "Carla", "Dev", "Emma", "Felix", "Gita", "Hannah", "Ivan",
            "Julia", "Kenji", "Lena", "Marco", "Nora", "Oscar", "Paula", "Rahul", "Sofia", "Tom", "Uma", "Victor",
            "José", "Zoë", "Søren", "Inés", "Björn", "Chloé", "Renée", "Joaquín", "Noémie", "François", "Jürgen",
            "Ayşe", "Çağla", "Mehmet", "Ömer", "Lars", "Ingrid", "Tariq", "Mei", "Arjun");

    static final List<String> LAST_NAMES = List.of(
            "Mehrotra", "Vallery", "Myrah", "Genzel", "Parikh", "Taylor", "Denworth", "Lee", "Requa", "Bhatta",
            "Sharma", "Silva", "Costa", "Wang", "Garcia", "Novak", "Haddad", "Kim", "Tanaka", "Moreno", "Berg",
            "Schmidt", "Nguyen", "Patel", "Rossi", "Dubois", "Kowalski", "Okafor", "Larsen", "Fischer", "Hughes",
            "Reyes", "Singh", "Cohen", "Ito", "Jensen", "Mendes", "Petrov", "Quispe", "Romero", "Sato", "Torres",
            "Usman", "Varga", "Walsh", "Yilmaz", "Zhang", "Adeyemi", "Brennan", "Castillo", "Dalton", "Eriksen",
            "Ferreira", "Gallagher", "Hoffman", "Iyer", "Jovanovic", "Keller", "Lindqvist", "Murphy", "Nakamura",
            "O'Neill", "Pereira", "Ramos", "Stewart", "Thompson", "Ueda", "Vogel", "Weber", "Young", "Müller",
            "Núñez", "Øster", "Doğan", "Öztürk", "Lefèvre", "Grünewald", "Ibáñez", "Carvalho", "Kaplan", "Menon",
            "Doshi", "Oyelaran", "Fontaine", "Hayes");

    static final List<String> COMPANY_STEMS = List.of(
            "Microsoft", "CoreWeave", "Google", "OpenAI", "NVIDIA", "Northwind", "Contoso", "Fabrikam", "Tailspin",
            "Woodgrove", "Litware", "Adatum", "Proseware", "Lucerne", "Wingtip", "Coho", "Alpine", "Blue Yonder",
            "Trey", "Humongous", "Fourth Coffee", "Wide World", "Relecloud", "Bellows", "Datum", "Southridge",
            "Lamna", "Fabrikant", "Margie", "Graphic Design", "Consolidated", "Munson", "Tasmanian", "Nod",
            "Woodbridge", "Vanarsdel", "Parnell", "Olympia", "Kestrel", "Meridian", "Halcyon", "Juniper", "Quantum",
            "Redwood", "Silverline", "Stratus", "Tidewater", "Umbra", "Vertex", "Zephyr");

    static final List<String> COMPANY_SUFFIXES = List.of(
            "", "Systems", "Labs", "Cloud", "Energy", "Bank", "Health", "Logistics", "Media", "Robotics", "Capital",
            "Foods", "Airlines", "Research", "Networks", "Pharma", "Retail", "Motors", "Analytics", "Insurance");

    static final List<String> REGIONS = List.of("EMEA", "APAC", "US", "Japan", "Nordics", "LATAM");

    static final List<String> CODENAMES = List.of(
            "Apollo", "Neo", "Orion", "Atlas", "Helios", "Vega", "Lyra", "Draco", "Phoenix", "Titan", "Nova",
            "Polaris", "Sirius", "Aurora", "Comet", "Zenith", "Everest", "Kilimanjaro", "Denali", "Fuji", "Rainier",
            "Hudson", "Danube", "Yukon", "Amazon Basin", "Sahara", "Gobi", "Tundra", "Boreal", "Monsoon", "Cirrus",
            "Nimbus", "Granite", "Basalt", "Obsidian", "Quartz", "Cobalt", "Indigo", "Saffron", "Juniper Ridge");

    static final List<String> PROJECT_KINDS = List.of(
            "Migration", "POC", "Rollout", "Pilot", "Benchmark", "Expansion", "Renewal", "Integration", "Upgrade",
            "Consolidation", "Evaluation", "Launch", "Refresh", "Onboarding", "Engagement Plan");

    static final List<String> TOPICS = List.of(
            "Pricing", "Roadmap", "Capacity planning", "Security review", "Architecture deep dive",
            "Quarterly business review", "Onboarding", "Escalation", "Renewal", "Benchmark results", "Exec sync",
            "Storage strategy", "GPU cluster sizing", "Licensing", "Partner alignment", "Support handoff",
            "Data migration", "Networking design", "Compliance check", "Kickoff", "Retrospective", "Forecast",
            "Hiring plan", "Demo prep", "Contract redlines", "Momentum update", "Bare metal options", "Field feedback",
            "Performance tuning", "Disaster recovery", "Cost model", "Pipeline review", "Product feedback");

    static final List<String> THINGS = List.of(
            "the POC timeline", "capacity for the April tranche", "pricing for the enterprise license",
            "the security questionnaire", "GPU cluster sizing", "the migration runbook",
            "storage performance benchmarks", "the renewal terms", "the exec briefing deck",
            "the networking design for the new region", "the support escalation path", "the data residency question",
            "the rack shipment schedule", "the DPU choice", "the cost and power comparison", "the reference architecture",
            "the disaster recovery plan", "the hiring plan for the field team", "the partner co-sell motion",
            "the quarterly forecast", "the onboarding checklist", "the SKU proposal", "the bare metal path",
            "the benchmark methodology", "the contract redlines", "the customer’s plan of record",
            "the training cluster expansion", "the inference workload profile", "the backup retention policy",
            "the cloud marketplace listing", "the launch announcement", "the technical validation");

    static final List<String> ACTIONS = List.of(
            "Follow up on", "Send a summary of", "Draft a proposal for", "Schedule a review of", "Confirm",
            "Prepare notes on", "Share the latest on", "Update the team on", "Book time to discuss", "Clarify",
            "Circulate", "Validate", "Escalate", "Document", "Finalize");

    static final List<String> MONTHS = List.of(
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December");

    static final List<String> ROLES = List.of(
            "Account Executive", "Solutions Architect", "Program Manager", "VP Engineering", "CTO", "Procurement Lead",
            "Storage Architect", "Customer Success Manager", "Director of Infrastructure", "Field CTO");

    static final List<String> HEADINGS = List.of("Background", "Notes", "Contacts", "Open questions", "History");

    static final List<String> UNRESOLVED_STEMS = List.of("Missing Thing", "Old Deck", "Draft Plan", "Lost Notes");
}
