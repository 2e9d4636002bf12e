//! The accessibility statement (*tillgänglighetsredogörelse*) in the parts DIGG's model asks
//! for: who it covers and why, how accessible the site is, what to do when something cannot
//! be used, how to report problems (`[site] contact`), supervision by DIGG, the technical
//! facts, the content known not to be accessible, how the site was tested, and the
//! statement's date (`[site] statement_date`). What `cemr.toml` lacks is said, not left out.

use std::fmt::Write as _;

use crate::message::msg;
use crate::model::site::{Contact, SiteConfig};

use super::html;
use super::page::{Frame, Nav};

/// DIGG's page for reporting a public body's inaccessible website.
const DIGG_REPORT: &str = "https://www.digg.se/tdosanmalan";

/// The statement's page.
#[must_use]
pub(super) fn page(frame: &Frame<'_>, site: &SiteConfig) -> String {
    let t = frame.text;
    let say = |m| html::text(&t.get(&m));
    let mut out = String::with_capacity(8192);
    let contact = site.contact.as_ref().map_or_else(
        || format!("<strong>{}</strong>", say(msg::site_statement_no_contact())),
        |c| {
            let shown = match c {
                Contact::Email(address) | Contact::Web(address) => address,
            };
            format!("<a href=\"{}\">{}</a>", html::text(&c.href()), html::text(shown))
        },
    );
    html::paragraph(&mut out, &say(msg::site_statement_intro()));
    let mut part = |heading, paragraphs: &[String]| {
        let _ = writeln!(out, "<h2>{}</h2>", say(heading));
        for p in paragraphs {
            html::paragraph(&mut out, p);
        }
    };
    part(msg::site_statement_how(), &[say(msg::site_statement_partly())]);
    part(msg::site_statement_cannot_use(), &[format!("{} {contact}", say(msg::site_statement_cannot_use_text()))]);
    part(msg::site_statement_report(), &[format!("{} {contact}", say(msg::site_statement_report_text()))]);
    part(
        msg::site_statement_supervision(),
        &[format!(
            "{} <a href=\"{DIGG_REPORT}\">{}</a>",
            say(msg::site_statement_supervision_text()),
            say(msg::site_statement_supervision_link())
        )],
    );
    part(msg::site_statement_technical(), &[say(msg::site_statement_technical_text())]);
    part(msg::site_statement_not_accessible(), &[say(msg::site_statement_documents())]);
    let date = site.statement_date.as_ref().map_or_else(
        || format!("<strong>{}</strong>", say(msg::site_statement_no_date())),
        |d| say(msg::site_statement_date(d.value)),
    );
    part(
        msg::site_statement_tested(),
        &[say(msg::site_statement_tested_text()), date, say(msg::site_statement_built(frame.today.0))],
    );
    frame.page(0, Nav::Statement, &say(msg::site_statement_heading()), &out)
}
