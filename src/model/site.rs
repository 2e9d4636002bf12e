//! `[site]` of `cemr.toml` as typed values (SPEC §10): the public site's address, where to
//! report accessibility problems, and the date of the accessibility statement. The rules each
//! value must meet are here; `config.rs` turns a broken one into a diagnostic.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::At;

/// The public site's settings. Every key is optional: without `url` nothing links to the site;
/// without `contact` or `statement_date` the accessibility statement says what is missing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteConfig {
    /// `url`: the site's public address, for the calendar feeds' links and the site's own.
    pub url: Option<SiteUrl>,
    /// `contact`: where to report accessibility problems.
    pub contact: Option<Contact>,
    /// `statement_date`: when the accessibility statement was made or last reviewed (kept
    /// with where it is written: a date in the future is a finding).
    pub statement_date: Option<At<NaiveDate>>,
}

/// An absolute `http` or `https` address without query or fragment, kept with one `/` at its
/// end so that a page's path can be appended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteUrl(String);

/// What is wrong with a written address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlProblem {
    /// It does not start with `http://` or `https://`.
    Scheme,
    /// No host, or a host with other characters than ASCII letters, digits, `-` and `.`
    /// (an internationalised name must be written in its `xn--` form), or a bad port.
    Host,
    /// A space, a control character, a quote, `<`, `>`, `\`, or a `?` or `#` (a site address
    /// has neither query nor fragment).
    Character,
}

impl SiteUrl {
    /// Checks a written address. Letters outside ASCII in the path (`/jämställdhet`) are kept
    /// and percent-encoded where the address is used.
    ///
    /// # Errors
    /// When the text is not an absolute http(s) address of the form above.
    pub fn parse(text: &str) -> Result<Self, UrlProblem> {
        let (scheme, authority, path) = split_http(text, false)?;
        let mut url = format!("{scheme}://{}/", authority.to_ascii_lowercase());
        for segment in path.split('/').filter(|s| !s.is_empty()) {
            percent_encode_into(&mut url, segment);
            url.push('/');
        }
        Ok(Self(url))
    }

    /// The address, ending in `/`.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address of a page of the site, given its path from the site's root
    /// (`signatories/lulea.html`). Anything in the path but ASCII letters, digits, `-`, `.`,
    /// `_`, `~` and `/` is percent-encoded.
    #[must_use]
    pub fn join(&self, path: &str) -> String {
        let mut url = self.0.clone();
        for byte in path.trim_start_matches('/').bytes() {
            if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
                url.push(char::from(byte));
            } else {
                let _ = write!(url, "%{byte:02X}");
            }
        }
        url
    }
}

/// Where to report accessibility problems: an e-mail address or a web address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Contact {
    /// `name@example.se` (also accepted written as `mailto:name@example.se`).
    Email(String),
    /// A form or page on the web, as written.
    Web(String),
}

impl Contact {
    /// Reads an e-mail address or an http(s) address.
    ///
    /// # Errors
    /// When the text is neither.
    pub fn parse(text: &str) -> Result<Self, UrlProblem> {
        let trimmed = text.trim();
        let email = trimmed.strip_prefix("mailto:").unwrap_or(trimmed);
        if is_email(email) {
            return Ok(Self::Email(email.to_owned()));
        }
        split_http(trimmed, true).map(|_| Self::Web(trimmed.to_owned()))
    }

    /// The address as a link target: `mailto:…` or the web address.
    #[must_use]
    pub fn href(&self) -> String {
        match self {
            Self::Email(address) => format!("mailto:{address}"),
            Self::Web(url) => url.clone(),
        }
    }
}

/// An `http(s)://host[:port]/path` address split into its lowercase scheme, its authority
/// and its path (without the `/` after the authority). A query and a fragment are allowed
/// only if `query`.
fn split_http(text: &str, query: bool) -> Result<(&'static str, &str, &str), UrlProblem> {
    let (scheme, rest) = if text.get(..8).is_some_and(|s| s.eq_ignore_ascii_case("https://")) {
        ("https", text.get(8..))
    } else if text.get(..7).is_some_and(|s| s.eq_ignore_ascii_case("http://")) {
        ("http", text.get(7..))
    } else {
        return Err(UrlProblem::Scheme);
    };
    let forbidden = if query { "\"<>\\^`{|}" } else { "\"<>\\^`{|}?#" };
    if text.chars().any(|c| c.is_control() || c.is_whitespace() || forbidden.contains(c)) {
        return Err(UrlProblem::Character);
    }
    let rest = rest.unwrap_or_default();
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(end);
    if !is_authority(authority) {
        return Err(UrlProblem::Host);
    }
    Ok((scheme, authority, path.strip_prefix('/').unwrap_or(path)))
}

/// `host[:port]`: ASCII letters, digits, `-` and `.`, at least one letter or digit; a port of
/// 1 to 65535.
fn is_authority(authority: &str) -> bool {
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let host_ok = !host.is_empty()
        && host.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    let port_ok = port.is_none_or(|p| p.parse::<u16>().is_ok_and(|n| n > 0) && p.chars().all(|c| c.is_ascii_digit()));
    host_ok && port_ok
}

/// `local@domain.tld`, with no spaces, quotes or angle brackets: what a reader can write to.
fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else { return false };
    !local.is_empty()
        && !local.chars().any(|c| c.is_whitespace() || c.is_control() || "\"<>()[]\\,;:@".contains(c))
        && domain.contains('.')
        && is_authority(domain)
        && !domain.contains(':')
}

/// Appends `text`, with every byte outside ASCII's printable range percent-encoded (a `%`
/// already followed by two hex digits is kept as written).
fn percent_encode_into(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_ascii_graphic() {
            out.push(c);
        } else {
            let mut bytes = [0; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                let _ = write!(out, "%{byte:02X}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_addresses_end_in_one_slash() {
        for (written, kept) in [
            ("https://example.se", "https://example.se/"),
            ("https://Example.SE/", "https://example.se/"),
            ("HTTP://example.se:8080/plan//", "http://example.se:8080/plan/"),
            ("https://kommun.se/jämställdhet", "https://kommun.se/j%C3%A4mst%C3%A4lldhet/"),
        ] {
            assert_eq!(SiteUrl::parse(written).map(|u| u.0), Ok(kept.to_owned()), "{written}");
        }
        let url = SiteUrl::parse("https://example.se/cemr").unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(url.join("signatories/lulea.html"), "https://example.se/cemr/signatories/lulea.html");
        assert_eq!(url.join("/a b\"ä.html"), "https://example.se/cemr/a%20b%22%C3%A4.html");
    }

    #[test]
    fn what_is_not_a_site_address() {
        for (written, problem) in [
            ("example.se", UrlProblem::Scheme),
            ("ftp://example.se", UrlProblem::Scheme),
            ("javascript:alert(1)", UrlProblem::Scheme),
            ("https://", UrlProblem::Host),
            ("https://exa_mple.se", UrlProblem::Host),
            ("https://luleå.se", UrlProblem::Host),
            ("https://example.se:0/", UrlProblem::Host),
            ("https://example.se:99999/", UrlProblem::Host),
            ("https://user@example.se/", UrlProblem::Host),
            ("https://example.se/a b", UrlProblem::Character),
            ("https://example.se/?q=1", UrlProblem::Character),
            ("https://example.se/#top", UrlProblem::Character),
            ("https://example.se/\n", UrlProblem::Character),
            ("https://example.se/\"><script>", UrlProblem::Character),
        ] {
            assert_eq!(SiteUrl::parse(written), Err(problem), "{written:?}");
        }
    }

    #[test]
    fn contacts_are_mail_or_web_addresses() {
        assert_eq!(Contact::parse("tillganglighet@lulea.se"), Ok(Contact::Email("tillganglighet@lulea.se".into())));
        assert_eq!(Contact::parse("mailto:a@b.se").map(|c| c.href()), Ok("mailto:a@b.se".to_owned()));
        let form = "https://lulea.se/kontakt?amne=tillganglighet";
        assert_eq!(Contact::parse(form).map(|c| c.href()), Ok(form.to_owned()));
        for bad in ["", "lulea", "a@b", "a b@c.se", "<a@b.se>", "a@b.se, c@d.se", "https://a b.se", "javascript:x"] {
            assert!(Contact::parse(bad).is_err(), "{bad:?}");
        }
    }
}
