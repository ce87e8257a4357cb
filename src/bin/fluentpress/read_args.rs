//! Options that bound what `check` and `render` read from a tree (shared by both).

use fluentpress::catalog::ReadPolicy;

/// What the catalog may read.
#[derive(Debug, clap::Args)]
pub(crate) struct ReadArgs {
    /// The largest FTL file read, in bytes (suffixes K, M, G for binary multiples); a larger
    /// one is reported as an unreadable file.
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    max_file_size: u64,
    /// Read FTL files and locale folders that are symbolic links leading outside the tree
    /// (by default they are reported as unreadable and never read).
    #[arg(long)]
    allow_outside_links: bool,
}

impl ReadArgs {
    pub(crate) fn policy(&self) -> ReadPolicy {
        ReadPolicy {
            max_file_size: self.max_file_size,
            outside_links: self.allow_outside_links,
        }
    }
}

fn parse_size(s: &str) -> Result<u64, String> {
    let (digits, factor) = match s.trim().char_indices().last() {
        Some((i, 'K' | 'k')) => (&s[..i], 1 << 10),
        Some((i, 'M' | 'm')) => (&s[..i], 1 << 20),
        Some((i, 'G' | 'g')) => (&s[..i], 1 << 30),
        _ => (s.trim(), 1),
    };
    digits
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(factor))
        .ok_or_else(|| format!("`{s}` is not a size in bytes (e.g. 1048576, 512K, 64M)"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluentpress::catalog::DEFAULT_MAX_FILE_SIZE;

    #[test]
    fn sizes_parse_and_the_default_is_the_library_default() {
        assert_eq!(parse_size("64M"), Ok(DEFAULT_MAX_FILE_SIZE));
        assert_eq!(parse_size("512K"), Ok(512 * 1024));
        assert_eq!(parse_size("100"), Ok(100));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("99999999999G").is_err());
    }
}
