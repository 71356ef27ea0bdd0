//! The static pack's reader on any bytes: it never panics, and whatever it accepts keeps every
//! rule of the dataset format. The body is `pack` in fuzz/shared/bodies.rs, which the corpus
//! replay test also runs.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../shared/bodies.rs"]
mod bodies;
#[allow(dead_code)]
#[path = "../shared/reference.rs"]
mod reference;

fuzz_target!(|data: &[u8]| bodies::pack(data));
