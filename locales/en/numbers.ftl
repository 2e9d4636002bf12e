# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### How numbers are written in human output (render/text/numbers.rs).

# The character between the whole and the decimal part.
number-decimal-separator = .
# Between groups of three digits, in numbers of five digits or more ("44,100").
number-group-separator = ,
# A percentage; $number is already written the language's way.
number-percent = { $number }%
