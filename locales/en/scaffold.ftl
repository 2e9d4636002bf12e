# This file is part of cemr's message catalogue (MIT OR Apache-2.0); see docs/languages.md.

### `cemr new` and `cemr init`: what they wrote, and why they could not.

new-bad-id = the id `{ $id }` is not valid: use lowercase ASCII letters, digits and - (e.g. `{ $suggestion }`)
new-bad-group = the group `{ $id }` is not valid: use lowercase ASCII letters, digits and - (e.g. `{ $suggestion }`)
new-name-empty = --name is empty: give the signatory's name as written, e.g. --name "Kiruna kommun"
new-name-control = --name has a line break or control character; a name is one line of text
new-id-taken = the id `{ $id }` is already used by { $file }; ids are unique across the repository
new-exists = { $file } already exists; cemr new never overwrites a file
new-cannot-create = cannot create { $folder }
new-wrote = wrote { $file }: fill it in, then run `cemr validate`
init-created =
    created a plan repository:
    { $files }
    next: `cemr new ID --name NAME` for each signatory, then commit and push
