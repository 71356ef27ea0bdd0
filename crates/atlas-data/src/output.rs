//! Where the commands write: a file, replaced atomically (written beside it, synced, then
//! renamed, so that a reader never sees half a dataset), or standard output for `-`.

use crate::{err, out};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Streams into `path` through `write` (`-`: standard output).
pub fn write_streamed(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    if path == Path::new("-") {
        let mut w = BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
        write(&mut w)?;
        return w.flush();
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".tmp-{}", std::process::id()));
    let tmp = PathBuf::from(tmp);
    let result = std::fs::File::create(&tmp).and_then(|file| {
        let mut w = BufWriter::with_capacity(1 << 20, file);
        write(&mut w)?;
        w.into_inner().map_err(|e| e.into_error())?.sync_all()
    });
    match result.and_then(|_| std::fs::rename(&tmp, path)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Writes `bytes` to `path` (`-`: standard output).
pub fn write_bytes(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_streamed(path, |w| w.write_all(bytes))
}

/// A command's last words on its output: the reason and status 2 when `written` failed; else
/// "wrote PATH: WHAT" (unless the data itself went to standard output) and status 0.
pub fn report(path: &Path, written: std::io::Result<()>, what: impl FnOnce() -> String) -> i32 {
    if let Err(e) = written {
        err!("atlas-data: error: cannot write {}: {e}", path.display());
        return 2;
    }
    if path != Path::new("-") {
        out!("atlas-data: wrote {}: {}", path.display(), what());
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_replaced_whole_and_no_temporary_file_stays() {
        let dir = std::env::temp_dir().join(format!("atlas-output-{}", std::process::id()));
        let path = dir.join("sub/out.json");
        write_bytes(&path, b"first").unwrap();
        write_bytes(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("out.json")]);
        // A failed write leaves the old file as it was.
        let failed = write_streamed(&path, |w| {
            w.write_all(b"half")?;
            Err(std::io::Error::other("stop"))
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_write_that_fails_reports_status_2() {
        let path = Path::new("/nonexistent-dir-for-atlas/x/out.json");
        assert_eq!(
            report(path, Err(std::io::Error::other("read-only")), || unreachable!()),
            2
        );
        assert_eq!(report(Path::new("-"), Ok(()), || unreachable!()), 0);
    }
}
