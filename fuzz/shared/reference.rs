//! The real municipalities, read once per fuzz process: the importers check municipality
//! codes (and the CSV importer providers) against them. Shared by the importer targets.

use atlas_data::assemble::{default_municipalities, Reference};
use std::sync::OnceLock;

pub fn reference() -> &'static Reference {
    static REFERENCE: OnceLock<Reference> = OnceLock::new();
    REFERENCE.get_or_init(|| match Reference::read(&default_municipalities()) {
        Ok(r) => r,
        Err(e) => panic!("fuzz setup: the municipality CSV beside the repository: {e:?}"),
    })
}
