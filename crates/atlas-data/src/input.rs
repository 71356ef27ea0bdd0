//! Where a command's input comes from (a file, standard input, or an http(s) URL),
//! read into memory with a progress bar, and decoded as UTF-8 with a clear message
//! for every way that can fail. Shared by the commands that read a dataset.

use crate::progress;
use std::ffi::OsStr;
use std::io::Read;
use std::path::PathBuf;
use std::time::Duration;

/// The most this program reads from one input: far above any real dataset (the
/// national one is a few megabytes), low enough not to exhaust memory.
pub const MAX_BYTES: u64 = 512 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    Stdin,
    Url(String),
    File(PathBuf),
}

impl Source {
    /// `-` is standard input; `http://` and `https://` are fetched; any other
    /// `scheme://` is refused; everything else is a file name.
    pub fn parse(arg: &OsStr) -> Result<Self, String> {
        if arg == "-" {
            return Ok(Self::Stdin);
        }
        if let Some(s) = arg.to_str() {
            let lower = s.to_ascii_lowercase();
            if lower.starts_with("http://") || lower.starts_with("https://") {
                return Ok(Self::Url(s.to_string()));
            }
            if let Some((scheme, _)) = s.split_once("://") {
                if !scheme.is_empty()
                    && scheme
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
                {
                    return Err("cannot fetch: only http and https URLs can be fetched (download it first, or give a file name)".into());
                }
            }
        }
        Ok(Self::File(PathBuf::from(arg)))
    }

    /// The source as shown in messages.
    pub fn name(&self) -> String {
        match self {
            Self::Stdin => "standard input".to_string(),
            Self::Url(u) => u.clone(),
            Self::File(p) => p.display().to_string(),
        }
    }

    /// All of the input's bytes, or why they cannot be read (without the source's name).
    pub fn read(&self, timeout: Duration) -> Result<Vec<u8>, String> {
        match self {
            Self::Stdin => read_all(std::io::stdin().lock(), None)
                .map_err(|e| format!("cannot read standard input: {e}")),
            Self::File(path) => read_file(path),
            Self::Url(url) => fetch(url, timeout),
        }
    }
}

fn read_file(path: &PathBuf) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| io_message(&e))?;
    if meta.is_dir() {
        return Err("cannot read: it is a directory, not a file".into());
    }
    let file = std::fs::File::open(path).map_err(|e| io_message(&e))?;
    read_all(file, Some(meta.len())).map_err(|e| io_message(&e))
}

fn io_message(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "cannot read: no such file".into(),
        ErrorKind::PermissionDenied => "cannot read: permission denied".into(),
        ErrorKind::IsADirectory => "cannot read: it is a directory, not a file".into(),
        ErrorKind::FileTooLarge => format!(
            "cannot read: larger than {} MiB, the most this program reads",
            MAX_BYTES >> 20
        ),
        _ => format!("cannot read: {e}"),
    }
}

/// Reads to the end with a progress bar, refusing more than [`MAX_BYTES`].
fn read_all(r: impl Read, len: Option<u64>) -> std::io::Result<Vec<u8>> {
    if len.is_some_and(|n| n > MAX_BYTES) {
        return Err(std::io::ErrorKind::FileTooLarge.into());
    }
    let bar = progress::bytes(len, "reading");
    let mut buf = Vec::with_capacity(len.unwrap_or(0) as usize);
    bar.wrap_read(r).take(MAX_BYTES + 1).read_to_end(&mut buf)?;
    bar.finish_and_clear();
    if buf.len() as u64 > MAX_BYTES {
        return Err(std::io::ErrorKind::FileTooLarge.into());
    }
    Ok(buf)
}

/// Downloads an http(s) URL (redirects followed; gzip accepted).
fn fetch(url: &str, timeout: Duration) -> Result<Vec<u8>, String> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .user_agent(concat!("atlas-data/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let secs = timeout.as_secs_f64();
    let mut response = agent
        .get(url)
        .header("Accept", "application/json")
        .call()
        .map_err(|e| http_message(&e, secs))?;
    let status = response.status();
    if !status.is_success() {
        return Err(format!(
            "cannot fetch: the server answered HTTP {}{}",
            status.as_u16(),
            status
                .canonical_reason()
                .map(|r| format!(" {r}"))
                .unwrap_or_default()
        ));
    }
    let len = response.body().content_length();
    if len.is_some_and(|n| n > MAX_BYTES) {
        return Err(format!(
            "cannot fetch: larger than {} MiB, the most this program reads",
            MAX_BYTES >> 20
        ));
    }
    let bar = progress::bytes(len, "downloading");
    let mut buf = Vec::new();
    let reader = response.body_mut().with_config().limit(MAX_BYTES).reader();
    let result = bar.wrap_read(reader).read_to_end(&mut buf);
    bar.finish_and_clear();
    result.map_err(
        |e| match e.get_ref().and_then(|inner| inner.downcast_ref::<ureq::Error>()) {
            Some(inner) => http_message(inner, secs),
            None => format!("cannot fetch: the download broke off: {e}"),
        },
    )?;
    Ok(buf)
}

fn http_message(e: &ureq::Error, secs: f64) -> String {
    match e {
        ureq::Error::Timeout(_) => {
            format!("cannot fetch: no complete answer within {secs} s (timed out; --timeout sets the limit)")
        }
        ureq::Error::HostNotFound => "cannot fetch: host not found".into(),
        ureq::Error::ConnectionFailed => "cannot fetch: the connection failed (is the server up?)".into(),
        ureq::Error::BodyExceedsLimit(_) => format!(
            "cannot fetch: larger than {} MiB, the most this program reads",
            MAX_BYTES >> 20
        ),
        ureq::Error::TooManyRedirects => "cannot fetch: too many redirects".into(),
        ureq::Error::BadUri(u) => format!("cannot fetch: not a valid URL ({u})"),
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
            format!("cannot fetch: no complete answer within {secs} s (timed out; --timeout sets the limit)")
        }
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => {
            "cannot fetch: the connection was refused (is the server up, and the port right?)".into()
        }
        ureq::Error::Io(io) => format!("cannot fetch: {io}"),
        other => format!("cannot fetch: {other}"),
    }
}

/// The bytes as UTF-8 text without a byte-order mark, or what is wrong with them.
pub fn decode(bytes: &[u8]) -> Result<&str, String> {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err("the file is UTF-16 text (it starts with a UTF-16 byte-order mark); a dataset is UTF-8: convert it (iconv -f UTF-16 -t UTF-8)".into());
    }
    match std::str::from_utf8(bytes) {
        // A byte-order mark is not JSON, but browsers drop it before the app sees the text.
        Ok(text) => Ok(text.strip_prefix('\u{feff}').unwrap_or(text)),
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(format!(
                "the file is not UTF-8 text: invalid byte 0x{:02X} at byte offset {at} (line {line}); a dataset is UTF-8 JSON: save it as UTF-8 (it may be Latin-1 or Windows-1252)",
                bytes[at]
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources() {
        assert_eq!(Source::parse(OsStr::new("-")), Ok(Source::Stdin));
        assert_eq!(
            Source::parse(OsStr::new("HTTPS://x.fi/a.json")),
            Ok(Source::Url("HTTPS://x.fi/a.json".into()))
        );
        assert_eq!(
            Source::parse(OsStr::new("a.json")),
            Ok(Source::File("a.json".into()))
        );
        assert_eq!(
            Source::parse(OsStr::new("dir/a b.json")),
            Ok(Source::File("dir/a b.json".into()))
        );
        assert!(Source::parse(OsStr::new("ftp://x.fi/a.json"))
            .unwrap_err()
            .contains("only http and https"));
    }

    #[test]
    fn decoding() {
        assert_eq!(decode(b"\xef\xbb\xbf{}"), Ok("{}"));
        let e = decode(b"{\n\"a\": \"H\xe4me\"}").unwrap_err();
        assert!(
            e.contains("not UTF-8") && e.contains("0xE4 at byte offset 9 (line 2)"),
            "{e}"
        );
        assert!(decode(b"\xff\xfe{\x00}\x00").unwrap_err().contains("UTF-16"));
    }
}
