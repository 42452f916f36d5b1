//! The publisher's standards: the Trust Project's policy pages, as schema.org properties of a
//! `NewsMediaOrganization`.

use serde::Serialize;

use crate::model::read::read_struct;
use crate::model::validate::Checker;
use crate::model::values::AbsoluteUrl;
#[cfg(feature = "schema")]
use crate::model::values::WebUrl;

/// One of the publisher's policy pages: a Trust Project indicator, written as the schema.org
/// property of the same name on the publisher's `NewsMediaOrganization`.
///
/// ```
/// use newsclip::TrustPolicy;
///
/// assert_eq!(TrustPolicy::CorrectionsPolicy.field(), "corrections_policy");
/// assert_eq!(TrustPolicy::CorrectionsPolicy.property(), "correctionsPolicy");
/// assert_eq!(TrustPolicy::ALL.len(), 10);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TrustPolicy {
    /// The standards the newsroom works by (the Trust Project's "Best Practices").
    PublishingPrinciples,
    /// How errors are corrected.
    CorrectionsPolicy,
    /// The ethics code.
    EthicsPolicy,
    /// How the newsroom seeks diverse voices and staff.
    DiversityPolicy,
    /// Who leads the newsroom.
    Masthead,
    /// Who owns and funds it.
    OwnershipFundingInfo,
    /// How readers can take part and be heard.
    ActionableFeedbackPolicy,
    /// How facts are checked.
    VerificationFactCheckingPolicy,
    /// When unnamed sources are used.
    UnnamedSourcesPolicy,
    /// Why some articles carry no byline.
    NoBylinesPolicy,
}

impl TrustPolicy {
    /// Every policy, in the order of the input's fields.
    pub const ALL: [TrustPolicy; 10] = [
        TrustPolicy::PublishingPrinciples,
        TrustPolicy::CorrectionsPolicy,
        TrustPolicy::EthicsPolicy,
        TrustPolicy::DiversityPolicy,
        TrustPolicy::Masthead,
        TrustPolicy::OwnershipFundingInfo,
        TrustPolicy::ActionableFeedbackPolicy,
        TrustPolicy::VerificationFactCheckingPolicy,
        TrustPolicy::UnnamedSourcesPolicy,
        TrustPolicy::NoBylinesPolicy,
    ];

    /// Its field in [`TrustPoliciesInput`] (snake_case).
    pub const fn field(self) -> &'static str {
        match self {
            TrustPolicy::PublishingPrinciples => "publishing_principles",
            TrustPolicy::CorrectionsPolicy => "corrections_policy",
            TrustPolicy::EthicsPolicy => "ethics_policy",
            TrustPolicy::DiversityPolicy => "diversity_policy",
            TrustPolicy::Masthead => "masthead",
            TrustPolicy::OwnershipFundingInfo => "ownership_funding_info",
            TrustPolicy::ActionableFeedbackPolicy => "actionable_feedback_policy",
            TrustPolicy::VerificationFactCheckingPolicy => "verification_fact_checking_policy",
            TrustPolicy::UnnamedSourcesPolicy => "unnamed_sources_policy",
            TrustPolicy::NoBylinesPolicy => "no_bylines_policy",
        }
    }

    /// Its schema.org property.
    pub const fn property(self) -> &'static str {
        match self {
            TrustPolicy::PublishingPrinciples => "publishingPrinciples",
            TrustPolicy::CorrectionsPolicy => "correctionsPolicy",
            TrustPolicy::EthicsPolicy => "ethicsPolicy",
            TrustPolicy::DiversityPolicy => "diversityPolicy",
            TrustPolicy::Masthead => "masthead",
            TrustPolicy::OwnershipFundingInfo => "ownershipFundingInfo",
            TrustPolicy::ActionableFeedbackPolicy => "actionableFeedbackPolicy",
            TrustPolicy::VerificationFactCheckingPolicy => "verificationFactCheckingPolicy",
            TrustPolicy::UnnamedSourcesPolicy => "unnamedSourcesPolicy",
            TrustPolicy::NoBylinesPolicy => "noBylinesPolicy",
        }
    }
}

/// The field of a policy in a struct with one field per policy, named as
/// [`TrustPolicy::field`] says (the input here, the JSON-LD `Organization`): the one table
/// from policy to field. `policy_field!(policy => &mut value)` is `&mut value.masthead` for
/// [`TrustPolicy::Masthead`].
macro_rules! policy_field {
    ($policy:expr => $($place:tt)+) => {
        match $policy {
            TrustPolicy::PublishingPrinciples => $($place)+.publishing_principles,
            TrustPolicy::CorrectionsPolicy => $($place)+.corrections_policy,
            TrustPolicy::EthicsPolicy => $($place)+.ethics_policy,
            TrustPolicy::DiversityPolicy => $($place)+.diversity_policy,
            TrustPolicy::Masthead => $($place)+.masthead,
            TrustPolicy::OwnershipFundingInfo => $($place)+.ownership_funding_info,
            TrustPolicy::ActionableFeedbackPolicy => $($place)+.actionable_feedback_policy,
            TrustPolicy::VerificationFactCheckingPolicy => {
                $($place)+.verification_fact_checking_policy
            }
            TrustPolicy::UnnamedSourcesPolicy => $($place)+.unnamed_sources_policy,
            TrustPolicy::NoBylinesPolicy => $($place)+.no_bylines_policy,
        }
    };
}

pub(crate) use policy_field;

/// The publisher's policy pages as given: each absolute or relative to the site. A publisher
/// with any of them is a `NewsMediaOrganization` in the JSON-LD.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TrustPoliciesInput {
    /// The standards the newsroom works by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<WebUrl>"))]
    pub publishing_principles: Option<String>,
    /// How errors are corrected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<WebUrl>"))]
    pub corrections_policy: Option<String>,
    /// The ethics code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<WebUrl>"))]
    pub ethics_policy: Option<String>,
    /// How the newsroom seeks diverse voices and staff.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<WebUrl>"))]
    pub diversity_policy: Option<String>,
    /// Who leads the newsroom.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<WebUrl>"))]
    pub masthead: Option<String>,
    /// Who owns and funds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<WebUrl>"))]
    pub ownership_funding_info: Option<String>,
    /// How readers can take part and be heard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<WebUrl>"))]
    pub actionable_feedback_policy: Option<String>,
    /// How facts are checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<WebUrl>"))]
    pub verification_fact_checking_policy: Option<String>,
    /// When unnamed sources are used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<WebUrl>"))]
    pub unnamed_sources_policy: Option<String>,
    /// Why some articles carry no byline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<WebUrl>"))]
    pub no_bylines_policy: Option<String>,
}

read_struct!(TrustPoliciesInput {
    publishing_principles: optional,
    corrections_policy: optional,
    ethics_policy: optional,
    diversity_policy: optional,
    masthead: optional,
    ownership_funding_info: optional,
    actionable_feedback_policy: optional,
    verification_fact_checking_policy: optional,
    unnamed_sources_policy: optional,
    no_bylines_policy: optional,
});

impl TrustPoliciesInput {
    /// The field of `policy`.
    fn get(&self, policy: TrustPolicy) -> Option<&str> {
        policy_field!(policy => &self).as_deref()
    }

    /// The field of `policy`, to set.
    fn slot(&mut self, policy: TrustPolicy) -> &mut Option<String> {
        policy_field!(policy => &mut self)
    }

    /// Checks every policy URL (paths under `path`), resolved against `base`.
    pub(crate) fn check(
        &self,
        c: &mut Checker<'_>,
        path: &str,
        base: Option<&AbsoluteUrl>,
    ) -> Option<TrustPolicies> {
        // Every URL is checked (each problem reported) before any is resolved.
        let checked = TrustPolicy::ALL.map(|policy| {
            let field = format!("{path}.{}", policy.field());
            c.opt_web_url(&field, self.get(policy))
        });
        let base = base?;
        let mut urls: [Option<AbsoluteUrl>; 10] = Default::default();
        for (slot, url) in urls.iter_mut().zip(checked) {
            *slot = url?.map(|u| u.resolve(base));
        }
        Some(TrustPolicies(urls))
    }
}

/// The publisher's policy pages, validated and absolute ([`TrustPoliciesInput`]).
///
/// ```
/// use newsclip::{Site, TrustPolicy};
///
/// let site = Site::from_json(r#"{
///     "name": "Newsclip", "base_url": "https://newsclip.example/",
///     "publisher": {"name": "Newsclip", "policies": {"ethics_policy": "/ethics"}}
/// }"#)?;
/// let policies = site.publisher().policies();
/// assert_eq!(
///     policies.get(TrustPolicy::EthicsPolicy).map(|u| u.as_str()),
///     Some("https://newsclip.example/ethics")
/// );
/// assert_eq!(policies.iter().count(), 1);
/// # Ok::<(), newsclip::InputError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TrustPolicies([Option<AbsoluteUrl>; 10]);

impl TrustPolicies {
    /// The page of `policy`, when given.
    pub fn get(&self, policy: TrustPolicy) -> Option<&AbsoluteUrl> {
        let index = TrustPolicy::ALL.iter().position(|p| *p == policy)?;
        self.0.get(index)?.as_ref()
    }

    /// The policies given, in [`TrustPolicy::ALL`]'s order.
    pub fn iter(&self) -> impl Iterator<Item = (TrustPolicy, &AbsoluteUrl)> {
        TrustPolicy::ALL
            .into_iter()
            .zip(&self.0)
            .filter_map(|(policy, url)| Some((policy, url.as_ref()?)))
    }

    /// True when none is given.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }

    /// Back to the input shape.
    pub(crate) fn to_input(&self) -> TrustPoliciesInput {
        let mut input = TrustPoliciesInput::default();
        for (policy, url) in self.iter() {
            *input.slot(policy) = Some(url.as_str().to_string());
        }
        input
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_and_properties_line_up() {
        use crate::model::read::Lenient;
        let fields: Vec<&str> = TrustPolicy::ALL.iter().map(|p| p.field()).collect();
        assert_eq!(fields, TrustPoliciesInput::FIELDS);
        for p in TrustPolicy::ALL {
            // The property is the field in camelCase.
            let camel: String = p
                .field()
                .split('_')
                .enumerate()
                .map(|(i, w)| {
                    let mut c = w.chars();
                    match (i, c.next()) {
                        (0, Some(f)) => f.to_string() + c.as_str(),
                        (_, Some(f)) => f.to_ascii_uppercase().to_string() + c.as_str(),
                        (_, None) => String::new(),
                    }
                })
                .collect();
            assert_eq!(camel, p.property());
        }
    }

    #[test]
    fn input_round_trips() {
        let mut input = TrustPoliciesInput::default();
        for p in TrustPolicy::ALL {
            *input.slot(p) = Some(format!("https://n.example/{}", p.field()));
        }
        let opts = crate::ValidateOptions::default();
        let mut c = Checker::new(&opts);
        assert!(input.check(&mut c, "p", None).is_none());
        let base = AbsoluteUrl::parse_str("https://n.example/").unwrap();
        let checked = input.check(&mut c, "p", Some(&base)).unwrap();
        assert_eq!(checked.iter().count(), 10);
        assert_eq!(checked.to_input(), input);
        assert!(c.problems.is_empty());
        // A bad URL is reported at its path.
        input.masthead = Some("javascript:alert(1)".into());
        assert!(
            input
                .check(&mut c, "publisher.policies", Some(&base))
                .is_none()
        );
        assert_eq!(c.problems[0].path(), "publisher.policies.masthead");
    }
}
