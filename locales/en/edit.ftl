# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### The editing commands (`cemr done`, `cancel`, `start`, `measure`, `adopt`, `report`,
### `sign`): what they changed, what was already there, and why they refused.

## What was written, after "plans/x.toml: "

edit-changed = { $file }: { $summary }
edit-unchanged = { $file }: nothing changed: { $summary }
edit-activity-finished = activity { $activity } { $status ->
        [done] done
       *[cancelled] cancelled
    } { $date }
edit-activity-ongoing = activity { $activity } ongoing since { $start }
# A summary and the activity's status before the edit.
edit-was = { $summary } (was { $before })
edit-was-finished = { $summary } (was { $status ->
        [done] done
       *[cancelled] cancelled
    } { $date })
edit-measured-level = goal { $goal } measured { $date }: { $value }
edit-measured-balance = goal { $goal } measured { $date }: { $women } women, { $men } men
edit-plan-adopted = action plan adopted { $date }
edit-plan-adopted-period = action plan for { $start } to { $end } adopted { $date }
edit-draft-adopted = draft action plan adopted { $date }
edit-draft-adopted-period = draft action plan for { $start } to { $end } adopted { $date }
edit-report-recorded = report { $date } recorded
edit-signed = signed { $date }

## Already in the file: nothing to do

edit-already-ongoing = activity { $activity } is already ongoing (since { $start })
edit-already-finished = activity { $activity } is already { $status ->
        [done] done
       *[cancelled] cancelled
    } { $date }
edit-already-measured = goal { $goal } already has this measurement dated { $date }
edit-already-adopted = an action plan adopted { $date } is already recorded
edit-already-reported = a report dated { $date } is already recorded
edit-already-signed = already signed { $date }

## Refused (exit 1): the file is left as it was

edit-refuse-no-indicator = goal { $goal } has no indicator to measure; add a [goals.indicator] table to it first (kind = "level" with baseline and target, or kind = "balance")
edit-refuse-other-measurement = goal { $goal } already has a different measurement dated { $date }; to correct it, edit the file
edit-refuse-finished = activity { $activity } is recorded as { $status ->
        [done] done
       *[cancelled] cancelled
    } { $date }; to change a finished activity, run the command again with --force
edit-refuse-signed-differently = { $file } already records signing on { $signed }, not { $date }; to correct the date, edit `signed` in the file
edit-refuse-twins = the id `{ $id }` is used by more than one file ({ $files }); rename or remove one first
edit-refuse-has-errors = { $file } has errors; fix them first (`cemr validate` lists them); nothing was changed
edit-refuse-would-have-errors = { $file } not changed: with this edit ({ $summary }) it would have errors; the lines above show it as it would be

## Could not run (exit 2)

edit-no-signatory = no signatory `{ $id }` in { $folder }
edit-id-is-file-name = the id is the plan file's name without .toml
edit-no-activity = no activity `{ $id }` in { $file }
edit-no-goal = no goal `{ $id }` in { $file }
edit-no-activity-ids = it has no activity ids
edit-no-goal-ids = it has no goal ids
edit-activity-ids = its activity ids: { $ids }
edit-goal-ids = its goal ids: { $ids }
# A failure and a hint on what to do about it.
edit-with-hint = { $message }; { $hint }
edit-value-not-finite = --value must be a finite number
edit-level-needs-value = goal { $goal } has a level indicator: give the measured level with --value
edit-balance-needs-counts = goal { $goal } has a balance indicator: give --women and --men, not --value
edit-give-a-reading = give --value (a level), or --women and --men (a balance)
edit-changed-meanwhile = { $file } was changed by another program each time cemr was about to save its edit; nothing was written. Close the program that is changing the file and try again
edit-cannot-read = cannot read { $file }
edit-not-utf8 = { $file } is not UTF-8
edit-cannot-edit = cannot edit { $file }
edit-no-signatory-table = the file has no [signatory]
edit-activity-not-in-file = activity `{ $id }` is not in the file
edit-goal-not-in-file = goal `{ $id }` is not in the file
edit-goal-without-indicator = goal `{ $id }` has no indicator
edit-year-out-of-range = { $date }: the year must be between 0 and 9999
edit-not-a-date = { $date } is not a date
edit-count-too-large = { $number } is too large for a TOML integer
edit-not-array-of-tables = `{ $key }` is not an array of tables
edit-not-array = `{ $key }` is not an array
