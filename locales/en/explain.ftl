# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### What each diagnostic code means: its one-line summary (`code-NAME`) and the long text
### of `cemr explain NAME` (`code-NAME-explain`): what it means, an example, how to fix it.

code-unreadable-file = a plan file could not be read
code-unreadable-file-explain =
    The file exists but could not be opened or read (permissions, a broken link, a folder where a file was expected).

    Example: plans/kiruna.toml with mode 000.

    Fix: make the file readable by the user that runs cemr (e.g. `chmod 644`), or remove it.

code-invalid-utf8 = a plan file is not valid UTF-8
code-invalid-utf8-explain =
    Plan files must be UTF-8. A file saved as Latin-1 or Windows-1252 turns å, ä and ö into bytes that are not UTF-8.

    Example: `name = "Lule\xe5 kommun"` saved as Latin-1.

    Fix: re-save the file as UTF-8 (a UTF-8 byte-order mark is accepted).

code-empty-file = a plan file is empty
code-empty-file-explain =
    A plan file must at least have a [signatory] table with name and kind.

    Example: an empty plans/pajala.toml.

    Fix: fill it in (`cemr new ID --name NAME` writes a template), or delete it.

code-file-too-large = a plan file is larger than 10 MiB
code-file-too-large-explain =
    Plan files over 10 MiB are not read: no real plan is that large, and reading untrusted input must stay bounded.

    Fix: split or shorten the file; check that nothing was pasted into it by mistake.

code-symlink-loop = a symbolic link in plans/ leads back into itself
code-symlink-loop-explain =
    A link that points to a folder containing it would make the walk endless; cemr stops there.

    Example: plans/a -> ../plans.

    Fix: replace the link with the file itself.

code-link-outside-repository = a symbolic link in plans/ points outside the repository
code-link-outside-repository-explain =
    cemr reads only the repository's own files; a link that leads out of it is not followed.

    Example: plans/x.toml -> /etc/passwd.

    Fix: copy the file into the repository instead of linking to it.

code-toml-syntax = the file is not valid TOML
code-toml-syntax-explain =
    The TOML parser stopped at this position. Common causes: a missing quote or bracket, a key written twice, a table header written twice, a comma missing in an array.

    Example: `name = "Luleå kommun` (closing quote missing).

    Fix: correct the syntax at the position shown.

code-invalid-file-name = the file name is not a valid signatory id
code-invalid-file-name-explain =
    A plan file's stem is the signatory's id: lowercase ASCII letters, digits and `-`. Swedish letters are written without their marks.

    Example: plans/Älvsbyn.toml.

    Fix: rename it, e.g. to plans/alvsbyn.toml (the name inside the file keeps the å, ä, ö).

code-duplicate-id = two plan files have the same id
code-duplicate-id-explain =
    Ids come from file names and must be unique across the repository, whatever folder the files are in.

    Example: plans/norrbotten/boden.toml and plans/boden.toml.

    Fix: remove one of the files or rename it.

code-no-plan-files = the repository has no plan files
code-no-plan-files-explain =
    No `.toml` file was found under the plans folder, so nothing was checked. A wrong `-C` path or `[repository] plans` setting is the usual cause.

    Fix: add plan files (`cemr new`), or point cemr at the right repository. Under --strict this is an error.

code-unknown-key = a key that the file format does not have
code-unknown-key-explain =
    Every key of a plan file is known; a misspelt key would otherwise be silently ignored.

    Example: `sigend = 2013-03-08` in [signatory].

    Fix: correct the spelling (the message suggests the nearest key) or remove the key.

code-wrong-type = a value of the wrong type
code-wrong-type-explain =
    Each key takes one type of value: text in quotes, a whole number, a number, a list, or a table.

    Example: `articles = "1, 2"` (a string) instead of `articles = [1, 2]`.

    Fix: write the value in the type the message names.

code-not-a-date = a date is required here
code-not-a-date-explain =
    Dates are TOML local dates written without quotes and without a time: `signed = 2013-03-08`. A string (`"2013-03-08"`) or a date-time (`2013-03-08T10:00:00`) is not accepted.

    Fix: write the bare date YYYY-MM-DD.

code-impossible-date = a date that does not exist in the calendar
code-impossible-date-explain =
    The date is written as a date but no such day exists.

    Example: `due = 2023-02-30`.

    Fix: correct the day or month.

code-invalid-number = a number that cannot be used
code-invalid-number-explain =
    Numbers must be finite and within range: `nan`, `inf`, integers beyond 64 bits and negative counts of women or men are rejected.

    Example: `women = -3`.

    Fix: write the measured number.

code-missing-key = a required key is missing
code-missing-key-explain =
    Required: signatory.name and signatory.kind; a goal's id and title; an indicator's kind, and for a level indicator baseline and target; a measurement's date, and value (level) or women and men (balance); an activity's id, title and status; a report's date.

    Fix: add the key the message names.

code-invalid-value = a value outside the allowed set
code-invalid-value-explain =
    Some keys take one of a few words, or a number in a range: kind (municipality | region | other), status (planned | ongoing | done | cancelled), indicator kind (level | balance), charter ("2006" | "2022"), min_share (above 0, at most 50), a level indicator's target (different from its baseline), and text that must not be empty.

    Example: `status = "finished"`.

    Fix: use one of the values the message lists.

code-irrelevant-key = a key that has no effect for this indicator kind
code-irrelevant-key-explain =
    unit, baseline and target belong to level indicators; min_share to balance indicators; a measurement's value to level indicators. The key is ignored.

    Example: `min_share = 40` on a level indicator.

    Fix: remove the key, or change the indicator's kind.

code-article-out-of-range = an article number that the chosen charter text does not have
code-article-out-of-range-explain =
    The 2006 Charter has articles 1–30; the 2022 text has 1–39. A signatory committed before 2023 uses the 2006 text unless `charter = "2022"` says otherwise.

    Example: `articles = [31]` with charter 2006.

    Fix: correct the number, or set `charter` to the text the signatory committed to.

code-duplicate-article = an article listed twice
code-duplicate-article-explain =
    Each chosen article is listed once.

    Example: `articles = [1, 2, 2]`.

    Fix: remove the repeat.

code-article-not-chosen = a goal names an article the signatory has not chosen
code-article-not-chosen-explain =
    A goal's articles must be among the signatory's chosen articles (`[signatory] articles`).

    Example: a goal with `articles = [11]` while the signatory chose [1, 2, 4].

    Fix: add the article to the signatory's articles, or correct the goal.

code-invalid-id = a goal or activity id is malformed
code-invalid-id-explain =
    Goal and activity ids are lowercase ASCII letters, digits and `-`, and are used by commands such as `cemr done ID ACTIVITY`.

    Example: `id = "Chefer 2024"`.

    Fix: write e.g. `id = "chefer-2024"`.

code-duplicate-goal-id = two goals in one file have the same id
code-duplicate-goal-id-explain =
    Goal ids are unique within their file.

    Fix: rename one of them (activities refer to goals by id).

code-duplicate-activity-id = two activities in one file have the same id
code-duplicate-activity-id-explain =
    Activity ids are unique within their file.

    Fix: rename one of them.

code-unknown-goal = an activity names a goal that the file does not have
code-unknown-goal-explain =
    An activity's `goals` refer to goal ids of the same file.

    Example: `goals = ["chfer"]` where the goal is `chefer`.

    Fix: correct the id (the message suggests the nearest one).

code-finished-missing = a done or cancelled activity has no finished date
code-finished-missing-explain =
    Deadlines are met on the day an activity was finished; for done and cancelled activities that day is required.

    Example: `status = "done"` without `finished`.

    Fix: add `finished = YYYY-MM-DD` (`cemr done ID ACTIVITY --date D` does both).

code-finished-not-allowed = a planned or ongoing activity has a finished date
code-finished-not-allowed-explain =
    Only done and cancelled activities are finished.

    Example: `status = "ongoing"` with `finished = 2024-05-01`.

    Fix: remove `finished`, or set the status to done or cancelled.

code-date-in-future = an event is dated after today
code-date-in-future-explain =
    decided, signed, adopted, finished, achieved and the dates of reports and measurements record things that have happened, so they cannot be later than today's real date (the system clock, not --today).

    Example: `signed = 2999-01-01`.

    Fix: correct the date; record the event when it has happened.

code-decided-after-signed = the decision to sign is dated after the signing
code-decided-after-signed-explain =
    A signatory decides to sign (`decided`) before, or on the day, it signs (`signed`).

    Fix: correct one of the two dates.

code-start-after-end = a period starts after it ends
code-start-after-end-explain =
    An action plan's `start` must not be later than its `end`, nor an activity's `start` later than its `due`.

    Fix: correct the dates.

code-control-character = text contains a control character
code-control-character-explain =
    Control characters (such as ESC, BEL or NUL) in text are invisible and can disturb terminals and reports; cemr escapes them in every output.

    Fix: remove the character.

code-no-articles = signed long ago but no articles chosen
code-no-articles-explain =
    The Charter asks signatories to choose the Part III articles they will work on, in the action plan due within two years of signing.

    Fix: list the chosen articles in `[signatory] articles`.

code-goal-without-articles = a goal names no article
code-goal-without-articles-explain =
    Each goal should say which of the chosen articles it serves, so that coverage can be reported.

    Fix: add `articles = [N]` to the goal.

code-goal-without-activities = no activity works towards this goal
code-goal-without-activities-explain =
    A goal that no activity names has no measures behind it.

    Fix: add an activity with `goals = ["ID"]`, or name the goal in an existing one.

code-activity-without-goals = an activity names no goal
code-activity-without-goals-explain =
    Each activity should say which goals it serves.

    Fix: add `goals = ["ID"]` to the activity.

code-duplicate-measurement = two measurements of one indicator on the same date
code-duplicate-measurement-explain =
    Only one of them can be the latest; the other is ignored.

    Fix: remove or correct one of the two.

code-action-plans-out-of-order = action plans are not listed oldest first
code-action-plans-out-of-order-explain =
    The format lists action plans oldest first so that a reader sees the history in order; cemr sorts them itself.

    Fix: reorder the [[action_plans]] entries by start or adoption date.

# Stands in for the summary of a code the catalogue lacks (the catalogue tests forbid that).
code-unknown = { $code }

# `cemr explain CODE`: the first line.
explain-heading = { $code } ({ $severity })
explain-unknown-code = unknown code `{ $code }`; `cemr explain` lists them all
