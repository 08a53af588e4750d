"""Texts of the stagnation scenario's data rows (keys ``calib_``, ``assumption_``,
``period_type_``, ``event_``). English texts repeat ``data/calibration.csv``,
``data/assumptions.csv`` and ``data/events.csv`` (a test keeps them equal); the Dutch texts
are their translations."""

LABELS: dict[str, dict[str, str]] = {
    "calib_item_opening_cash": {
        "nl": "kas bij de start",
        "en": "cash at the start",
    },
    "calib_item_cash_buffer_years": {
        "nl": "kasbuffer (jaren verplichtingen)",
        "en": "cash buffer (years of obligations)",
    },
    "calib_item_outside_cash_flow": {
        "nl": "kasstroom van buiten het netwerk (per jaar)",
        "en": "cash flow from outside the network (per year)",
    },
    "calib_item_fixed_cost_total": {
        "nl": "vaste lasten buiten het netwerk (totaal)",
        "en": "fixed costs outside the network, total",
    },
    "calib_item_fixed_cost_start_year": {
        "nl": "vaste lasten: eerste jaar",
        "en": "fixed costs: first year",
    },
    "calib_item_fixed_cost_years": {
        "nl": "vaste lasten: looptijd in jaren",
        "en": "fixed costs: term (years)",
    },
    "calib_item_contract_total": {
        "nl": "contractbedrag",
        "en": "contract amount",
    },
    "calib_item_contract_start_year": {
        "nl": "contract: eerste jaar",
        "en": "contract: first year",
    },
    "calib_item_contract_years": {
        "nl": "contract: looptijd in jaren",
        "en": "contract: term (years)",
    },
    "calib_item_lease_coverage": {
        "nl": "huur als veelvoud van de schuldendienst",
        "en": "rent as a multiple of debt service",
    },
    "calib_item_debt": {
        "nl": "schuld",
        "en": "debt",
    },
    "calib_item_debt_amortisation_years": {
        "nl": "schuld: aflossingstermijn in jaren",
        "en": "debt: repaid over (years)",
    },
    "calib_item_build_out_share": {
        "nl": "schuld: deel voor AI-datacenters",
        "en": "debt: share for the build-out",
    },
    "calib_item_interest_rate": {
        "nl": "rente",
        "en": "interest rate",
    },
    "calib_item_running_cost_share": {
        "nl": "lopende kosten (deel van de contractomzet)",
        "en": "running costs (share of contract revenue)",
    },
    "calib_item_infrastructure_cost": {
        "nl": "kosten van de infrastructuur",
        "en": "cost of the infrastructure",
    },
    "calib_item_revenue_start": {
        "nl": "omzet op jaarbasis eind 2025",
        "en": "annualised revenue at the end of 2025",
    },
    "calib_item_revenue_target": {
        "nl": "omzetdoel",
        "en": "revenue target",
    },
    "calib_item_revenue_target_year": {
        "nl": "jaar van het omzetdoel",
        "en": "year of the revenue target",
    },
    "calib_item_first_year_funding": {
        "nl": "nieuw geld in het eerste jaar",
        "en": "new money in the first year",
    },
    "calib_item_round_tripped_funding": {
        "nl": "rondgaand geld in die ronde",
        "en": "round-tripped money in that round",
    },
    "calib_item_other_cost_share": {
        "nl": "overige kosten (deel van de omzet)",
        "en": "other costs (share of revenue)",
    },
    "period_type_quarter": {
        "nl": "kwartaal",
        "en": "quarter",
    },
    "period_type_half_year": {
        "nl": "halfjaar",
        "en": "half-year",
    },
    "period_type_twelve_months": {
        "nl": "twaalf maanden",
        "en": "twelve months",
    },
    "period_type_fiscal_year": {
        "nl": "boekjaar",
        "en": "fiscal year",
    },
    "period_type_calendar_year": {
        "nl": "kalenderjaar",
        "en": "calendar year",
    },
    "period_type_multi_year": {
        "nl": "meerdere jaren (opgeteld)",
        "en": "several years (cumulative)",
    },
    "period_type_annual_average": {
        "nl": "jaargemiddelde",
        "en": "annual average",
    },
    "period_type_span": {
        "nl": "periode",
        "en": "span",
    },
    "period_type_point_in_time": {
        "nl": "stand op een datum",
        "en": "level at a date",
    },
    "period_type_run_rate": {
        "nl": "op jaarbasis",
        "en": "run rate",
    },
    "period_type_deal": {
        "nl": "deal",
        "en": "deal",
    },
    "period_type_metric": {
        "nl": "cijfer",
        "en": "figure",
    },
    "period_type_assumption": {
        "nl": "aanname",
        "en": "assumption",
    },
    "calib_openai_revenue_start": {
        "nl": (
            "Omzet van OpenAI op jaarbasis eind 2025, zoals de financieel directeur die in januari "
            "2026 noemde."
        ),
        "en": (
            "OpenAI's annualised revenue run-rate at the end of 2025, as reported by its CFO "
            "in January 2026."
        ),
    },
    "calib_openai_revenue_target": {
        "nl": (
            "De omzet die OpenAI in februari 2026 aan beleggers voorhield voor 2030 (een doel van "
            "OpenAI, geen voorspelling van dit boek)."
        ),
        "en": (
            "The revenue OpenAI told investors in February 2026 it expects in 2030 (a target, "
            "not a forecast of this book)."
        ),
    },
    "calib_openai_revenue_target_year": {
        "nl": "Het jaar van dat doel.",
        "en": "The year of that target.",
    },
    "calib_openai_first_year_funding": {
        "nl": (
            "De financieringsronde die op 31 maart 2026 werd afgesloten (D38), min het deel van "
            "het belang van Amazon (D26) dat afhangt van een beursgang of andere mijlpalen: het "
            "nieuwe geld van 2026. Vanaf 2027 geldt de financieringsregel uit de aannames."
        ),
        "en": (
            "The funding round that closed on 31 March 2026 (D38), less the part of Amazon's "
            "stake (D26) that depends on an IPO or other milestones: the money of 2026. From "
            "2027 the funding rule of the assumptions applies."
        ),
    },
    "calib_openai_round_tripped": {
        "nl": (
            "Het deel van het geld van 2026 dat van de eigen leveranciers van OpenAI kwam: het "
            "belang van Nvidia (D26b) en het direct betaalde deel van dat van Amazon (D26). Het "
            "vloeit als betalingen voor chips en rekenkracht naar hen terug."
        ),
        "en": (
            "The part of the 2026 money that came from OpenAI's own suppliers: Nvidia's stake "
            "(D26b) and the upfront part of Amazon's (D26). It flows back to them as payments "
            "for chips and compute."
        ),
    },
    "calib_openai_opening_cash": {
        "nl": (
            "De kas van OpenAI eind 2025 is niet openbaar; de schatting staat in de tabel met "
            "aannames."
        ),
        "en": (
            "OpenAI's cash at the end of 2025 is not published; estimated in the assumptions "
            "table."
        ),
    },
    "calib_openai_other_cost_share": {
        "nl": (
            "De uitgaven van OpenAI buiten de contracten voor rekenkracht in het netwerk, als deel "
            "van de omzet (een aanname)."
        ),
        "en": (
            "OpenAI's cash costs other than the compute contracts in the network, as a share "
            "of revenue (an assumption)."
        ),
    },
    "calib_openai_oracle_total": {
        "nl": "Het cloudcontract van OpenAI met Oracle (D03).",
        "en": "OpenAI's cloud contract with Oracle (D03).",
    },
    "calib_openai_oracle_start": {
        "nl": "Eerste jaar van het contract (volgens berichten 2027).",
        "en": "First year of the contract (reported as 2027).",
    },
    "calib_openai_oracle_years": {
        "nl": "Looptijd van het contract in jaren (D03: ongeveer vijf).",
        "en": "Term of the contract in years (D03: about five).",
    },
    "calib_openai_microsoft_total": {
        "nl": (
            "De extra toezegging van OpenAI om rekenkracht van Microsoft (Azure) af te nemen "
            "(D14)."
        ),
        "en": "OpenAI's incremental commitment to buy Azure compute from Microsoft (D14).",
    },
    "calib_openai_microsoft_start": {
        "nl": (
            "Gerekend vanaf het eerste jaar van het scenario (er is geen startjaar bekendgemaakt)."
        ),
        "en": "Counted from the first year of the scenario (no start is published).",
    },
    "calib_openai_microsoft_years": {
        "nl": (
            "Er is geen looptijd bekendgemaakt; verdeeld over de periode van de toezeggingen van "
            "OpenAI voor rekenkracht (een aanname)."
        ),
        "en": (
            "No term is published; spread over the horizon of OpenAI's compute commitments (an "
            "assumption)."
        ),
    },
    "calib_openai_amazon_total": {
        "nl": "Het zevenjarige contract van OpenAI met Amazon Web Services (D15).",
        "en": "OpenAI's seven-year contract with Amazon Web Services (D15).",
    },
    "calib_openai_amazon_start": {
        "nl": "Gerekend vanaf 2026: de capaciteit moest voor eind 2026 geleverd zijn (D15).",
        "en": "Counted from 2026: the capacity was to be delivered before the end of 2026 (D15).",
    },
    "calib_openai_amazon_years": {
        "nl": "Looptijd van het contract in jaren (D15).",
        "en": "Term of the contract in years (D15).",
    },
    "calib_openai_coreweave_total": {
        "nl": "De drie contracten van OpenAI met CoreWeave (D05, D06 en D07) samen.",
        "en": "OpenAI's three contracts with CoreWeave (D05, D06, D07) together.",
    },
    "calib_openai_coreweave_start": {
        "nl": (
            "Het jaar waarin het eerste contract werd getekend; het deel dat in 2025 moest worden "
            "betaald, valt voor het begin van het scenario."
        ),
        "en": (
            "The year the first of them was signed; the part due in 2025 falls before the "
            "scenario."
        ),
    },
    "calib_openai_coreweave_years": {
        "nl": (
            "Looptijd van het eerste contract in jaren (D05: vijf); we nemen aan dat de "
            "uitbreidingen even lang lopen."
        ),
        "en": (
            "Term of the first contract in years (D05: five); the add-ons are taken to run "
            "alongside it."
        ),
    },
    "calib_openai_cerebras_total": {
        "nl": (
            "Het contract van OpenAI voor rekenkracht van Cerebras om AI-modellen te draaien (D27; "
            "minstens dit bedrag)."
        ),
        "en": "OpenAI's contract for Cerebras inference compute (D27; at least this amount).",
    },
    "calib_openai_cerebras_start": {
        "nl": (
            "Het jaar waarin het contract werd getekend (de capaciteit komt vanaf 2026 in fasen)."
        ),
        "en": "The year the contract was signed (capacity staged from 2026).",
    },
    "calib_openai_cerebras_years": {
        "nl": "Looptijd van het contract in jaren (D27: ongeveer drie).",
        "en": "Term of the contract in years (D27: about three).",
    },
    "calib_oracle_cash": {
        "nl": (
            "De liquide middelen van Oracle op 28 februari 2026, na de uitgifte van gewone en "
            "converteerbare obligaties in februari."
        ),
        "en": (
            "Oracle's cash and cash equivalents on 28 February 2026, after its February bond "
            "and convertible issues."
        ),
    },
    "calib_oracle_cash_flow": {
        "nl": (
            "De operationele kasstroom van Oracle in boekjaar 2026 (tot en met mei 2026), voor "
            "investeringen, met de betaalde rente erbij opgeteld (de rentelasten van het derde "
            "kwartaal van boekjaar 2026 maal vier). Het model rekent de rente op de schuld van "
            "Oracle namelijk zelf. De bouw voor OpenAI komt in het model via de aankoop van chips "
            "en de huurbetalingen hieronder."
        ),
        "en": (
            "Oracle's operating cash flow in fiscal 2026 (to May 2026), before capital "
            "expenditure, with its interest added back (the interest expense of fiscal Q3 2026 "
            "times four), because the model charges interest on Oracle's debt itself. The "
            "build-out for OpenAI enters as the chip purchase and the lease payments below."
        ),
    },
    "calib_oracle_debt_2025": {
        "nl": (
            "De langlopende schuld van Oracle eind augustus 2025. Die moet pas na de looptijd van "
            "het scenario worden afgelost of wordt geherfinancierd: ze gaat alleen verloren als "
            "Oracle in gebreke blijft."
        ),
        "en": (
            "Oracle's long-term debt at the end of August 2025. It falls due after the horizon "
            "or is refinanced: only lost if Oracle defaults."
        ),
    },
    "calib_oracle_debt_2025_build_out": {
        "nl": (
            "Het deel van die schuld dat we tellen als financiering van de bouw voor AI (een "
            "aanname: de schuld werd grotendeels al eerder aangegaan)."
        ),
        "en": (
            "The part of that debt taken as financing the AI build-out (an assumption: it was "
            "mostly raised before the build-out)."
        ),
    },
    "calib_oracle_bonds_build_out": {
        "nl": (
            "De obligaties die Oracle na augustus 2025 verkocht om datacenters voor AI te bouwen "
            "(B02 in september 2025, B06 in februari 2026), aflosbaar in 2030-2066."
        ),
        "en": (
            "The bonds Oracle sold for its build-out after August 2025 (B02 in September 2025, "
            "B06 in February 2026), due 2030-2066."
        ),
    },
    "calib_oracle_interest": {
        "nl": (
            "Rente op de schuld van Oracle (een aanname; de nieuwe obligaties betalen een coupon "
            "van ongeveer 4,5 tot 6,9%)."
        ),
        "en": (
            "Interest on Oracle's debt (an assumption; its new bonds pay coupons of about "
            "4.5-6.9%)."
        ),
    },
    "calib_oracle_running_costs": {
        "nl": (
            "De lopende uitgaven van Oracle (stroom, personeel, onderhoud) als deel van de "
            "contractomzet van klanten die nog betalen."
        ),
        "en": (
            "Oracle's cash running costs (power, staff, maintenance) as a share of the "
            "contract revenue due from customers that still pay."
        ),
    },
    "calib_oracle_infrastructure": {
        "nl": (
            "De bezittingen die de kredietverleners van Oracle kunnen verkopen als Oracle in "
            "gebreke blijft: de schuld gedeeld door het deel van de projectkosten dat met schuld "
            "is betaald (een aanname)."
        ),
        "en": (
            "The assets Oracle's lenders can sell if it defaults: its debt divided by the debt "
            "share of a project's cost (an assumption)."
        ),
    },
    "calib_oracle_leases_total": {
        "nl": (
            "De leaseverplichtingen van Oracle voor datacenters die op 30 november 2025 nog niet "
            "in gebruik waren, te betalen als huur over de looptijd van de huurcontracten."
        ),
        "en": (
            "Oracle's lease commitments for data centres not yet commenced at 30 November "
            "2025, paid as rent over the lease term."
        ),
    },
    "calib_oracle_leases_start": {
        "nl": "Eerste jaar waarin die huur wordt betaald (een aanname).",
        "en": "First year in which that rent is paid (an assumption).",
    },
    "calib_oracle_leases_years": {
        "nl": "Looptijd van de huurcontracten in jaren (een aanname).",
        "en": "Lease term in years (an assumption).",
    },
    "calib_oracle_nvidia_total": {
        "nl": (
            "De geplande aankoop door Oracle van Nvidia GB200-systemen voor de locatie van OpenAI "
            "in Abilene."
        ),
        "en": "Oracle's planned purchase of Nvidia GB200 systems for OpenAI's Abilene site.",
    },
    "calib_oracle_nvidia_start": {
        "nl": (
            "Geteld als nog te betalen vanaf 2026 (de periode is 2025-2026; de verdeling over de "
            "jaren is niet bekendgemaakt, dus dit is eerder te streng voor Oracle)."
        ),
        "en": (
            "Counted as still to be paid from 2026 (the period is 2025-2026; the split is not "
            "published, so this is on the harsh side for Oracle)."
        ),
    },
    "calib_oracle_nvidia_years": {
        "nl": "Betaald in gelijke delen over dit aantal jaren (een aanname).",
        "en": "Paid in equal parts over this many years (an assumption).",
    },
    "calib_microsoft_cash_flow": {
        "nl": (
            "De kasstroom die Microsoft voor zijn verplichtingen heeft, als veelvoud van zijn "
            "investeringen in boekjaar 2025 (een aanname)."
        ),
        "en": (
            "Microsoft's cash flow available for its obligations, taken as a multiple of its "
            "capex in fiscal 2025 (an assumption)."
        ),
    },
    "calib_microsoft_running_costs": {
        "nl": "Lopende kosten om het contract uit te voeren (een aanname).",
        "en": "Running costs of serving the contract (an assumption).",
    },
    "calib_amazon_running_costs": {
        "nl": "Lopende kosten om het contract uit te voeren (een aanname).",
        "en": "Running costs of serving the contract (an assumption).",
    },
    "calib_cerebras_running_costs": {
        "nl": "Lopende kosten om het contract uit te voeren (een aanname).",
        "en": "Running costs of serving the contract (an assumption).",
    },
    "calib_meta_cash_flow": {
        "nl": (
            "De kasstroom die Meta voor zijn verplichtingen heeft, als veelvoud van zijn "
            "investeringen in 2025 (een aanname)."
        ),
        "en": (
            "Meta's cash flow available for its obligations, taken as a multiple of its capex "
            "in 2025 (an assumption)."
        ),
    },
    "calib_meta_coreweave_total": {
        "nl": (
            "Het contract van Meta met CoreWeave voor gereserveerde capaciteit, tot en met "
            "december 2032 (D17b)."
        ),
        "en": "Meta's dedicated-capacity contract with CoreWeave through December 2032 (D17b).",
    },
    "calib_meta_coreweave_start": {
        "nl": "Het jaar waarin het contract werd getekend.",
        "en": "The year the contract was signed.",
    },
    "calib_meta_coreweave_years": {
        "nl": "Van 2026 tot en met december 2032.",
        "en": "From 2026 through December 2032.",
    },
    "calib_meta_hyperion_lease": {
        "nl": (
            "Meta huurt het Hyperion-datacenter van de joint venture; de huur is een veelvoud van "
            "de rente en aflossing van de joint venture (een aanname: de huur is niet "
            "bekendgemaakt)."
        ),
        "en": (
            "Meta rents the Hyperion data centre from the joint venture; the rent is taken as "
            "a multiple of the venture's debt service (an assumption: the rent is not "
            "published)."
        ),
    },
    "calib_coreweave_cash_flow": {
        "nl": (
            "De omzet van CoreWeave uit klanten buiten het netwerk: de omzet in het eerste "
            "kwartaal van 2026, maal vier voor een jaar, maal het aandeel van Microsoft in de "
            "omzet van 2025, min de lopende kosten."
        ),
        "en": (
            "CoreWeave's revenue from customers outside the network: its revenue in the first "
            "quarter of 2026, times four for a year, times Microsoft's share of its 2025 "
            "revenue, less running costs."
        ),
    },
    "calib_coreweave_debt_2025_pc": {
        "nl": (
            "De schuld van CoreWeave eind 2025, het deel dat we als private credit tellen "
            "(leningen met GPU's als onderpand): verdeeld volgens de verwachte mix van "
            "datacenterschuld van Morgan Stanley."
        ),
        "en": (
            "CoreWeave's debt at the end of 2025, the part taken as private credit (GPU-backed "
            "loans): split by Morgan Stanley's forecast mix of data-centre debt."
        ),
    },
    "calib_coreweave_debt_2025_pc_years": {
        "nl": (
            "Leningen met GPU's als onderpand worden afgelost uit de contracten die ze "
            "financieren, in ongeveer dit aantal jaren (een aanname)."
        ),
        "en": (
            "GPU-backed loans are repaid from the contracts they finance, over about this many "
            "years (an assumption)."
        ),
    },
    "calib_coreweave_debt_2025_bonds": {
        "nl": (
            "De schuld van CoreWeave eind 2025, de rest: obligaties, af te lossen op de einddatum "
            "(na de looptijd van het scenario, of geherfinancierd)."
        ),
        "en": (
            "CoreWeave's debt at the end of 2025, the rest: notes and other bonds, repaid at "
            "maturity (after the horizon or refinanced)."
        ),
    },
    "calib_coreweave_ddtl4": {
        "nl": (
            "De termijnlening van maart 2026 met GPU's als onderpand, op te nemen in delen (B12), "
            "geregeld door banken en gedekt door een contract met een klant met een hoge "
            "kredietwaardigheid."
        ),
        "en": (
            "The GPU-backed delayed-draw term loan of March 2026 (B12), arranged by banks and "
            "secured on a contract with an investment-grade customer."
        ),
    },
    "calib_coreweave_ddtl4_years": {
        "nl": "Afgelost over de looptijd (B12: ongeveer zes jaar).",
        "en": "Repaid over its term (B12: about six years).",
    },
    "calib_coreweave_ddtl5": {
        "nl": (
            "De lening van mei 2026 met GPU's als onderpand (B13), gedekt door contracten met twee "
            "klanten met een speculatieve rating."
        ),
        "en": (
            "The GPU-backed loan of May 2026 (B13), secured on contracts with two customers "
            "below investment grade."
        ),
    },
    "calib_coreweave_ddtl5_years": {
        "nl": "Afgelost over de looptijd (B13: ongeveer vijfenhalf jaar).",
        "en": "Repaid over its term (B13: about five and a half years).",
    },
    "calib_coreweave_notes_2026": {
        "nl": (
            "Niet-achtergestelde en converteerbare obligaties van april 2026 (B14), aflosbaar in "
            "2031-2032."
        ),
        "en": "Senior and convertible notes of April 2026 (B14), due 2031-2032.",
    },
    "calib_coreweave_interest": {
        "nl": (
            "Rente op de schuld van CoreWeave (een aanname op basis van de renteopslagen van de "
            "leningen van 2026)."
        ),
        "en": (
            "Interest on CoreWeave's debt (an assumption based on the spreads of its 2026 "
            "loans)."
        ),
    },
    "calib_coreweave_cash": {
        "nl": "Kas bij de start, in jaren verplichtingen van het eerste jaar (een aanname).",
        "en": "Cash at the start, in years of first-year obligations (an assumption).",
    },
    "calib_coreweave_running_costs": {
        "nl": "Lopende kosten als deel van de contractomzet (een aanname).",
        "en": "Running costs as a share of contract revenue (an assumption).",
    },
    "calib_coreweave_infrastructure": {
        "nl": (
            "De kosten van de GPU's en datacenters die met de schuld van CoreWeave zijn betaald: "
            "de schuld gedeeld door het deel van de projectkosten dat met schuld is betaald (een "
            "aanname)."
        ),
        "en": (
            "The cost of the GPUs and data centres CoreWeave's debt financed: its debt divided "
            "by the debt share of a project's cost (an assumption)."
        ),
    },
    "calib_hyperion_debt": {
        "nl": (
            "De onderhandse obligatie van de joint venture Hyperion (D11b), gekocht door "
            "private-creditfondsen en obligatiefondsen; aflosbaar in 2049."
        ),
        "en": (
            "The private placement of the Hyperion joint venture (D11b), bought by "
            "private-credit and bond funds; due in 2049."
        ),
    },
    "calib_hyperion_interest": {
        "nl": (
            "Rente op de schuld van de joint venture (een aanname; de obligaties renderen ongeveer "
            "6,6%)."
        ),
        "en": "Interest on the venture's debt (an assumption; its bonds yield about 6.6%).",
    },
    "calib_hyperion_cash": {
        "nl": "Kas bij de start, in jaren verplichtingen van het eerste jaar (een aanname).",
        "en": "Cash at the start, in years of first-year obligations (an assumption).",
    },
    "calib_hyperion_infrastructure": {
        "nl": "De bouwkosten van het Hyperion-datacenter (D11).",
        "en": "The development cost of the Hyperion data centre (D11).",
    },
    "assumption_amazon_upfront_share": {
        "nl": (
            "Het deel van de US$\xa050\xa0mld. van Amazon in de financieringsronde van OpenAI van "
            "februari 2026 (D26) dat direct werd betaald: volgens de toelichting bij de deal "
            "US$\xa015\xa0mld. direct en US$\xa035\xa0mld. afhankelijk van mijlpalen. Alleen het "
            "direct betaalde deel telt als kas bij de start."
        ),
        "en": (
            "Share of Amazon's $50B in OpenAI's Feb-2026 round (D26) paid upfront: $15B "
            "upfront, $35B conditional on milestones, per the deal note. Only the upfront part "
            "counts as cash at the start."
        ),
    },
    "assumption_bust_growth": {
        "nl": (
            "Jaarlijkse verandering van de AI-omzet op het krimppad nadat de groei stokt: een "
            "daling van een kwart per jaar. Gekozen als een scherpe krimp. De uitgaven aan "
            "telecomapparatuur daalden van US$\xa0110\xa0mld. (2000) naar een verwachte "
            "US$\xa082\xa0mld. (2002), ongeveer 14% per jaar, en de Nasdaq verloor 77% van top tot "
            "dal."
        ),
        "en": (
            "Yearly change of AI revenue in the bust path after the stall: a fall of a quarter "
            "a year. Chosen as a sharp contraction; telecom equipment spending fell from $110B "
            "(2000) to a forecast $82B (2002), about 14% a year, and the Nasdaq lost 77% peak "
            "to trough."
        ),
    },
    "assumption_debt_interest_rate": {
        "nl": (
            "Rente op de schuld van Oracle en van de joint venture Hyperion. De obligaties van "
            "Hyperion renderen ongeveer 6,58% (D11b); de obligaties van Oracle van september 2025 "
            "en februari 2026 betalen een coupon van ongeveer 4,5 tot 6,9% (B02, B06)."
        ),
        "en": (
            "Interest on the debt of Oracle and the Hyperion joint venture. The Hyperion bonds "
            "yield about 6.58% (D11b); Oracle's bonds of September 2025 and February 2026 pay "
            "coupons of about 4.5-6.9% (B02, B06)."
        ),
    },
    "assumption_funding_growth_threshold": {
        "nl": (
            "Beleggers blijven een AI-bedrijf alleen financieren zolang de omzet in dat jaar "
            "minstens zo snel groeit. Aanname: er is geen gepubliceerde grens. Een kwart per jaar "
            "ligt ruim onder de groei van ongeveer 70% per jaar die het doel van OpenAI uit "
            "februari 2026 veronderstelt (van een omzet op jaarbasis van US$\xa020\xa0mld. eind "
            "2025 naar meer dan US$\xa0280\xa0mld. in 2030)."
        ),
        "en": (
            "Investors keep funding an AI lab only while its revenue grows at least this fast "
            "in the year. Assumption: no published threshold; a quarter a year is well below "
            "the growth of about 70% a year that OpenAI's February-2026 target implies (from a "
            "$20B run-rate at the end of 2025 to more than $280B in 2030)."
        ),
    },
    "assumption_funding_to_revenue": {
        "nl": (
            "Nieuw geld dat een AI-bedrijf vanaf 2027 per jaar ophaalt per dollar omzet, zolang de "
            "groei aanhoudt (de ronde van 2026 telt zoals ze werd opgehaald). Een voorzichtige "
            "aanname vergeleken met 2026: toen werd US$\xa0122\xa0mld. toegezegd (D38) bij een "
            "omzet op jaarbasis van US$\xa020\xa0mld. eind 2025, ongeveer 6 dollar per dollar "
            "omzet."
        ),
        "en": (
            "New money an AI lab raises per dollar of revenue in a year from 2027 on, while "
            "growth holds (the 2026 round is counted as it was raised). Assumption, "
            "conservative next to 2026: $122B committed (D38) on an end-2025 run-rate of $20B, "
            "about 6."
        ),
    },
    "assumption_hyperscaler_cash_flow_to_capex": {
        "nl": (
            "De jaarlijkse kasstroom die Microsoft en Meta voor hun verplichtingen hebben, als "
            "veelvoud van hun investeringen. Aanname: Morgan Stanley verwacht dat de kasstroom van "
            "de hyperscalers ongeveer US$\xa01,4\xa0biljoen van de US$\xa02,9\xa0biljoen aan "
            "investeringen betaalt, dus hun kasstroom is minstens zo groot als hun investeringen. "
            "Geen van beide kan in dit model in gebreke blijven."
        ),
        "en": (
            "Microsoft's and Meta's yearly cash flow available for their obligations, as a "
            "multiple of their capex. Assumption: Morgan Stanley expects hyperscaler cash "
            "flows to fund about $1.4T of the $2.9T build-out, so their cash flow is at least "
            "of the order of their capex. Neither can default in this model."
        ),
    },
    "assumption_infra_debt_share": {
        "nl": (
            "Schuld als deel van de kosten van de infrastructuur die ermee is betaald; hiermee "
            "rekenen we een schuld om naar de waarde van de infrastructuur. De SPV van Hyperion "
            "haalde ongeveer US$\xa027\xa0mld. aan schuld en US$\xa02,5\xa0mld. aan eigen vermogen "
            "op (D11b): ongeveer 0,9."
        ),
        "en": (
            "Debt as a share of the cost of the infrastructure it financed, used to turn debt "
            "into an infrastructure value. The Hyperion SPV raised about $27B of debt and "
            "$2.5B of equity (D11b), about 0.9."
        ),
    },
    "assumption_lab_opening_cash": {
        "nl": (
            "De kas van het AI-bedrijf eind 2025. Niet openbaar: OpenAI ontving de "
            "US$\xa041\xa0mld. van zijn ronde van 2025 (D25b, afgerond in december 2025) en "
            "verbruikte in 2025 ongeveer US$\xa08\xa0mld. (Reuters). We nemen ongeveer "
            "US$\xa030\xa0mld. als kas aan het begin van 2026, voor de ronde van 2026."
        ),
        "en": (
            "The AI lab's cash at the end of 2025. Not published: OpenAI received the $41B of "
            "its 2025 round (D25b, completed December 2025) and burned about $8B in 2025 "
            "(Reuters); about $30B is taken as cash at the start of 2026, before the 2026 "
            "round."
        ),
    },
    "assumption_lab_other_cost_share": {
        "nl": (
            "De uitgaven van het AI-bedrijf buiten de contracten voor rekenkracht in het netwerk "
            "(personeel, verkoop, andere leveranciers) als deel van de omzet. Aanname: een "
            "uitsplitsing is niet openbaar. In 2025 waren de kosten voor verkoop en marketing "
            "(US$\xa05,73\xa0mld.) en de algemene kosten (US$\xa01,57\xa0mld.) van OpenAI samen al "
            "56% van de omzet van US$\xa013,07\xa0mld., maar zulke kosten groeien langzamer dan de "
            "omzet. Voor 2026-2032 rekenen we met 40%."
        ),
        "en": (
            "The AI lab's cash costs other than its compute contracts in the network (staff, "
            "sales, other suppliers) as a share of revenue. Assumption: no split is published. "
            "In 2025 OpenAI's sales and marketing ($5.73B) and general and administrative "
            "costs ($1.57B) alone were 56% of its revenue of $13.07B, but such costs grow more "
            "slowly than revenue; 40% is used for 2026-2032."
        ),
    },
    "assumption_lab_other_cost_share_high": {
        "nl": (
            "Bovengrens van het deel van de omzet dat OpenAI aan overige kosten "
            "uitgeeft, in de Monte Carlo-simulatie (aanname)."
        ),
        "en": "Upper end of openai_other_cost_share in the Monte Carlo (assumption).",
    },
    "assumption_lab_other_cost_share_low": {
        "nl": (
            "Ondergrens van het deel van de omzet dat OpenAI aan overige kosten "
            "uitgeeft, in de Monte Carlo-simulatie (aanname)."
        ),
        "en": "Lower end of openai_other_cost_share in the Monte Carlo (assumption).",
    },
    "assumption_lease_coverage": {
        "nl": (
            "De huur die Meta aan de joint venture Hyperion betaalt, als veelvoud van de rente en "
            "aflossing van de joint venture. Een gestileerde dekking van de schuldendienst; de "
            "huur is niet bekendgemaakt."
        ),
        "en": (
            "The rent Meta pays the Hyperion joint venture, as a multiple of the venture's "
            "debt service. Stylised debt-service coverage; the rent is not published."
        ),
    },
    "assumption_lease_start_year": {
        "nl": (
            "Eerste jaar waarin Oracle huur betaalt voor de datacenters die eind november 2025 nog "
            "niet in gebruik waren. Aanname: de capaciteit komt tussen 2026 en 2028 beschikbaar "
            "(de campus in Abilene eerst); de startdata zijn niet bekendgemaakt."
        ),
        "en": (
            "First year in which Oracle pays rent under its data-centre leases not yet "
            "commenced at the end of November 2025. Assumption: the capacity comes online from "
            "2026 to 2028 (the Abilene campus first); the start dates are not published."
        ),
    },
    "assumption_lease_term_years": {
        "nl": (
            "Looptijd waarover die leaseverplichtingen worden betaald. Aanname: de looptijden zijn "
            "niet bekendgemaakt. De hostingcontracten van tien jaar in de gegevens (D30, D31) zijn "
            "de kortste die aannemelijk zijn, en huurcontracten van hyperscalers lopen vaak "
            "langer."
        ),
        "en": (
            "Term over which those lease commitments are paid. Assumption: the terms are not "
            "published; the 10-year hosting contracts in the data (D30, D31) are the shortest "
            "plausible, and hyperscale leases often run longer."
        ),
    },
    "assumption_meta_coreweave_contract_years": {
        "nl": (
            "Het contract van Meta met CoreWeave van ongeveer US$\xa021\xa0mld. (D17b) loopt tot "
            "en met december 2032; gelijk verdeeld over 2026-2032."
        ),
        "en": (
            "Meta's ~$21B CoreWeave contract (D17b) runs through December 2032; spread evenly "
            "over 2026-2032."
        ),
    },
    "assumption_neocloud_interest_rate": {
        "nl": (
            "Rente op de schuld van CoreWeave. De lening van CoreWeave van maart 2026 met GPU's "
            "als onderpand betaalt ongeveer 5,9% vast (SOFR + 2,25%), die van mei 2026 2,25 "
            "procentpunt meer (SOFR + 4,50%). De rentelasten waren in het eerste kwartaal van 2026 "
            "ongeveer 26% van de omzet. Voor de hele schuld rekenen we met 8%."
        ),
        "en": (
            "Interest on CoreWeave's debt. CoreWeave's GPU-backed loan of March 2026 pays "
            "about 5.9% fixed (SOFR + 2.25%), the one of May 2026 2.25 points more (SOFR + "
            "4.50%), and its interest expense was about 26% of its revenue in the first "
            "quarter of 2026; 8% is taken for the whole debt."
        ),
    },
    "assumption_neocloud_loan_amortisation_years": {
        "nl": (
            "Aantal jaren waarin een neocloud zijn leningen met GPU's als onderpand aflost uit de "
            "contracten die ze financieren. Aanname: een contract van CoreWeave loopt gemiddeld "
            "ongeveer vijf jaar."
        ),
        "en": (
            "Years over which a neocloud's GPU-backed loans are repaid from the contracts they "
            "finance. Assumption: CoreWeave's average contract runs about five years."
        ),
    },
    "assumption_openai_microsoft_contract_years": {
        "nl": (
            "De toezegging van OpenAI voor US$\xa0250\xa0mld. aan Azure (D14) heeft geen "
            "bekendgemaakte looptijd. We verdelen haar over 8 jaar, de periode van de toezeggingen "
            "van OpenAI voor rekenkracht van ongeveer US$\xa01,4\xa0biljoen (2025-2033)."
        ),
        "en": (
            "OpenAI's $250B Azure commitment (D14) has no published term; spread over 8 years, "
            "the horizon of OpenAI's ~$1.4T of compute commitments (2025-2033)."
        ),
    },
    "assumption_oracle_chip_purchase_years": {
        "nl": (
            "De aankoop door Oracle van Nvidia GB200-chips voor ongeveer US$\xa040\xa0mld. voor de "
            "locatie van OpenAI in Abilene (periode 2025-2026) wordt in gelijke delen betaald in "
            "de eerste twee jaar van het scenario. De timing is een aanname; voor het bedrag is "
            "een bron."
        ),
        "en": (
            "Oracle's ~$40B purchase of Nvidia GB200 chips for OpenAI's Abilene site (period "
            "2025-2026) is paid in equal parts over the first two years of the scenario. "
            "Assumption on timing; the amount is sourced."
        ),
    },
    "assumption_oracle_contract_start_year": {
        "nl": (
            "Eerste jaar van het contract van OpenAI met Oracle voor US$\xa0300\xa0mld. (D03): "
            "2027 volgens de WSJ (Bloomberg: boekjaar 2028 van Oracle)."
        ),
        "en": (
            "First year of OpenAI's $300B Oracle contract (D03): 2027 per the WSJ (Bloomberg: "
            "Oracle fiscal 2028)."
        ),
    },
    "assumption_oracle_legacy_debt_build_out_share": {
        "nl": (
            "Deel van de langlopende schuld van Oracle eind augustus 2025 dat de bouw voor AI "
            "financierde, voor de beleidsmaatregelen (die alleen leningen voor die bouw "
            "verkleinen). Aanname: die schuld werd aangegaan voordat de bouw op gang kwam; de "
            "obligaties die daarna werden verkocht (B02, B06) tellen volledig mee."
        ),
        "en": (
            "Share of Oracle's long-term debt at the end of August 2025 that financed the AI "
            "build-out, for the policy levers (which shrink only build-out lending). "
            "Assumption: that debt was raised before the build-out took off; the bonds sold "
            "after it (B02, B06) are counted in full."
        ),
    },
    "assumption_outside_cash_flow_factor_high": {
        "nl": (
            "Bovenkant van de factor op de kasstroom die de bedrijven buiten het netwerk "
            "verdienen, in de Monte Carlo-simulatie: geen daling (aanname)."
        ),
        "en": (
            "Upper end of the factor on the firms' cash flows from business outside the "
            "network in the Monte Carlo: no fall (assumption)."
        ),
    },
    "assumption_outside_cash_flow_factor_low": {
        "nl": (
            "Onderkant van die factor: een daling van een kwart, zoals de uitgaven aan "
            "telecomapparatuur daalden van US$\xa0110\xa0mld. in 2000 naar een verwachte "
            "US$\xa082\xa0mld. in 2002 (aanname; als de uitgaven aan AI stokken, kunnen de overige "
            "activiteiten van de leveranciers ook teruglopen)."
        ),
        "en": (
            "Lower end of that factor: a fall of a quarter, as telecom equipment spending fell "
            "from $110B in 2000 to a forecast $82B in 2002 (assumption; when AI spending "
            "stalls, the providers' other business may weaken too)."
        ),
    },
    "assumption_provider_cash_buffer_years": {
        "nl": (
            "De kas van CoreWeave en de joint venture Hyperion bij de start, in jaren "
            "verplichtingen van het eerste jaar. Aanname: genoeg voor ongeveer een kwartaal; geen "
            "van beide maakt dit bekend. De kas van Oracle is een gerapporteerd cijfer."
        ),
        "en": (
            "Cash that CoreWeave and the Hyperion joint venture hold at the start, in years of "
            "their first-year obligations. Assumption: about one quarter of cover; none is "
            "published. Oracle's cash is a reported figure."
        ),
    },
    "assumption_provider_opex_share": {
        "nl": (
            "De lopende uitgaven (stroom, personeel, onderhoud) van een aanbieder van rekenkracht "
            "als deel van de contractomzet, alleen betaald zolang de klant betaalt (capaciteit "
            "waarvan de klant is weggevallen, kan uit of aan anderen worden verhuurd). Aanname; de "
            "gerapporteerde brutomarge van 14% van Oracle op de verhuur van GPU's is na "
            "afschrijving, en afschrijving is geen uitgave."
        ),
        "en": (
            "Cash running costs (power, staff, maintenance) of a compute provider as a share "
            "of the contract revenue due to it, paid only while the customer pays (capacity "
            "whose customer has gone can be switched off or let to others). Assumption; "
            "Oracle's reported 14% gross margin on GPU rental includes depreciation, which is "
            "not a cash cost."
        ),
    },
    "assumption_residual_value_fraction": {
        "nl": (
            "Het deel van de kosten van de datacenters van een bedrijf in gebreke dat de "
            "kredietverleners terugkrijgen als de bezittingen worden verkocht. Aanname: gebouwen, "
            "grond en stroomaansluitingen houden hun waarde, chips verliezen die snel. In 2001 was "
            "maar 2,6% van de Amerikaanse glasvezelcapaciteit in gebruik, en veel ervan werd "
            "goedkoop verkocht."
        ),
        "en": (
            "Share of the cost of a defaulting firm's data centres recovered by its lenders "
            "when the assets are sold. Assumption: buildings, land and power connections keep "
            "value, chips lose it fast; in 2001 only 2.6% of US fibre capacity was lit and "
            "much was sold cheaply."
        ),
    },
    "assumption_residual_value_fraction_high": {
        "nl": (
            "Bovengrens van de restwaarde van de datacenters, in de Monte "
            "Carlo-simulatie (aanname)."
        ),
        "en": "Upper end of residual_value_fraction in the Monte Carlo (assumption).",
    },
    "assumption_residual_value_fraction_low": {
        "nl": (
            "Ondergrens van de restwaarde van de datacenters, in de Monte "
            "Carlo-simulatie (aanname)."
        ),
        "en": "Lower end of residual_value_fraction in the Monte Carlo (assumption).",
    },
    "assumption_scenario_start_year": {
        "nl": (
            "Eerste jaar van de clearing: de gegevens lopen tot begin 2026 en de meeste contracten "
            "leveren capaciteit vanaf 2026."
        ),
        "en": (
            "First year cleared: the data run to early 2026 and most contracts deliver "
            "capacity from 2026."
        ),
    },
    "assumption_scenario_years": {
        "nl": (
            "Jaren van de clearing, 2026-2032: het langste contract in het netwerk (D17b) loopt "
            "tot december 2032."
        ),
        "en": (
            "Years cleared, 2026-2032: the longest contract in the network (D17b) runs to "
            "December 2032."
        ),
    },
    "assumption_stagnation_growth": {
        "nl": (
            "Jaarlijkse groei van de AI-omzet op het stagnatiepad nadat de groei stokt: het "
            "gebruik groeit nog een beetje. Aanname."
        ),
        "en": (
            "Yearly growth of AI revenue after the stall in the stagnation path: usage keeps "
            "growing a little. Assumption."
        ),
    },
    "assumption_stagnation_growth_high": {
        "nl": (
            "Bovengrens van de groei na het stokken op het stagnatiepad, in de "
            "Monte Carlo-simulatie (aanname)."
        ),
        "en": "Upper end of stagnation_growth in the Monte Carlo (assumption).",
    },
    "assumption_stagnation_growth_low": {
        "nl": (
            "Ondergrens van de groei na het stokken op het stagnatiepad, in de "
            "Monte Carlo-simulatie (aanname)."
        ),
        "en": "Lower end of stagnation_growth in the Monte Carlo (assumption).",
    },
    "assumption_stall_year": {
        "nl": (
            "Eerste jaar waarin de groei stokt, op het stagnatiepad en het krimppad; in 2026 "
            "groeit de omzet nog zoals verwacht. Aanname."
        ),
        "en": (
            "First year of stalled growth in the stagnation and bust paths; 2026 still grows "
            "as projected. Assumption."
        ),
    },
    "assumption_stress_outside_cash_flow_factor": {
        "nl": (
            "Het zware scenario van toezichthouders: de kasstroom die de bedrijven buiten het "
            "netwerk verdienen, halveert. Aanname: twee keer de daling van de uitgaven aan "
            "telecomapparatuur van 2000 tot 2002 (een kwart), omdat stresstests zwaarder horen te "
            "zijn dan de geschiedenis."
        ),
        "en": (
            "The supervisors' severely adverse scenario: the firms' cash flows from business "
            "outside the network halve. Assumption: twice the fall of telecom equipment "
            "spending from 2000 to 2002 (a quarter), because stress tests are meant to be "
            "harsher than history."
        ),
    },
    "event_anthropic_2026_06_ipo_filing": {
        "nl": (
            "Anthropic vroeg rond 1 juni 2026 vertrouwelijk een beursgang aan, enkele dagen na een "
            "financieringsronde (serie H) van US$\xa065\xa0mld. bij een waardering van "
            "US$\xa0965\xa0mld."
        ),
        "en": (
            "Anthropic filed confidentially for an IPO around 1 June 2026, days after its $65B "
            "Series H at $965B."
        ),
    },
    "event_blue_owl_2025_12_lancaster_syndication": {
        "nl": (
            "Volgens berichten zagen kredietverleners af van de schuld voor een datacenter van "
            "US$\xa04\xa0mld. in Lancaster (Pennsylvania), opgezet door Blue Owl en verhuurd aan "
            "CoreWeave, vanwege de rating B+ van CoreWeave. Blue Owl ontkende elk "
            "financieringsprobleem (betwist)."
        ),
        "en": (
            "Lenders reportedly passed on the debt for a Blue Owl-sponsored $4B data centre in "
            "Lancaster, Pennsylvania, leased to CoreWeave, citing CoreWeave's B+ rating; Blue "
            "Owl denied any financing problem (disputed)."
        ),
    },
    "event_blue_owl_2025_12_michigan_withdrawal": {
        "nl": (
            "Blue Owl trok zich terug uit de financiering van de Stargate-campus van "
            "US$\xa010\xa0mld. en 1 GW in Saline Township (Michigan), van Related Digital, voor "
            "Oracle en OpenAI. Oracle zei dat het project op schema lag, met een andere "
            "investeerder."
        ),
        "en": (
            "Blue Owl withdrew from financing the $10B, 1-GW Stargate campus in Saline "
            "Township, Michigan (Related Digital, for Oracle and OpenAI); Oracle said the "
            "project was on schedule with another equity partner."
        ),
    },
    "event_coreweave_2025_12_cds_widening": {
        "nl": (
            "De premie van de vijfjarige kredietverzuimswap van CoreWeave steeg van 368 "
            "basispunten (6 oktober 2025) naar 643 basispunten (rond 5 december 2025), toen het "
            "bedrijf een converteerbare obligatie van US$\xa02\xa0mld. uitgaf."
        ),
        "en": (
            "CoreWeave's five-year credit default swap widened from 368 bp (6 Oct 2025) to 643 "
            "bp (about 5 Dec 2025) as it launched a $2B convertible bond."
        ),
    },
    "event_imf_2026_tech_leverage_warning": {
        "nl": (
            "Op het ECB-forum in Sintra (medio 2026, dag onbekend) zei Tobias Adrian van het IMF "
            "dat de grote techbedrijven 'zelf meer beginnen te lenen'. Hij wees op het verschil in "
            "looptijd tussen fysieke bezittingen en schuld (interview met Bloomberg TV)."
        ),
        "en": (
            "At the ECB Forum in Sintra (mid-2026, day not shown) the IMF's Tobias Adrian said "
            "the major tech firms are 'starting to leverage up themselves' and pointed to a "
            "maturity mismatch between physical assets and debt (Bloomberg TV interview)."
        ),
    },
    "event_jpm_2026_06_capacity_behind_schedule": {
        "nl": (
            "Analyse van satellietbeelden door J.P. Morgan, volgens de WSJ: van de Amerikaanse "
            "datacentercapaciteit die in 2027 klaar moest zijn, was meer dan 60% nog niet in "
            "aanbouw en 7% vertraagd."
        ),
        "en": (
            "J.P. Morgan's satellite-imagery analysis, reported by the WSJ: more than 60% of "
            "the US data-centre capacity due in 2027 was not yet under construction and 7% was "
            "delayed."
        ),
    },
    "event_openai_2026_04_missed_targets": {
        "nl": (
            "Volgens de WSJ haalde OpenAI zijn doel van 1 miljard wekelijkse gebruikers van "
            "ChatGPT eind 2025 niet, en begin 2026 ook een aantal maandelijkse omzetdoelen niet. "
            "De financieel directeur waarschuwde dat een lagere groei het moeilijk kon maken om "
            "toekomstige contracten voor rekenkracht te betalen. Die dag daalden de aandelen "
            "Oracle en Broadcom ongeveer 4% en AMD ongeveer 3%."
        ),
        "en": (
            "The WSJ reported that OpenAI missed its goal of 1 billion weekly ChatGPT users by "
            "end-2025 and several monthly revenue targets in early 2026, and that its CFO "
            "warned slower growth could make future compute contracts hard to fund; Oracle and "
            "Broadcom shares fell ~4% and AMD's ~3% that day."
        ),
    },
    "event_openai_2026_05_ipo_filing": {
        "nl": (
            "Volgens berichten vroeg OpenAI op 22 mei 2026 vertrouwelijk een beursgang aan; andere "
            "berichten noemen rond 8 juni 2026 (de data spreken elkaar tegen). Er werd gesproken "
            "over een waardering van US$\xa0850\xa0mld. tot US$\xa01\xa0biljoen."
        ),
        "en": (
            "OpenAI's confidential IPO filing was reported for 22 May 2026; other reports have "
            "it announced around 8 June 2026 (the dates conflict). IPO talk at a valuation of "
            "$850B-1T."
        ),
    },
    "event_oracle_2025_09_ratings_affirmed": {
        "nl": (
            "S&P handhaafde de rating BBB van Oracle met een negatief vooruitzicht en verruimde de "
            "grens voor een verlaging tot een schuldhefboom van 4 keer; Moody's handhaafde in "
            "september 2025 Baa2 met een negatief vooruitzicht en wees op een vrije kasstroom over "
            "twaalf maanden van min US$\xa05,1\xa0mld. tot mei 2025; Fitch geeft Oracle BBB met "
            "een stabiel vooruitzicht. Beide negatieve vooruitzichten dateren van medio 2025; in "
            "2026 vonden we geen verlaging van de rating van Oracle of een andere hyperscaler."
        ),
        "en": (
            "S&P affirmed Oracle at BBB with a negative outlook and loosened its downgrade "
            "trigger to 4x leverage; Moody's affirmed Baa2/negative in September 2025, citing "
            "twelve-month free cash flow of -$5.1B at May 2025; Fitch rates Oracle BBB/stable. "
            "Both negative outlooks date from mid-2025; no downgrade of Oracle or another "
            "hyperscaler was found in 2026."
        ),
    },
    "event_oracle_2025_12_cds_high": {
        "nl": (
            "De premie van de vijfjarige kredietverzuimswap van Oracle sloot op 128 basispunten, "
            "het hoogste niveau sinds maart 2009 (36 basispunten in juni 2025)."
        ),
        "en": (
            "Oracle's five-year credit default swap closed at 128 bp, its highest since March "
            "2009 (36 bp in June 2025)."
        ),
    },
    "event_oracle_2025_12_q2_results": {
        "nl": (
            "Cijfers van Oracle over het tweede kwartaal van boekjaar 2026: een vrije kasstroom "
            "van ongeveer min US$\xa010\xa0mld. in het kwartaal, en de verwachte investeringen "
            "voor boekjaar 2026 met ongeveer US$\xa015\xa0mld. verhoogd tot ongeveer "
            "US$\xa050\xa0mld. Het aandeel daalde ongeveer 11% (ongeveer US$\xa068\xa0mld. aan "
            "beurswaarde)."
        ),
        "en": (
            "Oracle's fiscal Q2 2026 results: free cash flow of about -$10B in the quarter and "
            "fiscal-2026 capex guidance raised by ~$15B to ~$50B; the shares fell ~11% (~$68B "
            "of market value)."
        ),
    },
    "event_oracle_2026_01_bondholder_suit": {
        "nl": (
            "Obligatiehouders van Oracle daagden het bedrijf voor de rechter: het zou verborgen "
            "hebben dat het meer moest lenen (Reuters)."
        ),
        "en": (
            "Oracle bondholders sued the company, alleging it had hidden its need to borrow "
            "more (Reuters)."
        ),
    },
    "event_oracle_2026_03_abilene_expansion_cancelled": {
        "nl": (
            "Oracle en OpenAI zagen af van de geplande uitbreiding van de Stargate-campus in "
            "Abilene (Texas) van ongeveer 1,2 naar 2,0 GW, nadat gesprekken over de financiering "
            "en de wisselende verwachtingen van OpenAI over zijn capaciteitsbehoefte vastliepen "
            "(gemeld rond 9 maart 2026). De bestaande campus gaat door."
        ),
        "en": (
            "Oracle and OpenAI dropped the planned expansion of the Abilene, Texas Stargate "
            "campus from ~1.2 to ~2.0 GW after talks on financing terms and OpenAI's changing "
            "capacity forecasts collapsed (reported ~9 Mar 2026); the core campus continues."
        ),
    },
    "event_softbank_2026_03_sp_outlook_negative": {
        "nl": (
            "S&P Global Ratings verlaagde het vooruitzicht van SoftBank Group naar negatief "
            "(rating BB+), vanwege risico's voor de liquiditeit en de kwaliteit van de bezittingen "
            "door het belang in OpenAI, enkele dagen voor de overbruggingslening van "
            "US$\xa040\xa0mld. Ook aangehaald in het bronnenonderzoek: Startup Fortune."
        ),
        "en": (
            "S&P Global Ratings cut SoftBank Group's outlook to negative (rating BB+) over "
            "liquidity and asset-quality risks from its OpenAI exposure, days before the $40B "
            "bridge loan. Also cited in the research: Startup Fortune."
        ),
    },
}
