# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Why a command could not run (exit 2): cemr's own error messages, on stderr.

# The line on stderr.
failure-line = error: { $message }
# A failure and what caused it.
failure-cause = { $message }: { $cause }

## The plan repository and cemr.toml

repo-not-found = no plan repository found at or above { $folder }: a repository has a cemr.toml or a plans/ folder (use -C DIR, or `cemr init`)
repo-not-a-repository = { $folder } is not a plan repository: it has neither a cemr.toml nor a plans/ folder (check the folder name, or create a repository with `cemr init`)
config-unusable = cannot use { $file }: { $reason }
config-link-outside = it is a link that leads outside the repository
config-not-regular = it is not a regular file
config-too-large = the file is larger than 10 MiB
config-not-utf8 = not valid UTF-8
config-not-toml = it is not valid TOML
config-error-at = line { $line }, column { $column }: { $message }

## Reading git (`cemr diff`, `validate --base`)

git-no-commit-yet = `{ $revision }`: there is no commit yet in this git repository; commit the plans first (`git add`, `git commit`), then compare
git-shallow = `{ $revision }` is not in this clone: its history is shallow (only the latest commits were fetched). Fetch the whole history with `git fetch --unshallow`, or in GitHub Actions check out with fetch-depth: 0
git-not-a-commit = `{ $revision }` is { $kind ->
        [tree] a folder (a git tree)
       *[other] a file (a git blob)
    }, not a commit; compare commits, branches or tags (e.g. HEAD, main, v1.0)
git-cannot-read-blob = cannot read it from git: { $detail }
git-not-utf8 = the file is not valid UTF-8

## Commands that load the plans

# After the findings, when a listing command still printed what it could.
plans-have-errors = the plans have errors (run `cemr validate`); the output leaves out what could not be read

## Flags, settings and filters

settings-cemr-today = CEMR_TODAY: `{ $value }` is not a date in the form YYYY-MM-DD
settings-cemr-today-not-text = CEMR_TODAY is not a date in the form YYYY-MM-DD: it holds bytes that are not text (not UTF-8)
settings-no-current-folder = cannot read the current folder
settings-csv-separator = --csv-sep { $separator } cannot separate CSV fields; use e.g. ',' or ';'
settings-no-output = { $command } writes no output
settings-unknown-extension = cannot tell the format from `{ $file }`: use --format, or an extension .json, .csv, .md, .html, .ics, .txt or .xlsx
settings-unsupported-format = `cemr { $command }` cannot write { $format }; it writes { $supported }
filter-no-signatory = there is no signatory `{ $id }`
filter-no-group = there is no group `{ $id }`
filter-none-at-all = the repository has none
filter-nearest = the nearest: { $names }
quarter-invalid = `{ $text }` is not a quarter: write the year (0001 to 9998) and the quarter 1–4, as 2026Q3 or 2026-Q3
quarter-not-begun = { $quarter } has not begun yet (today is { $today }); a summary covers a quarter that has begun
validate-base = --base { $base }
validate-no-such-path = { $path }: no such file or folder
validate-path-outside = { $path } is outside the repository { $root }
git-not-a-repository = { $folder } is not in a git repository ({ $detail }); run `git init` there, or use -C DIR
git-bare = { $folder } is in a bare git repository; cemr needs a working tree
git-outside-worktree = { $folder } is outside the git working tree { $worktree }
git-not-a-revision = `{ $revision }` is not a revision in this git repository ({ $detail })
git-what-a-revision-is = a revision is a commit, branch or tag name
git-fetch-first = a remote branch must be fetched first (`git fetch`, or in GitHub Actions checkout with fetch-depth: 0)
git-cannot-read-tree = cannot read a git tree
git-cannot-read-status = cannot read the git status
