//! Deterministic synthetic plan repositories following the SPEC, for benchmarks and tests.

use std::fmt::Write as _;
use std::path::Path;

/// How large a repository to make.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    pub signatories: usize,
    pub goals: usize,
    pub activities: usize,
    pub measurements: usize,
    pub seed: u64,
    /// Percent of activities still open (planned or ongoing); the rest are done or cancelled.
    pub open_percent: u64,
}

/// A small, fast, seeded PRNG (SplitMix64): the same seed gives the same repository.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }
}

const GROUPS: [&str; 8] = ["norr", "syd", "ost", "vast", "mitt", "kust", "fjall", "skog"];
const OWNERS: [&str; 5] =
    ["HR-avdelningen", "Kommunledningskontoret", "Socialtjänsten", "Kultur och fritid", "Upphandlingsenheten"];
const STATUSES: [&str; 4] = ["planned", "ongoing", "done", "cancelled"];

/// A date `days` after 2010-01-01, as TOML text (no chrono needed here).
fn date(days: u64) -> String {
    let mut y = 2010u64;
    let mut d = days;
    loop {
        let len = if y.is_multiple_of(4) { 366 } else { 365 };
        if d < len {
            break;
        }
        d -= len;
        y += 1;
    }
    let months = [31, if y.is_multiple_of(4) { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mut m = 0;
    while m < 11 && d >= months[m] {
        d -= months[m];
        m += 1;
    }
    format!("{y:04}-{:02}-{:02}", m + 1, d + 1)
}

/// One plan file's text. Every file is valid: dates stay before 2026-01-01.
pub fn plan_text(index: usize, size: &Size) -> String {
    let mut rng = Rng(size.seed ^ (index as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
    let mut t = String::with_capacity(24_000);
    let signed = 365 + rng.below(3000);
    let articles: Vec<u32> = (1..=30)
        .filter(|_| rng.below(3) == 0)
        .chain([1, 11])
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let _ = writeln!(t, "#:schema ../../schema/plan.schema.json\n\n[signatory]");
    let _ = writeln!(t, "name = \"Kommun nr {index} – Jämställdhetsplan\"\nkind = \"municipality\"");
    let _ = writeln!(t, "decided = {}\nsigned = {}", date(signed - 30), date(signed));
    let _ = writeln!(t, "sources = [\"synthetic\"]\narticles = {articles:?}\n");
    let adopted = signed + 200 + rng.below(700);
    let _ = writeln!(
        t,
        "[[action_plans]]\nadopted = {}\nstart = {}\nend = {}\n",
        date(adopted),
        date(adopted),
        date(adopted + 1095)
    );
    for r in 0..3 {
        let _ = writeln!(t, "[[reports]]\ndate = {}\n", date(adopted + 300 + r * 365 + rng.below(60)));
    }
    for g in 0..size.goals {
        let article = articles[rng.below(articles.len() as u64) as usize];
        let _ = writeln!(
            t,
            "[[goals]]\nid = \"mal-{g}\"\ntitle = \"Mål {g}: jämn fördelning inom område {article}\"\narticles = [{article}]"
        );
        let _ = writeln!(t, "focus = \"Makt och inflytande\"\ndue = {}", date(adopted + 400 + rng.below(2500)));
        let balance = g % 2 == 0;
        if balance {
            let _ = writeln!(t, "\n  [goals.indicator]\n  kind = \"balance\"\n  min_share = 40");
        } else {
            let _ = writeln!(
                t,
                "\n  [goals.indicator]\n  kind = \"level\"\n  unit = \"personer\"\n  baseline = 0\n  target = {}",
                50 + rng.below(200)
            );
        }
        for m in 0..size.measurements {
            let day = adopted + (m as u64) * 120 + rng.below(30);
            let (w, men) = (10 + rng.below(90), 10 + rng.below(90));
            if balance {
                let _ = writeln!(
                    t,
                    "\n  [[goals.indicator.measurements]]\n  date = {}\n  women = {w}\n  men = {men}",
                    date(day)
                );
            } else {
                let _ = writeln!(
                    t,
                    "\n  [[goals.indicator.measurements]]\n  date = {}\n  value = {}\n  women = {w}\n  men = {men}",
                    date(day),
                    w + men
                );
            }
        }
        t.push('\n');
    }
    for a in 0..size.activities {
        // One draw gives the status: `kind` picks within open or finished, and the draw's
        // percentile whether the activity is open. At 50 % this is the status `kind` names.
        let draw = rng.below(400);
        let (kind, percentile) = (draw % 4, if draw % 4 < 2 { 0 } else { 50 } + (draw / 4) % 50);
        let open = percentile < size.open_percent;
        let status = STATUSES[(kind % 2 + if open { 0 } else { 2 }) as usize];
        let due = adopted + 100 + rng.below(2800);
        let _ =
            writeln!(t, "[[activities]]\nid = \"aktivitet-{a}\"\ntitle = \"Åtgärd {a}: utbildning och kartläggning\"");
        let _ =
            writeln!(t, "goals = [\"mal-{}\"]\nowner = \"{}\"", a % size.goals.max(1), OWNERS[rng.below(5) as usize]);
        let _ = writeln!(t, "start = {}\ndue = {}\nstatus = \"{status}\"", date(adopted), date(due));
        if status == "done" || status == "cancelled" {
            let _ = writeln!(t, "finished = {}", date(adopted + 50 + rng.below(1500)));
        }
        t.push('\n');
    }
    t
}

/// Writes `cemr.toml` and `plans/<group>/kommun-N.toml` under `root`.
pub fn write_repo(root: &Path, size: &Size) -> std::io::Result<u64> {
    let mut bytes = 0;
    std::fs::write(root.join("cemr.toml"), "[repository]\nname = \"Synthetic\"\n")?;
    for i in 0..size.signatories {
        let dir = root.join("plans").join(GROUPS[i % GROUPS.len()]);
        std::fs::create_dir_all(&dir)?;
        let text = plan_text(i, size);
        bytes += text.len() as u64;
        std::fs::write(dir.join(format!("kommun-{i}.toml")), text)?;
    }
    Ok(bytes)
}
