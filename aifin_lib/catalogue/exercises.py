"""Labels of the classroom worksheets: feedback of :func:`aifin_lib.exercises.check`.

No text here holds a figure (only the constants of a formula, such as the 1 in 1 + r), so feedback
shows no number but the student's own answer and the tolerance, both formatted per language by
:mod:`aifin_lib.exercises`.
"""

LABELS: dict[str, dict[str, str]] = {
    # --- states ----------------------------------------------------------------------------
    "ex_unanswered": {
        "nl": (
            "Vul je antwoord in: vervang de puntjes (...) "
            "door een getal en voer de cel opnieuw uit."
        ),
        "en": "Fill in your answer: replace the dots (...) with a number and run the cell again.",
    },
    "ex_correct": {"nl": "Goed zo! Dit antwoord klopt.", "en": "Correct! Well done."},
    "ex_not_yet": {"nl": "Nog niet goed.", "en": "Not yet."},
    "ex_your_answer": {"nl": "Jouw antwoord: {answer}.", "en": "Your answer: {answer}."},
    "ex_unit": {"nl": "Gevraagde eenheid: {unit}.", "en": "Unit asked for: {unit}."},
    "ex_tolerance_relative": {
        "nl": "Een antwoord dat hooguit {tolerance} van de juiste waarde afwijkt, telt als goed.",
        "en": "An answer within {tolerance} of the right value counts as correct.",
    },
    "ex_tolerance_exact": {
        "nl": "Het antwoord is een geheel getal en moet precies kloppen.",
        "en": "The answer is a whole number and must be exact.",
    },
    # --- answers that are not one number ---------------------------------------------------
    "ex_hint_text": {
        "nl": (
            "Je antwoord is tekst (tussen aanhalingstekens). Schrijf het getal zonder "
            "aanhalingstekens, met een punt als decimaalteken, of laat Python het uitrekenen."
        ),
        "en": (
            "Your answer is text (in quotes). Write the number without quotes, or let Python "
            "compute it."
        ),
    },
    "ex_hint_not_number": {
        "nl": "Je antwoord is geen getal. Zet één getal achter `answer =`.",
        "en": "Your answer is not a number. Put a single number after `answer =`.",
    },
    "ex_hint_many_numbers": {
        "nl": (
            "Je antwoord bevat meer dan één getal (een lijst, reeks of tabel). Kies het ene "
            "getal waar de opgave om vraagt."
        ),
        "en": (
            "Your answer holds more than one number (a list, series or table). Pick the single "
            "number the task asks for."
        ),
    },
    "ex_hint_not_finite": {
        "nl": (
            "Je antwoord is oneindig of geen getal (NaN). Controleer of je ergens door nul deelt."
        ),
        "en": "Your answer is infinite or not a number (NaN). Check whether you divide by zero.",
    },
    # --- general hints, from the answer alone -----------------------------------------------
    "ex_hint_percent": {
        "nl": (
            "Je hebt een percentage ingevuld. Gevraagd wordt een fractie: deel door honderd "
            "(een kwart is dan nul komma vijfentwintig)."
        ),
        "en": (
            "You gave a percentage. The task asks for a fraction: divide by a hundred (a "
            "quarter is then zero point two five)."
        ),
    },
    "ex_hint_dollars": {
        "nl": "Je antwoord lijkt in dollars. Gevraagd wordt miljard dollar: deel door een miljard.",
        "en": (
            "Your answer looks like dollars. The task asks for billions of dollars: divide by "
            "a billion."
        ),
    },
    "ex_hint_millions": {
        "nl": (
            "Je antwoord lijkt in miljoen dollar. Gevraagd wordt miljard dollar: deel door duizend."
        ),
        "en": (
            "Your answer looks like millions of dollars. The task asks for billions: divide by "
            "a thousand."
        ),
    },
    "ex_hint_trillions": {
        "nl": (
            "Je antwoord lijkt in biljoen dollar. Gevraagd wordt miljard dollar: vermenigvuldig "
            "met duizend."
        ),
        "en": (
            "Your answer looks like trillions of dollars. The task asks for billions: multiply "
            "by a thousand."
        ),
    },
    "ex_hint_sign": {
        "nl": "Het teken klopt niet: je antwoord moet het andere teken hebben (plus of min).",
        "en": "The sign is wrong: your answer should have the opposite sign.",
    },
    "ex_hint_magnitude_high": {
        "nl": "Je antwoord is een orde van grootte (tien keer of meer) te groot.",
        "en": "Your answer is an order of magnitude (ten times or more) too high.",
    },
    "ex_hint_magnitude_low": {
        "nl": "Je antwoord is een orde van grootte (tien keer of meer) te klein.",
        "en": "Your answer is an order of magnitude (ten times or more) too low.",
    },
    "ex_hint_whole_number": {
        "nl": "Het antwoord is een aantal: een geheel getal.",
        "en": "The answer is a count: a whole number.",
    },
    "ex_hint_close_high": {
        "nl": (
            "Bijna! Je zit er net boven. Rond pas af aan het eind en controleer je tussenstappen."
        ),
        "en": "Almost! You are just above. Round only at the end and check your steps.",
    },
    "ex_hint_close_low": {
        "nl": (
            "Bijna! Je zit er net onder. Rond pas af aan het eind en controleer je tussenstappen."
        ),
        "en": "Almost! You are just below. Round only at the end and check your steps.",
    },
    "ex_hint_too_high": {"nl": "Je antwoord is te hoog.", "en": "Your answer is too high."},
    "ex_hint_too_low": {"nl": "Je antwoord is te laag.", "en": "Your answer is too low."},
    # --- units ------------------------------------------------------------------------------
    "ex_unit_usd_bn": {"nl": "miljard dollar", "en": "billions of US dollars"},
    "ex_unit_fraction": {
        "nl": "een fractie (geen percentage)",
        "en": "a fraction (not a percentage)",
    },
    "ex_unit_per_year": {
        "nl": "een fractie van het kapitaal per jaar (geen percentage)",
        "en": "a fraction of the capital per year (not a percentage)",
    },
    "ex_unit_times": {"nl": "aantal keer (een verhouding)", "en": "times (a ratio)"},
    "ex_unit_years": {"nl": "jaren", "en": "years"},
    "ex_unit_count": {"nl": "een aantal (geheel getal)", "en": "a count (whole number)"},
    # --- hints of each exercise -------------------------------------------------------------
    "ex_intro_1_hint": {
        "nl": "Deel het financieringsgat door de totale investering van Morgan Stanley.",
        "en": "Divide the financing gap by Morgan Stanley's total investment.",
    },
    "ex_intro_2_hint": {
        "nl": "Deel de investeringen van het laatste jaar door die van het eerste jaar.",
        "en": "Divide the investment of the last year by that of the first year.",
    },
    "ex_intro_3_hint": {
        "nl": (
            "Als alles geleend is, is de schuld gelijk aan de hele investering van dat jaar; "
            "de rente is schuld maal rentevoet."
        ),
        "en": (
            "If everything is borrowed, the debt equals that year's whole investment; the "
            "interest is debt times the rate."
        ),
    },
    "ex_intro_4_hint": {
        "nl": (
            "Deel de uitgifte van het recente jaar "
            "door het jaarlijkse gemiddelde van de jaren ervoor."
        ),
        "en": "Divide the recent year's issuance by the yearly average of the years before.",
    },
    "ex_capital_1_hint": {
        "nl": (
            "Vermenigvuldig de GPU-uitgaven met de totale-kostenfactor en deel door één min "
            "de brutomarge."
        ),
        "en": (
            "Multiply GPU spending by the total-cost multiple and divide by one minus the margin."
        ),
    },
    "ex_capital_2_hint": {
        "nl": "Dezelfde keten als in opgave een, maar nu met de lagere marge in de noemer.",
        "en": "The same chain as in exercise one, now with the lower margin in the denominator.",
    },
    "ex_capital_3_hint": {
        "nl": "De factor is r / (1 − (1 + r)^−n), met r als fractie en n in jaren.",
        "en": "The factor is r / (1 − (1 + r)^−n), with r as a fraction and n in years.",
    },
    "ex_capital_4_hint": {
        "nl": (
            "Los de annuïteitsformule op naar n: n = −ln(1 − r·K / kasstroom) / ln(1 + r), met "
            "kasstroom = opbrengst maal kasmarge."
        ),
        "en": (
            "Solve the annuity formula for n: n = −ln(1 − r·K / cash flow) / ln(1 + r), with "
            "cash flow = revenue times cash margin."
        ),
    },
    "ex_capital_5_hint": {
        "nl": (
            "Tel in het derde jaar de afschrijving van alle drie de jaargangen op, bij beide "
            "levensduren, en neem het verschil."
        ),
        "en": (
            "In the third year add up the depreciation of all three vintages, for both lives, "
            "and take the difference."
        ),
    },
    "ex_circular_1_hint": {
        "nl": (
            "Circulariteit is de maximale circulatie gedeeld door het bruto volume (de som "
            "van alle pijlen)."
        ),
        "en": "Circularity is the maximum circulation divided by the gross volume (all arrows).",
    },
    "ex_circular_2_hint": {
        "nl": (
            "Laat zoveel mogelijk rondgaan: een eenheid rond een cyclus telt op elke pijl van "
            "die cyclus mee. Gebruik `af.circular.circularity`."
        ),
        "en": (
            "Send as much round as possible: one unit round a cycle counts on every arrow of "
            "that cycle. Use `af.circular.circularity`."
        ),
    },
    "ex_circular_3_hint": {
        "nl": (
            "Verreken alleen de tweezijdige stromen: wat N aan L en L aan N betaalt, zoveel "
            "als het kleinste van de twee, in beide richtingen."
        ),
        "en": (
            "Net only the two-way flows: what N pays L and L pays N, as much as the smaller of "
            "the two, in both directions."
        ),
    },
    "ex_circular_4_hint": {
        "nl": "Neem het veld `circularity` van de uitkomst van `af.circular.circularity`.",
        "en": "Take the field `circularity` of the result of `af.circular.circularity`.",
    },
    "ex_stagnation_1_hint": {
        "nl": (
            "Kan A alles betalen wat het verschuldigd is? Zo niet, dan betaalt A alles wat het "
            "heeft: externe bezittingen plus wat het ontvangt."
        ),
        "en": (
            "Can A pay all it owes? If not, A pays all it has: external assets plus what it "
            "receives."
        ),
    },
    "ex_stagnation_2_hint": {
        "nl": (
            "B ontvangt van A naar rato van wat A "
            "aan B schuldig is; tel B's eigen bezittingen erbij op."
        ),
        "en": "B receives from A pro rata to what A owes B; add B's own assets.",
    },
    "ex_stagnation_3_hint": {
        "nl": (
            "Een bedrijf in gebreke realiseert alleen alpha van zijn externe bezittingen en "
            "beta van wat het ontvangt; A betaalt nu ook minder."
        ),
        "en": (
            "A defaulting firm realises only alpha of its external assets and beta of what it "
            "receives; A now pays less too."
        ),
    },
    "ex_stagnation_4_hint": {
        "nl": "Verlies = vordering min opbrengst; de opbrengst is de restwaarde maal de kostprijs.",
        "en": "Loss = claim minus recovery; the recovery is the residual value times the cost.",
    },
    "ex_stagnation_5_hint": {
        "nl": "Tel de bedrijven in het veld `defaulted` van de uitkomst van `run_scenario`.",
        "en": "Count the firms in the field `defaulted` of the result of `run_scenario`.",
    },
}
