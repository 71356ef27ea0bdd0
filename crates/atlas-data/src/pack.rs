//! `atlas-data pack DATASET`: the static pack beside a dataset (`atlas_core::pack`): what the
//! finder needs in one compact file, every service's full record in shards of JSON, and the
//! dataset's `.sha256`, which the app checks the pack against. `build` writes the same beside
//! the dataset it builds. The pack file is gzip-compressed: any static host then sends it small
//! (a host's own compression does not shrink it further), and the browser inflates it natively.

use crate::{err, out};
use atlas_core::pack::{self, Stamp};
use std::io::Write;
use std::path::{Path, PathBuf};

const AFTER_HELP: &str = "\
Writes, beside the dataset unless --out says where:
  <stem>.pack          what the finder lists, filters, sorts and draws (names, places, languages,
                       topics, opening hours; no descriptions or contact details)
  <stem>.pack.d/K.json the services' full records, --shard-size to a file, in the dataset's order
  <stem>.pack.d/first.pack
                       the pack's first view: the finder's first page of services in each of the
                       app's languages and the map's clusters of all of them (zooms 3 to 8),
                       which it shows while the whole pack comes
  <dataset>.sha256     the dataset's SHA-256 (as sha256sum writes it): the app uses the pack only
                       while this names the file the pack was made from
Publish them together with the dataset, and name the pack in config.json (\"pack_url\"). The
dataset stays the contract: the app reads it whenever the pack is missing, stale or damaged.

Examples:
  atlas-data pack public/data/atlas.json
  atlas-data pack big.json --out site/data/big.pack --shard-size 200

Exit status: 0 written; 1 it could not be written; 2 the dataset cannot be read, or a usage error.";

#[derive(Debug, Clone, PartialEq, clap::Args)]
#[command(about = "Write the compact pack the app loads fast at scale, beside a dataset", after_help = AFTER_HELP)]
pub struct PackArgs {
    /// The dataset file
    #[arg(value_name = "DATASET")]
    pub file: PathBuf,
    /// The pack to write [default: the dataset's name with .pack]
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Services per shard of full records
    #[arg(long, value_name = "N", default_value_t = pack::SHARD_SIZE, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub shard_size: u32,
}

/// `atlas.json` → `atlas.pack`.
pub fn default_path(dataset: &Path) -> PathBuf {
    dataset.with_extension("pack")
}

/// `atlas.pack` → `atlas.pack.d`, the shards' directory.
pub fn shard_dir(pack: &Path) -> PathBuf {
    let mut p = pack.as_os_str().to_owned();
    p.push(".d");
    PathBuf::from(p)
}

/// `atlas.json` → `atlas.json.sha256`.
pub fn sums_path(path: &Path) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(".sha256");
    PathBuf::from(p)
}

/// The dataset's SHA-256 as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// `<hex>  <file name>`: the line `sha256sum` writes and `sha256sum -c` reads, with the bare
/// file name so the check works from the directory that holds both files.
pub fn sums_line(bytes: &[u8], path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!("{}  {name}\n", sha256_hex(bytes))
}

/// Writes the pack of `checked` (read from `bytes`) to `out` and its shards beside it; shards
/// of an earlier, larger pack there are removed. Returns how many shards were written.
pub fn write(
    bytes: &[u8],
    checked: &atlas_core::Checked,
    out: &Path,
    shard_size: u32,
) -> Result<usize, String> {
    let stamp = Stamp {
        sha256: sha256_hex(bytes),
        bytes: bytes.len() as u64,
    };
    let made = pack::make(checked.records(), checked.problems(), stamp, shard_size);
    let dir = shard_dir(out);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    // The shards first, the pack last (atomically): a reader that finds the new pack finds its
    // shards. Shards are written plainly, not each synced: a million services make 10,000 files,
    // and a shard that does not hold the service asked for is refused by the app anyway.
    for (k, shard) in made.shards.iter().enumerate() {
        let path = dir.join(format!("{k}.json"));
        std::fs::write(&path, shard.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    // A shard left from a pack of more services would be fetched by no one, but mislead a reader.
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let stale = name
                .strip_suffix(".json")
                .and_then(|k| k.parse::<usize>().ok())
                .is_some_and(|k| k >= made.shards.len());
            if stale {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    // The first view before the pack, as the shards: a reader that finds the new pack finds it.
    let first = dir.join(FIRST_VIEW);
    write_gzip(&first, &made.first_view).map_err(|e| format!("cannot write {}: {e}", first.display()))?;
    write_gzip(out, &made.pack).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    Ok(made.shards.len())
}

/// The first view's file in the shards' directory (the app asks for `{pack_url}.d/first.pack`).
pub const FIRST_VIEW: &str = "first.pack";

/// Writes `bytes` gzip-compressed (atomically). The default level: the best one took a quarter
/// longer at a million services for a pack about 1 % smaller.
fn write_gzip(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(bytes)?;
    crate::output::write_bytes(path, &gz.finish()?)
}

pub fn run(args: &PackArgs) -> i32 {
    let spinner = crate::progress::spinner("reading and checking the dataset");
    // A local file, read whole: the pack is for datasets larger than the other commands'
    // input limit (a million services is about a gigabyte of JSON).
    let bytes = match std::fs::read(&args.file) {
        Ok(b) => b,
        Err(e) => {
            spinner.finish_and_clear();
            err!("atlas-data: error: cannot read {}: {e}", args.file.display());
            return 2;
        }
    };
    let checked = match crate::input::decode(&bytes).and_then(|text| {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        atlas_core::check(text).map_err(|e| format!("{}: {e}", args.file.display()))
    }) {
        Ok(l) => l,
        Err(e) => {
            spinner.finish_and_clear();
            err!("atlas-data: error: {}", crate::validate::printable(&e));
            return 2;
        }
    };
    spinner.set_message("writing the pack and its shards");
    let out_path = args.out.clone().unwrap_or_else(|| default_path(&args.file));
    let sums = sums_path(&args.file);
    let written = write(&bytes, &checked, &out_path, args.shard_size).and_then(|shards| {
        crate::output::write_bytes(&sums, sums_line(&bytes, &args.file).as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", sums.display()))
            .map(|()| shards)
    });
    spinner.finish_and_clear();
    match written {
        Ok(shards) => {
            let size = std::fs::metadata(&out_path).map(|m| m.len()).unwrap_or(0);
            out!(
                "atlas-data: wrote {} ({size} bytes, {} services), {shards} shard{} in {} and {}{}",
                out_path.display(),
                checked.records().services.len(),
                if shards == 1 { "" } else { "s" },
                shard_dir(&out_path).display(),
                sums.display(),
                if checked.problems().is_empty() {
                    String::new()
                } else {
                    format!(
                        "; {} problem(s) in the dataset travel with the pack (see `atlas-data validate`)",
                        checked.problems().len()
                    )
                }
            );
            0
        }
        Err(e) => {
            err!("atlas-data: error: {e}");
            1
        }
    }
}
