//! One file per route.

pub mod accessibility;
pub mod actor;
pub mod actors;
pub mod data;
pub mod embed;
pub mod embed_code;
pub mod finder;
pub mod legislation;
pub mod network;
pub mod programme;
pub mod programmes;
pub mod service;
