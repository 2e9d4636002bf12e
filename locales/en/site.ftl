# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### The public site (`cemr site`): its pages, made by render/site/.

## Every page.

# The site's name when cemr.toml's [repository] has no name.
site-default-name = Equality plans
# A page's <title>: the page, then the site.
site-page-title = { $page } – { $site }
site-skip-link = Skip to content
site-nav-label = The site's pages
site-nav-start = Start
site-nav-articles = Articles
site-nav-statement = Accessibility
site-state-on = Status as of { $date }
site-footer = Made by cemr from the plan files. Status as of { $date }.
site-calendar = Subscribe to these deadlines in your calendar (iCalendar)

## The start page.

site-intro = The municipalities and regions here have signed, or decided to sign, the European Charter for Equality of Women and Men in Local Life. Each page shows a signatory's commitment, its action plans and progress reports, its goals with their measurements, and its activities.
site-key-figures = Key figures
# A count of a whole: "22 of 23".
site-part-of = { $part } of { $whole }
site-have-signed = have signed the Charter
site-have-adopted = have adopted an action plan
site-goals-achieved = goals achieved
site-mean-progress = mean goal progress · { $measured } of { $goals ->
        [one] { $goals } goal measured
       *[other] { $goals } goals measured
    }
site-activities-done = activities done, of those not cancelled ({ $cancelled } cancelled)
site-overdue = overdue deadlines
site-groups = Groups
site-signatories = Signatories
site-unknown = unknown

## The start page's progress over the years (the summary's history).

site-history = Progress over the years
site-history-chart = Signatories at the end of each quarter: signed, with an adopted action plan, with a recent progress report
site-quarter-column = Quarter
# A quarter: "Q3 2026".
site-quarter = Q{ $quarter } { $year }
# A quarter on the chart's axis, the year below it: "Q3".
site-quarter-short = Q{ $quarter }
# The current quarter, counted up to today: "Q4 2026 (to 2026-11-24)".
site-quarter-so-far = { $quarter } (to { $date })
site-history-signed = Signed
site-history-adopted = Action plan adopted
site-history-reported = { $months ->
        [one] Progress report in the last month
       *[other] Progress report in the last { $months } months
    }

## A group's page.

site-group-members = Signatories in the group

## A signatory's page.

site-commitment = The commitment
site-kind = Kind
site-groups-of = Groups
site-decided = Decided to sign
site-signed = Signed
site-charter = Charter text
site-not-yet = not yet
site-articles-chosen = Articles chosen
site-no-articles = No articles chosen yet.
site-plans-and-reports = Action plans and progress reports
site-action-plans = Action plans
site-no-action-plans = No action plan yet.
site-adopted = Adopted
site-period = Period
site-document = Document
site-link = Open
site-not-adopted = not adopted yet
site-reports = Progress reports
site-no-reports = No progress report yet.
site-sources = Sources
site-deadlines = Open deadlines
site-no-deadlines = Nothing open has a deadline.
site-goals = Goals
site-no-goals = No goals yet.
site-indicator = Indicator
site-indicator-level = level indicator
site-indicator-balance = gender balance indicator
site-no-indicator = no indicator
site-baseline = Baseline
site-target = Target
site-balance-target = at least { $share } of each sex
site-latest = Latest measurement
site-progress = Goal progress
site-trend = Trend
site-due = Due
site-achieved = Achieved
site-no-measurements = No measurement yet.
site-activities = Activities
site-no-activities = No activities yet.

## A goal's chart and its table.

site-chart-level = { $title }: measurements and the path to the target
site-chart-balance = { $title }: women's share of women and men, against the band { $low }–{ $high }
site-chart-table = The chart's figures
site-date = Date
site-value = Value
site-on-path = On the path to the target
site-women-share = Women's share
site-balanced = Balanced
site-yes = yes
site-no = no
# A column's header with the goal's unit: "Value (people)".
site-with-unit = { $what } ({ $unit })
site-legend-measured = measured
site-legend-path = path to the target
site-legend-band = balanced ({ $low }–{ $high })

## The articles page.

site-articles-heading = Articles chosen
site-articles-intro = Each signatory chooses the articles of the Charter that its action plan works with. The articles of the Charter text from { $charter }.
site-chosen-by-count = Number

## The accessibility statement (following the model of DIGG, the Agency for Digital Government).

site-statement-heading = Accessibility statement
site-statement-intro = We want as many people as possible to be able to use this website. This page describes how it meets the Act on accessibility to digital public services, the accessibility problems we know of, and how you can report problems to us so that we can fix them.
site-statement-how = How accessible is the website?
site-statement-partly = The website is partly compliant with the Act on accessibility to digital public services, because of the shortcomings described below.
site-statement-cannot-use = What can you do if you cannot use parts of the website?
site-statement-cannot-use-text = If you need the content in another form, or cannot use a part of the website, contact us:
site-statement-report = Report accessibility problems
site-statement-report-text = We always try to improve the website's accessibility. If you find a problem that is not described on this page, or if you think we do not meet the requirements of the law, let us know so that we know the problem exists:
site-statement-no-contact = Contact details are missing: the site's publisher has not yet given an address for reporting problems (`contact` under `[site]` in cemr.toml).
site-statement-supervision = Supervision
site-statement-supervision-text = The Agency for Digital Government (Myndigheten för digital förvaltning, DIGG) supervises the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can report it to DIGG:
site-statement-supervision-link = report to DIGG
site-statement-technical = Technical information on the website's accessibility
site-statement-technical-text = The website is built to meet level AA of the Web Content Accessibility Guidelines (WCAG) 2.1: it needs no scripts, every chart has its figures in a table beside it, and it can be used with a keyboard, with a screen reader, enlarged and printed.
site-statement-not-accessible = Content that is not accessible
site-statement-documents = Documents the pages link to (action plans, progress reports, sources) are published by each signatory and are not checked here; they may not meet the requirements (WCAG 2.1, 1.1.1, 1.3.1 and others). Ask the signatory for a document in another form.
site-statement-tested = How we tested the website
site-statement-tested-text = Every type of page is checked automatically with axe-core against WCAG 2.0 and 2.1, levels A and AA, each time the website is built.
site-statement-date = This statement was made or last reviewed on { $date }.
site-statement-no-date = The date of this statement is missing (`statement_date` under `[site]` in cemr.toml).
site-statement-built = The website was last updated on { $date }.

## Writing the site's folder.

site-folder-foreign = { $path } holds files that cemr site did not write; nothing was changed. Choose another folder with -o DIR, or add --force to replace it.
site-folder-not-folder = { $path } exists and is not a folder; nothing was written.
site-cannot-write = cannot write the site to { $path }
site-written = Wrote the site to { $path }: { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }.
