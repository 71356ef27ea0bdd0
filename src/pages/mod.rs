//! One file per route.

pub mod actor;
pub mod data;
pub mod finder;
pub mod not_found;
pub mod service;
