# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### The findings of `cemr validate`: each message is the text of one diagnostic, `-help` its
### hint. Keys, values and ids from the file are shown in `backticks` as they are written.

## Where in a file (`$place`)

place-file = the file
place-table = [{ $table }]

## Kinds of value: what a key takes (`$expected`) and what was written (`$found`)

type-text = a string in quotes
type-date = a date without quotes (YYYY-MM-DD)
type-count = a whole number
type-number = a number
type-text-list = a list of strings, e.g. ["a", "b"]
type-id-list = a list of ids, e.g. ["chefer"]
type-article-list = a list of article numbers, e.g. [1, 2, 11]
type-table = a table
type-tables = an array of tables ([[…]])
found-string = a string
found-integer = an integer
found-float = a float
found-boolean = a boolean
found-date-time = a date-time
found-date = a date
found-array = an array
found-table = a table

## Reading files

io-permission-denied = permission denied
io-not-found = the file is gone
io-is-a-directory = it is a folder
io-other = { $detail }
diag-unreadable-entry = cannot read: { $reason }
diag-unreadable-file = cannot read the file: { $reason }
diag-not-a-regular-file = not a regular file; it is not read
diag-symlink-loop = this link leads back into a folder that contains it; it is not followed
diag-link-outside-repository = this link points outside the repository and is not followed
diag-plans-not-a-folder = { $folder } is not a folder; plan files go in a folder of that name
diag-plans-link-to-nothing = { $folder } is a link to a folder that does not exist
diag-file-too-large = the file is larger than 10 MiB and is not read
diag-invalid-utf8 = the file is not valid UTF-8 (byte { $byte } at line { $line }); save it as UTF-8
diag-empty-file = the file is empty; a plan needs at least [signatory] with name and kind
diag-invalid-file-name = `{ $id }` is not a valid id: use lowercase ASCII letters, digits and -
diag-invalid-file-name-help = rename the file to { $suggestion }.toml
diag-no-plan-files = no plan files (*.toml) under { $folder }/; nothing was checked
diag-toml-syntax = TOML syntax: { $detail }

## Keys and values

diag-unknown-key-top = unknown key `{ $key }` at the top of the file
diag-unknown-key-in = unknown key `{ $key }` in [{ $table }]
diag-did-you-mean = did you mean `{ $word }`?
diag-did-you-mean-value = did you mean "{ $word }"?
diag-belongs-in = `{ $key }` belongs in [{ $table }]
diag-keys-here = the keys here are: { $keys }
diag-missing-key = { $place } is missing the required key `{ $key }`
diag-wrong-type = `{ $key }` in { $place } must be { $expected }, not { $found }
diag-too-many-entries = `{ $key }` in { $place } has { $count } entries; cemr reads lists of at most { $max }, and no plan needs more
diag-empty-text = `{ $key }` in { $place } must not be empty
diag-impossible-date = `{ $key }` = { $written } is not a day in the calendar
diag-impossible-date-anywhere = { $written } is not a day in the calendar
diag-date-not-date-time = `{ $key }` in { $place } must be a date, not a date-time
diag-date-write = write `{ $key } = { $date }`
diag-date-not-time = `{ $key }` in { $place } must be a date, not a time of day
diag-date-not-string = `{ $key }` in { $place } must be a date, not a string
diag-date-remove-quotes = remove the quotes: `{ $key } = { $date }`
diag-date-without-quotes = write a date without quotes, e.g. `{ $key } = 2024-03-08`
diag-date-not-other = `{ $key }` in { $place } must be a date (YYYY-MM-DD), not { $found }
diag-count-negative = `{ $key }` = { $number } is negative; a count is 0 or more
diag-count-too-large = `{ $key }` is too large to be a count
diag-number-not-finite = `{ $key }` must be a finite number within range, e.g. 40 or 12.5
diag-value-not-allowed = `{ $key }` = "{ $value }" is not allowed; use one of { $allowed }
diag-list-item-not-string = each item of `{ $key }` must be a string in quotes, not { $found }
diag-list-item-not-integer = each item of `{ $key }` must be a whole number, not { $found }
diag-list-item-not-table = each item of `{ $key }` must be a table ([[{ $key }]]), not { $found }
diag-map-entry-not-table = `{ $key }.{ $name }` must be a table
diag-article-below-one = article { $number } does not exist; articles are numbered from 1
diag-article-unusable = `{ $key }`: { $digits } is not a usable article number
diag-control-character = text contains the control character { $character }; remove it
diag-plans-folder = `plans` must name a folder inside the repository (relative, no `..`), e.g. "plans"
diag-rule-out-of-range = `{ $key }` must be between 1 and { $max }; the default { $default } is used

## Indicators and measurements

diag-only-for-balance = `{ $key }` applies only to balance indicators and is ignored here
diag-only-for-level = `{ $key }` applies only to level indicators and is ignored here
diag-level-needs = a level indicator needs `{ $key }`
diag-target-equals-baseline = `target` equals `baseline`: progress towards it cannot be measured; set the value to reach
diag-min-share-range = `min_share` = { $value } must be above 0 and at most 50 (percent)
diag-level-measurement-needs-value = a level measurement needs `value`
diag-value-unused-for-balance = `value` is not used by balance indicators (the share comes from women and men)
diag-balance-measurement-needs = a balance measurement needs `women` and `men`; { $missing ->
        [both] `women` and `men` are missing
        [women] `women` is missing
       *[men] `men` is missing
    }

## Activities

diag-finished-missing = status "{ $status }" needs the date it was finished
diag-finished-missing-help = add `finished = YYYY-MM-DD`
diag-finished-not-allowed = { $status ->
        [ongoing] an ongoing activity has no finished date
       *[planned] a planned activity has no finished date
    }
diag-finished-not-allowed-help = remove `finished`, or set `status = "done"` or "cancelled"

## Rules inside one plan

diag-article-out-of-range = article { $number } does not exist; articles are numbered 1–{ $max } (charter { $charter })
diag-duplicate-article = article { $number } is listed twice
diag-goal-without-articles = goal `{ $goal }` names no article
diag-article-not-chosen = goal `{ $goal }` names article { $number }, which the signatory has not chosen
diag-article-not-chosen-help = add { $number } to `articles` in [signatory]
diag-invalid-goal-id = goal id "{ $id }" is not valid: use lowercase ASCII letters, digits and -
diag-invalid-activity-id = activity id "{ $id }" is not valid: use lowercase ASCII letters, digits and -
diag-invalid-id-help = write "{ $suggestion }"
diag-duplicate-goal-id = goal id `{ $id }` is used twice in this file
diag-duplicate-activity-id = activity id `{ $id }` is used twice in this file
diag-activity-without-goals = activity `{ $activity }` names no goal
diag-unknown-goal = activity `{ $activity }` names the goal `{ $goal }`, which this file does not have
diag-goal-without-activities = no activity works towards goal `{ $goal }`
diag-date-in-future = { $event ->
        [decided] decided
        [signed] signed
        [adopted] adopted
        [report] report date
        [achieved] achieved
        [measurement] measurement date
       *[finished] finished
    } { $date } is in the future; only events that have happened are recorded
diag-date-in-future-help = correct the date, or record the event when it has happened
diag-decided-after-signed = decided { $decided } is after signed { $signed }; the decision comes first
diag-plan-starts-after-end = the action plan starts { $start } after it ends { $end }
diag-activity-starts-after-due = activity `{ $activity }` starts { $start } after it is due { $due }
diag-no-articles = signed { $signed } but no articles chosen; list the Part III articles in `articles`
diag-duplicate-measurement = goal `{ $goal }` has two measurements dated { $date }
diag-action-plans-out-of-order = this action plan (from { $date }) is listed after one from { $before }
diag-action-plans-out-of-order-help = list [[action_plans]] oldest first

## Rules across files

diag-duplicate-id = the id `{ $id }` is also used by { $others }
diag-duplicate-id-help = ids come from file names and must be unique; rename or remove one file
