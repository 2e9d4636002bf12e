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
