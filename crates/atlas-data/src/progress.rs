//! Progress bars on standard error for steps that can take more than a second
//! (reading or downloading a big file, parsing it, checking many services).
//! Hidden when standard error is not a terminal, so logs and tests see none of it.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::time::Duration;

fn target() -> ProgressDrawTarget {
    if std::io::stderr().is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    }
}

fn style(template: &str) -> ProgressStyle {
    // The templates are constants below; a broken one falls back to the default style.
    ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar())
}

/// Bytes read or downloaded; a spinner with a running count when the length is unknown.
pub fn bytes(len: Option<u64>, message: &'static str) -> ProgressBar {
    let bar = match len {
        Some(n) => ProgressBar::with_draw_target(Some(n), target())
            .with_style(style("{msg} [{bar:30}] {bytes}/{total_bytes} ({eta})")),
        None => {
            let bar =
                ProgressBar::with_draw_target(None, target()).with_style(style("{spinner} {msg} {bytes}"));
            bar.enable_steady_tick(Duration::from_millis(100));
            bar
        }
    };
    bar.with_message(message)
}

/// Records processed.
pub fn items(len: u64, message: &'static str) -> ProgressBar {
    ProgressBar::with_draw_target(Some(len), target())
        .with_style(style("{msg} [{bar:30}] {pos}/{len}"))
        .with_message(message)
}

/// A step without a measure of its own (parsing): a ticking spinner.
pub fn spinner(message: &'static str) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(None, target()).with_style(style("{spinner} {msg} ({elapsed})"));
    bar.enable_steady_tick(Duration::from_millis(100));
    bar.with_message(message)
}
