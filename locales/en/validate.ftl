# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### The frame around findings: headers, the closing line, GitHub's notices.

severity-error = error
severity-warning = warning
# Under a finding, before a hint on how to fix it.
finding-help = help
# A finding on one line: its message, then the help in brackets.
finding-with-help = { $message } ({ $help })

# The last line of `cemr validate`.
validate-closing = checked { $files ->
        [one] { $files } plan file
       *[other] { $files } plan files
    }: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }

## GitHub Actions (`--format github`): the notice past the annotation budget, and the step summary

github-more-findings = { $count ->
        [one] 1 more finding is not shown as annotations
       *[other] { $count } more findings are not shown as annotations
    } (GitHub shows 10 errors and 10 warnings per step); run `cemr validate` for the full list
github-summary-title = cemr validate
github-column-file = file
github-column-line = line
github-column-column = column
github-column-severity = severity
github-column-code = code
github-column-message = message
