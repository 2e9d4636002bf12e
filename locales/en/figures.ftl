# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Figures shared by every human output (issue 18): the history, the notices.

# A quarter in a table or on a chart's axis: "Q3 2026".
quarter-short = Q{ $number } { $year }

# The first column of the deadlines chart: everything due before its first month.
chart-earlier = earlier

# Under the summary's heading "Progress over the years", before its table.
summary-history-intro = { $quarters ->
        [one] The key figures at the end of the quarter.
       *[other] The key figures at the end of each of the last { $quarters } quarters, oldest first.
    }

## A mean goal progress never without the goals it rests on; activities done of those not
## cancelled (issue 18). A goal counts as measured when its progress is known: it has a usable
## measurement, or it is achieved.

# "78% · 1 of 3 goals measured"; $progress is a percentage or "unknown".
mean-progress = { $progress } · { $measured } of { $goals ->
        [one] { $goals } goal measured
       *[other] { $goals } goals measured
    }
# The same in a table cell: "78% (1/3)".
mean-progress-short = { $progress } ({ $measured }/{ $goals })
# Under a table whose cells have the short form.
mean-progress-note = Goal progress is the mean over the goals measured (or achieved); in brackets: goals measured / all goals.
# "37 of 68 (3 cancelled)": the activities done of those not cancelled.
activities-done-of = { $cancelled ->
        [0] { $done } of { $counted }
       *[other] { $done } of { $counted } ({ $cancelled } cancelled)
    }
