# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Workbooks (--format xlsx, -o FILE.xlsx): sheet names, column headers and the words in
### cells (render/xlsx/). A sheet name is at most 31 characters and has none of [ ] : * ? / \

## Sheet names.

xlsx-sheet-signatories = Signatories
xlsx-sheet-totals = Totals and groups
xlsx-sheet-goals = Goals
xlsx-sheet-activities = Activities
xlsx-sheet-deadlines = Open deadlines
xlsx-sheet-articles = Articles
xlsx-sheet-groups = Groups
xlsx-sheet-key-figures = Key figures
xlsx-sheet-happened = What happened
xlsx-sheet-became-overdue = Became overdue
xlsx-sheet-still-overdue = Still overdue
xlsx-sheet-due-next-quarter = Due next quarter
xlsx-sheet-per-group = Per group
xlsx-sheet-per-signatory = Per signatory
xlsx-sheet-history = History

## Column headers.

xlsx-col-signatory-id = Signatory ID
xlsx-col-groups = Groups
xlsx-col-group-id = Group ID
xlsx-col-group = Group
# How many have signed.
xlsx-col-signed-count = Have signed
# The date the first action plan is due.
xlsx-col-action-plan-due = Action plan due
# The date the first action plan was adopted.
xlsx-col-adopted = Adopted
# How many have adopted an action plan.
xlsx-col-adopted-count = Have adopted an action plan
# How many published a report in the last $months months.
xlsx-col-recent-report = Report in the last { $months } months
# Goals whose progress is known (a usable measurement, or achieved): the goal progress is
# their mean. The same words as the tables' "goals measured / all goals".
xlsx-col-goals-with-progress = Goals measured
xlsx-col-activities-cancelled = Activities cancelled
# Whether a deadline is overdue.
xlsx-col-overdue = Overdue
xlsx-col-days-overdue = Days overdue
# What the next deadline is for.
xlsx-col-next-deadline-for = Next deadline for
xlsx-col-focus = Focus area
xlsx-col-indicator = Indicator
xlsx-col-unit = Unit
xlsx-col-baseline = Baseline
xlsx-col-target = Target
# A balance goal's least share of either sex (40 % for the 40/60 rule).
xlsx-col-min-share = Least share
xlsx-col-value = Value
# The date a goal was achieved.
xlsx-col-achieved = Achieved
xlsx-col-stale = Stale measurement
xlsx-col-start = Start
# The date a done or cancelled activity ended.
xlsx-col-finished = Finished
xlsx-col-due-soon = Due soon
# The goal's or activity's id.
xlsx-col-item-id = Goal or activity
# The ids of the signatories that chose an article.
xlsx-col-chosen-by-ids = Chosen by (IDs)
xlsx-col-key-figure = Key figure
# A count on one day.
xlsx-col-as-of = On { $date }
xlsx-col-change = Change
# The change of the column before it.
xlsx-col-change-of = { $column }, change
# What a key figure is counted out of (signatories, goals, activities).
xlsx-col-out-of = Out of
xlsx-col-date = Date
xlsx-col-event = Event
# Adopted or finished after it was due.
xlsx-col-late = Late
# Both women and men at least the goal's least share.
xlsx-col-balanced = Gender balance
xlsx-col-link = Link
# The period an action plan covers.
xlsx-col-period-start = Period from
xlsx-col-period-end = Period to
# How many things of "What happened" are the signatory's.
xlsx-col-events = Events in the quarter
xlsx-col-quarter = Quarter
xlsx-col-quarter-end = Figures as of

## Words in cells.

xlsx-figure-activities-done = Activities done (of those not cancelled)
xlsx-event-signed = Signed the Charter
xlsx-event-plan-adopted = Action plan adopted
xlsx-event-first-plan-adopted = First action plan adopted
xlsx-event-report = Report published
xlsx-event-activity-done = Activity done
xlsx-event-activity-cancelled = Activity cancelled
xlsx-event-goal-achieved-date = Goal achieved (reported)
xlsx-event-goal-achieved-measurement = Goal achieved (target reached in a measurement)
xlsx-event-measurement = Measurement
# What a deadline is for, and the goal's or activity's id: "activity training".
xlsx-deadline-item = { $kind } { $id }
# $status is not_signed, due, overdue, adopted or adopted_late.
xlsx-action-plan-status = { $status ->
        [not_signed] not signed
        [due] due
        [overdue] overdue
        [adopted] adopted
       *[adopted_late] adopted late
    }
# $kind is level or balance.
xlsx-indicator-kind = { $kind ->
        [level] level
       *[balance] gender balance
    }

## Document titles (File › Info in Excel).

xlsx-title-status = Status as of { $date }
xlsx-title-deadlines = Open deadlines as of { $date }
xlsx-title-articles = Articles of the Charter
xlsx-title-summary = Quarterly summary, Q{ $number } { $year }

## Errors.

xlsx-on-terminal = a workbook is a binary file and is not written to the terminal; save it with -o FILE.xlsx
xlsx-cannot-write = cannot make the workbook
