//! Pieces shared by several pages. A page's own parts live beside the page.

pub mod data_table;
pub mod guards;
pub mod hours;
pub mod layout;
pub mod loading;
pub mod localised;
pub mod not_found;
pub mod place;
pub mod places_map;
pub mod sources;
