# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Why a command could not run (exit 2): cemr's own error messages, on stderr.

# The line on stderr.
failure-line = error: { $message }
# A failure and what caused it.
failure-cause = { $message }: { $cause }
