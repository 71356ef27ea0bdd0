//! Coming back to the list the person left for a service: the same length (set by the list),
//! the same scroll, and the first entry in sight back where it was on the screen. Entries out
//! of sight are laid out at an estimated height (`content-visibility` in the style sheet) until
//! first seen, so the scroll offsets alone land only near the place; while the list is put
//! back (`restoring`, which the list shows as a class) every entry is laid out at its real
//! height, so that nothing moves under the scroll once it is set.

use crate::state::FinderReturn;
use leptos::prelude::*;

/// Scrolls the list back to where it was left, then lets entries out of sight be skipped again
/// and gives the keyboard focus back to the entry that was opened, so that a keyboard or screen
/// reader user goes on from where they were rather than from the top of the page.
pub fn put_list_back(r: FinderReturn, restoring: RwSignal<bool>) {
    let done = move || {
        restoring.set(false);
        if let Some(link) = r.opened.and_then(super::result_list::entry_link) {
            crate::browser::focus_without_scrolling(&link);
        }
    };
    // Two frames: the first lays out the restored list, the second can scroll in it. (The page's
    // heading took the focus a frame after the navigation, components/layout.rs; this comes after.)
    request_animation_frame(move || {
        request_animation_frame(move || {
            crate::browser::window_scroll_to(r.window_y);
            crate::browser::set_scroll_top_by_id("results", r.list_y);
            match r.anchor {
                Some((i, top)) => put_entry_back(i, top, r.window_y, done, 5),
                None => done(),
            }
        })
    });
}

/// The first entry of the list in sight, and the top of its box on the screen.
pub fn first_entry_in_sight() -> Option<(usize, f64)> {
    let list = crate::browser::query_selector("#results")?;
    // The list scrolls inside its own box on a wide screen, with the page on a phone.
    let visible_top = list.parent_element()?.get_bounding_client_rect().top().max(0.0);
    let entries = list.children();
    let li = (0..entries.length())
        .filter_map(|k| entries.item(k))
        .find(|li| li.get_bounding_client_rect().bottom() > visible_top)?;
    let i = li.get_attribute("data-index")?.parse().ok()?;
    Some((i, li.get_bounding_client_rect().top()))
}

/// Scrolls the entry of service `i` back to `top` on the screen (the list's own box if it
/// scrolls, else the page), the page staying at `window_y`: the scroll offsets the list was
/// left at were measured over entries never seen, laid out at an estimated height. What is
/// above the list may still be settling, so it looks again in the next frame until the entry
/// stays put (a few frames at most); then `done`.
fn put_entry_back(i: usize, top: f64, window_y: f64, done: impl Fn() + Copy + 'static, tries: u8) {
    let Some(li) = super::result_list::entry_of(i) else {
        return done();
    };
    // Scrolling the list can make the page follow an entry in it (scroll anchoring).
    if (crate::browser::window_scroll_y() - window_y).abs() >= 1.0 {
        crate::browser::window_scroll_to(window_y);
    }
    let off = li.get_bounding_client_rect().top() - top;
    if off.abs() < 1.0 || tries == 0 {
        return done();
    }
    match li.parent_element().and_then(|ul| ul.parent_element()) {
        Some(list) if list.scroll_height() > list.client_height() => {
            list.set_scroll_top(list.scroll_top() + off.round() as i32)
        }
        _ => crate::browser::window_scroll_to(window_y + off),
    }
    request_animation_frame(move || put_entry_back(i, top, window_y, done, tries - 1));
}
