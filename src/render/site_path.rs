//! Where the pages of the public site (`cemr site`, SPEC §10) live, relative to its root: one
//! definition for the site itself and for everything that links to it (the calendar feeds).

/// A signatory's page: `signatories/<id>.html`. Ids are `[a-z0-9-]+`, so the path needs no
/// escaping, and a folder keeps an id such as `index` from meeting the site's own pages.
#[must_use]
pub fn signatory_page(id: &str) -> String {
    format!("signatories/{id}.html")
}

/// The calendar feed of the whole repository.
pub const REPOSITORY_FEED: &str = "deadlines.ics";

/// One signatory's calendar feed: `signatories/<id>.ics`, beside its page.
#[must_use]
pub fn signatory_feed(id: &str) -> String {
    format!("signatories/{id}.ics")
}
