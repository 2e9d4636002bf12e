# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### The quarterly summary (`cemr summary`), in Markdown and HTML (render/summary_*.rs).

## The head of the page.

summary-title = Quarterly summary
summary-heading = Quarterly summary, Q{ $quarter } { $year }
# The period, the day the state is taken and the day it is compared with.
summary-period = Period: { $start } – { $end }; state at { $as_of }, change since { $before }. Signatories: { $count }.
summary-unfinished = The quarter is not over yet: this summary covers it up to { $as_of }.
summary-made-by = Made by cemr from the plan files.

## Key figures.

summary-key-figures = Key figures
summary-at-end = At the end of the quarter
summary-change = Change in the quarter
# A count of a whole: "22 of 23".
summary-part-of = { $part } of { $whole }
summary-have-signed = Have signed the Charter
summary-have-adopted = Have adopted an action plan
summary-have-reported = { $months ->
        [one] Have published a progress report in the last month
       *[other] Have published a progress report in the last { $months } months
    }
summary-goals-achieved = Goals achieved
summary-activities-done = Activities done
summary-overdue = Overdue deadlines

## What happened in the quarter.

summary-happened = What happened in the quarter
summary-nothing-happened = Nothing was recorded in the quarter.
summary-signed = Signed the Charter
summary-plans-adopted = Action plans adopted
summary-reports = Progress reports published
summary-activities-finished = Activities finished
summary-measurements = Measurements recorded
summary-first-plan = first action plan
summary-late = late
summary-covers = covers { $start } – { $end }
summary-achieved-by-date = reported achieved
summary-achieved-by-measurement = target reached in a measurement

## Deadlines.

summary-became-overdue = Became overdue in the quarter
summary-nothing-became-overdue = Nothing became overdue in the quarter.
summary-still-overdue = Still overdue from earlier quarters ({ $count })
summary-nothing-still-overdue = Nothing else is overdue.
summary-due-next = Falls due next quarter (up to { $end })
summary-nothing-due = Nothing falls due next quarter.
summary-days-overdue = Days overdue

## Per group and per signatory.

summary-per-group = Per group
summary-per-signatory = Per signatory
summary-all = All
summary-group = Group
# How many of a group's signatories have signed, and have adopted an action plan.
summary-group-signed = Signed
summary-group-adopted = Action plan
summary-date = Date
summary-value = Value
summary-recent-report = Recent report
summary-events = Events
summary-progress-unknown = unknown

## Charts (HTML).

summary-women-and-men = Women and men
summary-chart-progress = Goal progress per signatory (mean over goals with a known progress)
summary-chart-share = Women's share in the latest measurement of each balance goal (band: { $band })
summary-chart-deadlines = Open deadlines per month (red: overdue at the end of the quarter)
