# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### The calendar feed (`cemr deadlines --format ics`): what people read in Outlook or Google Calendar.

# The calendar's name in the subscriber's list of calendars.
ics-calendar-name = { $repository }: deadlines
# The name of one signatory's calendar (the site publishes one per signatory).
ics-calendar-name-signatory = { $signatory }: deadlines
# The calendar's description; $today is the date the feed was made for.
ics-calendar-description = Deadlines of what remains to be done in the equality action plans under the CEMR Charter, as of { $today }.

## What is due, as an event's title and category call it: the words of terms.ftl (deadline-*), capitalised.

ics-kind-action-plan = First action plan
ics-kind-next-plan = New action plan
ics-kind-report = Progress report
ics-kind-goal = Goal
ics-kind-activity = Activity

# An event's title: the signatory and what is due.
ics-summary = { $signatory }: { $kind }
# An event's title for a goal or an activity: the signatory, what is due, and its title.
ics-summary-titled = { $signatory }: { $kind } – { $title }

## The lines of an event's description.

ics-due-action-plan = The first action plan is to be adopted by { $due }.
ics-due-next-plan = A new action plan is to be adopted when the current one ends, on { $due }.
ics-due-report = A progress report is to be published by { $due }.
ics-due-goal = Goal { $id } is to be achieved by { $due }: { $title }
ics-due-activity = Activity { $id } is to be done by { $due }: { $title }
ics-owner = Owner: { $owner }
ics-overdue =
    Overdue: the deadline passed { $days ->
        [one] one day
       *[other] { $days } days
    } ago (as of { $today }).
ics-not-overdue = Not overdue (as of { $today }).
ics-plan-file = Plan file: { $file }
# The signatory's page on the public site.
ics-read-more = Read more: { $url }

# `--remind` given without `--format ics` (an error: the command does not run).
ics-remind-without-feed = --remind adds reminders to a calendar feed: use it with --format ics (or -o FILE.ics)
