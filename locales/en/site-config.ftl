# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### Findings in `[site]` of cemr.toml: the public site's address and its accessibility statement.

diag-address-scheme = `{ $key }` must be a web address that starts with https:// (or http://)
diag-address-host = `{ $key }` needs a host name after https:// made of the letters a–z, digits, - and . (a name with å, ä or ö written as xn--…), with a port from 1 to 65535 if any
diag-site-url-character = `url` contains a space, a quote, <, >, \, ^, `, {"{"}, |, {"}"}, ?, # or a control character; the site's address is only its https:// address and folder
diag-site-url-help = for example url = "https://kommun.example.se/jamstalldhet"
diag-site-contact = `contact` must be an e-mail address or a web address where people can report accessibility problems
diag-site-contact-help = for example contact = "tillganglighet@kommun.example.se" or contact = "https://kommun.example.se/tillganglighet"
diag-statement-date-in-future = `statement_date` { $date } is in the future; write the day the accessibility statement was made or last reviewed
