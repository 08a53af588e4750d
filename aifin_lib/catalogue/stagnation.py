"""Labels of the stagnation-scenario chapter (keys prefixed ``stag_``)."""

LABELS: dict[str, dict[str, str]] = {
    "stag_holder_private_credit": {"nl": "Private credit", "en": "Private credit"},
    "stag_holder_banks": {"nl": "Banken", "en": "Banks"},
    "stag_holder_bond_investors": {"nl": "Obligatiebeleggers", "en": "Bond investors"},
    "stag_path_base": {"nl": "Basis", "en": "Base"},
    "stag_path_stagnation": {"nl": "Stagnatie", "en": "Stagnation"},
    "stag_path_bust": {"nl": "Krimp", "en": "Bust"},
    "stag_path_severe": {"nl": "Krimp, zwaar scenario", "en": "Bust, severe case"},
    "stag_path": {"nl": "Omzetpad", "en": "Revenue path"},
    "stag_firm": {"nl": "Bedrijf", "en": "Firm"},
    "stag_order": {"nl": "Volgorde van omvallen", "en": "Order of default"},
    "stag_year_of_default": {"nl": "Jaar waarin het bedrijf in gebreke blijft",
                             "en": "Year of default"},
    "stag_loss_axis": {"nl": "Miljard dollar, 2026-2032", "en": "US$ bn in 2026-2032"},
    "stag_credit_axis": {"nl": "Kredietverlies (miljard dollar)", "en": "Credit losses (US$ bn)"},
    "stag_credit_legend": {"nl": "Kredietverlener", "en": "Lender"},
    "stag_lost_legend": {"nl": "Leverancier", "en": "Supplier"},
    "stag_credit_panel": {
        "nl": "Kredietverliezen van kredietverleners",
        "en": "Lenders' credit losses",
    },
    "stag_lost_panel": {
        "nl": "Gemiste contractomzet van leveranciers (bruto)",
        "en": "Suppliers' lost contract revenue (gross)",
    },
    "stag_share_axis": {"nl": "Aandeel van de scenario's", "en": "Share of scenarios"},
    "stag_outside_axis": {
        "nl": "Kasstroom van buiten het netwerk (100% = de gegevens)",
        "en": "Cash flow from outside the network (% of the data)",
    },
    "stag_defaults_tooltip": {"nl": "In gebreke", "en": "In default"},
    "stag_domino_title": {
        "nl": "De dominostenen op het krimppad: wie valt wanneer om, en wie verliest wat?",
        "en": "The dominoes on the bust path: who falls when, and who loses what?",
    },
    "stag_domino_panel": {"nl": "In gebreke (volgorde)", "en": "Defaults (in order)"},
    "stag_domino_description": {
        "nl": (
            "Bovenaan per bedrijf het jaar waarin het zijn verplichtingen niet meer nakomt, "
            "genummerd in de volgorde van omvallen; daaronder de kredietverliezen per soort "
            "kredietverlener en de gemiste contractomzet per leverancier, in miljarden "
            "dollars. Met de regelaars kies je de groei na de stagnatie, de kasstroom van "
            "buiten het netwerk, de restwaarde en een bedrijf dat een schok krijgt."
        ),
        "en": (
            "Top, for each firm the year in which it fails to meet its obligations, numbered "
            "in the order of default; below, the credit losses by type of lender and the "
            "lost contract revenue by supplier, in billions of dollars. The controls set the "
            "growth after the stall, the cash flow from outside the network, the residual "
            "value and a firm that is shocked."
        ),
    },
    "stag_growth_slider": {
        "nl": "Groei van de omzet na 2027 (per jaar)",
        "en": "Revenue growth after 2027 (a year)",
    },
    "stag_outside_slider": {
        "nl": "Kasstroom van buiten het netwerk (100% = de gegevens)",
        "en": "Cash flow from outside the network (% of the data)",
    },
    "stag_residual_slider": {
        "nl": "Restwaarde (% van de kosten)",
        "en": "Residual value (% of cost)",
    },
    "stag_shock_control": {
        "nl": "Eenmalig kasverlies in 2026 bij",
        "en": "One-off cash loss in 2026 at",
    },
    "stag_shock_none": {"nl": "geen bedrijf", "en": "no firm"},
    "stag_shock_openai": {"nl": "OpenAI", "en": "OpenAI"},
    "stag_shock_oracle": {"nl": "Oracle", "en": "Oracle"},
    "stag_shock_coreweave": {"nl": "CoreWeave", "en": "CoreWeave"},
    "stag_losses_title": {
        "nl": "Twee soorten verlies per pad: kredietverlies en gemiste omzet",
        "en": "Two kinds of loss per path: credit losses and lost revenue",
    },
    "stag_losses_description": {
        "nl": (
            "Boven: de kredietverliezen per soort kredietverlener; onder: de gemiste "
            "contractomzet per leverancier. In miljarden dollars over 2026-2032, voor het "
            "basispad, het stagnatiepad, het krimppad en het zware scenario."
        ),
        "en": (
            "Top, the credit losses by type of lender; bottom, the lost contract revenue by "
            "supplier, in billions of dollars over 2026-2032, for the base, stagnation and "
            "bust paths and the severe case."
        ),
    },
    "stag_threshold_title": {
        "nl": "Hoe ver moet de overige kasstroom dalen voordat er meer dominostenen omvallen?",
        "en": "How far must the other cash flow fall before more dominoes fall?",
    },
    "stag_threshold_description": {
        "nl": (
            "Kredietverliezen op het krimppad, per soort kredietverlener, tegen de kasstroom "
            "die de bedrijven buiten het netwerk verdienen (100% is de waarde uit de "
            "gegevens; naar rechts minder). Stippellijnen: waar CoreWeave en Oracle in "
            "gebreke blijven."
        ),
        "en": (
            "Credit losses on the bust path, by type of lender, against the cash flow the "
            "firms earn outside the network (100% is the value of the data; lower to the "
            "right). Dashed lines: where CoreWeave and Oracle default."
        ),
    },
    "stag_mc_title": {
        "nl": "Hoe vaak valt elk bedrijf om in de Monte Carlo-simulatie?",
        "en": "How often does each firm default in the Monte Carlo simulation?",
    },
    "stag_mc_description": {
        "nl": (
            "Staven met het aandeel van de scenario's waarin elk bedrijf in gebreke blijft, "
            "voor het stagnatiepad en het krimppad."
        ),
        "en": (
            "Bars of the share of scenarios in which each firm defaults, for the stagnation "
            "and bust paths."
        ),
    },
    "stag_per_year": {"nl": " per jaar", "en": " a year"},
    "stag_col_parameter": {"nl": "Parameter", "en": "Parameter"},
    "stag_col_value": {"nl": "Waarde", "en": "Value"},
    "stag_col_rationale": {"nl": "Waarom deze waarde", "en": "Why this value"},
    "stag_col_sources": {"nl": "Bronnen", "en": "Sources"},
    "stag_col_item": {"nl": "Post", "en": "Item"},
    "stag_col_period_type": {"nl": "Soort periode", "en": "Period type"},
    "stag_col_derivation": {"nl": "Hoe afgeleid", "en": "How derived"},
    "stag_col_reference": {"nl": "Rijen in de gegevens", "en": "Ids in the data"},
    "stag_assumptions_caption": {
        "nl": "Aannames van het scenario (data/assumptions.csv)",
        "en": "Assumptions of the scenario (data/assumptions.csv)",
    },
    "stag_inputs_caption": {
        "nl": "De invoer van het netwerk: waarde, soort periode en herkomst "
        "(data/calibration.csv)",
        "en": "The balance-sheet inputs of the network: value, period type, derivation "
        "(data/calibration.csv)",
    },
    "stag_cash_line": {"nl": "Miljard dollar", "en": "US$ bn"},
    "stag_cash_caption": {
        "nl": "De kas van {firm}, jaar voor jaar ({path})",
        "en": "{firm}'s cash, year by year ({path})",
    },
    "stag_cash_default_mark": {"nl": " (in gebreke)", "en": " (default)"},
    "stag_cash_opening_cash": {"nl": "Kas aan het begin van het jaar", "en": "Cash at the start"},
    "stag_cash_revenue": {"nl": "+ omzet", "en": "+ revenue"},
    "stag_cash_other_costs": {"nl": "− overige kosten", "en": "− other costs"},
    "stag_cash_new_funding": {
        "nl": "+ nieuw geld van beleggers",
        "en": "+ new money from investors",
    },
    "stag_cash_outside_cash_flow": {
        "nl": "+ kasstroom van buiten het netwerk",
        "en": "+ cash flow from outside the network",
    },
    "stag_cash_running_costs": {"nl": "− lopende kosten", "en": "− running costs"},
    "stag_cash_fixed_costs": {"nl": "− huur van datacenters", "en": "− rent of data centres"},
    "stag_cash_shock": {"nl": "+ schok", "en": "+ shock"},
    "stag_cash_received": {"nl": "+ ontvangen van klanten", "en": "+ received from customers"},
    "stag_cash_paid_contracts": {"nl": "− betaald op contracten", "en": "− paid on contracts"},
    "stag_cash_paid_interest": {"nl": "− betaalde rente", "en": "− interest paid"},
    "stag_cash_paid_principal": {"nl": "− aflossing", "en": "− principal repaid"},
    "stag_cash_closing_cash": {"nl": "= kas aan het eind van het jaar", "en": "= cash at the end"},
    "stag_cash_unpaid": {
        "nl": "Verplichtingen van het jaar die onbetaald blijven",
        "en": "Obligations of the year left unpaid",
    },
    "stag_col_date": {"nl": "Datum", "en": "Date"},
    "stag_col_event": {"nl": "Wat er gebeurde", "en": "What happened"},
    "stag_events_caption": {
        "nl": "Tekenen van spanning in 2025-2026 (data/events.csv)",
        "en": "Signs of stress in 2025-2026 (data/events.csv)",
    },
    "stag_all_suppliers": {"nl": "Alle leveranciers", "en": "All suppliers"},
}
