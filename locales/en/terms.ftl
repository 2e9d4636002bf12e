# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### The words of the plans' own values (statuses, kinds, trends) and the counts built on them:
### one message per value, used by every table, the summary and diff (render/terms.rs).

## An activity's status (`status` in a plan file).

activity-status-planned = planned
activity-status-ongoing = ongoing
activity-status-done = done
activity-status-cancelled = cancelled
# A done or cancelled activity with the day it ended; $status is one of the four above.
activity-finished-on = { $status } { $date }

## Where a signatory stands with its first action plan.

plan-not-signed = not signed
plan-due = due { $date }
plan-overdue = overdue (due { $date })
plan-adopted = adopted { $date }
plan-adopted-late = adopted late { $date }

## What a deadline is for.

deadline-action-plan = first action plan
deadline-next-plan = new action plan
deadline-report = progress report
deadline-goal = goal
deadline-activity = activity
# A goal's or an activity's deadline with its title: "goal: Women and men in management".
deadline-titled = { $kind }: { $title }
# …and the activity's owner.
deadline-owned = { $what } (owner: { $owner })

## How a level goal is moving towards its target.

trend-achieved = achieved
trend-on-track = on track
trend-needs-acceleration = needs acceleration
trend-limited = limited
trend-deteriorating = deteriorating
trend-unknown = unknown

## What kind of signatory (`kind` in a plan file).

signatory-municipality = municipality
signatory-region = region
signatory-other = other

## States and counts.

# A goal achieved on a day.
goal-achieved-on = achieved { $date }
# How late something is.
overdue-by = overdue { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
due-soon = due soon
# A goal whose latest measurement is older than `stale_months`.
goal-stale = stale
count-cancelled = { $count } cancelled
count-adopted = { $count } adopted
