//! A record's sources (SPEC §1 `sources`): "Source: tem.fi – title, checked 1 March
//! 2026", each address a link (http(s) only: the loader drops any other), the date in
//! the UI language. A record with no source and no illustrative mark says so.

use crate::browser::format_date;
use crate::components::localised::Localised;
use crate::i18n::ui_language;
use crate::i18n::{move_tr, tr};
use atlas_core::model::SourceRef;
use leptos::prelude::*;

#[component]
pub fn Sources(
    sources: Vec<SourceRef>,
    illustrative: bool,
    /// Under a record's own `h2` (the legislation list): the heading is an `h3`.
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let lang = ui_language();
    // The loader has already dropped sources that break a rule; this is a second guard.
    let sources: Vec<SourceRef> = sources.into_iter().filter(|s| s.problem().is_none()).collect();
    let none = sources.is_empty();
    view! {
        <section class="record-sources" data-testid="record-sources">
            {if nested {
                view! { <h3>{move_tr!("sources-title")}</h3> }.into_any()
            } else {
                view! { <h2>{move_tr!("sources-title")}</h2> }.into_any()
            }}
            {(none && !illustrative).then(|| view! { <p data-testid="no-source">{move_tr!("sources-none")}</p> })}
            {(none && illustrative).then(|| view! { <p>{move_tr!("sources-illustrative")}</p> })}
            {(!none).then(|| view! {
                <ul class="record-source-list">
                    {sources.into_iter().map(|s| {
                        let host = s.host().to_string();
                        let checked = s.checked;
                        view! {
                            <li data-testid="record-source">
                                {move_tr!("source-label")}" "
                                <a href=s.url.clone() rel="noopener noreferrer external">{host}</a>
                                {s.title.map(|t| view! { " – "<Localised text=t lang=lang/> })}
                                {checked.map(|d| view! {
                                    <span class="checked">{move || tr!("source-checked", { "date" => format_date(d, lang.get()) })}</span>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}
