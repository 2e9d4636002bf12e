# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### `cemr diff`: what changed in the plans between two versions (render/diff.rs and
### render/diff/phrase.rs). Plan text, ids and paths arrive already quoted or marked up.

## The frame.

# The terminal's first line.
diff-title = Plan changes from { $base } to { $head } (as of { $today })
# The Markdown heading.
diff-heading = Plan changes: { $base } → { $head }
# The Markdown line under the heading.
diff-as-of = As of { $today }. { $count ->
        [0] No plan file changed.
        [one] { $count } signatory changed.
       *[other] { $count } signatories changed.
    }
# The files as they are now, not yet committed (`cemr diff` without HEAD).
diff-working-tree = the working tree
diff-nothing-changed = No plan file changed.
# A signatory's heading: its id, name, file and what happened to the file.
diff-file-added = new file
diff-file-removed = file removed
diff-file-moved = moved from { $path }
diff-unreadable-before = cannot compare the version before: { $reason }
diff-unreadable-after = cannot compare the version after: { $reason }
diff-no-plan-change = no change in plan terms (comments or layout only)

## One line per change.

diff-signatory-added = new signatory { $name } ({ $kind })
diff-signatory-removed = signatory removed: { $name }
diff-name-changed = name: { $from } → { $to }
diff-groups-changed = groups: { $from } → { $to }
diff-no-groups = none
diff-decided-changed = decision to sign: { $from } → { $to }
diff-signed-changed = signed: { $from } → { $to }
diff-no-date = none
diff-article = article { $number }
diff-article-titled = article { $number } ({ $title })
diff-article-chosen = { $article } chosen
diff-article-dropped = { $article } dropped
diff-action-plan-added = action plan added: { $period }
diff-action-plan-removed = action plan removed: { $period }
diff-plan-draft = a draft, not adopted
diff-plan-period = { $start } – { $end }
diff-plan-from = from { $start }
diff-plan-until = until { $end }
diff-report-added = progress report added: { $date }
diff-report-removed = progress report removed: { $date }
diff-goal-added = goal { $id } added: { $title }
diff-goal-removed = goal { $id } removed: { $title }
# $item is "goal" or "activity" (terms.ftl).
diff-retitled = { $item } { $id } retitled: { $from } → { $to }
diff-goal-achieved = goal { $id } achieved: { $title }
diff-goal-achieved-on = goal { $id } achieved { $date }: { $title }
diff-goal-no-longer-achieved = goal { $id } no longer achieved: { $title }
diff-activity-added = activity { $id } added ({ $status }): { $title }
diff-activity-removed = activity { $id } removed: { $title }
diff-activity-status = activity { $id }: { $from } → { $to }: { $title }
diff-due-changed = { $item } { $id } due: { $from } → { $to }
diff-measurement-added = measurement for goal { $goal } { $date }: { $figures }
diff-measurement-corrected = measurement for goal { $goal } { $date } corrected: { $figures }
diff-measurement-removed = measurement for goal { $goal } { $date } removed
diff-women-men = women { $women }, men { $men }
diff-women-men-share = women { $women }, men { $men } ({ $share } women)
diff-became-overdue = { $item } { $id }: now overdue (due { $due }): { $title }
diff-deadline-met = { $item } { $id }: deadline { $due } met: { $title }
diff-deadline-met-late = { $item } { $id }: deadline { $due } met late: { $title }

## Warnings.

diff-id-renamed = { $file }: { $item } { $from } was removed and { $item } { $to } added with the same title { $title }. Changing an id detaches its history (what refers to { $from }); if it is the same { $item }, keep the old id.
