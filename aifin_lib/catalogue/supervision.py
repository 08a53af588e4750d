"""Labels of the chapter on supervision and transparency (keys prefixed ``sup_``)."""

LABELS: dict[str, dict[str, str]] = {
    "sup_lever_none": {"nl": "Geen beleid", "en": "No policy"},
    "sup_lever_disclosure": {
        "nl": "Openbaarmaking van circulaire deals",
        "en": "Disclosure of circular deals",
    },
    "sup_lever_max_loan_to_value": {
        "nl": "Hefboomlimiet (lening hooguit 80%)",
        "en": "Leverage limit (LTV 80%)",
    },
    "sup_lever_capital_ratio": {
        "nl": "Kapitaalbuffer van kredietverleners (10%)",
        "en": "Lenders' capital buffer (10%)",
    },
    "sup_lever_max_exposure_to_capital": {
        "nl": "Concentratielimiet (2× kapitaal)",
        "en": "Concentration limit (2× capital)",
    },
    "sup_lever_stress_test": {"nl": "Stresstest", "en": "Stress test"},
    "sup_part_covered": {
        "nl": "Gedragen door de kredietverleners",
        "en": "Borne by the lenders",
    },
    "sup_part_beyond": {
        "nl": "Boven hun verplichte kapitaal",
        "en": "Beyond their required capital",
    },
    "sup_cost_forgone": {"nl": "Investeringen die niet doorgaan", "en": "Investment not made"},
    "sup_cost_capital": {"nl": "Vereist kapitaal", "en": "Capital required"},
    "sup_loss_legend": {"nl": "Wie draagt het verlies", "en": "Who bears the loss"},
    "sup_cost_axis": {"nl": "Kosten (miljard dollar)", "en": "Cost (US$ bn)"},
    "sup_cost_legend": {"nl": "Kosten van de regel", "en": "Cost of the policy"},
    "sup_costs_panel": {"nl": "Kosten", "en": "Costs"},
    "sup_policy": {"nl": "Regel", "en": "Policy"},
    "sup_defaults": {"nl": "Aantal bedrijven in gebreke", "en": "Number of defaults"},
    "sup_setting": {"nl": "Instelling", "en": "Setting"},
    "sup_comparison_title": {
        "nl": "Vijf regels in twee situaties: kredietverliezen en kosten",
        "en": "Five rules in two cases: credit losses and costs",
    },
    "sup_tradeoff_title": {
        "nl": "Veiliger, maar minder investeringen",
        "en": "Safer, but less investment",
    },
    "sup_loss_axis": {
        "nl": "Kredietverlies (miljard dollar)",
        "en": "Credit losses (US$ bn)",
    },
    "sup_comparison_description": {
        "nl": (
            "Per regel links de kredietverliezen, verdeeld in wat de kredietverleners zelf "
            "dragen en wat hun verplichte kapitaal te boven gaat; rechts de kosten van de "
            "regel: investeringen die niet doorgaan en vereist kapitaal. Boven: het "
            "gekalibreerde krimppad; onder: het zware scenario."
        ),
        "en": (
            "For each rule, left the credit losses, split into what the lenders bear and what"
            " exceeds their required capital; right the costs of the rule: investment not "
            "made and capital required. Top the bust path as calibrated, bottom the severe "
            "case."
        ),
    },
    "sup_forgone_axis": {
        "nl": "Investeringen die niet doorgaan (miljard dollar)",
        "en": "Investment not made (US$ bn)",
    },
    "sup_tradeoff_description": {
        "nl": (
            "Een lijn per regel die de kredietverlening beperkt: hoe strenger de regel, hoe "
            "meer investeringen niet doorgaan (horizontaal) en hoe lager het kredietverlies in "
            "het zware scenario (verticaal)."
        ),
        "en": (
            "Lines for each rule that limits lending: the stricter the rule, the more "
            "investment is not made (horizontal) and the lower the credit losses in the "
            "severe case (vertical)."
        ),
    },
    "sup_mix_row": {"nl": "Jouw mix", "en": "Your mix"},
    "sup_mixer_title": {
        "nl": "Beleidsmixer: kies de regels en bekijk de verliezen en de kosten",
        "en": "Policy mixer: choose the rules, see losses and costs",
    },
    "sup_mixer_description": {
        "nl": (
            "Met vijf regelaars stel je een mix van regels in; de balken tonen de "
            "kredietverliezen in het zware scenario (gedragen door de kredietverleners en "
            "boven hun verplichte kapitaal) en de kosten van de mix."
        ),
        "en": (
            "Five controls set a mix of rules; the bars show the credit losses in the severe "
            "case (borne by the lenders, and beyond their required capital) and the costs of "
            "the mix."
        ),
    },
    "sup_slider_disclosure": {
        "nl": "Openbaarmaking van rondgaand geld",
        "en": "Disclosure of round-tripped money",
    },
    "sup_slider_ltv": {
        "nl": "Maximale lening als deel van de projectkosten (100% = geen limiet)",
        "en": "Maximum loan as a share of project cost (100% = no limit)",
    },
    "sup_slider_capital": {
        "nl": "Kapitaalbuffer van kredietverleners (% van hun blootstelling)",
        "en": "Lenders' capital buffer (% of their exposure)",
    },
    "sup_slider_concentration": {
        "nl": "Grootste lening aan één kredietnemer",
        "en": "Largest loan to one borrower",
    },
    "sup_slider_stress": {
        "nl": "Kredietverleners moeten de stresstest doorstaan",
        "en": "Lenders must pass the stress test",
    },
    "sup_yes": {"nl": "ja", "en": "yes"},
    "sup_no": {"nl": "nee", "en": "no"},
    "sup_col_supervisor": {"nl": "Toezichthouder", "en": "Supervisor"},
    "sup_col_date": {"nl": "Datum", "en": "Date"},
    "sup_col_statement": {
        "nl": "Wat zij zeiden (in eigen woorden)",
        "en": "What they said (paraphrased)",
    },
    "sup_col_sources": {"nl": "Bronnen", "en": "Sources"},
    "sup_statements_caption": {
        "nl": "Uitspraken van toezichthouders over de financiering van AI (parafrase)",
        "en": "Supervisors' statements on the financing of AI (paraphrased)",
    },
    "sup_supervisor_boe": {"nl": "Bank of England", "en": "Bank of England"},
    "sup_supervisor_imf": {"nl": "IMF", "en": "IMF"},
    "sup_supervisor_ecb": {"nl": "ECB", "en": "ECB"},
    "sup_supervisor_dnb": {"nl": "DNB (met AFM)", "en": "DNB (with AFM)"},
    "sup_supervisor_fsb": {"nl": "Financial Stability Board", "en": "Financial Stability Board"},
    "sup_supervisor_bis": {"nl": "BIS", "en": "BIS"},
    "sup_statement_0": {
        "nl": (
            "Het risico van een scherpe koerscorrectie is gestegen; aandelen van AI-bedrijven "
            "zijn duur en de markt is geconcentreerd. Overslag naar het Britse financiële "
            "stelsel is een wezenlijk risico."
        ),
        "en": (
            "The risk of a sharp market correction has increased; AI-focused tech stocks look "
            "stretched and indices are concentrated. Spillovers to the UK financial system are "
            "a material risk."
        ),
    },
    "sup_statement_1": {
        "nl": (
            "Volgens berichten onderzoekt de BoE leningen aan datacenters en de circulaire "
            "deals; datacenterschuld die via effectisering is doorverkocht, is een indirecte "
            "blootstelling."
        ),
        "en": (
            "Reportedly examining lending to data centres and the circular deals; securitised "
            "data-centre debt is an indirect exposure."
        ),
    },
    "sup_statement_2": {
        "nl": (
            "De waarderingen blijven fors aan de hoge kant; ongeveer de helft van de "
            "AI-investeringen wordt van buiten gefinancierd, veel met schuld. Tegelijk "
            "verlaagde de BoE de kapitaalnorm voor banken."
        ),
        "en": (
            "Valuations remain materially stretched; about half of AI investment will be "
            "financed externally, much of it by debt. In the same report the bank capital "
            "benchmark was lowered."
        ),
    },
    "sup_statement_3": {
        "nl": (
            "Als de AI-hausse omslaat, kan de klap zo hard aankomen als de dotcomcrash; de "
            "hoofdeconoom vond de hausse toen nog grotendeels niet met schuld gefinancierd, "
            "zodat banken gespaard zouden kunnen blijven."
        ),
        "en": (
            "A bust could rival the dot-com crash; the chief economist then judged the boom "
            "mostly not debt-financed, so banks might be spared."
        ),
    },
    "sup_statement_4": {
        "nl": (
            "Niet-banken houden bijna de helft van de financiële activa wereldwijd; grote "
            "banken hebben veel uitstaan bij hen. Het IMF vraagt om betere gegevens en meer "
            "toezicht."
        ),
        "en": (
            "Non-banks hold close to half of global financial assets and large banks are "
            "heavily exposed to them; the IMF calls for better data and oversight."
        ),
    },
    "sup_statement_5": {
        "nl": (
            "Het sentiment kan snel omslaan als de winsten van AI-bedrijven tegenvallen; "
            "de ondoorzichtigheid van private markten kan spanningen versterken."
        ),
        "en": (
            "Sentiment could shift abruptly if AI earnings disappoint; opacity in private "
            "markets could amplify stress."
        ),
    },
    "sup_statement_6": {
        "nl": (
            "Private credit bedreigt de stabiliteit nu niet, maar financiert steeds meer AI en "
            "datacenters; de ECB wil meer en beter gedeelde gegevens."
        ),
        "en": (
            "Private credit is no threat to stability yet but increasingly funds AI firms and "
            "data centres; the ECB wants more data, better shared."
        ),
    },
    "sup_statement_7": {
        "nl": (
            "Waarschuwing aan pensioenfondsen, verzekeraars en beleggingsinstellingen voor "
            "hun geconcentreerde beleggingen in techaandelen."
        ),
        "en": (
            "Warned pension funds, insurers and investment institutions about their "
            "concentrated holdings of tech stocks."
        ),
    },
    "sup_statement_8": {
        "nl": (
            "Een 'potentieel giftige cocktail': geopolitiek, kans op een plotselinge correctie "
            "en snelle groei van ondoorzichtige private credit. Het waarschuwingsniveau blijft "
            "oranje."
        ),
        "en": (
            "A 'potentially toxic cocktail': geopolitics, the risk of a sudden correction and "
            "fast growth of opaque private credit; warning level kept at orange."
        ),
    },
    "sup_statement_9": {
        "nl": (
            "AI-bedrijven waren in 2025 meer dan een derde van de private-creditdeals; een "
            "scherpe correctie kan forse kredietverliezen geven."
        ),
        "en": (
            "AI firms were more than a third of private-credit deals in 2025; a sharp "
            "correction could cause sizeable credit losses."
        ),
    },
    "sup_statement_10": {
        "nl": (
            "Rondgaande financiering is 'doorgaans slecht openbaar gemaakt', met het risico "
            "dat hetzelfde bezit meer dan eens als onderpand dient."
        ),
        "en": (
            "Circular financing is 'typically poorly disclosed', with a risk of the same "
            "asset being pledged more than once."
        ),
    },
    "sup_conc_none": {
        "nl": "geen limiet",
        "en": "no limit",
    },
    "sup_conc_4": {
        "nl": "4 × het kapitaal",
        "en": "4 × capital",
    },
    "sup_conc_2": {
        "nl": "2 × het kapitaal",
        "en": "2 × capital",
    },
    "sup_conc_1": {
        "nl": "1 × het kapitaal",
        "en": "1 × capital",
    },
    "sup_losses_panel_bust": {
        "nl": "Krimppad: kredietverliezen",
        "en": "Bust path: credit losses",
    },
    "sup_losses_panel_severe": {
        "nl": "Zwaar scenario: kredietverliezen",
        "en": "Severe case: credit losses",
    },
    "sup_credit_loss_axis": {
        "nl": "Kredietverlies (miljard dollar)",
        "en": "Credit losses (US$ bn)",
    },
    "sup_sweep_disclosure": {
        "nl": "Openbaarmaking van circulaire deals",
        "en": "Disclosure of circular deals",
    },
    "sup_sweep_max_loan_to_value": {
        "nl": "Hefboomlimiet",
        "en": "Leverage limit",
    },
    "sup_sweep_max_exposure_to_capital": {
        "nl": "Concentratielimiet",
        "en": "Concentration limit",
    },
}
