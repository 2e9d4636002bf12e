# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### The notice at the top of a report made from plans with errors (status, deadlines, articles,
### summary): how many errors, in which files, and what the figures do with those files.

# Before the notice's first sentence, emphasised.
notice-label = Note
# The first sentence.
notice-errors = there { $errors ->
    [one] is
   *[other] are
  } { $errors ->
    [one] 1 error
   *[other] { $errors } errors
  } in { $files ->
    [one] 1 file
   *[other] { $files } files
  }. Run cemr validate to see { $errors ->
    [one] it
   *[other] them
  }.
# Files that could not be read in full, which every report leaves out; $list is
# notice-file, comma-separated.
notice-left-out = Left out of the figures, because { $count ->
    [one] the file
   *[other] the files
  } could not be read in full: { $list }.
# Files read in full despite their errors: their plans count as written, except values that
# could not be read (a date that does not exist, a number written as text).
notice-counted = Counted as written, except values that could not be read, so the errors may affect the figures: { $list }.
# The settings (cemr.toml) with errors: what is wrong is not used, and the default holds.
notice-settings = In the settings, what is wrong is not used and the default holds instead: { $list }.
# One file in a list, with its number of errors.
notice-file = { $file } ({ $errors ->
    [one] 1 error
   *[other] { $errors } errors
  })
# After the files listed, when there are more.
notice-more-files = and { $count ->
    [one] 1 more file
   *[other] { $count } more files
  }
# The notice's sheet in a workbook, and its columns.
notice-sheet = Errors in the plans
notice-column-file = File
notice-column-errors = Errors
notice-column-figures = In the figures
notice-figures-left-out = no: could not be read in full
notice-figures-counted = yes, as written, except values that could not be read
notice-figures-settings = settings: the default holds instead of what is wrong
