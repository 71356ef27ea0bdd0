//! Pieces shared by several pages. A page's own parts live beside the page.

pub mod hours;
pub mod layout;
pub mod localised;
pub mod place;
pub mod places_map;
pub mod sources;
pub mod status;
