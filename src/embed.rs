//! The embed's side of the conversation with its host page (docs/EMBEDDING.md):
//! it tells the parent its content height, and takes filter messages from it.
//! Only the height goes out (to any origin: it says nothing about the person);
//! a filter message is read as data, through the same parser as a link.

use crate::browser::{listen_for_messages, parent_window};
use atlas_core::embed::{parse_filter_message, HEIGHT_MESSAGE};
use atlas_core::Query;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

fn post_height(parent: &web_sys::Window, height: u32) {
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from(height));
    let _ = parent.post_message(&msg, "*");
}

/// Watches the element's height and posts it to the parent whenever it changes.
pub fn report_height(node: NodeRef<html::Div>) {
    let Some(parent) = parent_window() else {
        return;
    };
    let mut last = 0u32;
    crate::browser::watch_height(node, move |_, height| {
        let height = height.ceil().max(0.0) as u32;
        if height != last {
            last = height;
            post_height(&parent, height);
        }
    });
}

/// Applies filter messages from the parent page (and from nobody else).
pub fn listen_for_filters(apply: impl Fn(Query) + 'static) {
    let Some(parent) = parent_window() else {
        return;
    };
    listen_for_messages(move |ev: web_sys::MessageEvent| {
        if !ev.source().is_some_and(|s| js_sys::Object::is(&s, &parent)) {
            return;
        }
        // Structured-clone data to JSON text, then read as data only.
        let Some(text) = js_sys::JSON::stringify(&ev.data())
            .ok()
            .and_then(|t| t.as_string())
        else {
            return;
        };
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else {
            return;
        };
        if let Some(q) = parse_filter_message(&value) {
            apply(q);
        }
    });
}
