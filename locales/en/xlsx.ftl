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

xlsx-col-id = ID
xlsx-col-signatory-id = Signatory ID
xlsx-col-signatory = Signatory
xlsx-col-signatories = Signatories
xlsx-col-groups = Groups
xlsx-col-group-id = Group ID
xlsx-col-group = Group
# The date of signing.
xlsx-col-signed = Signed
# How many have signed.
xlsx-col-signed-count = Have signed
xlsx-col-action-plan = Action plan
# The date the first action plan is due.
xlsx-col-action-plan-due = Action plan due
# The date the first action plan was adopted.
xlsx-col-adopted = Adopted
# How many have adopted an action plan.
xlsx-col-adopted-count = Have adopted an action plan
# How many published a report in the last $months months.
xlsx-col-recent-report = Report in the last { $months } months
xlsx-col-articles = Articles
xlsx-col-goals = Goals
xlsx-col-goals-achieved = Goals achieved
# Goals whose progress is known: the goal progress is their mean.
xlsx-col-goals-with-progress = Goals with known progress
xlsx-col-goal-progress = Goal progress
xlsx-col-activities = Activities
xlsx-col-activities-done = Activities done
xlsx-col-activities-cancelled = Activities cancelled
# Done ÷ (activities − cancelled).
xlsx-col-activity-progress = Share done
# How many deadlines are overdue.
xlsx-col-overdue-count = Overdue
# Whether a deadline is overdue.
xlsx-col-overdue = Overdue
xlsx-col-days-overdue = Days overdue
xlsx-col-next-deadline = Next deadline
# What the next deadline is for.
xlsx-col-next-deadline-for = Next deadline for
xlsx-col-goal = Goal
xlsx-col-focus = Focus area
xlsx-col-indicator = Indicator
xlsx-col-unit = Unit
xlsx-col-baseline = Baseline
xlsx-col-target = Target
# A balance goal's least share of either sex (40 % for the 40/60 rule).
xlsx-col-min-share = Least share
xlsx-col-latest = Latest measurement
xlsx-col-value = Value
xlsx-col-women = Women
xlsx-col-men = Men
xlsx-col-women-share = Women's share
xlsx-col-trend = Trend
xlsx-col-due = Due
# The date a goal was achieved.
xlsx-col-achieved = Achieved
xlsx-col-stale = Stale measurement
xlsx-col-activity = Activity
xlsx-col-owner = Owner
xlsx-col-start = Start
xlsx-col-status = Status
# The date a done or cancelled activity ended.
xlsx-col-finished = Finished
xlsx-col-due-soon = Due soon
# What a deadline is for: an action plan, a report, a goal, an activity.
xlsx-col-deadline-kind = Deadline for
# The goal's or activity's id.
xlsx-col-item-id = Goal or activity
xlsx-col-title = Title
# An article's number.
xlsx-col-number = No.
xlsx-col-swedish = Swedish
xlsx-col-english = English
# How many signatories chose an article.
xlsx-col-chosen-by = Chosen by
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
xlsx-col-quarter-end = Last day of the quarter

## Words in cells.

# The row of totals under the groups.
xlsx-total = Total
xlsx-figure-signed = Have signed the Charter
xlsx-figure-adopted = Have adopted an action plan
xlsx-figure-recent-report = Have published a report in the last { $months } months
xlsx-figure-goals-achieved = Goals achieved
xlsx-figure-activities-done = Activities done
xlsx-figure-overdue = Overdue deadlines
xlsx-event-signed = Signed the Charter
xlsx-event-plan-adopted = Action plan adopted
xlsx-event-first-plan-adopted = First action plan adopted
xlsx-event-report = Report published
xlsx-event-activity-done = Activity done
xlsx-event-activity-cancelled = Activity cancelled
xlsx-event-goal-achieved-date = Goal achieved (reported)
xlsx-event-goal-achieved-measurement = Goal achieved (target reached in a measurement)
xlsx-event-measurement = Measurement
# $kind is action_plan, next_plan, report, goal or activity.
xlsx-deadline-kind = { $kind ->
        [action_plan] first action plan
        [next_plan] new action plan
        [report] report
        [goal] goal
       *[activity] activity
    }
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
# $status is planned, ongoing, done or cancelled.
xlsx-activity-status = { $status ->
        [planned] planned
        [ongoing] ongoing
        [done] done
       *[cancelled] cancelled
    }
# $trend is achieved, on_track, needs_acceleration, limited, deteriorating or unknown.
xlsx-trend = { $trend ->
        [achieved] achieved
        [on_track] on track
        [needs_acceleration] needs acceleration
        [limited] limited
        [deteriorating] deteriorating
       *[unknown] unknown
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
