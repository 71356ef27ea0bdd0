//! A sortable table of typed cells (`atlas_core::table`) with its CSV download: what the page
//! shows and what the file holds come from the same cells. On screen, numbers are in the UI
//! language's format and languages by their names; in the file, numbers have no grouping and
//! the decimal separator (and the field separator) a spreadsheet set to the UI language expects.
//! Sorting is a `<button>` in each `<th>`, which carries `aria-sort`.

use crate::browser::{download_text, format_number, language_name_in_text};
use crate::i18n::ui_language;
use crate::i18n::{move_tr, tr};
use atlas_core::table::{Cell, Named, SortBy, Table};
use leptos::prelude::*;

/// How a CSV file for a spreadsheet set to the UI language separates fields and decimals:
/// where the decimal separator is a comma (Finnish, Swedish, Ukrainian, Russian), the fields
/// are separated by semicolons, as those spreadsheets expect; elsewhere by commas.
pub fn csv_style(ui: &str) -> (char, char) {
    match ui {
        "fi" | "sv" | "uk" | "ru" => (';', ','),
        _ => (',', '.'),
    }
}

/// A cell on screen as text: numbers in the UI language's format, languages by their names
/// (a list of names from the data is [`names_view`]).
fn cell_text(cell: &Cell, ui: &str) -> String {
    match cell {
        Cell::Count(n) => format_number(*n as f64, 0, ui),
        Cell::Km(_) | Cell::Percent(_) => cell.number().map(|v| format_number(v, 1, ui)).unwrap_or_default(),
        Cell::Languages(codes) => language_names(codes, ui),
        other => other.text(),
    }
}

/// A cell in the CSV file: numbers without grouping and with the UI language's decimal
/// separator (so the spreadsheet reads them as numbers), languages by their names.
fn csv_cell_text(cell: &Cell, ui: &str) -> String {
    match cell {
        Cell::Languages(codes) => language_names(codes, ui),
        Cell::Km(_) | Cell::Percent(_) => cell.text().replace('.', &csv_style(ui).1.to_string()),
        other => other.text(),
    }
}

fn language_names(codes: &[String], ui: &str) -> String {
    crate::i18n::join_list(codes.iter().map(|c| language_name_in_text(c, ui)))
}

/// A name from the data in another language than the page's (a fallback) is marked with its own
/// `lang` (WCAG 3.1.2), so that a screen reader reads it in its own voice.
fn foreign_lang(name: &Named, ui: &str) -> Option<String> {
    (name.lang != ui).then(|| name.lang.clone())
}

/// A name from the data on screen, isolated (its direction its own) and marked with its language
/// where that is not the page's.
fn name_view(name: &Named, ui: &str) -> AnyView {
    view! { <bdi lang=foreign_lang(name, ui)>{name.text.clone()}</bdi> }.into_any()
}

/// Names from the data (municipalities, services) on screen: each isolated, so that in a
/// right-to-left page a run of Finnish names keeps its order and the separators (the UI
/// language's) fall between them.
fn names_view(names: &[Named], ui: &str) -> AnyView {
    let separator = tr!("list-separator");
    names
        .iter()
        .enumerate()
        .map(|(i, name)| view! { {(i > 0).then(|| separator.clone())}{name_view(name, ui)} })
        .collect_view()
        .into_any()
}

/// One sortable, downloadable table. `name` is stable (the section's `data-table`, the heading's
/// id, the test ids); `column_name` words a column key; `on_sort` gets the column clicked.
#[component]
pub fn DataTable(
    name: &'static str,
    title: Signal<String>,
    table: Memo<Table>,
    sort: Signal<Option<SortBy>>,
    on_sort: impl Fn(&'static str) + Copy + Send + Sync + 'static,
    column_name: fn(&str) -> String,
    file_name: Signal<String>,
    empty_why: Signal<String>,
) -> impl IntoView {
    let lang = ui_language();
    let heading_id = format!("table-{name}");
    let download = move |_| {
        let t = table.get_untracked();
        let headers: Vec<String> = t.columns.iter().map(|c| column_name(c)).collect();
        // A byte-order mark, so spreadsheet programs read the file as UTF-8; the delimiter and
        // decimal separator a spreadsheet set to the UI language expects.
        let ui = lang.get_untracked();
        let csv = t.to_csv(&headers, csv_style(ui).0, |c| csv_cell_text(c, ui));
        download_text(
            &file_name.get_untracked(),
            "text/csv;charset=utf-8",
            &format!("\u{feff}{csv}"),
        );
    };
    let head = move || {
        let sort = sort.get();
        table.with(|t| t.columns.clone()).into_iter().map(|c| {
            let state = sort.as_ref().filter(|s| s.column == c).map(|s| if s.descending { "descending" } else { "ascending" });
            view! {
                <th scope="col" aria-sort=state data-column=c>
                    <button type="button" class="sort" on:click=move |_| on_sort(c)>
                        {column_name(c)}
                        <span aria-hidden="true">{match state { Some("ascending") => " ▲", Some(_) => " ▼", None => "" }}</span>
                    </button>
                </th>
            }
        }).collect_view()
    };
    let body = move || {
        table.with(|t| {
            t.rows
                .iter()
                .map(|row| {
                    let cells = row
                        .iter()
                        .enumerate()
                        .map(|(i, cell)| {
                            let content = match cell {
                                Cell::List(names) => names_view(names, lang.get()),
                                Cell::Name(name) => name_view(name, lang.get()),
                                _ => cell_text(cell, lang.get()).into_any(),
                            };
                            let class = match cell {
                                Cell::Languages(_) | Cell::List(_) => Some("list"),
                                _ => cell.number().is_some().then_some("number"),
                            };
                            if i == 0 {
                                view! { <th scope="row">{content}</th> }.into_any()
                            } else {
                                view! { <td class=class>{content}</td> }.into_any()
                            }
                        })
                        .collect_view();
                    view! { <tr>{cells}</tr> }
                })
                .collect_view()
        })
    };
    let count = move || format_number(table.with(|t| t.rows.len()) as f64, 0, lang.get());
    let empty = move || table.with(|t| t.rows.is_empty());
    let h2 = heading_id.clone();
    view! {
        <section class="network-table" data-table=name>
            <h2 id=h2>{move || title.get()}</h2>
            <p class="hint">{move || tr!("network-rows", { "count" => count() })}</p>
            <p>
                <button type="button" class="button secondary" on:click=download data-testid=format!("csv-{name}")>
                    {move_tr!("network-csv")}<span class="visually-hidden">" "{move || title.get()}</span>
                </button>
            </p>
            <Show when=empty>
                <p class="empty-why" data-testid=format!("empty-{name}")>{move || empty_why.get()}</p>
            </Show>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby=heading_id>
                <table class="network">
                    <thead><tr>{head}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </section>
    }
}
