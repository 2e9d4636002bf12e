# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Findings about text that is not TOML, and the habits of word processors and spreadsheets
### behind most of them. Each says what to write instead; `$written` is the text as it is in
### the file, `$key` the key it is written under.

## Characters

# An unusual character by its code point (`$character` is `u` and four hex digits).
char-name = { $character ->
        [u00A0] a no-break space
        [u00AD] a soft hyphen
        [u2007] a figure space
        [u2009] a thin space
        [u200A] a hair space
        [u200B] a zero-width space
        [u200C] a zero-width non-joiner
        [u200D] a zero-width joiner
        [u200E] a left-to-right mark
        [u200F] a right-to-left mark
        [u2010] a typographic hyphen
        [u2011] a non-breaking hyphen
        [u2012] a figure dash
        [u2013] an en dash
        [u2014] an em dash
        [u2015] a horizontal bar
        [u2028] a line separator
        [u2029] a paragraph separator
        [u202F] a narrow no-break space
        [u2060] a word joiner
        [u2212] a minus sign
        [u3000] an ideographic space
        [uFEFF] a byte-order mark, an invisible no-break space
       *[other] an unusual space or invisible character
    }

# What a value that cannot be read is called where a kind of value is named.
found-unreadable = a value that cannot be read

## Hints: what to write instead

syntax-write = write `{ $key } = { $value }`
syntax-write-value = write `{ $value }`
syntax-write-whole = a count is a whole number: write e.g. `{ $key } = { $value }`
syntax-write-date-example = write the date as YYYY-MM-DD, e.g. `{ $key } = 2013-03-08`
syntax-write-key = write the key as `{ $key }`
syntax-write-either-date = write the date as YYYY-MM-DD: `{ $key } = { $first }` or `{ $key } = { $second }`
syntax-unit-goes-in-unit = write `{ $key } = { $value }`; the unit goes in the indicator's `unit`
syntax-quote-text = text goes in straight quotes: write `{ $key } = { $value }`

## Habits from office software

syntax-decimal-comma = `{ $key }` = { $written }: numbers in a plan file have a decimal point, not a decimal comma
syntax-decimal-comma-count = `{ $key }` = { $written }: `{ $key }` is a number of people, a whole number (and decimals have a point, not a comma)
syntax-typographic-quotes = `{ $key }` = { $written }: the text is in typographic quotes ({ $quote }), and a plan file reads only straight quotes (")
syntax-typographic-quotes-key = the key { $written } is in typographic quotes ({ $quote }); keys are written without quotes
syntax-unusual-character = { $name } ({ $codepoint }) stands where TOML reads no such character; it is invisible, or looks like an ordinary one
syntax-date-shape = `{ $key }` = { $written }: dates in a plan file are written YYYY-MM-DD, without quotes
syntax-date-ambiguous = `{ $key }` = { $written }: the day and the month could be either way round; dates in a plan file are written YYYY-MM-DD
syntax-date-quoted = `{ $key }` = { $written }: a date is written without quotes
syntax-date-serial = `{ $key }` = { $written }: this is a date as a spreadsheet counts days, and a plan file writes dates YYYY-MM-DD
syntax-number-with-percent = `{ $key }` = { $written }: a number in a plan file is written without the percent sign
syntax-number-with-unit = `{ $key }` = { $written }: a number in a plan file is written without its unit ({ $unit })
syntax-swedish-value = `{ $key }` = { $written }: the values of `{ $key }` are written in English ({ $allowed })

## Syntax errors, in the writer's terms

syntax-not-quoted = `{ $key }` = { $written }: text must be in quotes
syntax-not-a-date = `{ $key }` = { $written }: a date is written YYYY-MM-DD
syntax-not-a-number = `{ $key }` = { $written } cannot be read as a number
syntax-unreadable-value = `{ $key }` = { $written } cannot be read: text goes in quotes, numbers are written like 12 or 12.5, dates like 2013-03-08
syntax-unreadable-item = { $written } cannot be read: text goes in quotes, numbers are written like 12 or 12.5, dates like 2013-03-08
syntax-missing-value = `{ $key }` has no value after `=`
syntax-after-value = `{ $key }` = { $written }: the line goes on after the value, and one line holds one `key = value`
syntax-unclosed-string = `{ $key }` = { $written }: the text has no closing quote (") on its line
syntax-unclosed-table = the table name has no closing `]`
syntax-unclosed-array-table = the table name has no closing `]]`
syntax-unclosed-array = this list is never closed with `]`
syntax-unclosed-inline-table = this table is never closed with `{"}"}`
syntax-key-without-value = this line has a key and no `= value`
syntax-empty-key = a key is missing here
syntax-bad-key = { $written } cannot be a key: a key has only the letters a–z, digits, `-` and `_`
syntax-stray-text = this line is not `key = value`, a [table] or a # comment
syntax-missing-comma = a comma is missing between two items of the list
syntax-extra-comma = two commas in a row, or a comma with nothing before it
syntax-duplicate-key = `{ $key }` is given twice in the same table (first on line { $line })
syntax-duplicate-table = [{ $key }] is defined twice (first on line { $line })
syntax-duplicate-table-help = write all its keys under one [{ $key }]; to list several, use [[{ $key }]]
syntax-table-is-list = `{ $key }` is a list of tables ([[{ $key }]], first on line { $line }), and [{ $key }] would make it one table
syntax-table-is-list-help = write [[{ $key }]] to add one more to the list
syntax-not-a-table = `{ $key }` already holds a value or a list here; it cannot also hold keys
syntax-too-deep = nested too deep: a plan file has at most three levels of tables
syntax-other = TOML syntax: { $detail }

## Findings per file

diag-too-many-findings = this file has more than { $count } findings; the rest are not shown
diag-too-many-findings-help = correct these and run cemr again

## Files saved in another encoding than UTF-8

diag-utf16-file = the file is saved as UTF-16 (Notepad: "Unicode"), not UTF-8; read as UTF-16, line { $line } is: { $text }
diag-windows-1252-file = the file is saved as Windows-1252 (Notepad: "ANSI"), not UTF-8; read as Windows-1252, line { $line } is: { $text }
diag-save-as-utf8 = save it as UTF-8: in Notepad, File → Save As, Encoding: UTF-8 (`cemr explain { $code }` says how in Word and other editors)
