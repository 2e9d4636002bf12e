# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### The files `cemr new` and `cemr init` write, in the output language. Only the comments and
### prose are translated: keys, values and table names stay as the file format has them.
### A line that starts with [ is written {"["} (Fluent reads a bare [ as a variant).

template-plan =
    #:schema { $schema }
    # The plan of one signatory of the European Charter for Equality of Women and Men in Local
    # Life (the CEMR declaration). The file name is the signatory's id. Check the file with
    # `cemr validate`; `cemr explain CODE` explains every finding.
    #
    # Dates are written without quotes: 2024-03-08. To use a line below, remove the "# " in
    # front of it; replace the example values with your own.

    {"["}signatory]
    name = { $name }
    kind = "{ $kind }"   # municipality | region | other
    # groups = ["norrbotten"]            # extra groups, besides the folder the file is in
    # decided = 2024-01-20               # the decision to sign
    # signed = 2024-03-08                # the day the Charter was signed; absent: not (yet) signed
    # contact = "jamstalldhet@example.se"
    # sources = ["https://example.se/beslut.pdf"]   # where the facts come from
    # articles = [1, 2, 11]              # the Part III articles chosen (`cemr articles` lists them)
    # charter = "2022"                   # the text committed to: "2006" (articles 1–30) or "2022" (1–39)

    # Equality action plans, oldest first. The first is due within two years of signing.
    # [[action_plans]]
    # adopted = 2025-02-24               # absent: a draft, not yet adopted
    # start = 2025-01-01                 # the period the plan covers
    # end = 2027-12-31
    # url = "https://example.se/handlingsplan.pdf"

    # Public progress reports (Article 4), one entry each.
    # [[reports]]
    # date = 2026-03-01
    # url = "https://example.se/uppfoljning.pdf"

    # Measurable goals (mätbara mål).
    # [[goals]]
    # id = "chefer"                      # lowercase letters, digits and -; unique in this file
    # title = "Jämn könsfördelning bland chefer"
    # articles = [11]                    # among the chosen articles
    # focus = "Makt och inflytande"      # a focus area (fokusområde)
    # due = 2027-12-31                   # the target date
    #
    #   [goals.indicator]                # makes the goal measurable
    #   kind = "balance"                 # balance: women and men each at least min_share percent
    #   min_share = 40                   # level: a number from baseline to target instead
    #
    #   [[goals.indicator.measurements]]
    #   date = 2025-06-30
    #   women = 48
    #   men = 52

    # Activities that work towards the goals.
    # [[activities]]
    # id = "utbildning-chefer"
    # title = "Utbildning i jämställdhetsintegrering för chefer"
    # goals = ["chefer"]                 # goal ids of this file
    # owner = "HR-avdelningen"
    # start = 2025-03-01
    # due = 2025-12-31
    # status = "done"                    # planned | ongoing | done | cancelled
    # finished = 2025-11-15              # only for done and cancelled

template-cemr-toml =
    # Settings of this plan repository, read by cemr (https://crates.io/crates/cemr).
    # Every key is optional: the values shown are the defaults.

    {"["}repository]
    # name = "Jämställdhetsplaner i Norrbotten"   # shown in report titles
    plans = "plans"                  # the folder with one plan file (TOML) per signatory
    { $language_line }

    {"["}rules]
    action_plan_months = 24          # the first action plan is due this long after signing (Charter Part II)
    report_months = 12               # a public progress report is due this often (a local convention)
    stale_months = 12                # an indicator with no measurement this recent is "stale"
    due_soon_days = 90               # the horizon for "due soon"

    # Display names of groups (the folders under plans/):
    # [groups.norrbotten]
    # name = "Norrbottens län"

# The `language` line of cemr.toml: set when `cemr init --lang ID` chose one, else a comment.
template-language-set = language = "{ $language }"            # language of human output
template-language-unset = # language = "sv"                # language of human output: "sv" or "en" (default: LANG)

template-plans-readme =
    # Plan files

    One TOML file per signatory of the European Charter for Equality of Women and Men in Local
    Life. The file name is the signatory's id: lowercase letters, digits and `-`
    (`alvsbyn.toml` for Älvsbyn). Folders group signatories: `plans/norrbotten/lulea.toml`
    belongs to the group `norrbotten`.

    Start a new file from the template:

        cemr new lulea --name "Luleå kommun" --group norrbotten

    Check every file:

        cemr validate

    Editors that understand `#:schema` (Even Better TOML / taplo, tombi) complete and check the
    keys as you type, using `schema/plan.schema.json`.
