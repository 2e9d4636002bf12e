# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Hur tal skrivs i text för människor (render/text/numbers.rs).

# Decimaltecknet.
number-decimal-separator = ,
# Mellan grupper om tre siffror, i tal med fem siffror eller fler ("44 100"): hårt mellanslag.
number-group-separator = { "\u00A0" }
# Ett procenttal: hårt mellanslag före procenttecknet.
number-percent = { $number }{"\u00A0"}%
