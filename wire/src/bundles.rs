//! Which of the client's bundles answers which page.
//!
//! The web client is built as several apps (see the web crate's docs): the learner's, which
//! every visitor downloads, and the staff's and the certificate check's, which only the people
//! who open those pages download. The server answers a page address with its bundle's HTML, the
//! service worker does the same offline, and each app hands a route of another bundle to the
//! browser as a full page load. All three read this one table.

/// One of the client's apps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Bundle {
    /// Catalog, course, lesson, quiz, sign-in and join, the learner's certificates: every visit.
    Learner,
    /// The course editor, the dashboard and running organizations: trainers and administrators.
    Staff,
    /// The public certificate check, which strangers open once.
    Verify,
    /// The wallet form's checker (JSON-LD), which the verify page loads into a hidden frame only
    /// to check a certificate in that form on the device (`web/src/wallet_check.rs`).
    WalletCheck,
}

impl Bundle {
    pub const ALL: [Bundle; 4] = [Bundle::Learner, Bundle::Staff, Bundle::Verify, Bundle::WalletCheck];

    /// The page's first path segment (`/author/x` → `author`) decides; every address that is no
    /// other bundle's is the learner's (including its 404 page).
    pub fn of_path(path: &str) -> Bundle {
        let first = path.trim_start_matches('/').split(['/', '?', '#']).next().unwrap_or("");
        Bundle::ALL
            .into_iter()
            .find(|bundle| bundle.first_segments().contains(&first))
            .unwrap_or(Bundle::Learner)
    }

    /// The first path segments of this bundle's pages (none listed for the learner's: it has
    /// every other address).
    pub fn first_segments(self) -> &'static [&'static str] {
        match self {
            Bundle::Learner => &[],
            Bundle::Staff => &["author", "dashboard", "organizations"],
            Bundle::Verify => &["verify"],
            Bundle::WalletCheck => &["wallet-check"],
        }
    }

    /// The bundle's HTML page in the built client (`web/dist`).
    pub fn page(self) -> &'static str {
        match self {
            Bundle::Learner => "index.html",
            Bundle::Staff => "staff.html",
            Bundle::Verify => "verify.html",
            Bundle::WalletCheck => "wallet-check.html",
        }
    }

    /// Short name, as in file and cache names.
    pub fn name(self) -> &'static str {
        match self {
            Bundle::Learner => "learner",
            Bundle::Staff => "staff",
            Bundle::Verify => "verify",
            Bundle::WalletCheck => "wallet-check",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Bundle;

    #[test]
    fn pages_go_to_their_bundle() {
        assert_eq!(Bundle::of_path("/"), Bundle::Learner);
        assert_eq!(Bundle::of_path("/courses/x/lessons/y"), Bundle::Learner);
        assert_eq!(Bundle::of_path("/author"), Bundle::Staff);
        assert_eq!(Bundle::of_path("/author/cso-basics"), Bundle::Staff);
        assert_eq!(Bundle::of_path("/dashboard?org=1"), Bundle::Staff);
        assert_eq!(Bundle::of_path("/organizations/3"), Bundle::Staff);
        assert_eq!(Bundle::of_path("/verify?c=1&k=2"), Bundle::Verify);
        assert_eq!(Bundle::of_path("/wallet-check"), Bundle::WalletCheck);
        // A segment that only starts like a bundle's is not that bundle's.
        assert_eq!(Bundle::of_path("/authors"), Bundle::Learner);
        assert_eq!(Bundle::of_path("/verifying"), Bundle::Learner);
        assert_eq!(Bundle::of_path("/certificates/abc"), Bundle::Learner);
    }
}
