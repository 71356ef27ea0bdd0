//! Pieces shared by pages.

pub mod hours;
pub mod layout;
pub mod localised;
pub mod status;
pub mod filters;
pub mod near_me;
pub mod result_list;
pub mod places_map;
pub mod place;
pub mod sources;
