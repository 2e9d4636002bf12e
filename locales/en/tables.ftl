# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### The tables of `status`, `deadlines` and `articles` (render/layout/). CSV takes its headers
### from the English messages, so changing an English column header changes the CSV files.

## Column headers.

column-id = ID
column-signatory = Signatory
column-signed = Signed
column-action-plan = Action plan
column-articles = Articles
# Goals achieved of all goals ("2/5"); in CSV two columns: column-goals-achieved, column-goals.
column-goals-achieved = Goals achieved
column-goals = Goals
column-goal-progress = Goal progress
# Activities done of those not cancelled ("3/6"); in CSV: column-activities-done, column-activities-counted.
column-activities-done = Activities done
column-activities-counted = Activities not cancelled
# The share of activities done, as a bar.
column-done = Done
# How many deadlines have passed.
column-overdue = Overdue
column-next-deadline = Next deadline
column-goal = Goal
column-progress = Progress
column-latest = Latest
column-women = Women
column-men = Men
column-women-share = Women %
column-trend = Trend
column-due = Due
column-state = State
column-activity = Activity
column-owner = Owner
column-status = Status
# What a deadline is for (goal, activity, progress report, …).
column-deadline = Deadline
column-title = Title
column-article-number = No.
column-swedish = Swedish
column-english = English
# How many signatories chose the article.
column-chosen-by = Chosen by
column-signatories = Signatories

## Titles, totals and notes.

status-title = Status as of { $today }
status-title-named = { $name }: status as of { $today }
goals-title = Goals of { $name }
activities-title = Activities of { $name }
deadlines-title = Open deadlines as of { $today }
articles-title = Articles of the { $charter } Charter, chosen by { $count ->
        [one] { $count } signatory
       *[other] { $count } signatories
    }
group-total = Total { $name }
grand-total = Total
no-deadlines = No open deadlines.
no-signatories = No signatories.
no-goals = No goals.
no-activities = No activities.
# The latest measurement: a value with its date.
measured-on = { $value } ({ $date })
# The next deadline of a signatory: its day and what it is for.
next-deadline = { $date } { $what }
