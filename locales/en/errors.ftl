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

git-cannot-read-blob = cannot read it from git: { $detail }
git-not-utf8 = the file is not valid UTF-8

## Commands that load the plans

# After the findings, when a listing command still printed what it could.
plans-have-errors = the plans have errors (run `cemr validate`); the output leaves out what could not be read
