//! The Charter's Part III articles: number, section, English and Swedish titles, as const data.
//!
//! Source: `shared/charter.md`. Titles marked there as unconfirmed (≈ or ✘) are descriptive
//! and flagged with `confirmed: false`; so are the nine articles of the 2022 revision, whose
//! numbering and titles were not found in a primary source (they follow the order in which
//! CEMR listed the new themes).

use super::CharterVersion;

/// One article of Part III.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Article {
    pub number: u32,
    pub section: &'static str,
    pub title_en: &'static str,
    pub title_sv: &'static str,
    /// Whether both titles were confirmed in a source; descriptive titles otherwise.
    pub confirmed: bool,
}

const fn a(
    number: u32,
    section: &'static str,
    title_en: &'static str,
    title_sv: &'static str,
    confirmed: bool,
) -> Article {
    Article { number, section, title_en, title_sv, confirmed }
}

const POLITICAL: &str = "The political role";
const FRAMEWORK: &str = "General framework for equality";
const SERVICE: &str = "The service delivery role";
const PLANNING: &str = "Planning and sustainable development";
const REVISION_2022: &str = "2022 revision";

/// Articles 1–39; the 2006 text has the first 30.
pub const ARTICLES: [Article; 39] = [
    a(1, "Democratic accountability", "Democratic Accountability", "Demokratiskt ansvar", true),
    a(2, POLITICAL, "Political Representation", "Politisk representation", true),
    a(3, POLITICAL, "Participation in Political and Civic Life", "Deltagande i politik och samhälle", false),
    a(4, POLITICAL, "Public Commitment for Equality", "Offentligt ställningstagande för jämställdhet", false),
    a(5, POLITICAL, "Working with Partners to Promote Equality", "Arbeta med samarbetspartners", false),
    a(6, POLITICAL, "Countering Stereotypes", "Bekämpa stereotyper", false),
    a(7, POLITICAL, "Good Administration and Consultation", "God förvaltning och samråd", false),
    a(8, FRAMEWORK, "General Commitment", "Allmänt åtagande", true),
    a(9, FRAMEWORK, "Gender Assessment", "Jämställdhetsanalyser", true),
    a(10, FRAMEWORK, "Multiple Discrimination or Disadvantage", "Flerfaldig diskriminering eller missgynnanden", true),
    a(11, "The employer role", "The Employer Role", "Arbetsgivarrollen", true),
    a(
        12,
        "Public procurement and contracts",
        "Public Procurement and Contracts",
        "Upphandling av varor och tjänster",
        true,
    ),
    a(13, SERVICE, "Education and Lifelong Learning", "Utbildning och livslångt lärande", true),
    a(14, SERVICE, "Health", "Hälsa", true),
    a(15, SERVICE, "Social Care and Services", "Social omsorg och sociala tjänster", false),
    a(16, SERVICE, "Childcare", "Barnomsorg", false),
    a(17, SERVICE, "Caring for Other Dependants", "Vård av andra anhöriga", false),
    a(18, SERVICE, "Social Inclusion", "Social integration", false),
    a(19, SERVICE, "Housing", "Bostäder", false),
    a(20, SERVICE, "Culture, Sport and Recreation", "Kultur, idrott och fritid", false),
    a(21, SERVICE, "Safety and Security", "Säkerhet och trygghet", true),
    a(22, SERVICE, "Gender-Based Violence", "Könsrelaterat våld", true),
    a(23, SERVICE, "Human Trafficking", "Människohandel", true),
    a(24, PLANNING, "Sustainable Development", "Hållbar utveckling", true),
    // 25–30: English confirmed or widely used; no Swedish title found — descriptive.
    a(25, PLANNING, "Urban and Local Planning", "Stads- och samhällsplanering", false),
    a(26, PLANNING, "Mobility and Transport", "Rörlighet och transporter", false),
    a(27, PLANNING, "Economic Development", "Ekonomisk utveckling", false),
    a(28, PLANNING, "Environment", "Miljö", false),
    a(29, "The regulatory role", "Local Government as Regulator", "Kommunen som tillsynsmyndighet", false),
    a(
        30,
        "Twinning and international co-operation",
        "Twinning and International Co-operation",
        "Vänorter och internationellt samarbete",
        false,
    ),
    // 31–39: the 2022 themes; numbering and titles unconfirmed.
    a(31, REVISION_2022, "Sustainable Development Goals", "Globala målen för hållbar utveckling", false),
    a(32, REVISION_2022, "Cyber Violence", "Nätvåld", false),
    a(33, REVISION_2022, "Violence against Elected Representatives", "Våld mot förtroendevalda", false),
    a(34, REVISION_2022, "Intersectionality", "Intersektionalitet", false),
    a(35, REVISION_2022, "Flexible Working", "Flexibelt arbete", false),
    a(36, REVISION_2022, "Digital Inclusion", "Digital delaktighet", false),
    a(
        37,
        REVISION_2022,
        "Sexual and Reproductive Health and Rights",
        "Sexuell och reproduktiv hälsa och rättigheter",
        false,
    ),
    a(38, REVISION_2022, "Climate Change", "Klimatförändringar", false),
    a(39, REVISION_2022, "Gender-Responsive Civil Preparedness", "Jämställd civil beredskap", false),
];

/// The article with this number, if any text has it.
#[must_use]
pub fn article(number: u32) -> Option<&'static Article> {
    ARTICLES.iter().find(|a| a.number == number)
}

/// The articles of one charter text, in order.
#[must_use]
pub fn articles_of(version: CharterVersion) -> &'static [Article] {
    let n = usize::try_from(version.max_article()).unwrap_or(ARTICLES.len());
    ARTICLES.get(..n).unwrap_or(&ARTICLES)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_run_from_one_without_gaps() {
        for (i, a) in ARTICLES.iter().enumerate() {
            assert_eq!(a.number as usize, i + 1);
        }
        assert_eq!(articles_of(CharterVersion::V2006).len(), 30);
        assert_eq!(articles_of(CharterVersion::V2022).len(), 39);
        assert_eq!(article(22).map(|a| a.title_sv), Some("Könsrelaterat våld"));
        assert_eq!(article(40), None);
    }
}
